"""The feeder: one stream, items joined on the sample, cued on a frame, faded, measured."""

import wave

import numpy as np
from tones import make_tone

from commune_radio.playout.feeder import BLOCK, RATE, Feeder, Meter


def _samples(path, channels=2):
    with wave.open(str(path), "rb") as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        data = data.reshape(-1, w.getnchannels())
    return np.repeat(data, channels // data.shape[1], axis=1) if data.shape[1] < channels else data


def _render_all(feeder, chunk=1000, limit=20 * RATE):
    out = []
    while feeder.active and feeder.position < limit:
        out.append(feeder.render(chunk))
    return np.concatenate(out) if out else np.zeros((0, feeder.channels), np.int16)


def test_items_follow_each_other_on_the_next_sample(tmp_path):
    paths = [make_tone(tmp_path / f"t{i}.wav", 0.37 + 0.1 * i, 300 + 200 * i) for i in range(3)]
    feeder = Feeder(2)
    feeder.load(paths)
    stream = _render_all(feeder, chunk=777)  # a chunk size that never lines up with an item
    expected = np.concatenate([_samples(p) for p in paths])
    assert np.array_equal(stream[:len(expected)], expected)
    assert not stream[len(expected):].any()  # then silence
    ends = [e for e in feeder.take_events(feeder.position) if e.kind in ("start", "end")]
    starts = [e.frame for e in ends if e.kind == "start"]
    stops = [e.frame for e in ends if e.kind == "end"]
    assert starts[1:] == stops[:-1]  # each item starts on the frame the last one ended
    assert stops[-1] == len(expected)


def test_a_cued_start_leaves_on_its_frame(tmp_path):
    path = make_tone(tmp_path / "t.wav", 0.2, 440)
    feeder = Feeder(2)
    feeder.render(1000)
    feeder.load([path], start_frame=12_345)
    stream = _render_all(feeder, chunk=500)
    offset = 12_345 - 1000
    assert not stream[:offset].any()  # silence up to the cued frame
    tone = _samples(path)
    assert np.array_equal(stream[offset:offset + len(tone)], tone)  # then the item, exactly
    start = [e for e in feeder.take_events(10**9) if e.kind == "start"][0]
    assert start.frame == 12_345


def test_stop_fades_out_within_ten_ms_then_silence(tmp_path):
    path = make_tone(tmp_path / "t.wav", 2.0, 440)
    feeder = Feeder(2, fade_ms=10)
    feeder.load([path])
    feeder.render(RATE // 2)
    cut = feeder.stop()
    assert cut is not None and cut.played_frames == RATE // 2
    after = feeder.render(RATE // 10)
    loud = np.flatnonzero(np.abs(after).max(axis=1) > 0)
    assert loud.max() < RATE // 100  # nothing after the 10 ms ramp
    env = np.abs(after[:RATE // 100, 0]).astype(float)
    assert env[:48].max() > env[-48:].max()  # it is a fade, not a cut
    assert not feeder.active


def test_an_unreadable_item_fails_and_the_next_starts_on_the_same_frame(tmp_path):
    good1 = make_tone(tmp_path / "a.wav", 0.3, 300)
    broken = tmp_path / "b.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk")
    good2 = make_tone(tmp_path / "c.wav", 0.3, 500)
    feeder = Feeder(2)
    feeder.load([good1, tmp_path / "missing.wav", broken, good2])
    stream = _render_all(feeder)
    events = feeder.take_events(10**9)
    failed = [(e.index, e.reason) for e in events if e.kind == "failed"]
    assert failed == [(1, "file_missing"), (2, "media_error")]
    end_a = next(e.frame for e in events if e.kind == "end" and e.index == 0)
    start_c = next(e.frame for e in events if e.kind == "start" and e.index == 3)
    assert start_c == end_a  # no gap where the bad items were
    expected = np.concatenate([_samples(good1), _samples(good2)])
    assert np.array_equal(stream[:len(expected)], expected)


def test_what_was_sent_is_measured_from_the_samples(tmp_path):
    tone = make_tone(tmp_path / "t.wav", 1.0, 1000)  # 0.3 of full scale
    feeder = Feeder(2)
    feeder.load([tone])
    _render_all(feeder)
    end = next(e for e in feeder.take_events(10**9) if e.kind == "end")
    # a sine at 0.3 of full scale: peak -10.5 dBFS, RMS 3 dB lower
    assert abs(end.evidence.peak_dbfs - 20 * np.log10(0.3)) < 0.2
    assert abs(end.evidence.rms_dbfs - (20 * np.log10(0.3) - 3.01)) < 0.2
    assert end.evidence.silent_s == 0.0


def test_volume_is_in_the_samples_and_in_the_measurement(tmp_path):
    tone = make_tone(tmp_path / "t.wav", 0.5, 1000)
    feeder = Feeder(2)
    feeder.gain = 0.5
    feeder.load([tone])
    stream = _render_all(feeder)
    end = next(e for e in feeder.take_events(10**9) if e.kind == "end")
    assert abs(np.abs(stream).max() / 32768 - 0.15) < 0.01
    assert abs(end.evidence.peak_dbfs - 20 * np.log10(0.15)) < 0.2


def test_the_meter_counts_silence_in_ten_ms_blocks():
    meter = Meter()
    quiet = np.zeros((BLOCK * 150, 2), np.int16)  # 1.5 s of digital silence
    loud = np.full((BLOCK * 50, 2), 8000, np.int16)
    meter.add(quiet[:1234])
    meter.add(quiet[1234:])
    meter.add(loud)
    evidence = meter.evidence()
    assert evidence.silent_s == 1.5
    assert evidence.frames == BLOCK * 200
    assert evidence.peak_dbfs > -13
