"""A station with real prepared audio (sox tones imported through the library) for playout tests.

QtMultimedia's FFmpeg backend says a few things at warning level that depend only on the
machine, never on our code: it probes for PipeWire (absent on Debian servers) and, with no
sound server running, reports that PulseAudio is unreachable and that no audio device exists.
Those exact messages, and only those, are let through ``qt_log_level_fail``.
"""

from pathlib import Path

import pytest
from tones import make_tone

from commune_radio.app import AppContext
from commune_radio.services.library_service import ImportOptions

QT_MULTIMEDIA_ENVIRONMENT_NOISE = [
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Let the multimedia backend's environment messages through, in this folder only.

    pytest-qt reads only the closest ``qt_log_ignore`` mark, so the patterns other conftests
    gave are merged into one mark put first.
    """
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            earlier = [p for mark in item.iter_markers("qt_log_ignore") for p in mark.args]
            item.add_marker(
                pytest.mark.qt_log_ignore(*earlier, *QT_MULTIMEDIA_ENVIRONMENT_NOISE),
                append=False,
            )


class Station:
    """A data directory with a station and helpers to add tone segments and programmes."""

    def __init__(self, ctx: AppContext, folder: Path) -> None:
        self.ctx = ctx
        self.folder = folder
        self._n = 0

    def segment(self, seconds: float = 0.6, *, channels: int = 1, topic: str = "dx_goals",
                language: str = "vi", title: str | None = None):
        self._n += 1
        path = make_tone(self.folder / f"tone{self._n}.wav", seconds, 300 + 70 * self._n,
                         channels)
        result = self.ctx.library.import_file(
            path, ImportOptions(topic=topic, language=language, title=title or f"Mục {self._n}"))
        assert result.ok, result.error
        return result.segment

    def programme(self, name: str, seconds=(0.6, 0.6, 0.6), **kwargs):
        segments = [self.segment(s) for s in seconds]
        return self.ctx.programmes.create(name, [s.id for s in segments], **kwargs)


@pytest.fixture
def station(tmp_path):
    ctx = AppContext.open(tmp_path / "data")
    ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")
    folder = tmp_path / "src"
    folder.mkdir()
    yield Station(ctx, folder)
    ctx.close()
