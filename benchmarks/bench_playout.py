"""Delay from "play" to the first position change of the audio, p50/p99 over 20 plays.

Measured for the station's player (``StationPlayer``: engine, log writes, Qt sink) and, in the
same run on the same WAV, for a bare ``QMediaPlayer`` + ``QAudioOutput`` (the floor Qt sets).
The two alternate play by play so machine load hits both alike. Each scenario runs in a child
process so the sound system is exactly as stated:

- ``no sound server``: offscreen, PulseAudio unreachable (what CI and the tests see);
- ``pulseaudio null sink``: a private PulseAudio with a null sink as the output (skipped when
  PulseAudio is not installed).

    python -m benchmarks playout
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLAYS = 20
TONE_S = 1.0


def _percentiles(samples: list[float]) -> dict:
    import numpy as np

    ms = np.array(samples) * 1000
    return {"p50_ms": round(float(np.percentile(ms, 50)), 1),
            "p99_ms": round(float(np.percentile(ms, 99)), 1),
            "min_ms": round(float(ms.min()), 1), "max_ms": round(float(ms.max()), 1)}


def _child(plays: int) -> list[dict]:
    """Runs inside the child process: set up a station, time both players."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    from commune_radio.app import AppContext

    app = QCoreApplication.instance() or QCoreApplication(["bench"])
    work = Path(tempfile.mkdtemp(prefix="cr-bench-playout-"))
    try:
        tone = work / "tone.wav"
        subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", "-c", "1", str(tone), "synth",
                        str(TONE_S), "sine", "1000", "vol", "0.3"], check=True)
        ctx = AppContext.open(work / "data")
        ctx.station.init("02785", "Benchmark")
        segment = ctx.library.import_file(tone).segment
        programme = ctx.programmes.create("bench", [segment.id])
        prepared = ctx.library.audio_path(segment)
        player = ctx.player(require_device=False)

        bare = QMediaPlayer()
        bare_out = QAudioOutput()
        bare.setAudioOutput(bare_out)

        # one permanent connection per signal: PySide6 6.12 can crash at exit after
        # disconnecting Python callables, so waiters are swapped in and out instead
        waiter: dict = {}

        def dispatch(ms, *_rest) -> None:
            if waiter.get("on") and ms > 0:
                waiter["on"] = False
                waiter["seen"] = time.perf_counter()
                waiter["loop"].quit()

        player.position_changed.connect(dispatch)
        bare.positionChanged.connect(dispatch)

        def wait_first_position(start, stop) -> float:
            loop = QEventLoop()
            waiter.update(on=True, seen=None, loop=loop)
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            guard.start(15_000)
            t0 = time.perf_counter()
            start()
            if waiter["seen"] is None:
                loop.exec()
            waiter["on"] = False
            guard.stop()
            stop()
            app.processEvents()
            if waiter["seen"] is None:
                raise RuntimeError("no position change within 15 s")
            return waiter["seen"] - t0

        def ours() -> float:
            return wait_first_position(lambda: player.play_programme(programme),
                                       lambda: player.stop("benchmark"))

        def baseline() -> float:
            def start() -> None:
                bare.setSource(QUrl.fromLocalFile(str(prepared)))
                bare.play()
            return wait_first_position(start, bare.stop)

        ours(), baseline()  # warm-up: the first play loads the backend
        timings: dict[str, list[float]] = {"StationPlayer": [], "bare QMediaPlayer": []}
        for n in range(plays):
            pair = [("StationPlayer", ours), ("bare QMediaPlayer", baseline)]
            for name, fn in pair if n % 2 == 0 else pair[::-1]:
                timings[name].append(fn())
        gaps = {"StationPlayer": _station_gaps(app, ctx, segment, player),
                "bare QMediaPlayer": _bare_gaps(app, bare, prepared)}
        device = player.device_name()
        ctx.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [{"measure": "play -> first position", "player": name, "plays": len(samples),
             "device": device, **_percentiles(samples)} for name, samples in timings.items()]
    rows += [{"measure": "end of item -> first position of the next", "player": name,
              "transitions": len(samples), "device": device, **_percentiles(samples)}
             for name, samples in gaps.items()]
    return rows


GAP_ITEMS = 6


