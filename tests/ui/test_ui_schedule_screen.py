"""The schedule screen through the window: add, warn before saving, edit, remove, navigate."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTime
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from commune_radio.core.clock import FixedClock
from commune_radio.ui.main_window import PAGE_SCHEDULE
from commune_radio.ui.schedule import slot_dialog
from commune_radio.ui.schedule.screen import ScheduleScreen
from commune_radio.ui.schedule.week import ON, SKIPPED
from commune_radio.ui.schedule.week_view import HOUR_PX, MIN_BLOCK_PX

ICT = dt.timezone(dt.timedelta(hours=7))
# Wednesday 25/11/2026 07:30 in Lào Cai: week 48 runs Monday 23/11 to Sunday 29/11
NOW = dt.datetime(2026, 11, 25, 7, 30, tzinfo=ICT)
MONDAY = dt.date(2026, 11, 23)
DX = "Chuyên mục Chuyển đổi số"
NEWS = "Bản tin sáng"


@pytest.fixture
def station(ctx, seeded):
    """A station at a fixed moment with two programmes: DX (6 s) and the news (1 s)."""
    clock = FixedClock(NOW)
    ctx.schedule.clock = clock
    ctx.log.clock = clock
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    dx = ctx.programmes.create(DX, [s.id for s in seeded], dx=True).value
    news = ctx.programmes.create(NEWS, [seeded[1].id], dx=False).value
    return ctx, dx, news


def open_screen(make_window, lang="vi") -> ScheduleScreen:
    window = make_window(lang)
    window.show_page(PAGE_SCHEDULE)
    assert window.stack.currentWidget() is window.schedule_screen
    return window.schedule_screen


def add(ctx, programme, **kwargs):
    svc = ctx.schedule
    return svc.add(svc.build_slot(programme, **kwargs)).value


def blocks(screen, state=ON):
    return [(b.slot.programme, b.day, b.slot.at) for b in screen.blocks if b.state == state]


def centre(screen, block) -> QPoint:
    index = screen.blocks.index(block)
    return screen.week_view.canvas.block_rect(index).center().toPoint()


def test_add_a_slot_through_the_dialog_and_see_its_blocks(make_window, station, qtbot):
    ctx, dx, _news = station
    screen = open_screen(make_window)
    assert screen.blocks == []
    assert screen.status_label.text().startswith("Chưa có khung giờ phát nào.")
    assert not screen.edit_button.isEnabled()

    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.slot_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Thêm khung giờ phát"
    assert dialog.day_boxes[2].isChecked()  # today's weekday, Wednesday, to start from
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData(DX))
    dialog.day_boxes[2].setChecked(False)
    dialog.day_boxes[0].setChecked(True)
    dialog.day_boxes[3].setChecked(True)
    dialog.time_edit.setTime(QTime(6, 0, 30))
    assert dialog.ok_label.text() == "✓ Không trùng giờ hay lấn giờ trong 8 tuần tới."
    assert dialog.warning_label.isHidden()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [slot] = ctx.schedule.list()
    assert (slot.programme, slot.days, slot.at) == (DX, frozenset({0, 3}), dt.time(6, 0, 30))
    assert blocks(screen) == [(DX, MONDAY, dt.time(6, 0, 30)),
                              (DX, MONDAY + dt.timedelta(days=3), dt.time(6, 0, 30))]
    # a block is as long as its programme (6 s is below the smallest block a name fits in)
    canvas = screen.week_view.canvas
    rect = canvas.block_rect(0)
    assert rect.top() == pytest.approx(canvas.y_of(6 * 3600 + 30))
    assert rect.height() == MIN_BLOCK_PX
    assert rect.left() > canvas.column_x(0) and rect.right() < canvas.column_x(1)
    tooltip = screen.describe(screen.blocks[0])
    assert tooltip.splitlines()[:3] == [DX, "06:00:30 – 06:00:36 (00:06)",
                                        "Hằng tuần: Thứ Hai, Thứ Năm"]
    # the next broadcasts list counts down to Thursday 06:00:30
    first = screen.next_list.item(0).text().splitlines()
    assert first == [DX, "06:00:30 Thứ Năm 26/11 · còn 22 giờ 30 phút"]

    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre(screen, screen.blocks[1]))
    assert screen.selected_block() is screen.blocks[1]
    assert screen.edit_button.isEnabled() and screen.skip_button.isEnabled()


def test_a_long_programme_is_drawn_as_long(make_window, station, qtbot, monkeypatch):
    ctx, dx, _news = station
    add(ctx, DX, days="fri", at="17:00")
    # stand in a 25-minute programme for the 6-second test tones
    from commune_radio.core.programmes import Programme

    monkeypatch.setattr(Programme, "duration_s", property(lambda self: 25 * 60.0))
    screen = open_screen(make_window)
    [block] = screen.blocks
    rect = screen.week_view.canvas.block_rect(0)
    assert rect.height() == pytest.approx(25 / 60 * HOUR_PX)
    assert screen.describe(block).splitlines()[1] == "17:00 – 17:25 (25:00)"


def test_conflicts_and_overruns_are_shown_before_saving(make_window, station, qtbot):
    ctx, dx, _news = station
    add(ctx, DX, days="mon", at="06:00")
    screen = open_screen(make_window)
    dialog = screen.add_slot(MONDAY + dt.timedelta(days=7))  # Monday 30/11
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData(NEWS))
    assert dialog.day_boxes[0].isChecked()
    dialog.time_edit.setTime(QTime(6, 0, 0))

    assert dialog.warning_label.isVisible()
    assert dialog.warning_label.text() == (
        "⚠ Trùng giờ với “Chuyên mục Chuyển đổi số” lúc 06:00 Thứ Hai 30/11/2026. "
        "(lặp lại 8 lần trong 8 tuần tới)"
    )
    assert dialog.save_button.text() == "Vẫn lưu"
    assert len(ctx.schedule.list()) == 1  # nothing saved yet

    # the DX programme lasts 6 s: starting the news 2 s after it is an overrun
    dialog.time_edit.setTime(QTime(6, 0, 2))
    assert dialog.clash_texts()[0].startswith(
        "“Chuyên mục Chuyển đổi số” (bắt đầu 06:00, dài 00:06) chưa phát xong khi khung giờ "
        "này bắt đầu lúc 06:00:02 Thứ Hai 30/11/2026 (lấn 00:04)."
    )
    dialog.time_edit.setTime(QTime(6, 10, 0))
    assert dialog.warning_label.isHidden()
    assert dialog.save_button.text() == "Lưu"

    # a refusal of the service is shown in the dialog, which stays open
    dialog.day_boxes[0].setChecked(False)
    assert dialog.error_label.text() == "Cần chọn ít nhất một ngày trong tuần hoặc một ngày cụ thể."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert len(ctx.schedule.list()) == 1

    # saved anyway with the clash: both blocks of that Monday turn red, side by side
    dialog.day_boxes[0].setChecked(True)
    dialog.time_edit.setTime(QTime(6, 0, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(ctx.schedule.list()) == 2
    monday = [b for b in screen.blocks if b.day == MONDAY]
    assert [b.in_clash for b in monday] == [True, True]
    canvas = screen.week_view.canvas
    left, right = (canvas.block_rect(screen.blocks.index(b)) for b in monday)
    assert left.right() <= right.left()
    assert "Trùng giờ với “Bản tin sáng” lúc 06:00 Thứ Hai 23/11/2026." in screen.describe(
        monday[0])
    assert screen.clash_label.text().startswith("⚠ 2 khung giờ bị trùng hoặc lấn giờ")


# showing a tooltip raises its window, which the offscreen platform only warns about
@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")
def test_an_overrun_marks_the_block_that_runs_long(make_window, station):
    ctx, _dx, _news = station
    add(ctx, DX, days="tue", at="06:00")
    add(ctx, NEWS, days="tue", at="06:00:04")
    screen = open_screen(make_window)
    long_one, next_one = screen.blocks
    assert long_one.overrun_s == pytest.approx(2.0) and next_one.overrun_s == 0
    assert long_one.in_clash and next_one.in_clash and not long_one.conflict
    assert ("⚠ “Chuyên mục Chuyển đổi số” (dài 00:06) chưa phát xong thì đã đến giờ "
            "“Bản tin sáng” lúc 06:00:04 Thứ Ba 24/11/2026 (lấn 00:02).") in screen.describe(
        long_one)
    # the same words come up when the pointer rests on the block
    canvas = screen.week_view.canvas
    pos = centre(screen, long_one)
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, pos, canvas.mapToGlobal(pos)))
    assert QToolTip.text() == screen.describe(long_one)
    QToolTip.hideText()


def test_edit_by_double_click_and_remove(make_window, station, qtbot, monkeypatch):
    ctx, _dx, _news = station
    add(ctx, DX, days="mon,thu", at="06:00", skip=("2026-12-24",))
    screen = open_screen(make_window)
    canvas = screen.week_view.canvas
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=centre(screen, screen.blocks[0]))
    dialog = screen.slot_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Sửa khung giờ phát"
    assert dialog.programme_combo.currentData() == DX
    assert [box.isChecked() for box in dialog.day_boxes] == [True, False, False, True,
                                                             False, False, False]
    assert dialog.time_edit.time() == QTime(6, 0, 0)
    assert dialog.skip_dates() == [dt.date(2026, 12, 24)]
    assert dialog.skip_list.item(0).text() == "Thứ Năm 24/12/2026"
    assert dialog.warning_label.isHidden()  # a slot does not clash with itself

    dialog.time_edit.setTime(QTime(17, 30, 0))
    dialog.until_none.setChecked(False)
    dialog.until_edit.setDate(dialog.until_edit.date().fromString("31/12/2026", "dd/MM/yyyy"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [slot] = ctx.schedule.list()
    assert (slot.at, slot.until_date) == (dt.time(17, 30), dt.date(2026, 12, 31))
    assert blocks(screen) == [(DX, MONDAY, dt.time(17, 30)),
                              (DX, MONDAY + dt.timedelta(days=3), dt.time(17, 30))]

    # remove from the screen: asked first, and "no" keeps it
    asked = []
    monkeypatch.setattr(slot_dialog, "confirm", lambda *args: asked.append(args[2]) or False)
    screen.select(slot.id, MONDAY)
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["Xóa khung giờ “Chuyên mục Chuyển đổi số” lúc 17:30 (Thứ Hai, Thứ Năm)? "
                     "Các lượt phát đã ghi trong nhật ký vẫn được giữ."]
    assert len(ctx.schedule.list()) == 1
    monkeypatch.setattr(slot_dialog, "confirm", lambda *args: True)
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert ctx.schedule.list() == []
    assert screen.blocks == [] and not screen.edit_button.isEnabled()


def test_remove_from_the_dialog(make_window, station, qtbot, monkeypatch):
    ctx, _dx, _news = station
    slot = add(ctx, NEWS, one_off="2026-11-27", at="11:15")
    screen = open_screen(make_window)
    monkeypatch.setattr(slot_dialog, "confirm", lambda *args: True)
    screen.select(slot.id, dt.date(2026, 11, 27))
    dialog = screen.edit_selected()
    assert dialog.once_radio.isChecked() and not dialog.day_boxes[0].isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert ctx.schedule.list() == [] and screen.blocks == []


def test_week_navigation_one_offs_and_skipped_dates(make_window, station, qtbot):
    ctx, _dx, _news = station
    weekly = add(ctx, DX, days="mon", at="06:00", skip=("2026-11-30",))
    add(ctx, NEWS, one_off="2026-12-09", at="17:00")
    screen = open_screen(make_window)
    header = screen.week_view.header
    assert header.labels()[0] == "Thứ Hai 23/11" and header.labels()[6] == "Chủ Nhật 29/11"
    assert screen.week_label.text() == "Tuần 48 · 23/11/2026 – 29/11/2026"
    assert blocks(screen) == [(DX, MONDAY, dt.time(6))]

    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.week_label.text() == "Tuần 49 · 30/11/2026 – 06/12/2026"
    assert header.labels()[0] == "Thứ Hai 30/11"
    assert blocks(screen) == []
    assert blocks(screen, SKIPPED) == [(DX, dt.date(2026, 11, 30), dt.time(6))]
    assert "Không phát ngày 30/11/2026 (ngày nghỉ)." in screen.describe(screen.blocks[0])

    # air the skipped date again from the screen
    screen.select(weekly.id, dt.date(2026, 11, 30))
    assert screen.skip_button.text() == "Phát lại ngày này"
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    assert blocks(screen) == [(DX, dt.date(2026, 11, 30), dt.time(6))]
    assert ctx.schedule.get(weekly.id).exceptions == frozenset()

    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert blocks(screen) == [(DX, dt.date(2026, 12, 7), dt.time(6)),
                              (NEWS, dt.date(2026, 12, 9), dt.time(17))]
    one_off = screen.blocks[1]
    assert one_off.one_off and "Một lần: Thứ Tư 09/12/2026" in screen.describe(one_off)
    # skip a Monday from the screen
    screen.select(weekly.id, dt.date(2026, 12, 7))
    assert screen.skip_button.text() == "Nghỉ ngày này"
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    assert ctx.schedule.get(weekly.id).exceptions == frozenset({dt.date(2026, 12, 7)})

    for _ in range(3):
        qtbot.mouseClick(screen.prev_button, Qt.MouseButton.LeftButton)
    assert screen.week_label.text() == "Tuần 47 · 16/11/2026 – 22/11/2026"
    qtbot.mouseClick(screen.today_button, Qt.MouseButton.LeftButton)
    assert screen.monday == MONDAY


def test_double_click_on_free_space_adds_a_slot_there(make_window, station, qtbot):
    screen = open_screen(make_window)
    canvas = screen.week_view.canvas
    x = int(canvas.column_x(4) + canvas.column_width() / 2)  # Friday
    y = int(canvas.y_of(17 * 3600 + 20 * 60))  # 17:20 -> the quarter hour 17:15
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    dialog = screen.slot_dialog
    assert dialog.time_edit.time() == QTime(17, 15, 0)
    assert [box.isChecked() for box in dialog.day_boxes] == [False] * 4 + [True, False, False]
    assert dialog.once_edit.date().toString("dd/MM/yyyy") == "27/11/2026"


def test_no_programme_yet_says_where_to_make_one(make_window, ctx):
    ctx.schedule.clock = FixedClock(NOW)
    screen = open_screen(make_window)
    dialog = screen.add_slot()
    assert not dialog.save_button.isEnabled()
    assert any(label.text().startswith("Chưa có chương trình nào.")
               for label in dialog.findChildren(type(dialog.ok_label)))
    assert screen.next_list.item(0).text() == "Chưa có lịch phát."


def test_the_schedule_in_english(make_window, station, qtbot):
    ctx, _dx, _news = station
    add(ctx, DX, days="mon", at="06:00")
    add(ctx, NEWS, days="mon", at="06:00")
    screen = open_screen(make_window, "en")
    assert screen.add_button.text() == "+ Add slot…"
    assert screen.prev_button.text() == "◀ Previous week"
    assert screen.week_label.text() == "Week 48 · 23/11/2026 – 29/11/2026"
    assert screen.week_view.header.labels()[0] == "Monday 23/11"
    assert screen.clash_label.text() == (
        "⚠ 2 slots clash this week (red): point at a block to see why.")
    assert "Same time as “Bản tin sáng” at 06:00 Monday 23/11/2026." in screen.describe(
        screen.blocks[0])
    assert screen.next_list.item(0).text().splitlines()[1] == "06:00 Monday 30/11 · in 4 d 22 h"
    assert screen.compliance.badge.text() == "DX section this week: not aired"
    dialog = screen.add_slot()
    assert dialog.windowTitle() == "New broadcast slot"
    assert dialog.day_boxes[6].text() == "Sunday"
    dialog.reject()


def test_the_screen_refreshes_on_the_change_signal(make_window, station):
    ctx, _dx, _news = station
    window = make_window()
    screen = window.schedule_screen
    add(ctx, DX, days="sat", at="05:45")  # as the command line or a template import would
    assert screen.blocks == []
    window.signals.emit_changed(schedule=True)
    assert blocks(screen) == [(DX, dt.date(2026, 11, 28), dt.time(5, 45))]
