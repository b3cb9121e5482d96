"""Calendar helpers in station time, written once: today at the station, a moment's local date,
month ends, ISO weeks (the plan's weeks are ISO weeks in station time).
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo


def local_date(moment: dt.datetime, timezone: str | ZoneInfo) -> dt.date:
    """The station-time date of an aware moment."""
    zone = timezone if isinstance(timezone, ZoneInfo) else ZoneInfo(timezone)
    return moment.astimezone(zone).date()


def station_today(timezone: str | ZoneInfo, now: dt.datetime | None = None) -> dt.date:
    """Today's date in station time (what validity dates are checked against); pass the
    injected clock's ``now`` wherever there is one."""
    return local_date(now or dt.datetime.now(dt.UTC), timezone)


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - dt.timedelta(days=day.isoweekday() - 1)
    return monday, monday + dt.timedelta(days=6)


@lru_cache(maxsize=8192)
def iso_week_key(day: dt.date) -> str:
    """``2026-W45``: the ISO week holding ``day`` (the ISO year may differ from the calendar's)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(key: str) -> dt.date:
    """The Monday of an ISO week key such as ``2026-W45``."""
    year, week = key.split("-W")
    return dt.date.fromisocalendar(int(year), int(week), 1)


def period_days(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every day from ``start`` to ``end`` inclusive."""
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