def _station_gaps(app, ctx, segment, player) -> list[float]:
    """Silence between items of one broadcast, as positions see it."""
    from PySide6.QtCore import QEventLoop, QTimer

    programme = ctx.programmes.create("bench-gaps", [segment.id] * GAP_ITEMS)
    loop = QEventLoop()
    ended: list[float] = []
    gaps: list[float] = []

    def on_item_end(_end) -> None:
        ended.append(time.perf_counter())

    def on_position(ms, *_rest) -> None:
        if ms > 0 and len(ended) > len(gaps):
            gaps.append(time.perf_counter() - ended[-1])

    player.item_ended.connect(on_item_end)
    player.position_changed.connect(on_position)
    player.broadcast_ended.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    player.play_programme(programme)
    loop.exec()
    return gaps[: GAP_ITEMS - 1]


def _bare_gaps(app, bare, prepared) -> list[float]:
    """The same with a bare QMediaPlayer that starts the next file on EndOfMedia."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QMediaPlayer

    loop = QEventLoop()
    ended: list[float] = []
    gaps: list[float] = []

    def start() -> None:
        bare.setSource(QUrl.fromLocalFile(str(prepared)))
        bare.play()

    def on_status(status) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            ended.append(time.perf_counter())
            if len(ended) < GAP_ITEMS:
                QTimer.singleShot(0, start)
            else:
                loop.quit()

    def on_position(ms) -> None:
        if ms > 0 and len(ended) > len(gaps):
            gaps.append(time.perf_counter() - ended[-1])

    bare.mediaStatusChanged.connect(on_status)
    bare.positionChanged.connect(on_position)
    QTimer.singleShot(120_000, loop.quit)
    start()
    loop.exec()
    return gaps


def _run_child(env: dict, scenario: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_playout", "--child"],
                          env=env, capture_output=True, text=True, timeout=600,
                          cwd=Path(__file__).resolve().parent.parent)
    if done.returncode != 0:
        raise RuntimeError(f"{scenario}: {done.stderr.strip().splitlines()[-1:]}")
    rows = json.loads(done.stdout.strip().splitlines()[-1])
    return [{"scenario": scenario, **row} for row in rows]


def _with_pulse(work: Path):
    run, home = work / "run", work / "home"
    run.mkdir()
    home.mkdir()
    env = {**os.environ, "PULSE_RUNTIME_PATH": str(run), "HOME": str(home),
           "XDG_RUNTIME_DIR": str(run), "XDG_CONFIG_HOME": str(home / ".config")}
    env.pop("PULSE_SERVER", None)
    subprocess.run(["pulseaudio", "-D", "--exit-idle-time=-1"], env=env, check=True,
                   capture_output=True, timeout=20)
    pid = int((run / "pid").read_text().split()[0])
    deadline = time.monotonic() + 10
    while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGTERM)
            raise RuntimeError("PulseAudio did not start")
        time.sleep(0.05)
    subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=cr_bench"], env=env,
                   check=True, capture_output=True)
    return env, pid


def run() -> list[dict]:
    """Both scenarios; each row is one player in one scenario."""
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE_")}
    base_env["QT_QPA_PLATFORM"] = "offscreen"
    quiet = {**base_env, "PULSE_SERVER": "unix:/nonexistent/commune-radio-bench"}
    rows = _run_child(quiet, "no sound server (offscreen)")
    if shutil.which("pulseaudio") and shutil.which("pactl"):
        with tempfile.TemporaryDirectory(prefix="cr-bench-pulse-") as tmp:
            env, pid = _with_pulse(Path(tmp))
            try:
                rows += _run_child({**env, "QT_QPA_PLATFORM": "offscreen"},
                                   "pulseaudio null sink")
            finally:
                os.kill(pid, signal.SIGTERM)
    else:
        rows.append({"scenario": "pulseaudio null sink", "skipped": "pulseaudio not installed"})
    by = {(r.get("scenario"), r.get("measure"), r.get("player")): r for r in rows}
    for scenario, measure, player in list(by):
        ours = by.get((scenario, measure, "StationPlayer"))
        bare = by.get((scenario, measure, "bare QMediaPlayer"))
        if player == "StationPlayer" and ours and bare:
            ours["overhead_p50_ms"] = round(ours["p50_ms"] - bare["p50_ms"], 1)
    return rows


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(_child(PLAYS)))
    else:
        for row in run():
            print(row)
