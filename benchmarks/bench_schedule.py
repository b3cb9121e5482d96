"""Start error of cued playback: the scheduled instant -> the first programme sample played.

Ours: ``StationPlayer.play_programme(..., start_at=T)`` called a pre-roll (0.8 s) before T, as
the station runner does for a slot: the log row is written, the stream carries silence up to
the cued sample. The moment the first programme sample is played is read off the device clock
(frames the device has taken, ``QAudioSink.processedUSecs``), never off frames written: at the
first tick after the device passed the cued frame, crossing time = tick time − (frames taken −
cued frame) / 48 kHz. ``FIRES`` fires, each 1.5 s apart.

End to end: the null sink's monitor is recorded with ``parecord`` during the fires; each
programme's onset is found in the recording, and its deviation from the intended spacing
(after removing the one constant offset between the recording's clock and ours, which parecord
does not tell) is the jitter a listener would hear.

Baseline, same run, same machine: the old path, a bare ``QTimer`` aimed at an instant starting a
bare ``QMediaPlayer`` on the same WAV, timed to its first position change.

Runs in a child process with a private PulseAudio and a 48 kHz null sink (skipped without
PulseAudio).

    python -m benchmarks schedule
"""

from __future__ import annotations

import datetime as dt
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

FIRES = 60
SPACING_S = 1.5
PREROLL_S = 0.8
TONE_S = 0.5
BASELINE_FIRES = 20


def _percentiles(errors_ms: list[float]) -> dict:
    import numpy as np

    a = np.abs(np.array(errors_ms))
    return {"p50_ms": round(float(np.percentile(a, 50)), 2),
            "p99_ms": round(float(np.percentile(a, 99)), 2),
            "max_ms": round(float(a.max()), 2), "n": len(errors_ms)}


def _ours(work: Path, app) -> tuple[list[float], list[float], str]:
    """(device-clock errors ms, intended monotonic start times, device)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from commune_radio.app import AppContext

    tone = work / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", str(TONE_S),
                    "sine", "1000", "vol", "0.3"], check=True)
    ctx = AppContext.open(work / "data")
    ctx.station.init("02785", "Benchmark")
    segment = ctx.library.import_file(tone).segment
    programme = ctx.programmes.create("bench", [segment.id]).value
    player = ctx.player()
    sink = player.sink
    loop = QEventLoop()
    QTimer.singleShot(3000, loop.quit)  # the output opens and starts taking audio
    loop.exec()
    errors, targets = [], []
    watch = {}

    def tick() -> None:
        if not watch or sink._output is None:
            return
        start = sink._starts.get(0)
        consumed = sink._base + sink._output.consumed()
        if start is not None and consumed >= start and "at" not in watch:
            watch["at"] = time.monotonic() - (consumed - start) / 48_000

    probe = QTimer()
    probe.setTimerType(probe.timerType().PreciseTimer)
    probe.timeout.connect(tick)
    probe.start(1)
    for _ in range(FIRES):
        at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=PREROLL_S)
        target_mono = time.monotonic() + (at - dt.datetime.now(dt.UTC)).total_seconds()
        watch.clear()
        watch["on"] = True
        player.play_programme(programme, start_at=at)
        loop = QEventLoop()
        player.broadcast_ended.connect(loop.quit)
        QTimer.singleShot(int((SPACING_S) * 1000 + 3000), loop.quit)
        loop.exec()
        player.broadcast_ended.disconnect(loop.quit)
        if "at" in watch:
            errors.append((watch["at"] - target_mono) * 1000)
            targets.append(target_mono)
        rest = QEventLoop()
        QTimer.singleShot(int((SPACING_S - PREROLL_S - TONE_S) * 1000) + 200, rest.quit)
        rest.exec()
    probe.stop()
    device = player.device_name()
    player.close()
    ctx.close()
    return errors, targets, device


def _bare(work: Path, app) -> list[float]:
    """The old path: bare QTimer + QMediaPlayer, to the first position change."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    media = QMediaPlayer()
    out = QAudioOutput()
    media.setAudioOutput(out)
    media.setSource(QUrl.fromLocalFile(str(work / "tone.wav")))
    errors: list[float] = []
    state = {}

    def moved(pos: int) -> None:
        if pos > 0 and not state.get("seen"):
            state["seen"] = True
            errors.append((time.monotonic() - state["target"]) * 1000)

    media.positionChanged.connect(moved)
    for _ in range(BASELINE_FIRES):
        state.update(target=time.monotonic() + PREROLL_S, seen=False)
        QTimer.singleShot(int(PREROLL_S * 1000), lambda: (media.stop(), media.play()))
        loop = QEventLoop()
        QTimer.singleShot(int(SPACING_S * 1000), loop.quit)
        loop.exec()
    media.stop()
    return errors


