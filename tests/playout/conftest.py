"""A station with real prepared audio (sox tones imported through the library) for playout tests.

The multimedia backend's environment warnings are let through by tests/conftest.py.
"""

from pathlib import Path

import pytest
from tones import make_tone

from commune_radio.app import AppContext
from commune_radio.services.library_service import ImportOptions


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
        return self.ctx.programmes.create(name, [s.id for s in segments], **kwargs).value


@pytest.fixture
def station(tmp_path):
    ctx = AppContext.open(tmp_path / "data")
    ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")
    folder = tmp_path / "src"
    folder.mkdir()
    yield Station(ctx, folder)
    ctx.close()
