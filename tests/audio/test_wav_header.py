"""A WAV left by a streaming writer (RIFF and data sizes 0xFFFFFFFF) is accepted when its audio
is there; a WAV with honest sizes that is cut short is still refused as truncated."""

import struct
import subprocess

import pytest

from commune_radio.audio.prepare import prepare_file
from commune_radio.audio.wav_header import streamed_wav
from commune_radio.core.errors import RejectedInput


@pytest.fixture
def tone(tmp_path):
    path = tmp_path / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "44100", "-b", "16", "-c", "2", str(path), "synth", "6",
                    "sine", "440", "vol", "0.3"], check=True)
    return path


def _placeholder(src, dst, value=0xFFFFFFFF, riff=True):
    data = bytearray(src.read_bytes())
    at = data.find(b"data")
    data[at + 4:at + 8] = struct.pack("<I", value)
    if riff:
        data[4:8] = struct.pack("<I", value)
    dst.write_bytes(bytes(data))
    return dst


@pytest.mark.parametrize(("value", "riff"), [(0xFFFFFFFF, True), (0xFFFFFFFF, False),
                                             (0, True)])
def test_streamed_wav_is_accepted_with_all_its_audio(tone, tmp_path, value, riff):
    path = _placeholder(tone, tmp_path / "streamed.wav", value, riff)
    info = streamed_wav(path)
    assert info is not None and info.seconds == pytest.approx(6.0)
    prepared = prepare_file(path)
    assert prepared.duration_s == pytest.approx(6.0, abs=0.05)


def test_honest_sizes_are_left_to_ffmpeg(tone, tmp_path):
    assert streamed_wav(tone) is None
    cut = tmp_path / "cut.wav"
    cut.write_bytes(tone.read_bytes()[: tone.stat().st_size // 2])
    assert streamed_wav(cut) is None
    with pytest.raises(RejectedInput) as caught:
        prepare_file(cut)
    assert caught.value.message_id == "audio.truncated"


@pytest.mark.parametrize("blob", [
    b"", b"RIFF", b"RIFF\xff\xff\xff\xffWAVE", b"RIFF\0\0\0\0WAVEdata\xff\xff\xff\xff",
    b"RIFF\0\0\0\0WAVEfmt \xff\xff\xff\xff",
])
def test_damaged_headers_are_not_streamed(tmp_path, blob):
    path = tmp_path / "x.wav"
    path.write_bytes(blob)
    assert streamed_wav(path) is None
