"""The compliance strip's week rules, without Qt or a database."""

import datetime as dt
from zoneinfo import ZoneInfo

from commune_radio.core.compliance_weeks import (
    AIRED,
    MISSED,
    NOTHING,
    PENDING,
    make_week,
    mondays_back,
    next_dx_airing,
    still_to_air,
    week_state,
)
from commune_radio.core.schedule import Occurrence

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def occ(slot_id, programme_id, at):
    return Occurrence(at=at, slot_id=slot_id, programme_id=programme_id)


def test_nine_mondays_up_to_this_week():
    mondays = mondays_back(dt.date(2026, 11, 25))  # a Wednesday of ISO week 48
    assert len(mondays) == 9
    assert mondays[-1] == dt.date(2026, 11, 23) and mondays[0] == dt.date(2026, 9, 28)
    assert all(m.weekday() == 0 for m in mondays)


def test_state_order_aired_pending_missed_nothing():
    soon = dt.datetime(2026, 11, 26, 10, tzinfo=dt.UTC)
    assert week_state(True, 0, None) == AIRED
    assert week_state(False, 3, soon) == PENDING
    assert week_state(False, 3, None) == MISSED
    assert week_state(False, 0, None) == NOTHING


def test_airings_to_come_and_the_next_dx_one():
    now = dt.datetime(2026, 11, 25, 7, 30, tzinfo=TZ)
    past = occ(1, 10, dt.datetime(2026, 11, 23, 6, tzinfo=TZ))
    news = occ(2, 11, dt.datetime(2026, 11, 25, 17, tzinfo=TZ))
    dx = occ(3, 10, dt.datetime(2026, 11, 26, 17, tzinfo=TZ))
    logged = {(1, past.at.isoformat(timespec="milliseconds"))}
    assert still_to_air([past, news, dx], logged) == 2
    assert next_dx_airing([past, news, dx], now, {10}) == dx.at
    assert next_dx_airing([past, news], now, {10}) is None


def test_a_week_is_named_by_its_iso_key():
    week = make_week(dt.date(2026, 12, 28), compliant=False, dx_played=0, planned=1,
                     current=False)
    assert (week.key, week.week, week.sunday) == ("2026-W53", 53, dt.date(2027, 1, 3))
    assert week.state == MISSED and not week.compliant
