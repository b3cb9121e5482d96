"""Real audio for the service and command tests: Vietnamese speech made by espeak-ng."""

import datetime as dt
import subprocess

import pytest
from tone_library import add_tone

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


@pytest.fixture
def lib(ctx, tmp_path):
    """A station with four tone segments (one stereo, one past its validity date)."""
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    folder = tmp_path / "src"
    folder.mkdir()
    return {
        "jingle": add_tone(ctx, folder, 0.6, 880, title="Nhạc hiệu"),
        "a": add_tone(ctx, folder, 1.0, 440, topic="online_services"),
        "b": add_tone(ctx, folder, 0.7, 550, channels=2, language="hmong"),
        "old": add_tone(ctx, folder, 0.6, 660, valid_until=dt.date(2026, 11, 1)),
    }
