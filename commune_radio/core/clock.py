"""Time for the domain: an injectable clock, UTC storage, station-time display.

Everything is stored as UTC ISO 8601 with offset; shown and reasoned about (weeks, slots) in the
station's zone. Tests pass a ``FixedClock`` instead of reading the wall clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """The wall clock, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock for tests that only moves when told."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now.astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        """Move forward by a ``timedelta(**delta)``."""
        self.now += dt.timedelta(**delta)


def to_utc_iso(moment: dt.datetime) -> str:
    """The stored form of a moment: UTC, ISO 8601, with offset, to the millisecond."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")


def from_iso(text: str | None) -> dt.datetime | None:
    """A stored moment back to an aware datetime (None stays None)."""
    return dt.datetime.fromisoformat(text) if text else None


def station_iso(text_or_moment: str | dt.datetime | None, timezone: str) -> str | None:
    """A moment as ISO 8601 in station time with its offset (what CLI.md prints)."""
    moment = from_iso(text_or_moment) if isinstance(text_or_moment, str) else text_or_moment
    if moment is None:
        return None
    return moment.astimezone(ZoneInfo(timezone)).isoformat(timespec="seconds")