def _onsets(recording: Path) -> list[float]:
    """Seconds into the recording where each tone begins."""
    import numpy as np

    with wave.open(str(recording), "rb") as w:
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").reshape(
            -1, w.getnchannels())[:, 0].astype(float) / 32768
    loud = np.abs(x) > 0.01
    edges = np.flatnonzero(loud[1:] & ~loud[:-1]) + 1
    onsets, last = [], -10**9
    for e in edges:
        if e - last > 48_000 * (TONE_S + 0.2):
            onsets.append(e / 48_000)
        last = e if e - last > 48_000 * (TONE_S + 0.2) else last
    return onsets


def _child() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        recording = work / "monitor.wav"
        recorder = subprocess.Popen(
            ["parecord", "--device=cr_bench.monitor", "--rate=48000", "--channels=2",
             "--format=s16le", "--file-format=wav", "--latency-msec=10", str(recording)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            errors, targets, device = _ours(work, app)
            time.sleep(0.5)
        finally:
            recorder.send_signal(signal.SIGINT)
            recorder.wait(timeout=10)
        onsets = _onsets(recording)
        bare = _bare(work, app)
    print(json.dumps({"errors": [round(e, 1) for e in errors]}), file=sys.stderr)
    rows = [{"figure": "cued start, device clock (scheduled instant -> first sample taken)",
             "device": device, **_percentiles(errors),
             "mean_ms": round(float(np.mean(errors)), 2), "target_p99_ms": 20}]
    if len(onsets) == len(targets):
        rel = np.array(onsets) - np.array(targets)
        jitter = (rel - np.median(rel)) * 1000
        rows.append({"figure": "cued start, null-sink recording (onset jitter about the "
                     "constant offset)", **_percentiles(list(jitter))})
    else:
        rows.append({"figure": "cued start, null-sink recording",
                     "skipped": f"{len(onsets)} onsets found for {len(targets)} fires"})
    b = _percentiles(bare)
    rows.append({"figure": "baseline, old path: bare QTimer + QMediaPlayer -> first position",
                 **b, "p99_ratio_ours_to_old": round(rows[0]["p99_ms"] / b["p99_ms"], 3)})
    return rows


def _with_pulse(work: Path):
    run, home = work / "run", work / "home"
    run.mkdir()
    home.mkdir()
    env = {**os.environ, "PULSE_RUNTIME_PATH": str(run), "HOME": str(home),
           "XDG_RUNTIME_DIR": str(run), "XDG_CONFIG_HOME": str(home / ".config"),
           "QT_QPA_PLATFORM": "offscreen"}
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
    subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=cr_bench",
                    "rate=48000", "channels=2"], env=env, check=True, capture_output=True)
    subprocess.run(["pactl", "set-default-sink", "cr_bench"], env=env, check=True)
    return env, pid


def run_child_on_pulse(module: str, what: str) -> list[dict]:
    """Run ``python -m MODULE --child`` on a private PulseAudio null sink; its JSON rows."""
    if not (shutil.which("pulseaudio") and shutil.which("parecord")):
        return [{"figure": what, "skipped": "pulseaudio / parecord not installed"}]
    with tempfile.TemporaryDirectory(prefix="cr-bench-pulse-") as tmp:
        env, pid = _with_pulse(Path(tmp))
        try:
            done = subprocess.run([sys.executable, "-m", module, "--child"],
                                  env=env, capture_output=True, text=True, timeout=900,
                                  cwd=Path(__file__).resolve().parent.parent)
        finally:
            os.kill(pid, signal.SIGTERM)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-3:])
    if os.environ.get("BENCH_VERBOSE"):
        print(done.stderr[-3000:], file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[dict]:
    """The figures, from a child process on a private PulseAudio null sink."""
    return run_child_on_pulse("benchmarks.bench_schedule", "cued start")


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(_child()))
    else:
        for row in run():
            print(row)
