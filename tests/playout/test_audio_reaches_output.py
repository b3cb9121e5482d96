"""Proof that audio really flows to the chosen output, not just that QMediaPlayer says so.

The set-up starts a private PulseAudio server (its own runtime folder and home, so it never
meets the developer's desktop sound server), adds a null sink ``cr_test`` and records its
monitor with ``parecord`` while ``commune-radio play --device cr_test`` airs a 1 kHz tone.
The recording must hold that tone: loud, and at 1 kHz.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import wave

import numpy as np
import pytest
from tones import make_tone

from commune_radio.app import AppContext

TONE_HZ = 1000.0


def _pactl(env, *args, check=True):
    return subprocess.run(["pactl", *args], env=env, capture_output=True, text=True, timeout=10,
                          check=check)


@pytest.fixture
def pulse(tmp_path):
    missing = [b for b in ("pulseaudio", "pactl", "parecord") if shutil.which(b) is None]
    if missing:
        pytest.skip(f"PulseAudio tools not installed ({', '.join(missing)}); "
                    "install pulseaudio and pulseaudio-utils (./dev test does)")
    run, home = tmp_path / "pulse-run", tmp_path / "pulse-home"
    run.mkdir()
    home.mkdir()
    env = {**os.environ, "PULSE_RUNTIME_PATH": str(run), "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_RUNTIME_DIR": str(run)}
    env.pop("PULSE_SERVER", None)
    subprocess.run(["pulseaudio", "-D", "--exit-idle-time=-1", "--log-target=stderr"],
                   env=env, check=True, capture_output=True, timeout=20)
    pid = int((run / "pid").read_text().split()[0])
    try:
        deadline = time.monotonic() + 10
        while _pactl(env, "info", check=False).returncode != 0:
            assert time.monotonic() < deadline, "PulseAudio did not come up"
            time.sleep(0.05)
        env["CR_TEST_MODULE"] = _pactl(
            env, "load-module", "module-null-sink", "sink_name=cr_test", "rate=48000",
            "channels=2", "sink_properties=device.description=CommuneRadioTest").stdout.strip()
        # a decoy as the system default: the tone must reach cr_test because it was chosen
        _pactl(env, "load-module", "module-null-sink", "sink_name=cr_decoy",
               "sink_properties=device.description=Decoy")
        _pactl(env, "set-default-sink", "cr_decoy")
        yield env
    finally:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)


def _cli(env, data_dir, *args, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(data_dir), "--lang", "en",
         *args], env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
    )


def test_the_tone_reaches_the_chosen_pulseaudio_output(pulse, tmp_path):
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    try:
        ctx.station.init("02785", "Đài xã")
        tone = ctx.library.import_file(make_tone(tmp_path / "tone-1k.wav", 1.5, TONE_HZ))
        ctx.programmes.create("Thử loa", [tone.segment.id])
    finally:
        ctx.close()

    recording = tmp_path / "monitor.wav"
    recorder = subprocess.Popen(
        ["parecord", "--device=cr_test.monitor", "--rate=48000", "--channels=1",
         "--format=s16le", "--file-format=wav", str(recording)],
        env=pulse, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        played = _cli(pulse, data, "play", "Thử loa", "--device", "cr_test", "--json")
    finally:
        recorder.send_signal(signal.SIGINT)  # parecord finishes the WAV header on SIGINT
        recorder.wait(timeout=10)
    assert played.returncode == 0, played.stderr
    record = json.loads(played.stdout)
    assert record["status"] == "played" and record["device"] == "CommuneRadioTest"

    with wave.open(str(recording), "rb") as w:
        rate = w.getframerate()
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2") / 32768.0
    window = rate // 10
    blocks = samples[: len(samples) // window * window].reshape(-1, window)
    rms = np.sqrt((blocks ** 2).mean(axis=1))
    loud = blocks[rms > 0.02]
    assert len(loud) * 0.1 >= 1.2, f"only {len(loud) * 0.1:.1f} s of sound was recorded"
    assert rms.max() > 0.05  # a null sink's monitor is exactly 0 when nothing plays
    spectrum = np.abs(np.fft.rfft(loud.reshape(-1) * np.hanning(loud.size)))
    dominant = np.argmax(spectrum) * rate / loud.size
    assert abs(dominant - TONE_HZ) < 5, f"dominant frequency {dominant:.1f} Hz"


def test_an_output_unplugged_mid_programme_ends_it_partial_device_lost(pulse, tmp_path):
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    try:
        ctx.station.init("02785", "Đài xã")
        first = ctx.library.import_file(make_tone(tmp_path / "a.wav", 2.0, 700)).segment
        second = ctx.library.import_file(make_tone(tmp_path / "b.wav", 1.0, 500)).segment
        ctx.programmes.create("Rút dây loa", [first.id, second.id])
    finally:
        ctx.close()
    child = subprocess.Popen(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(data), "play", "Rút dây loa",
         "--device", "cr_test", "--json"],
        env=pulse, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    try:
        # pull the cable once the first item's audio stream is really connected to cr_test
        deadline = time.monotonic() + 20
        while not (_first_item_playing(data) and _streams_on(pulse, "cr_test")):
            assert child.poll() is None, child.stderr.read()
            assert time.monotonic() < deadline, "the first item never reached cr_test"
            time.sleep(0.05)
        _pactl(pulse, "unload-module", pulse["CR_TEST_MODULE"])
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 1, err
    record = json.loads(out)
    # the item on air ends with the cable; nothing goes on to the decoy default
    assert (record["status"], record["reason"]) == ("partial", "device_lost")
    assert [(i["status"], i["reason"]) for i in record["items"]] == [
        ("partial", "device_lost"), ("skipped", "device_lost")]
    # what did go out before the cable was pulled was measured from the samples sent
    assert record["items"][0]["sent_rms_dbfs"] > -30
    assert 0 < record["items"][0]["played_s"] < 2.0
    assert record["device"] == "CommuneRadioTest"
    assert "CommuneRadioTest" in err  # the operator is told which output was lost


def _read_wav(path):
    with wave.open(str(path), "rb") as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)
        return data.reshape(-1, w.getnchannels())[:, 0] / 32768.0


def test_items_air_gapless_and_identical_to_the_render(pulse, tmp_path):
    """The null sink's monitor holds the programme as `programme render` writes it: no
    silence inserted between items (none longer than 1 ms) and each item the same audio."""
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    try:
        ctx.station.init("02785", "Đài xã")
        ids = [ctx.library.import_file(make_tone(tmp_path / f"t{i}.wav", secs, hz)).segment.id
               for i, (secs, hz) in enumerate(((0.9, 440), (0.7, 660), (0.8, 880)))]
        ctx.programmes.create("Liền mạch", ids)
        lengths = [ctx.library.get(i).duration_s for i in ids]
    finally:
        ctx.close()
    render = tmp_path / "render.wav"
    rendered = _cli(pulse, data, "programme", "render", "Liền mạch", "-o", str(render))
    assert rendered.returncode == 0, rendered.stderr

    recording = tmp_path / "monitor.wav"
    recorder = subprocess.Popen(
        ["parecord", "--device=cr_test.monitor", "--rate=48000", "--channels=2",
         "--format=s16le", "--file-format=wav", "--latency-msec=20", str(recording)],
        env=pulse, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        played = _cli(pulse, data, "play", "Liền mạch", "--device", "cr_test", "--json")
        time.sleep(0.3)  # what parecord still buffers
    finally:
        recorder.send_signal(signal.SIGINT)
        recorder.wait(timeout=10)
    assert played.returncode == 0, played.stderr

    ref, rec = _read_wav(render), _read_wav(recording)
    # align on the first audible sample (a tone repeats, so a correlation peak is ambiguous)
    start = int(np.flatnonzero(np.abs(rec) > 0.005)[0] - np.flatnonzero(np.abs(ref) > 0.005)[0])
    aired = rec[start:start + len(ref)]
    assert len(aired) == len(ref), "the recording stops before the programme's end"
    # no inserted silence: no run of near-zero samples longer than 1 ms inside the programme
    quiet = np.abs(aired) < 1e-3
    longest, run = 0, 0
    for q in quiet:
        run = run + 1 if q else 0
        longest = max(longest, run)
    assert longest <= 48, f"{longest / 48:.1f} ms of silence inside the programme"
    # each item is the same audio as the render
    edges = np.cumsum([0, *[round(s * 48_000) for s in lengths]])
    for a, b in zip(edges[:-1], edges[1:], strict=True):
        r = np.corrcoef(ref[a:b], aired[a:b])[0, 1]
        assert r >= 0.99, f"item at {a / 48_000:.2f} s correlates {r:.4f}"


def _first_item_playing(data):
    import sqlite3

    db = data / "commune_radio.sqlite3"
    if not db.exists():
        return False
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute("SELECT status FROM broadcast_items WHERE position = 0").fetchone()
        return row is not None and row[0] == "playing"
    finally:
        conn.close()


def _streams_on(env, sink_name):
    sinks = {line.split("\t")[1]: line.split("\t")[0]
             for line in _pactl(env, "list", "short", "sinks").stdout.splitlines()}
    inputs = _pactl(env, "list", "short", "sink-inputs").stdout.splitlines()
    return any(line.split("\t")[1] == sinks.get(sink_name) for line in inputs)


def _air_monitor(env):
    """The null sink's monitor as a line-in: Qt lists no monitor sources, so remap it to a
    plain source, as a station's line-in wired to the transmitter's monitor would be."""
    _pactl(env, "load-module", "module-remap-source", "master=cr_test.monitor",
           "source_name=cr_air", "source_properties=device.description=AirMonitor")
    return "AirMonitor"


def _monitor_station(tmp_path, seconds):
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    try:
        ctx.station.init("02785", "Đài xã")
        ctx.output.set_dead_air_s(1.0)
        tone = ctx.library.import_file(make_tone(tmp_path / "m.wav", seconds, 800)).segment
        ctx.programmes.create("Kiểm tra sóng", [tone.id])
    finally:
        ctx.close()
    return data


def test_the_air_monitor_hears_what_was_sent(pulse, tmp_path):
    data = _monitor_station(tmp_path, 2.0)
    played = _cli(pulse, data, "play", "Kiểm tra sóng", "--device", "cr_test",
                  "--monitor", _air_monitor(pulse), "--json")
    assert played.returncode == 0, played.stderr
    (item,) = json.loads(played.stdout)["items"]
    assert item["sent_rms_dbfs"] > -30
    # what came back on the monitor is the same sound, within a few dB (the monitor also
    # holds the stream's first and last moments of silence)
    assert item["monitor_rms_dbfs"] is not None
    assert abs(item["monitor_rms_dbfs"] - item["sent_rms_dbfs"]) < 6
    assert "DEAD AIR" not in played.stderr


def test_silence_on_air_while_playing_is_dead_air(pulse, tmp_path):
    data = _monitor_station(tmp_path, 3.0)
    _pactl(pulse, "set-sink-mute", "cr_test", "1")  # the amplifier is off: nothing on air
    played = _cli(pulse, data, "play", "Kiểm tra sóng", "--device", "cr_test",
                  "--monitor", _air_monitor(pulse), "--json")
    assert played.returncode == 0, played.stderr  # the samples were sent: the item played
    (item,) = json.loads(played.stdout)["items"]
    assert item["sent_rms_dbfs"] > -30
    assert item["monitor_rms_dbfs"] < -60  # nothing came back
    assert "DEAD AIR" in played.stderr
    events = _cli(pulse, data, "log", "events", "--json")
    assert events.returncode == 0, events.stderr
    assert [e["kind"] for e in json.loads(events.stdout)].count("dead_air") == 1


def test_doctor_opens_the_chosen_output_to_check_it(pulse, tmp_path):
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    try:
        ctx.station.init("02785", "Đài xã")
    finally:
        ctx.close()
    chosen = _cli(pulse, data, "devices", "--choose", "CommuneRadioTest", "--json")
    assert chosen.returncode == 0, chosen.stderr
    doctor = _cli(pulse, data, "doctor", "--json")
    checks = {c["id"]: c for c in json.loads(doctor.stdout)["checks"]}
    assert checks["output_device"]["ok"], checks["output_device"]
    assert "CommuneRadioTest" in checks["output_device"]["message"]
