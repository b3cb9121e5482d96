"""Start error of scheduled playback: scheduled time -> first audio position change, 20 fires.

The real chain: slots in SQLite -> APScheduler memory jobs (``SlotClock``) -> the Qt thread ->
``StationRunner`` -> ``StationPlayer`` (log row first, then QtMultimedia). Twenty one-off slots a
few seconds apart; for each, the error is the wall-clock moment of the first position change
minus the slot's scheduled second. Baseline in the same run: a bare ``QTimer`` aimed at the same
kind of whole second starting a bare ``QMediaPlayer`` on the same WAV (the floor Qt sets
without our scheduler, log and engine). Offscreen, no sound server (as in CI).

    python -m benchmarks schedule
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

FIRES = 20
SPACING_S = 2
TONE_S = 0.8


def _percentiles(errors_ms: list[float]) -> dict:
    ordered = sorted(errors_ms)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 1), "p99_ms": round(p99, 1),
            "max_ms": round(ordered[-1], 1), "n": len(ordered)}


def _ours(work: Path, app) -> list[float]:
    from commune_radio.app import AppContext
    from commune_radio.scheduling.runner import StationRunner

    tone = work / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", str(TONE_S),
                    "sine", "1000", "vol", "0.3"], check=True)
    ctx = AppContext.open(work / "data")
    ctx.station.init("02785", "Benchmark")
    seg = ctx.library.import_file(tone).segment
    ctx.programmes.create("bench", [seg.id])
    tz = ctx.schedule.timezone()
    first = (dt.datetime.now(tz) + dt.timedelta(seconds=3)).replace(microsecond=0)
    planned = {}
    for n in range(FIRES):
        at = first + dt.timedelta(seconds=n * SPACING_S)
        slot = ctx.schedule.add(ctx.schedule.build_slot(
            "bench", one_off=at.date(), at=at.strftime("%H:%M:%S")))
        planned[slot.id] = at
    player = ctx.player(require_device=False)
    runner = StationRunner(ctx, player)
    errors: list[float] = []
    current: dict = {}

    def started(record) -> None:
        current["slot"] = record.slot_id
        current["seen"] = False

    def moved(item_ms, _elapsed, _remaining) -> None:
        if item_ms > 0 and current.get("seen") is False:
            current["seen"] = True
            now = dt.datetime.now(dt.UTC)
            errors.append((now - planned[current["slot"]]).total_seconds() * 1000)
            if len(errors) == FIRES:
                app.quit()

    player.broadcast_started.connect(started)
    player.position_changed.connect(moved)
    from PySide6.QtCore import QTimer

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)
    guard.start((FIRES * SPACING_S + 10) * 1000)
    runner.start()
    app.exec()
    guard.stop()
    runner.stop()
    while player.is_playing():
        app.processEvents()
    return errors, ctx, player


def _bare(work: Path, app) -> list[float]:
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    tone = work / "tone.wav"
    media = QMediaPlayer()
    out = QAudioOutput()
    media.setAudioOutput(out)
    media.setSource(QUrl.fromLocalFile(str(tone)))
    errors: list[float] = []
    state = {}

    def moved(pos: int) -> None:
        if pos > 0 and not state.get("seen"):
            state["seen"] = True
            errors.append((time.time() - state["target"]) * 1000)

    media.positionChanged.connect(moved)

    def arm() -> None:
        if len(errors) >= FIRES:
            app.quit()
            return
        target = float(int(time.time()) + SPACING_S)
        state.update(target=target, seen=False)
        QTimer.singleShot(int((target - time.time()) * 1000), lambda: (media.stop(), media.play()))
        QTimer.singleShot(int((target - time.time()) * 1000) + 1500, arm)

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)
    guard.start((FIRES * SPACING_S + 20) * 1000)
    arm()
    app.exec()
    guard.stop()
    return errors


def run() -> list[dict]:
    """Both figures, measured in this process one after the other."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["COMMUNE_RADIO_ALLOW_NO_DEVICE"] = "1"
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        ours, ctx, player = _ours(Path(tmp), app)
        bare = _bare(Path(tmp), app)
        del player
        ctx.close()
    o, b = _percentiles(ours), _percentiles(bare)
    return [
        {"figure": "scheduled start error (slot -> first position change)", **o,
         "target_p99_ms": 100},
        {"figure": "baseline: bare QTimer + QMediaPlayer at a whole second", **b,
         "p99_ratio": round(o["p99_ms"] / b["p99_ms"], 2) if b["p99_ms"] else None},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
