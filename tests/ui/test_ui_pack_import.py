"""A content pack dropped on the library screen: a first-use key is asked about, never assumed."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from commune_radio.core.clock import FixedClock
from commune_radio.storage.pack_repo import trusted_office

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).parent))
from pack_helpers import NOW, open_ctx, write_spec  # noqa: E402
from test_ui_library_screen import drop  # noqa: E402

TIMEOUT = 30_000


def make_pack(tmp_path):
    office = open_ctx(tmp_path / "office")
    pack = office.packs.create(write_spec(tmp_path / "spec"), tmp_path / "thang-12.crpack").path
    fp = office.packs.office_fingerprint()
    office.close()
    return pack, fp


def test_dropped_pack_asks_about_the_key_then_imports(make_window, ctx, qtbot, tmp_path):
    pack, fp = make_pack(tmp_path)
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    ctx.packs.clock = FixedClock(NOW)
    window = make_window("en")
    screen = window.library_screen
    importer = screen.pack_importer

    drop(screen, [pack])
    qtbot.waitUntil(lambda: importer.prompt is not None, timeout=TIMEOUT)
    prompt = importer.prompt
    assert fp in prompt.informativeText()
    assert prompt.defaultButton() is prompt.refuse_button
    assert ctx.library.list() == [] and trusted_office(ctx.db) == (None, None)

    with qtbot.waitSignal(importer.finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(prompt.accept_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.ok and result.key_pinned
    assert sorted(s.pack_segment_id for s in ctx.library.list()) == ["dvc-hmong", "dvc-vi"]
    assert trusted_office(ctx.db)[1] == fp
    status = screen.import_panel.status.text()
    assert "Chuyển đổi số tuần này" in status and "1 of 1" in status
    assert screen.import_panel.results.count() == 2
    assert ctx.programmes.list() == []  # offered, never forced


def test_refusing_the_key_changes_nothing(make_window, ctx, qtbot, tmp_path):
    pack, _ = make_pack(tmp_path)
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    ctx.packs.clock = FixedClock(NOW)
    window = make_window("vi")
    screen = window.library_screen
    drop(screen, [pack])
    qtbot.waitUntil(lambda: screen.pack_importer.prompt is not None, timeout=TIMEOUT)
    qtbot.mouseClick(screen.pack_importer.prompt.refuse_button, Qt.MouseButton.LeftButton)
    assert screen.pack_importer.prompt is None
    assert ctx.library.list() == [] and trusted_office(ctx.db) == (None, None)
    assert screen.import_panel.isVisible()
