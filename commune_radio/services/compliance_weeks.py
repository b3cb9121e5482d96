"""The compliance strip's weeks from the station's log and schedule (the rules are in
``core.compliance_weeks``; this only gathers the facts each week needs)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from commune_radio.core.compliance_weeks import (
    WEEKS_SHOWN,
    ComplianceWeek,
    make_week,
    mondays_back,
    next_dx_airing,
    still_to_air,
)
from commune_radio.core.schedule import Slot, all_occurrences
from commune_radio.services.log_service import LogFilter, LogService


def compliance_weeks(
    log: LogService,
    slots: Iterable[Slot],
    dx_programme_ids: set[int],
    now: dt.datetime,
    tz: ZoneInfo,
    count: int = WEEKS_SHOWN,
) -> list[ComplianceWeek]:
    """The last ``count`` ISO weeks up to the one holding ``now``, oldest first."""
    slots = list(slots)
    mondays = mondays_back(now.astimezone(tz).date(), count)
    out = []
    for monday in mondays:
        current = monday == mondays[-1]
        status = log.week_status(monday)
        logged = [r for r in log.list(LogFilter(monday, monday + dt.timedelta(days=6)))
                  if r.slot_id is not None or r.dx]
        planned, next_dx = len(logged), None
        if current:
            start = dt.datetime.combine(monday, dt.time(), tz)
            airings = all_occurrences(slots, start, start + dt.timedelta(weeks=1), tz)
            planned += still_to_air(airings, {(r.slot_id, r.scheduled_at) for r in logged})
            next_dx = next_dx_airing(airings, now, dx_programme_ids)
        out.append(make_week(monday, compliant=status.compliant, dx_played=status.dx_played,
                             planned=planned, current=current, next_dx=next_dx))
    return out
