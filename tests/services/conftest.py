"""Real audio for the service and command tests: Vietnamese speech made by espeak-ng."""

import subprocess

import pytest

from commune_radio.app import AppContext


@pytest.fixture(scope="session")
def speech_wav(tmp_path_factory):
    """A few seconds of Vietnamese speech as a 22 kHz mono WAV."""
    path = tmp_path_factory.mktemp("audio") / "ban-tin.wav"
    subprocess.run(
        ["espeak-ng", "-v", "vi", "-w", str(path), "Bà con chú ý. Chuyên mục chuyển đổi số."],
        check=True,
    )
    return path


@pytest.fixture
def ctx(tmp_path):
    """A fresh data directory with its services."""
    context = AppContext.open(tmp_path / "data")
    yield context
    context.close()
