"""Fixtures of real audio for the audio pipeline's tests (helpers in ``audio_helpers``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from audio_helpers import AudioMaker

from commune_radio.audio import ffmpeg


@pytest.fixture(scope="session")
def audio(tmp_path_factory) -> AudioMaker:
    """The session's audio maker (espeak-ng runs once per sentence)."""
    return AudioMaker(tmp_path_factory.mktemp("audio"))


@pytest.fixture(scope="session")
def speech_wav(audio) -> Path:
    """About 9 s of Vietnamese speech at -23 LUFS, 22.05 kHz mono 16-bit."""
    return audio.speech("speech.wav", -23.0)


@pytest.fixture(scope="session")
def speech_mp3(audio, speech_wav) -> Path:
    """The same speech as a 44.1 kHz stereo MP3 (libmp3lame: it carries a Xing/Info header)."""
    return audio.convert(speech_wav, "speech.mp3", "-ar", "44100", "-ac", "2", "-c:a",
                         "libmp3lame", "-b:a", "128k", "-metadata", "title=Bản tin chuyển đổi số")


@pytest.fixture
def started(monkeypatch):
    """Every ffmpeg process the decoder starts during the test."""
    procs: list[subprocess.Popen] = []
    real = subprocess.Popen

    class Recording(real):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            procs.append(self)

    monkeypatch.setattr(ffmpeg.subprocess, "Popen", Recording)
    return procs
