"""The rough edges a new operator hit (issue 16): the week view's names and lengths, the
keyboard on the week, the on-air screen with nothing playing, the office's first step, the
builder on a small screen, and dates that read dd/mm/yyyy everywhere."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit

from commune_radio.core.clock import FixedClock
from commune_radio.services.library_service import ImportOptions
from commune_radio.storage.station_repo import set_setting
from commune_radio.ui.main_window import PAGE_OFFICE, PAGE_PLAYOUT, PAGE_PROGRAMMES, PAGE_SCHEDULE

ICT = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 25, 7, 30, tzinfo=ICT)
LONG_NAME = "Chuyên mục Chuyển đổi số tuần 48: dịch vụ công trực tuyến cho bà con"
TIMEOUT_MS = 15_000


@pytest.fixture
def week(ctx, seeded):
    """A DX programme with a long name on Monday 06:00, seen on the week of 25/11/2026."""
    clock = FixedClock(NOW)
    ctx.schedule.clock = ctx.log.clock = clock
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    dx = ctx.programmes.create(LONG_NAME, [s.id for s in seeded], dx=True).value
    news = ctx.programmes.create("Bản tin sáng", [seeded[1].id], dx=False).value
    ctx.schedule.add(ctx.schedule.build_slot(dx.name, days="mon", at="06:00"))
    ctx.schedule.add(ctx.schedule.build_slot(news.name, days="wed", at="05:30"))
    return ctx


def schedule_screen(make_window, width=1024, height=768):
    window = make_window()
    window.resize(width, height)
    window.show_page(PAGE_SCHEDULE)
    return window, window.schedule_screen


def test_a_block_shows_the_length_and_its_tooltip_the_whole_name(make_window, week, qtbot):
    _window, screen = schedule_screen(make_window)
    block = next(b for b in screen.blocks if b.slot.programme == LONG_NAME)
    canvas = screen.week_view.canvas
    assert canvas.length_text(block.duration_s) == "6 giây"  # the seeded items: 6 s in all
    assert canvas.length_text(25 * 60 + 14) == "25 phút"
    assert canvas.length_text(25 * 60 + 40) == "26 phút"
    tooltip = screen.describe(block)
    assert tooltip.splitlines()[0] == LONG_NAME
    assert tooltip.splitlines()[1] == "06:00 – 06:00:06 (00:06)"


def test_narrow_week_columns_use_short_day_names(make_window, week, qtbot):
    window, screen = schedule_screen(make_window, 1024, 768)
    header = screen.week_view.header
    assert screen.week_view.canvas.words.short_day_names() == [
        "T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    painted = []
    original = header.words.short_day_names
    header.words.short_day_names = lambda: painted.append(True) or original()
    window.resize(800, 700)  # a column narrower than "Thứ Năm": the header says "T5"
    qtbot.waitUntil(lambda: screen.week_view.canvas.column_width() < 60)
    header.grab()  # paints it
    assert painted
    assert header.labels()[0] == "Thứ Hai 23/11"  # what a screen reader gets stays whole


def test_the_week_is_reachable_by_keyboard(make_window, week, qtbot, monkeypatch):
    _window, screen = schedule_screen(make_window)
    canvas = screen.week_view.canvas
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    first = screen.selected_block()
    assert first is not None and first.day == dt.date(2026, 11, 23)  # Monday first
    assert screen.edit_button.isEnabled()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert screen.selected_block().slot.programme == "Bản tin sáng"
    QTest.keyClick(canvas, Qt.Key.Key_Left)
    assert screen.selected_block() == first
    opened = []
    monkeypatch.setattr(screen, "edit_block", lambda block: opened.append(block))
    canvas.activated.disconnect()
    canvas.activated.connect(screen.edit_block)
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert opened == [first]


def test_no_empty_progress_bar_when_nothing_plays(make_window, ctx, monkeypatch, make_tone,
                                                  audio_dir, qtbot):
    monkeypatch.setenv("COMMUNE_RADIO_ALLOW_NO_DEVICE", "1")
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    result = ctx.library.import_file(make_tone(audio_dir / "a.wav", 1.0),
                                     ImportOptions(title="Mục 1"))
    programme = ctx.programmes.create("Thời sự", [result.segment.id], dx=False).value
    window = make_window()
    window.show_page(PAGE_PLAYOUT)
    screen = window.playout_screen
    assert not screen.progress.isVisible()
    height = screen.progress.sizeHint().height()
    assert screen.progress.sizePolicy().retainSizeWhenHidden()  # the screen does not jump
    screen.programme_combo.setCurrentIndex(screen.programme_combo.findData(programme.id))
    player = window.station_player
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS):
        screen.play_now()
        qtbot.waitUntil(lambda: screen.progress.isVisible(), timeout=TIMEOUT_MS)
        assert screen.progress.height() >= height
        # no sound card here: the output line says so in words, not "none", as a warning
        assert screen.air_status.output_line.text() == (
            "Không có card âm thanh: chương trình vẫn chạy theo đồng hồ và được ghi nhật ký, "
            "nhưng không ai nghe thấy.")
        assert "8a5a00" in screen.air_status.output_line.styleSheet()  # amber, not green
    assert not screen.progress.isVisible()


def test_an_office_with_no_station_says_what_to_do_next(make_window, ctx, qtbot):
    set_setting(ctx.db, "role", "office")
    window = make_window()
    screen = window.office_screen
    qtbot.waitUntil(lambda: screen.report is not None, timeout=TIMEOUT_MS)
    assert window.stack.currentIndex() == PAGE_OFFICE
    text = screen.summary_label.text()
    assert text.startswith("Bước tiếp theo: nhập các tệp .crlog")
    assert "0 đài" not in text and "0%" not in text


def test_the_builder_scrolls_sideways_instead_of_cutting_columns(make_window, week, qtbot):
    window = make_window()
    window.resize(1024, 768)
    window.show_page(PAGE_PROGRAMMES)
    builder = window.programmes_screen
    builder.select_programme(next(p for p in week.programmes.list() if p.dx).id)
    view = builder.library_view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    total = sum(header.sectionSize(c) for c in range(header.count())
                if not header.isSectionHidden(c))
    assert not header.stretchLastSection()
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    if total > view.viewport().width():  # the columns are wider than the table: it scrolls
        assert view.horizontalScrollBar().maximum() > 0
    items = builder.items_view
    assert items.height() >= 6 * items.fontMetrics().height()  # every item row in sight


def test_every_date_field_reads_day_month_year(make_window, week, qtbot):
    window = make_window()
    for page in range(window.stack.count()):
        window.show_page(page)
    dialog = window.schedule_screen.add_slot(dt.date(2026, 11, 30), dt.time(5, 30))
    edits = window.findChildren(QDateEdit) + dialog.findChildren(QDateEdit)
    assert edits
    assert {e.displayFormat() for e in edits} == {"dd/MM/yyyy"}
    dialog.reject()


# lists that only show (the running order, the next broadcasts) and table headers are not
# stops of the Tab chain; everything an operator acts on is
DISPLAY_ONLY = {"runningOrder", "nextBroadcasts"}


def test_every_control_of_every_page_takes_keyboard_focus(make_window, week):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QWidget,
    )

    window = make_window()
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)
    unreachable = []
    for page in range(5):
        window.show_page(page)
        for widget in window.stack.currentWidget().findChildren(QWidget):
            if (not isinstance(widget, kinds) or isinstance(widget, QHeaderView)
                    or not widget.isVisibleTo(window) or widget.objectName() in DISPLAY_ONLY):
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                unreachable.append((page, type(widget).__name__, widget.objectName()))
    canvas = window.schedule_screen.week_view.canvas
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus  # the week's blocks, by arrows
    assert unreachable == []
