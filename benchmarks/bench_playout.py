"""Playout on a PulseAudio null sink: "play now" latency and the silence between items.

Ours (``StationPlayer``: engine, log writes, the one open output stream) against the old path in
the same run (a bare ``QMediaPlayer`` + ``QAudioOutput``, one source per item, the next started
on ``EndOfMedia``), on the same prepared WAVs:

- **play now → first sample**: ours, from the ``play_programme`` call to the moment the device
  took the programme's first sample (device clock: frames taken, interpolated at a 1 ms probe);
  the old path, from ``play()`` to its first position change (all it can tell).
- **silence between items**: a six-item programme of tones is aired while the null sink's
  monitor is recorded (``parecord``); the longest run of silence (< -60 dBFS) between the first
  and last sound is the gap a listener hears. The old path airs the same six files in a row.

Runs in a child process with a private PulseAudio and a 48 kHz null sink.

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
import wave
from pathlib import Path

PLAYS = 20
ITEMS = 6
ITEM_S = 0.6


def _stats(ms: list[float]) -> dict:
    import numpy as np

    a = np.array(ms)
    return {"p50_ms": round(float(np.percentile(a, 50)), 1),
            "p99_ms": round(float(np.percentile(a, 99)), 1),
            "max_ms": round(float(a.max()), 1), "n": len(ms)}


def _longest_gap_ms(recording: Path) -> float:
    import numpy as np

    with wave.open(str(recording), "rb") as w:
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").reshape(
            -1, w.getnchannels())[:, 0].astype(float) / 32768
    loud = np.flatnonzero(np.abs(x) > 0.001)  # -60 dBFS
    if len(loud) < 2:
        return float("nan")
    gaps = np.diff(loud) - 1
    return float(gaps.max()) / 48  # samples -> ms at 48 kHz


def _record(path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        ["parecord", "--device=cr_bench.monitor", "--rate=48000", "--channels=2",
         "--format=s16le", "--file-format=wav", "--latency-msec=10", str(path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stop(recorder: subprocess.Popen) -> None:
    time.sleep(0.4)
    recorder.send_signal(signal.SIGINT)
    recorder.wait(timeout=10)


def _child() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    from commune_radio.app import AppContext

    _app = QCoreApplication.instance() or QCoreApplication(["bench"])  # noqa: F841 - kept alive
    work = Path(tempfile.mkdtemp(prefix="cr-bench-playout-"))

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    try:
        ctx = AppContext.open(work / "data")
        ctx.station.init("02785", "Benchmark")
        ids = []
        for i in range(ITEMS):
            tone = work / f"t{i}.wav"
            subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth",
                            str(ITEM_S), "sine", str(400 + 100 * i), "vol", "0.3"], check=True)
            ids.append(ctx.library.import_file(tone).segment.id)
        one = ctx.programmes.create("one", ids[:1]).value
        six = ctx.programmes.create("six", ids).value
        prepared = [ctx.library.audio_path(ctx.library.get(i)) for i in ids]
        player = ctx.player()
        sink = player.sink
        wait(3000)  # the output opens and starts taking audio

        # play now -> first sample taken, ours
        ours_latency = []
        probe = QTimer()
        probe.setTimerType(probe.timerType().PreciseTimer)
        seen: dict = {}

        def look() -> None:
            start = sink._starts.get(0)
            if "t0" in seen and "at" not in seen and start is not None:
                taken = sink._base + sink._output.consumed()
                if taken >= start:
                    seen["at"] = time.perf_counter() - (taken - start) / 48_000

        probe.timeout.connect(look)
        probe.start(1)
        for _ in range(PLAYS):
            seen.clear()
            seen["t0"] = time.perf_counter()
            player.play_programme(one)
            loop = QEventLoop()
            player.broadcast_ended.connect(loop.quit)
            QTimer.singleShot(5000, loop.quit)
            loop.exec()
            player.broadcast_ended.disconnect(loop.quit)
            if "at" in seen:
                ours_latency.append((seen["at"] - seen["t0"]) * 1000)
            wait(200)
        probe.stop()

        # silence between items, ours
        rec = work / "ours.wav"
        recorder = _record(rec)
        wait(500)
        loop = QEventLoop()
        player.broadcast_ended.connect(loop.quit)
        player.play_programme(six)
        QTimer.singleShot(20_000, loop.quit)
        loop.exec()
        _stop(recorder)
        ours_gap = _longest_gap_ms(rec)
        device = player.device_name()
        player.close()

        # the old path
        bare = QMediaPlayer()
        out = QAudioOutput()
        bare.setAudioOutput(out)
        bare_latency = []
        state: dict = {}

        def moved(pos: int) -> None:
            if pos > 0 and "t0" in state and "at" not in state:
                state["at"] = time.perf_counter()

        bare.positionChanged.connect(moved)
        for _ in range(PLAYS):
            state.clear()
            bare.setSource(QUrl.fromLocalFile(str(prepared[0])))
            state["t0"] = time.perf_counter()
            bare.play()
            wait(int(ITEM_S * 1000) + 3000)  # a new source opens a new stream: ~2 s here
            bare.stop()
            if "at" in state:
                bare_latency.append((state["at"] - state["t0"]) * 1000)
        rec_old = work / "old.wav"
        recorder = _record(rec_old)
        wait(500)
        queue = list(prepared)

        def next_item(status=None) -> None:
            if status is not None and status != QMediaPlayer.MediaStatus.EndOfMedia:
                return
            if queue:
                bare.setSource(QUrl.fromLocalFile(str(queue.pop(0))))
                bare.play()
            else:
                done.quit()

        done = QEventLoop()
        bare.mediaStatusChanged.connect(next_item)
        next_item()
        QTimer.singleShot(30_000, done.quit)
        done.exec()
        _stop(recorder)
        old_gap = _longest_gap_ms(rec_old)
        ctx.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        {"measure": "play now -> first sample taken (device clock)", "player": "StationPlayer",
         "device": device, **_stats(ours_latency)},
        {"measure": "play() -> first position change", "player": "bare QMediaPlayer (old path)",
         **_stats(bare_latency)},
        {"measure": f"longest silence between {ITEMS} items, null-sink recording",
         "player": "StationPlayer", "gap_ms": round(ours_gap, 2)},
        {"measure": f"longest silence between {ITEMS} items, null-sink recording",
         "player": "bare QMediaPlayer (old path)", "gap_ms": round(old_gap, 2)},
    ]


def run() -> list[dict]:
    """The figures, from a child process on a private PulseAudio null sink."""
    from benchmarks.bench_schedule import run_child_on_pulse

    return run_child_on_pulse("benchmarks.bench_playout", "playout")


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(_child()))
    else:
        for row in run():
            print(row)
