"""What each cell of the compliance strip says, decided without Qt.

The plan's rule (CLI.md): a week complies when at least one DX broadcast with status ``played``
started in it, ISO weeks in station time; ``LogService.week_status`` decides that. Beside it the
strip tells a week with nothing planned (grey) from a week where something was planned and no
DX section aired in full (red):

- a past week counts as planned when the log holds a slot outcome (played, missed, …) or any DX
  broadcast in it. The slots as they are today are *not* projected into the past: a slot added
  this morning must not paint last month red. The reconcile step writes a ``missed`` row for
  every slot that passed unaired, so the log does know;
- the current week also counts the occurrences of today's slots, and while a DX slot is still to
  come it is ``pending`` rather than red.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from commune_radio.core.schedule import Slot, all_occurrences
from commune_radio.services.log_service import LogFilter, LogService

AIRED, MISSED, PENDING, NOTHING = "aired", "missed", "pending", "nothing"
WEEKS_SHOWN = 9  # this week and the last 8


@dataclass(frozen=True)
class ComplianceWeek:
    """One ISO week of the strip."""

    key: str  # "2026-W48"
    week: int
    monday: dt.date
    sunday: dt.date
    state: str  # AIRED | MISSED | PENDING | NOTHING
    dx_played: int  # DX broadcasts played in full
    planned: int  # slot outcomes and DX broadcasts logged (+ this week's airings to come)
    current: bool
    next_dx: dt.datetime | None = None  # this week: the next DX airing still to come (UTC)

    @property
    def compliant(self) -> bool:
        """The plan's rule for this week."""
        return self.state == AIRED


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
    today = now.astimezone(tz).date()
    this_monday = today - dt.timedelta(days=today.weekday())
    out = []
    for back in range(count - 1, -1, -1):
        monday = this_monday - dt.timedelta(weeks=back)
        sunday = monday + dt.timedelta(days=6)
        status = log.week_status(monday)
        logged = [r for r in log.list(LogFilter(monday, sunday))
                  if r.slot_id is not None or r.dx]
        planned = len(logged)
        next_dx = None
        if back == 0:
            start = dt.datetime.combine(monday, dt.time(), tz)
            airings = all_occurrences(slots, start, start + dt.timedelta(weeks=1), tz)
            already = {(r.slot_id, r.scheduled_at) for r in logged}
            planned += sum(1 for o in airings
                           if (o.slot_id, o.at.isoformat(timespec="milliseconds")) not in already)
            next_dx = next((o.at for o in airings
                            if o.at >= now and o.programme_id in dx_programme_ids), None)
        if status.compliant:
            state = AIRED
        elif next_dx is not None:
            state = PENDING
        elif planned:
            state = MISSED
        else:
            state = NOTHING
        iso = monday.isocalendar()
        out.append(ComplianceWeek(f"{iso.year}-W{iso.week:02d}", iso.week, monday, sunday, state,
                                  status.dx_played, planned, back == 0, next_dx))
    return out
