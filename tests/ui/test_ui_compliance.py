"""The compliance strip: this ISO week and the last 8, coloured from real log rows."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from commune_radio.core.broadcasts import ItemStatus, Status, Trigger
from commune_radio.core.clock import FixedClock
from commune_radio.ui.compliance import compliance_weeks
from commune_radio.ui.compliance.strip import COLOURS
from commune_radio.ui.compliance.weeks import AIRED, MISSED, NOTHING, PENDING
from commune_radio.ui.main_window import PAGE_SCHEDULE

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ICT = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 25, 7, 30, tzinfo=ICT)  # Wednesday of ISO week 48


@pytest.fixture
def station(ctx, seeded):
    clock = FixedClock(NOW)
    ctx.schedule.clock = clock
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    dx = ctx.programmes.create("Chuyên mục Chuyển đổi số", [seeded[0].id], dx=True).value
    news = ctx.programmes.create("Bản tin sáng", [seeded[1].id], dx=False).value
    return ctx, dx, news


def air(ctx, programme, at, *, full=True, slot_id=None):
    """A broadcast as the playout engine logs it, at ``at`` (station time)."""
    ctx.log.clock = FixedClock(at)
    record = ctx.log.begin(programme, trigger=Trigger.SCHEDULE if slot_id else Trigger.MANUAL,
                           slot_id=slot_id, scheduled_at=at if slot_id else None)
    for item in record.items:
        ctx.log.item_started(record.id, item.position)
        ctx.log.item_ended(record.id, item.position, ItemStatus.PLAYED, item.planned_s)
    return ctx.log.end(record.id, None if full else "operator_stop")


def states(weeks):
    return [(w.week, w.state) for w in weeks]


def test_cells_follow_the_log_rows(make_window, station):
    ctx, dx, news = station
    # week 47: DX played in full -> green
    assert air(ctx, dx, dt.datetime(2026, 11, 16, 6, 0, tzinfo=ICT), slot_id=1).status == \
        Status.PLAYED
    # week 46: the DX slot was missed (PC off) -> red
    ctx.log.record_missed(dx, 1, dt.datetime(2026, 11, 9, 6, 0, tzinfo=ICT), "pc_off")
    # week 45: only the news aired, and the DX section was stopped part-way -> red
    air(ctx, news, dt.datetime(2026, 11, 2, 6, 0, tzinfo=ICT), slot_id=2)
    assert air(ctx, dx, dt.datetime(2026, 11, 5, 6, 0, tzinfo=ICT), full=False).status == \
        Status.PARTIAL
    # week 44: weeks are in station time; Monday 00:30 here is still Sunday (week 43) in UTC
    air(ctx, dx, dt.datetime(2026, 10, 26, 0, 30, tzinfo=ICT))
    # weeks 40-43: nothing -> grey; week 48 (now): a DX slot still to come -> amber
    ctx.schedule.add(ctx.schedule.build_slot(dx.name, days="thu", at="06:00"))

    window = make_window()
    window.show_page(PAGE_SCHEDULE)
    strip = window.schedule_screen.compliance
    assert states(strip.weeks) == [(40, NOTHING), (41, NOTHING), (42, NOTHING), (43, NOTHING),
                                   (44, AIRED), (45, MISSED), (46, MISSED), (47, AIRED),
                                   (48, PENDING)]
    cells = strip.cells
    assert [c.text() for c in cells] == [str(n) for n in range(40, 49)]
    assert [c.property("state") for c in cells] == [w.state for w in strip.weeks]
    for cell in cells:
        assert f"background: {COLOURS[cell.property('state')][0]}" in cell.styleSheet()
    assert COLOURS[AIRED][0] == "#2e7d32" and COLOURS[MISSED][0] == "#c62828"
    assert cells[7].toolTip() == ("Tuần 47 (16/11/2026 – 22/11/2026): đã phát: 1 lượt "
                                  "chuyên mục CĐS phát trọn vẹn")
    assert cells[6].toolTip() == ("Tuần 46 (09/11/2026 – 15/11/2026): chưa phát: có lịch phát "
                                  "nhưng không có lượt chuyên mục CĐS nào phát trọn vẹn")
    assert cells[0].toolTip() == "Tuần 40 (28/09/2026 – 04/10/2026): không có lịch"
    assert cells[8].toolTip() == ("Tuần 48 (23/11/2026 – 29/11/2026): chưa phát; lượt chuyên "
                                  "mục CĐS tới lúc 06:00 Thứ Năm 26/11/2026")
    assert strip.badge.text() == "Chuyên mục CĐS tuần này: chưa phát"
    assert strip.detail.text() == "Lượt phát chuyên mục CĐS tới: 06:00 Thứ Năm 26/11/2026."

    # it airs: the log change turns this week green
    air(ctx, dx, dt.datetime(2026, 11, 26, 6, 0, tzinfo=ICT), slot_id=1)
    window.signals.emit_changed(log=True)
    assert strip.weeks[-1].state == AIRED
    assert strip.badge.text() == "Chuyên mục CĐS tuần này: đã phát"
    assert strip.badge.property("state") == AIRED
    assert strip.detail.text() == "Tuần này đã phát trọn vẹn 1 lượt chuyên mục CĐS."


def test_this_week_is_red_when_no_dx_slot_is_left(station):
    ctx, dx, news = station
    ctx.schedule.add(ctx.schedule.build_slot(news.name, days="daily", at="06:00"))
    ctx.schedule.add(ctx.schedule.build_slot(dx.name, days="mon", at="06:00"))  # already past
    weeks = compliance_weeks(ctx.log, ctx.schedule.list(), {dx.id}, ctx.schedule.clock(), TZ)
    assert len(weeks) == 9 and weeks[-1].current and weeks[-1].key == "2026-W48"
    assert weeks[-1].state == MISSED and weeks[-1].next_dx is None
    # slots added today are not projected into past weeks: those stay grey
    assert {w.state for w in weeks[:-1]} == {NOTHING}


def test_nothing_scheduled_this_week(make_window, station):
    window = make_window()
    strip = window.schedule_screen.compliance
    assert strip.weeks[-1].state == NOTHING
    assert strip.badge.text() == "Chuyên mục CĐS tuần này: chưa phát"
    assert strip.detail.text() == "Tuần này chưa có lịch phát nào."


def test_compliance_in_english(make_window, station):
    ctx, dx, _news = station
    air(ctx, dx, dt.datetime(2026, 11, 24, 17, 0, tzinfo=ICT))
    air(ctx, dx, dt.datetime(2026, 11, 24, 18, 0, tzinfo=ICT))
    window = make_window("en")
    strip = window.schedule_screen.compliance
    assert strip.badge.text() == "DX section this week: aired"
    assert strip.detail.text() == "2 DX broadcasts played in full this week."
    assert strip.cells[-1].toolTip() == (
        "Week 48 (23/11/2026 – 29/11/2026): aired: 2 DX broadcasts played in full")
    assert strip.title.text() == "Weekly DX section"
