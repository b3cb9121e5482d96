"""The programme builder: drag from the library, reorder, the overrun warning, the items that
may not air today, saving, preview item by item and the WAV export (with its cancel)."""

import datetime as dt
import wave

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from commune_radio.ui.main_window import PAGE_PROGRAMMES
from commune_radio.ui.programmes.items import INVALID_COLOUR, segment_ids_of

MULTIMEDIA_NOISE = (
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
)


def open_builder(make_window):
    window = make_window()
    window.show_page(PAGE_PROGRAMMES)
    return window.programmes_screen


def library_index(screen, segment_id):
    row = screen.library_model.row_of(segment_id)
    return screen.library_proxy.mapFromSource(screen.library_model.index(row, 0))


def drag_from_library(screen, segment_ids, pos: QPoint | None = None):
    """A real drop event on the items list, carrying what the library view would drag."""
    indexes = [library_index(screen, i) for i in segment_ids]
    mime = screen.library_proxy.mimeData(indexes)
    assert segment_ids_of(mime) == sorted(segment_ids, key=lambda i: indexes[
        segment_ids.index(i)].row())
    viewport = screen.items_view.viewport()
    if pos is None:
        pos = QPoint(viewport.width() // 2, viewport.height() - 5)  # below the last row
    action = Qt.DropAction.CopyAction
    for event in (
        QDragEnterEvent(pos, action, mime, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier),
        QDragMoveEvent(pos, action, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier),
        QDropEvent(pos, action, mime, Qt.MouseButton.LeftButton,
                   Qt.KeyboardModifier.NoModifier),
    ):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted(), type(event).__name__


def item_ids(screen):
    return [s.id for s in screen.items_model.segments()]


def test_drag_from_the_library_then_save(make_window, ctx, seeded):
    screen = open_builder(make_window)
    assert screen.programme_list.count() == 0
    screen.new_programme()
    screen.name_edit.setText("Chuyên mục CĐS tuần 48")
    assert screen.save() is None  # nothing to air yet: refused, and told why
    assert "chưa có mục nào" in screen.message.text()
    assert ctx.programmes.list() == []

    drag_from_library(screen, [seeded[0].id])
    drag_from_library(screen, [seeded[2].id])
    # dropped on the upper edge of the first row: goes in before it
    first = screen.items_view.visualRect(screen.items_model.index(0))
    drag_from_library(screen, [seeded[1].id], pos=QPoint(first.center().x(), first.top() + 1))
    assert item_ids(screen) == [seeded[1].id, seeded[0].id, seeded[2].id]
    assert screen.total_label.text() == "Tổng thời lượng 00:06"
    assert screen.save_button.isEnabled() and screen.is_dirty()

    stored = screen.save()
    assert stored is not None
    assert [s.id for s in ctx.programmes.get(stored.id).segments] == item_ids(screen)
    assert ctx.programmes.get(stored.id).dx is True
    assert not screen.is_dirty() and not screen.save_button.isEnabled()
    assert screen.programme_list.count() == 1
    assert screen.programme_list.currentItem().text().startswith("Chuyên mục CĐS tuần 48")
    assert screen.message.text() == "Đã lưu “Chuyên mục CĐS tuần 48”."


def test_a_drop_of_something_else_is_refused(make_window, seeded):
    from PySide6.QtCore import QMimeData

    screen = open_builder(make_window)
    mime = QMimeData()
    mime.setText("không phải mục thư viện")
    assert not screen.items_model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0,
                                                  QModelIndex())
    assert not screen.items_model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0,
                                               QModelIndex())
    assert screen.items_model.rowCount() == 0


