"""Fixtures for the window tests: a real data directory, real audio, a window per language."""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from commune_radio.app import AppContext
from commune_radio.services.library_service import ImportOptions
from commune_radio.ui import i18n, tasks


def write_tone(path: Path, seconds: float = 1.5, freq: float = 440.0, rate: int = 16000) -> Path:
    """A speech-like tone (amplitude moving at syllable rate) as a 16-bit mono WAV."""
    t = np.arange(int(seconds * rate)) / rate
    envelope = 0.55 + 0.4 * np.sin(2 * np.pi * 3.0 * t)
    samples = (0.4 * envelope * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return path


def write_speech(path: Path, text: str) -> Path:
    """Vietnamese speech by espeak-ng (a tone when espeak-ng is not installed)."""
    if shutil.which("espeak-ng"):
        subprocess.run(["espeak-ng", "-v", "vi", "-w", str(path), text], check=True)
        return path
    return write_tone(path, freq=300.0 + len(text))


@pytest.fixture
def make_tone():
    """``write_tone`` as a fixture (test modules cannot safely import a conftest by name)."""
    return write_tone


@pytest.fixture
def make_speech():
    """``write_speech`` as a fixture."""
    return write_speech


@pytest.fixture
def audio_dir(tmp_path) -> Path:
    """A folder for the files a test imports (outside the data directory)."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


@pytest.fixture
def ctx(tmp_path):
    """A fresh data directory with its real database and services."""
    context = AppContext.open(tmp_path / "data")
    yield context
    context.close()


@pytest.fixture
def seeded(ctx, audio_dir):
    """Three segments already in the library, with known themes, languages and durations."""
    specs = [
        ("Chuyển đổi số là gì", "dx_goals", "vi", 2.0, 330.0, None, None),
        ("An toàn thông tin khi dùng điện thoại", "information_security", "hmong", 1.0, 440.0,
         "2026-11-01", "2026-12-31"),
        ("Thanh toán không dùng tiền mặt", "online_services", "vi", 3.0, 550.0,
         None, "2026-12-15"),
    ]
    segments = []
    for n, (title, topic, language, seconds, freq, since, until) in enumerate(specs):
        path = write_tone(audio_dir / f"muc-{n + 1}.wav", seconds, freq)
        result = ctx.library.import_file(path, ImportOptions(
            topic=topic, language=language, title=title, valid_from=since, valid_until=until,
        ))
        assert result.ok, result.as_json()
        segments.append(result.segment)
    return segments


def _drain(qtbot) -> None:
    tasks.cancel_all_and_wait()
    qtbot.waitUntil(lambda: not tasks.running_tasks(), timeout=10_000)


@pytest.fixture
def make_window(qtbot, ctx):
    """Build (and show) the main window over ``ctx`` in a language; closed after the test."""
    from commune_radio.ui.main_window import MainWindow

    windows = []

    def make(lang: str = "vi"):
        window = MainWindow(ctx, lang)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    _drain(qtbot)
    i18n.install("vi")
