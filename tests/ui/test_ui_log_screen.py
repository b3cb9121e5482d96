"""The log screen: the lazy model pages in with fetchMore, the filters, the details pane, the
colours, and the DX badge of the current week in both states."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

from commune_radio.exchange.samples import broadcast, sample_entries
from commune_radio.services.log_service import LogFilter
from commune_radio.storage.log_repo import insert_log_rows
from commune_radio.ui.log.model import (
    COL_DURATION,
    COL_DX,
    COL_ITEMS,
    COL_PROGRAMME,
    COL_REASON,
    COL_STATUS,
    COL_TRIGGER,
    COL_WHEN,
    LogModel,
)
from commune_radio.ui.log.screen import PERIOD_CUSTOM, PERIOD_LAST_MONTH, period_range
from commune_radio.ui.log.words import STATUS_COLOURS
from commune_radio.ui.main_window import PAGE_LOG

CODE = "02785"
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def history(ctx):
    """450 broadcasts over 225 days (two a day), far enough back to leave this week empty."""
    ctx.station.init(code=CODE, name="Đài truyền thanh xã Bản Phiệt")
    end = dt.datetime.now(ZONE).date() - dt.timedelta(days=10)
    entries = sample_entries(CODE, end - dt.timedelta(days=224), end, seed=3, items=3)
    insert_log_rows(ctx.db, entries)
    return entries


def open_log(make_window):
    window = make_window()
    window.show_page(PAGE_LOG)
    return window.log_screen


def test_the_model_pages_in_with_fetch_more(ctx, history, qapp):
    pages = []
    real_page = ctx.log.page

    def counting(*args, **kwargs):
        pages.append(kwargs.get("limit"))
        return real_page(*args, **kwargs)

    ctx.log.page = counting
    model = LogModel(ctx.log, "vi")
    model.reload()
    assert pages == [200] and model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    model.fetchMore()  # nothing more to ask
    assert len(pages) == 3
    moments = [model.record(r).started_at or model.record(r).scheduled_at
               for r in range(model.rowCount())]
    assert moments == sorted(moments, reverse=True)  # newest first
    assert len({model.record(r).id for r in range(450)}) == 450


def test_the_view_fetches_as_it_scrolls(make_window, history, qtbot):
    screen = open_log(make_window)
    model = screen.model
    assert model.rowCount() == 200
    assert screen.count_label.text() == ("Đang hiện 200 buổi phát mới nhất; kéo xuống để xem "
                                         "các buổi cũ hơn")

    def scrolled_past(n):
        screen.view.scrollToBottom()  # the view fetches when its scroll bar reaches the end
        return model.rowCount() > n

    qtbot.waitUntil(lambda: scrolled_past(200), timeout=5000)
    qtbot.waitUntil(lambda: scrolled_past(400), timeout=5000)
    assert model.rowCount() == 450
    assert screen.count_label.text() == "450 buổi phát"


def test_cells_in_vietnamese_with_status_colours(make_window, ctx, history):
    screen = open_log(make_window)
    model = screen.model
    rows = {model.record(r).status.value: r for r in range(model.rowCount())}
    assert {"played", "partial", "missed"} <= set(rows)
    row = rows["partial"]
    record = model.record(row)
    assert model.data(model.index(row, COL_STATUS)) == "Phát không trọn"
    assert model.data(model.index(row, COL_REASON)) == "Người vận hành dừng"
    assert model.data(model.index(row, COL_TRIGGER)) == "Theo lịch"
    assert model.data(model.index(row, COL_PROGRAMME)) == record.programme
    assert model.data(model.index(row, COL_ITEMS)).endswith("/3")
    started = dt.datetime.fromisoformat(record.started_at).astimezone(ZONE)
    assert model.data(model.index(row, COL_WHEN)) == started.strftime("%d/%m/%Y %H:%M")
    for status, colour in (("played", "#1b5e20"), ("partial", "#a05a00"),
                           ("missed", "#b00020")):
        index = model.index(rows[status], COL_STATUS)
        assert model.data(index, Qt.ItemDataRole.ForegroundRole).name() == colour
        assert STATUS_COLOURS[status].name() == colour
    missed = model.record(rows["missed"])
    assert model.data(model.index(rows["missed"], COL_REASON)) == "Máy tính đang tắt"
    assert model.data(model.index(rows["missed"], COL_DURATION)) == ""
    assert model.data(model.index(rows["missed"], COL_WHEN)) == dt.datetime.fromisoformat(
        missed.scheduled_at).astimezone(ZONE).strftime("%d/%m/%Y %H:%M")
    dx_row = next(r for r in range(model.rowCount()) if model.record(r).dx)
    assert model.data(model.index(dx_row, COL_DX)) == "✓"


def test_filters(make_window, ctx, history):
    screen = open_log(make_window)
    model = screen.model

    def shown():
        while model.canFetchMore():
            model.fetchMore()
        return [model.record(r) for r in range(model.rowCount())]

    screen.status_filter.setCurrentIndex(screen.status_filter.findData("missed"))
    missed = shown()
    assert missed and all(r.status.value == "missed" for r in missed)
    assert len(missed) == sum(1 for e in history if e["status"] == "missed")
    screen.status_filter.setCurrentIndex(0)

    screen.dx_only.setChecked(True)
    assert all(r.dx for r in shown())
    screen.dx_only.setChecked(False)

    screen.topic_filter.setCurrentIndex(screen.topic_filter.findData("digital_skills"))
    found = shown()
    assert found and all(any(i.topic == "digital_skills" for i in r.items) for r in found)
    screen.topic_filter.setCurrentIndex(0)

    screen.language_filter.setCurrentIndex(screen.language_filter.findData("hmong"))
    found = shown()
    assert found and all(any(i.language == "hmong" for i in r.items) for r in found)
    screen.language_filter.setCurrentIndex(0)

    screen.trigger_filter.setCurrentIndex(screen.trigger_filter.findData("emergency"))
    assert shown() == []
    assert screen.count_label.text() == "Không có buổi phát nào khớp"
    screen.trigger_filter.setCurrentIndex(0)

    # a custom range of three days holds six broadcasts
    first_day = dt.date.fromisoformat(history[0]["scheduled_at"][:10])
    screen.period.setCurrentIndex(screen.period.findData(PERIOD_CUSTOM))
    assert screen.from_edit.isEnabled()
    screen.from_edit.setDate(QDate(first_day.year, first_day.month, first_day.day))
    last = first_day + dt.timedelta(days=2)
    screen.to_edit.setDate(QDate(last.year, last.month, last.day))
    assert screen.current_filter().from_date == first_day
    assert len(shown()) == 6
    screen.to_edit.setDate(QDate(2000, 1, 1))  # before the start: said, not queried
    assert screen.message.isVisibleTo(screen)
    assert screen.message.text() == "Ngày kết thúc đứng trước ngày bắt đầu."

    screen.period.setCurrentIndex(0)
    assert not screen.from_edit.isEnabled()
    assert screen.current_filter() == LogFilter()
    assert len(shown()) == 450


def test_period_presets():
    friday = dt.date(2026, 11, 27)
    assert period_range("today", friday) == (friday, friday)
    assert period_range("week", friday) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert period_range("month", friday) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert period_range(PERIOD_LAST_MONTH, dt.date(2026, 1, 15)) == (
        dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert period_range("all", friday) == (None, None)


def test_details_pane_lists_the_items(make_window, ctx, history):
    screen = open_log(make_window)
    model = screen.model
    assert screen.details.summary.text() == "Chọn một buổi phát ở trên để xem các mục của nó."
    row = next(r for r in range(model.rowCount()) if model.record(r).status.value == "partial")
    record = model.record(row)
    assert screen.select_broadcast(record.id)
    table = screen.details.items
    assert table.rowCount() == 3
    first = record.items[0]
    assert table.item(0, 0).text() == first.title
    assert table.item(0, 3).text() == f"{int(round(first.planned_s)) // 60:02d}:" \
                                      f"{int(round(first.planned_s)) % 60:02d}"
    assert {table.item(r, 5).text() for r in range(3)} <= {"Đã phát đủ", "Phát không trọn",
                                                            "Chưa phát", "Bỏ qua"}
    assert record.programme in screen.details.summary.text()
    assert "Người vận hành dừng" in screen.details.summary.text()


def test_week_badge_both_states(make_window, ctx, history):
    screen = open_log(make_window)
    assert screen.badge.text() == "Chuyên mục CĐS tuần này: chưa phát"
    assert "#b00020" in screen.badge.styleSheet()
    assert not screen.week.compliant

    now = dt.datetime.now(ZONE).replace(second=0, microsecond=0)
    insert_log_rows(ctx.db, [broadcast(CODE, now.isoformat(), dx=True, status="played",
                                       items=[("dx_goals", "vi", 300.0)])])
    screen.window().signals.emit_changed(log=True)
    assert screen.badge.text() == "Chuyên mục CĐS tuần này: đã phát"
    assert "#1b5e20" in screen.badge.styleSheet()
    assert screen.week.dx_played == 1
    assert screen.model.record(0).started_at is not None  # the new one is on top
    assert "1 buổi" in screen.badge.toolTip()


def test_a_hidden_log_screen_reloads_when_shown(make_window, ctx, history):
    window = make_window()
    screen = window.log_screen
    assert not screen.isVisible()
    newest = screen.model.record(0).id
    now = dt.datetime.now(ZONE).replace(microsecond=0)
    insert_log_rows(ctx.db, [broadcast(CODE, now.isoformat(), dx=False, status="played",
                                       items=[(None, "vi", 60.0)])])
    window.signals.emit_changed(log=True)
    assert screen.model.record(0).id == newest  # not reloaded while hidden
    window.show_page(PAGE_LOG)
    assert screen.model.record(0).id != newest