def test_reorder_by_moving_rows_and_with_the_buttons(make_window, ctx, seeded):
    a, b, c = seeded
    programme = ctx.programmes.create("Thời sự", [a.id, b.id, c.id]).value
    screen = open_builder(make_window)
    assert screen.current_id == programme.id
    model = screen.items_model
    # what QListView does for an internal drag: move row 0 to the end
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert item_ids(screen) == [b.id, c.id, a.id]
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)  # onto itself
    # the insert-then-remove way of other views gives the same result
    mime = model.mimeData([model.index(0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert model.removeRows(0, 1)
    assert item_ids(screen) == [c.id, b.id, a.id]

    screen._select_row(2)
    screen.up_button.click()
    assert item_ids(screen) == [c.id, a.id, b.id]
    assert screen.selected_row() == 1
    screen.down_button.click()
    screen.down_button.click()  # already last: stays
    assert item_ids(screen) == [c.id, b.id, a.id]
    screen._select_row(0)
    screen.remove_button.click()
    assert item_ids(screen) == [b.id, a.id]
    assert screen.is_dirty()
    screen.save_button.click()
    assert [s.id for s in ctx.programmes.get(programme.id).segments] == [b.id, a.id]
    assert [s.id for s in ctx.library.list()].count(c.id) == 1  # still in the library


def test_overrun_warning_against_the_target(make_window, ctx, seeded):
    screen = open_builder(make_window)
    screen.new_programme()
    screen.name_edit.setText("Bản tin dài")
    longest = seeded[2]  # 3 s
    screen.library_view.selectRow(library_index(screen, longest.id).row())
    for _ in range(19):
        screen.add_selected()
    screen.target_spin.setValue(1)
    assert screen.total_label.text() == "Tổng thời lượng 00:57 trên mục tiêu 01:00"
    assert screen.overrun_label.text() == "Còn 00:03 trước khi chạm mục tiêu"
    screen.add_selected()
    screen.add_selected()
    assert screen.draft().overrun_s == pytest.approx(3.0, abs=0.1)
    assert screen.overrun_label.text().startswith("⚠ Dài hơn mục tiêu 00:03")
    assert "#b00020" in screen.overrun_label.styleSheet()
    stored = screen.save()
    assert stored.target_s == 60 and stored.overruns
    screen.target_spin.setValue(0)
    assert screen.overrun_label.text() == ""
    assert screen.total_label.text() == "Tổng thời lượng 01:03"


def test_items_outside_their_dates_are_flagged(make_window, ctx, seeded):
    a, b, c = seeded  # b: 01/11–31/12/2026; c: until 15/12/2026
    ctx.programmes.create("Chuyên mục tháng 12", [a.id, b.id, c.id])
    screen = open_builder(make_window)
    screen.today = lambda: dt.date(2026, 12, 20)
    screen._on_draft_changed()
    assert screen.validity_label.isVisibleTo(screen)
    text = screen.validity_label.text()
    assert text.startswith("⚠ 1 mục không được phát hôm nay (20/12/2026):")
    assert "“Thanh toán không dùng tiền mặt”: Đã hết hạn: chỉ được phát đến 15/12/2026" in text
    model = screen.items_model
    assert model.data(model.index(2), Qt.ItemDataRole.ForegroundRole) == INVALID_COLOUR
    assert model.data(model.index(2)).startswith("3. ⚠ Thanh toán")
    assert model.data(model.index(0), Qt.ItemDataRole.ForegroundRole) is None

    screen.today = lambda: dt.date(2026, 10, 20)
    screen._on_draft_changed()
    assert "1 mục" in screen.validity_label.text()
    assert "Chưa đến ngày phát: được phát từ 01/11/2026" in screen.validity_label.text()

    screen.today = lambda: dt.date(2026, 11, 27)
    screen._on_draft_changed()
    assert not screen.validity_label.isVisibleTo(screen)


def test_export_writes_the_draft_as_one_wav(make_window, ctx, seeded, tmp_path, qtbot):
    a, b, _c = seeded
    ctx.programmes.create("Xuất tệp", [a.id, b.id])
    screen = open_builder(make_window)
    target = tmp_path / "out" / "chuong-trinh.wav"
    with qtbot.waitSignal(screen.render_finished, timeout=20_000) as done:
        assert screen.start_render(target) is not None
        assert not screen.export_button.isEnabled()
    result = done.args[0]
    assert result is not None and result.path == target and target.is_file()
    with wave.open(str(target), "rb") as w:
        assert w.getnframes() == result.frames
        assert w.getnframes() / w.getframerate() == pytest.approx(3.0, abs=0.05)
    assert screen.render_progress.value() == screen.render_progress.maximum()
    assert screen.render_status.text().startswith("Đã ghi ")
    assert screen.export_button.isEnabled()


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_preview_plays_the_items_one_after_another(make_window, ctx, seeded, qtbot):
    a, b, _c = seeded  # 2 s, 1 s
    ctx.programmes.create("Nghe thử", [b.id, a.id])
    screen = open_builder(make_window)
    played = []
    screen.player.started.connect(lambda: played.append(screen.player.source))
    with qtbot.waitSignal(screen.player.started, timeout=10_000):
        screen.play_button.click()
    assert screen.stop_button.isEnabled()
    qtbot.waitUntil(lambda: len(played) == 2, timeout=10_000)
    assert played == [ctx.library.audio_path(b), ctx.library.audio_path(a)]
    qtbot.waitUntil(lambda: screen.preview_label.text().startswith("Đang nghe 2/2"),
                    timeout=5000)
    with qtbot.waitSignal(screen.player.stopped, timeout=5000):
        screen.stop_button.click()
    assert screen.preview_label.text() == ""
    assert not screen._queue
