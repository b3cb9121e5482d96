"""From a file to the audio that airs: levels, peaks, formats, trim, rejections, cancel.

Every prepared result is measured again from the WAV bytes it returns, by the meter the
loudness tests hold to EBU Tech 3341 and to ffmpeg's own EBU R128 filter.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest
from audio_helpers import banner, ffmpeg_ebur128, measure, read_wav, stream_info, write_wav

from commune_radio.audio.ffmpeg import Cancelled
from commune_radio.audio.level import KEEP_MARGIN_S
from commune_radio.audio.prepare import LevelTarget, PreparedAudio, prepare_file
from commune_radio.core.errors import RejectedInput

TARGET = LevelTarget()


def check(prepared: PreparedAudio, target: LevelTarget = TARGET) -> tuple[float, float]:
    """The prepared WAV is 16-bit 48 kHz, at the target loudness, under the ceiling, and says
    truthfully what it is; returns (loudness, true peak) as measured again."""
    y, rate = read_wav(prepared.wav_bytes)
    assert rate == 48_000
    assert y.shape[1] == prepared.channels in (1, 2)
    assert prepared.duration_s == pytest.approx(len(y) / 48_000)
    lufs, peak = measure(y)
    assert lufs == pytest.approx(target.lufs, abs=0.5)
    assert peak <= target.true_peak_dbtp
    assert prepared.prepared_lufs == pytest.approx(lufs, abs=0.02)
    assert prepared.prepared_true_peak_dbtp == pytest.approx(peak, abs=0.02)
    return lufs, peak


@pytest.fixture(scope="module")
def formats(audio, speech_wav, speech_mp3):
    """The speech in every container and shape a station may bring."""
    six = audio.speech("speech-6ch.src.wav", -23.0, channels=6, rate=48_000)
    return {
        "mp3-44k-stereo": speech_mp3,
        "wav16-8k-mono": audio.convert(speech_wav, "s8k.wav", "-ar", "8000", "-c:a", "pcm_s16le"),
        "wav24-96k-stereo": audio.convert(
            speech_wav, "s96k.wav", "-ar", "96000", "-ac", "2", "-c:a", "pcm_s24le"
        ),
        "wavfloat-44k-stereo": audio.convert(
            speech_wav, "sfloat.wav", "-ar", "44100", "-ac", "2", "-c:a", "pcm_f32le"
        ),
        "wav16-48k-6ch": audio.convert(six, "s6ch.wav", "-c:a", "pcm_s16le", "-ch_layout", "5.1"),
        "ogg-vorbis": audio.convert(speech_wav, "s.ogg", "-ac", "2", "-c:a", "libvorbis"),
        "flac": audio.convert(speech_wav, "s.flac", "-c:a", "flac"),
        "m4a-aac": audio.convert(speech_wav, "s.m4a", "-ac", "2", "-c:a", "aac", "-b:a", "96k"),
    }


FORMATS = [  # (name, channels of the prepared audio)
    ("mp3-44k-stereo", 2), ("wav16-8k-mono", 1), ("wav24-96k-stereo", 2),
    ("wavfloat-44k-stereo", 2), ("wav16-48k-6ch", 2), ("ogg-vorbis", 2), ("flac", 1),
    ("m4a-aac", 2),
]


@pytest.mark.parametrize(("name", "channels"), FORMATS)
def test_every_format_comes_out_levelled(formats, name, channels):
    path = formats[name]
    prepared = prepare_file(path)
    check(prepared)
    assert prepared.channels == channels
    if name == "wav16-48k-6ch":
        # measured (and aired) as ffmpeg's stereo downmix, not as 5.1
        assert "5.1" in stream_info(path)
    else:
        lufs, peak = ffmpeg_ebur128(path)
        assert prepared.source_lufs == pytest.approx(lufs, abs=0.3)
        assert prepared.source_true_peak_dbtp == pytest.approx(peak, abs=0.5)
    if not prepared.limited:
        assert prepared.gain_db == pytest.approx(-16.0 - prepared.source_lufs, abs=0.01)
    assert prepared.duration_s == pytest.approx(8.59, abs=0.35)  # the speech, whole


def test_quiet_speech_gets_its_20_db_and_the_limiter_holds_the_peaks(audio):
    quiet = audio.speech("quiet.wav", -36.0)
    prepared = prepare_file(quiet)
    assert prepared.source_lufs == pytest.approx(-36.0, abs=0.3)
    assert prepared.limited  # +20 dB would put the peaks far over -1 dBTP
    assert prepared.gain_db >= 19.5
    assert prepared.source_true_peak_dbtp + 20 > 0
    lufs, _ = check(prepared)
    assert lufs > -16.5  # not left quiet


def test_loud_speech_is_turned_down_untouched_by_the_limiter(audio):
    clip = audio.speech_clip()
    loud = np.tanh(clip * 6) * 0.9  # squashed, so most of it sits near full scale
    path = write_wav(audio.path("loud.wav"), loud, 22050)
    prepared = prepare_file(path)
    assert prepared.source_lufs > -12
    assert prepared.gain_db < -4
    assert not prepared.limited
    check(prepared)


def test_a_sine_is_levelled(audio):
    prepared = prepare_file(audio.tone("sine.wav", 10, 1000, -30.0))
    assert prepared.source_lufs == pytest.approx(-30.0, abs=0.1)
    assert not prepared.limited  # -30 dBFS + 14 dB peaks at -16 dBTP
    check(prepared)
    y, _ = read_wav(prepared.wav_bytes)
    assert y.shape == (480_000, 2)


def test_another_station_target(audio, speech_mp3):
    target = LevelTarget(lufs=-23.0, true_peak_dbtp=-2.0)
    check(prepare_file(speech_mp3, target), target)


def test_the_same_file_prepares_to_the_same_bytes(audio):
    quiet = audio.speech("quiet-again.wav", -36.0)
    assert prepare_file(quiet).wav_bytes == prepare_file(quiet).wav_bytes


def test_title_comes_from_the_tags(speech_mp3):
    assert prepare_file(speech_mp3).tag_title == "Bản tin chuyển đổi số"


def test_trim_takes_only_the_edges_and_keeps_a_pause_inside_speech(audio):
    path = audio.speech("padded.wav", -23.0, head_s=3.0, tail_s=3.0, pause_s=2.0)
    speech_s = (len(audio.speech_clip()) + len(audio.speech_clip(True))) / 22050 + 2.0
    prepared = prepare_file(path)
    assert prepared.trimmed_head_s == pytest.approx(3.0 - KEEP_MARGIN_S, abs=0.06)
    assert prepared.trimmed_tail_s == pytest.approx(3.0 - KEEP_MARGIN_S, abs=0.06)
    assert prepared.duration_s == pytest.approx(speech_s + 2 * KEEP_MARGIN_S, abs=0.08)
    assert prepared.duration_s > speech_s  # the 2 s pause is still there
    y, _ = read_wav(prepared.wav_bytes)
    # the margins really are silence, the speech really is there
    assert np.abs(y[: int(0.2 * 48_000)]).max() == 0.0
    assert np.abs(y[int(0.3 * 48_000) : int(1.0 * 48_000)]).max() > 0.1
    check(prepared)


def test_a_recorders_dc_offset_is_still_silence(audio):
    clip = audio.speech_clip() * 0.5
    pad = np.zeros(3 * 22050)
    x = np.concatenate([pad, clip, pad]) + 0.01  # -40 dBFS of DC under everything
    prepared = prepare_file(write_wav(audio.path("dc.wav"), x, 22050))
    # (the head stays: the jump from nothing to the offset at the first sample is a sound)
    assert prepared.trimmed_tail_s == pytest.approx(3.0 - KEEP_MARGIN_S, abs=0.06)


# --- rejections: each with the message an operator reads ---


def rejected(path, **kwargs) -> RejectedInput:
    with pytest.raises(RejectedInput) as err:
        prepare_file(path, **kwargs)
    # the message renders in both languages and names the file
    assert path.name in err.value.render("vi") and path.name in err.value.render("en")
    return err.value


def test_missing_file(tmp_path):
    assert rejected(tmp_path / "khong-co.mp3").message_id == "audio.not_found"


def test_text_file_named_mp3(tmp_path):
    path = tmp_path / "ghi-chu.mp3"
    path.write_text("Lịch phát thanh tuần này\n" * 200, encoding="utf-8")
    assert rejected(path).message_id == "audio.unreadable"


def test_empty_file(tmp_path):
    path = tmp_path / "rong.mp3"
    path.write_bytes(b"")
    assert rejected(path).message_id == "audio.empty"


def test_wav_with_no_samples(tmp_path):
    path = write_wav(tmp_path / "khong-mau.wav", np.zeros((0, 1)), 44100)
    assert rejected(path).message_id == "audio.empty"


def test_truncated_wav(audio, tmp_path):
    whole = audio.speech("whole.wav", -23.0).read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(whole[: len(whole) // 2])  # the header still promises all of it
    assert rejected(path).message_id == "audio.truncated"


def test_truncated_mp3_with_xing_header(audio, speech_mp3, tmp_path):
    whole = speech_mp3.read_bytes()
    assert b"Xing" in whole[:4096] or b"Info" in whole[:4096]  # the frame count is known
    path = tmp_path / "cut.mp3"
    path.write_bytes(whole[: len(whole) // 2])
    assert rejected(path).message_id == "audio.truncated"


def test_silence_only(audio):
    assert rejected(audio.silence("lang.wav", 5)).message_id == "audio.silent"


def test_near_silence_is_silence(audio):
    rng = np.random.default_rng(2)
    hiss = rng.standard_normal((44100 * 5, 2)) * 10 ** (-75 / 20)
    path = write_wav(audio.path("hiss.wav"), hiss, 44100)
    assert rejected(path).message_id == "audio.silent"


def test_too_long(speech_mp3):
    err = rejected(speech_mp3, max_seconds=5)
    assert err.message_id == "audio.too_long"
    assert err.params["limit"] == "0"  # 5 s is 0 minutes, rounded


def test_too_long_without_a_stated_duration(audio, started):
    # a FLAC written to a pipe states no length: the decoder itself stops at the limit
    piped = audio.piped("piped.flac", 12)
    assert "Duration: N/A" in banner(piped)
    assert rejected(piped, max_seconds=4).message_id == "audio.too_long"
    assert started and all(p.poll() is not None for p in started)


def test_no_stated_duration_is_fine_within_the_limit(audio):
    prepared = prepare_file(audio.piped("piped-short.flac", 3))
    assert prepared.duration_s == pytest.approx(3.0, abs=0.01)
    check(prepared)


def test_too_short(audio):
    x = np.concatenate([np.sin(np.arange(int(0.2 * 48_000)) * 0.06) * 0.3, np.zeros(96_000)])
    path = write_wav(audio.path("short.wav"), x, 48_000)
    assert rejected(path).message_id == "audio.too_short"


# --- progress and cancel ---


@pytest.fixture(scope="module")
def long_mp3(audio):
    """Two minutes of tone as an MP3: long enough to be cancelled mid-way."""
    out = audio.path("two-minutes.mp3")
    audio.ffmpeg("-f", "lavfi", "-i", "sine=frequency=330:duration=120", "-ac", "2",
                 "-c:a", "libmp3lame", "-b:a", "64k", str(out))
    return out


def test_progress_rises_to_the_end(speech_mp3):
    seen: list[float] = []
    prepare_file(speech_mp3, progress=seen.append)
    assert seen == sorted(seen)
    assert seen[0] > 0 and 0.95 <= seen[-1] <= 1.0


def test_cancel_from_progress_stops_ffmpeg_and_keeps_nothing(long_mp3, started):
    cancel = threading.Event()
    seen: list[float] = []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        cancel.set()

    with pytest.raises(Cancelled):
        prepare_file(long_mp3, cancel=cancel, progress=progress)
    assert len(seen) == 1 and seen[0] < 0.5  # it stopped at the first chance
    assert started and all(p.poll() is not None for p in started)
    assert not [t for t in threading.enumerate() if t.name == "ffmpeg-reader"]
