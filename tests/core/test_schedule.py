"""Slot occurrences, conflicts, overruns and reconcile decisions (no Qt, injected time)."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commune_radio.core.errors import RejectedInput
from commune_radio.core.schedule import (
    Slot,
    all_occurrences,
    clashes,
    iso_week,
    next_occurrences,
    occurrences,
    parse_days,
    parse_time,
    reconcile,
)

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
UTC = dt.UTC


def local(*args):
    return dt.datetime(*args, tzinfo=HCM)


DX = Slot(1, 10, dt.time(6, 0), frozenset({0}))  # Monday 06:00
RERUN = Slot(2, 10, dt.time(17, 0), frozenset({3}))  # Thursday 17:00


def test_parse_days_and_time():
    assert parse_days("mon,thu") == frozenset({0, 3})
    assert parse_days("Monday, Thursday") == frozenset({0, 3})
    assert parse_days("daily") == frozenset(range(7))
    assert parse_time("06:00") == dt.time(6) and parse_time("17:00:30") == dt.time(17, 0, 30)
    for bad in ("xyz", "", "mo"):
        with pytest.raises(RejectedInput):
            parse_days(bad)
    for bad in ("25:00", "6", "aa:bb", "06:00:00:00"):
        with pytest.raises(RejectedInput):
            parse_time(bad)


def test_weekly_occurrences_in_station_time():
    week = list(occurrences(DX, local(2026, 11, 23), local(2026, 11, 30), HCM))
    assert week == [local(2026, 11, 23, 6).astimezone(UTC)]
    assert week[0].hour == 23  # 06:00 +07:00 is 23:00 UTC the day before


def test_next_occurrences_mix_slots_in_order():
    nxt = next_occurrences([DX, RERUN], local(2026, 11, 27, 9), 3, HCM)
    assert [o.at.astimezone(HCM) for o in nxt] == [
        local(2026, 11, 30, 6), local(2026, 12, 3, 17), local(2026, 12, 7, 6)
    ]


def test_from_until_one_off_and_exceptions():
    tet = dt.date(2027, 2, 8)  # a Monday of Tết
    slot = Slot(3, 10, dt.time(6), frozenset({0}), from_date=dt.date(2027, 2, 1),
                until_date=dt.date(2027, 2, 28), exceptions=frozenset({tet}))
    days = [t.astimezone(HCM).date() for t in occurrences(slot, local(2027, 1, 1),
                                                          local(2027, 4, 1), HCM)]
    assert days == [dt.date(2027, 2, 1), dt.date(2027, 2, 15), dt.date(2027, 2, 22)]
    once = Slot(4, 10, dt.time(7, 30), one_off_date=dt.date(2026, 12, 24))
    assert list(occurrences(once, local(2026, 12, 1), local(2027, 1, 1), HCM)) == [
        local(2026, 12, 24, 7, 30).astimezone(UTC)
    ]


def test_conflict_and_overrun():
    a = Slot(1, 10, dt.time(6), frozenset({0}))
    same = Slot(2, 11, dt.time(6), frozenset({0}))
    close = Slot(3, 12, dt.time(6, 20), frozenset({0}))
    found = clashes([a, same, close], {10: 1800.0, 11: 600.0, 12: 300.0},
                    local(2026, 11, 23), HCM, weeks=1)
    kinds = sorted((c.kind, c.first.slot_id, c.second.slot_id) for c in found)
    assert kinds == [("conflict", 1, 2), ("overrun", 1, 3)]
    assert not clashes([a], {10: 1800.0}, local(2026, 11, 23), HCM)


def test_reconcile_marks_missed_once_and_catches_up_the_latest():
    since = local(2026, 11, 16)
    now = local(2026, 11, 30, 6, 10)  # ten minutes after Monday's slot
    boot = local(2026, 11, 30, 5, 0)
    decided = reconcile([DX, RERUN], set(), since, now, HCM, catch_up_minutes=30, boot_time=boot)
    assert [(d.occurrence.at.astimezone(HCM), d.action, d.reason) for d in decided] == [
        (local(2026, 11, 16, 6), "missed", "pc_off"),
        (local(2026, 11, 19, 17), "missed", "pc_off"),
        (local(2026, 11, 23, 6), "missed", "pc_off"),
        (local(2026, 11, 26, 17), "missed", "pc_off"),
        (local(2026, 11, 30, 6), "catch_up", ""),
    ]
    logged = {(d.occurrence.slot_id, d.occurrence.at) for d in decided}
    assert reconcile([DX, RERUN], logged, since, now, HCM) == []


def test_outside_the_catch_up_window_is_missed():
    now = local(2026, 11, 30, 7, 0)  # an hour late
    decided = reconcile([DX], set(), local(2026, 11, 29), now, HCM, catch_up_minutes=30)
    assert [(d.action, d.reason) for d in decided] == [("missed", "program_closed")]


def test_a_clock_jump_back_does_not_replay_and_forward_does_not_drop():
    logged = set()
    before = local(2026, 11, 30, 6, 5)
    for d in reconcile([DX], logged, local(2026, 11, 29), before, HCM):
        logged.add((d.occurrence.slot_id, d.occurrence.at))
    assert len(logged) == 1
    # the clock is set back to 05:59 and runs past 06:00 again: nothing new is due
    assert reconcile([DX], logged, local(2026, 11, 29), local(2026, 11, 30, 6, 1), HCM) == []
    # the clock jumps a week forward: the skipped Monday appears exactly once
    later = reconcile([DX], logged, local(2026, 11, 29), local(2026, 12, 7, 8), HCM)
    assert [d.occurrence.at.astimezone(HCM) for d in later] == [local(2026, 12, 7, 6)]


def test_iso_week_uses_station_time():
    sunday_night_utc = dt.datetime(2026, 11, 29, 18, 0, tzinfo=UTC)  # Monday 01:00 in Hà Nội
    assert iso_week(sunday_night_utc, HCM) == (2026, 49)
    assert iso_week(sunday_night_utc, ZoneInfo("UTC")) == (2026, 48)


slot_strategy = st.builds(
    Slot,
    id=st.integers(1, 5),
    programme_id=st.just(1),
    at=st.times(),
    days=st.frozensets(st.integers(0, 6), min_size=1),
)
zones = st.sampled_from(
    [HCM, ZoneInfo("UTC"), ZoneInfo("Europe/Paris"), ZoneInfo("America/New_York")]
)


@settings(max_examples=150, deadline=None)
@given(
    slot=slot_strategy,
    start=st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2030, 12, 1)),
    cuts=st.lists(st.integers(1, 24 * 90), min_size=1, max_size=6),
    tz=zones,
)
def test_splitting_a_range_never_loses_or_doubles_an_occurrence(slot, start, cuts, tz):
    """Across week, month, year and DST boundaries, pieces add up to the whole range."""
    start = start.replace(tzinfo=UTC)
    bounds = [start]
    for hours in sorted(set(cuts)):
        bounds.append(start + dt.timedelta(hours=hours))
    whole = list(occurrences(slot, bounds[0], bounds[-1], tz))
    pieces = [
        t for a, b in zip(bounds, bounds[1:], strict=False) for t in occurrences(slot, a, b, tz)
    ]
    assert pieces == whole
    assert len(set(whole)) == len(whole)
    for t in whole:
        local_t = t.astimezone(tz)
        assert local_t.weekday() in slot.days
        assert (local_t.hour, local_t.minute) == (slot.at.hour, slot.at.minute) or tz is not HCM


@settings(max_examples=100, deadline=None)
@given(slot=slot_strategy, year=st.integers(2025, 2035))
def test_a_year_has_the_right_count_in_a_zone_without_dst(slot, year):
    start = dt.datetime(year, 1, 1, tzinfo=HCM)
    end = dt.datetime(year + 1, 1, 1, tzinfo=HCM)
    got = all_occurrences([slot], start, end, HCM)
    expected = sum(
        1 for n in range((end.date() - start.date()).days)
        if (start.date() + dt.timedelta(days=n)).weekday() in slot.days
    )
    assert len(got) == expected
