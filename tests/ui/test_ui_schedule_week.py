"""What the week view draws, decided without a window: blocks, skipped dates, clashes at edges."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from commune_radio.core.schedule import Slot
from commune_radio.ui import i18n
from commune_radio.ui.schedule.week import DISABLED, ON, SKIPPED, monday_of, week_blocks
from commune_radio.ui.schedule.words import ScheduleWords, time_text

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = dt.date(2026, 11, 23)
DURATIONS = {1: 20 * 60.0, 2: 5 * 60.0}


def slot(slot_id, programme_id, at, days=(), **kwargs):
    return Slot(slot_id, programme_id, dt.time.fromisoformat(at), frozenset(days),
                programme=f"P{programme_id}", **kwargs)


def test_an_overrun_across_sunday_midnight_is_marked_in_both_weeks():
    late = slot(1, 1, "23:50", days={6})  # Sunday 23:50, 20 minutes: until Monday 00:10
    early = slot(2, 2, "00:05", days={0})  # Monday 00:05
    this_week = week_blocks([late, early], DURATIONS, MONDAY, TZ)
    sunday = next(b for b in this_week if b.day == MONDAY + dt.timedelta(days=6))
    assert sunday.overrun_s == 5 * 60 and sunday.in_clash
    monday = next(b for b in this_week if b.day == MONDAY)
    # the Monday of this week is run into by the Sunday before it (last week)
    assert monday.in_clash and monday.overrun_s == 0
    assert monday.clashes[0].first.at == dt.datetime(2026, 11, 22, 16, 50, tzinfo=dt.UTC)


def test_skipped_disabled_and_one_off_blocks():
    weekly = slot(1, 1, "06:00", days={0, 3}, exceptions=frozenset({dt.date(2026, 11, 26)}))
    off = slot(2, 2, "17:00", days={1}, enabled=False)
    once = slot(3, 2, "09:30", one_off_date=dt.date(2026, 11, 28))
    later = slot(4, 2, "12:00", days={2}, from_date=dt.date(2026, 12, 1))
    blocks = week_blocks([weekly, off, once, later], DURATIONS, MONDAY, TZ)
    assert [(b.slot.id, b.day.day, b.state, b.one_off) for b in blocks] == [
        (1, 23, ON, False), (2, 24, DISABLED, False), (1, 26, SKIPPED, False), (3, 28, ON, True),
    ]
    assert not any(b.in_clash for b in blocks)
    assert blocks[0].end_s == 6 * 3600 + 20 * 60


@pytest.fixture
def english(qapp):
    before = i18n.current_language()
    i18n.install("en")
    yield
    i18n.install(before or "vi")


def test_words_in_english(english):
    words = ScheduleWords()
    assert time_text(dt.time(6, 0)) == "06:00" and time_text(dt.time(6, 0, 30)) == "06:00:30"
    assert [words.countdown(s) for s in (0, 30, 25 * 60, 3 * 3600 + 5 * 60, 2 * 86400 + 3600)] \
        == ["starting now", "in under a minute", "in 25 min", "in 3 h 05 min", "in 2 d 1 h"]
    assert words.days_text(frozenset(range(7))) == "Every day"
    assert words.days_text(frozenset({0, 3})) == "Monday, Thursday"
    assert words.moment(dt.datetime(2026, 11, 29, 23, 0, tzinfo=dt.UTC), TZ) == \
        "06:00 Monday 30/11/2026"
    assert monday_of(dt.date(2027, 1, 3)) == dt.date(2026, 12, 28)  # ISO week 53 of 2026
    i18n.install("vi")
    assert words.countdown(3 * 3600 + 5 * 60) == "còn 3 giờ 05 phút"
    assert words.moment(dt.datetime(2026, 11, 29, 23, 0, tzinfo=dt.UTC), TZ) == \
        "06:00 Thứ Hai 30/11/2026"
