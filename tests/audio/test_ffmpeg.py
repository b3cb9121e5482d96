"""Decoding through the bundled ffmpeg: shape of the stream, limits, cancel, clean-up."""

from __future__ import annotations

import threading
from contextlib import closing

import numpy as np
import pytest
from audio_helpers import stream_info, write_wav

from commune_radio.audio.ffmpeg import (
    CHUNK_FRAMES,
    SAMPLE_RATE,
    Cancelled,
    DecodeReport,
    PcmBuffer,
    bundled_ffmpeg,
    decode_chunks,
    ffmpeg_exe,
)
from commune_radio.core.errors import EnvironmentProblem, RejectedInput


def reader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "ffmpeg-reader"]


def decode(path, **kwargs):
    report = DecodeReport()
    buffer = PcmBuffer()
    kwargs.setdefault("max_seconds", 3600)
    with closing(decode_chunks(path, report=report, into=buffer, **kwargs)) as chunks:
        parts = [chunk.copy() for chunk in chunks]
    return parts, buffer, report


def test_mono_stays_mono_at_48_khz_float(speech_wav):
    parts, buffer, report = decode(speech_wav)
    x = np.concatenate(parts)
    assert x.dtype == np.float32 and x.shape[1] == 1
    assert report.channels == 1
    assert report.declared_duration_s == pytest.approx(len(x) / SAMPLE_RATE, abs=0.01)
    assert report.return_code == 0 and not report.errors
    assert 0.05 < np.abs(x).max() <= 1.0


def test_stereo_mp3_gives_two_channels_and_its_title(speech_mp3):
    parts, _, report = decode(speech_mp3)
    assert parts[0].shape[1] == 2
    assert report.title == "Bản tin chuyển đổi số"


def test_six_channels_are_mixed_down_to_two(audio):
    t = np.arange(SAMPLE_RATE * 2) / SAMPLE_RATE
    x = np.stack([0.3 * np.sin(2 * np.pi * 200 * (c + 1) * t) for c in range(6)], axis=1)
    source = write_wav(audio.path("six.src.wav"), x, SAMPLE_RATE)
    six = audio.convert(source, "six.wav", "-c:a", "pcm_s16le", "-ch_layout", "5.1")
    assert "5.1" in stream_info(six)
    parts, _, report = decode(six)
    assert report.channels == 2 and parts[0].shape[1] == 2
    assert sum(map(len, parts)) == pytest.approx(2 * SAMPLE_RATE, abs=10)


def test_chunks_are_whole_100_ms_views_of_the_buffer(audio):
    source = audio.tone("long-tone.wav", 7.3, 440, -12.0, rate=44_100)
    parts, buffer, _ = decode(source)
    assert all(len(p) == CHUNK_FRAMES for p in parts[:-1])
    assert len(parts[-1]) <= CHUNK_FRAMES
    assert np.array_equal(np.concatenate(parts), buffer.samples)
    assert buffer.frames == pytest.approx(7.3 * SAMPLE_RATE, abs=2)


def test_too_long_stops_ffmpeg(audio, started):
    source = audio.tone("six-seconds.wav", 6, 440, -12.0)
    with pytest.raises(RejectedInput) as err:
        decode(source, max_seconds=3)
    assert err.value.message_id == "audio.too_long"
    assert started and all(p.poll() is not None for p in started)
    assert not reader_threads()


def test_cancel_stops_ffmpeg_and_the_reader(audio, started):
    source = audio.tone("cancel.wav", 8, 440, -12.0)
    cancel = threading.Event()
    report = DecodeReport()
    chunks = decode_chunks(source, max_seconds=3600, cancel=cancel, report=report)
    with pytest.raises(Cancelled), closing(chunks):
        for _ in chunks:
            cancel.set()
    assert started and all(p.poll() is not None for p in started)
    assert not reader_threads()


def test_an_early_stop_by_the_caller_leaves_nothing_running(audio, started):
    source = audio.tone("early.wav", 8, 440, -12.0)
    with closing(decode_chunks(source, max_seconds=3600, report=DecodeReport())) as chunks:
        next(chunks)
    assert started[0].poll() is not None
    assert not reader_threads()


def test_not_audio_yields_nothing_and_says_why(tmp_path):
    path = tmp_path / "notes.mp3"
    path.write_text("Danh sách việc cần làm\n" * 50, encoding="utf-8")
    parts, _, report = decode(path)
    assert parts == []
    assert report.return_code != 0


def test_a_missing_ffmpeg_is_an_environment_problem(monkeypatch, tmp_path, speech_wav):
    ffmpeg_exe.cache_clear()
    monkeypatch.setenv("COMMUNE_RADIO_FFMPEG", str(tmp_path / "no-such-ffmpeg"))
    try:
        with pytest.raises(EnvironmentProblem) as err:
            decode(speech_wav)
        assert err.value.message_id == "audio.no_ffmpeg"
    finally:
        monkeypatch.delenv("COMMUNE_RADIO_FFMPEG")
        ffmpeg_exe.cache_clear()


def test_the_bundles_own_ffmpeg_comes_first(monkeypatch, tmp_path, speech_wav):
    """An installed bundle decodes with the ffmpeg in its _internal/ffmpeg/ folder, not the
    wheel's; a folder without one is not a bundle's."""
    import shutil
    import sys

    assert bundled_ffmpeg(tmp_path) is None
    own = tmp_path / "ffmpeg" / ("ffmpeg.exe" if sys.platform == "win32" else "ffmpeg")
    own.parent.mkdir()
    shutil.copy2(ffmpeg_exe(), own)  # a real ffmpeg program standing where the bundle has it
    assert bundled_ffmpeg(tmp_path) == own
    assert bundled_ffmpeg() is None  # not frozen: no _MEIPASS

    ffmpeg_exe.cache_clear()
    monkeypatch.delenv("COMMUNE_RADIO_FFMPEG", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    try:
        assert ffmpeg_exe() == str(own)
        parts, _, report = decode(speech_wav)
        assert parts and report.return_code == 0
    finally:
        monkeypatch.undo()
        ffmpeg_exe.cache_clear()
    assert ffmpeg_exe() != str(own)
