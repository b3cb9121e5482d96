"""What each week of the compliance strip says, decided without Qt or storage.

The plan's rule (CLI.md): a week complies when at least one DX broadcast with status ``played``
started in it, ISO weeks in station time. Beside it the strip tells a week with nothing planned
(grey) from a week where something was planned and no DX section aired in full (red):

- a past week counts as planned when the log holds a slot outcome (played, missed, …) or any DX
  broadcast in it. The slots as they are today are *not* projected into the past: a slot added
  this morning must not paint last month red. The reconcile step writes a ``missed`` row for
  every slot that passed unaired, so the log does know;
- the current week also counts the occurrences of today's slots, and while a DX slot is still to
  come it is ``pending`` rather than red.

``services.compliance_weeks`` reads the log and the schedule and hands the facts to these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from commune_radio.core.schedule import Occurrence

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


def mondays_back(today: dt.date, count: int = WEEKS_SHOWN) -> list[dt.date]:
    """The Mondays of the last ``count`` ISO weeks up to the one holding ``today``, oldest
    first."""
    this_monday = today - dt.timedelta(days=today.weekday())
    return [this_monday - dt.timedelta(weeks=back) for back in range(count - 1, -1, -1)]


def still_to_air(airings: Iterable[Occurrence], logged: set[tuple[int | None, str]]) -> int:
    """How many of this week's airings the log does not hold yet (keyed by slot and the
    scheduled moment as the log writes it)."""
    return sum(1 for o in airings
               if (o.slot_id, o.at.isoformat(timespec="milliseconds")) not in logged)


def next_dx_airing(airings: Iterable[Occurrence], now: dt.datetime,
                   dx_programme_ids: set[int]) -> dt.datetime | None:
    """The first DX airing at or after ``now``."""
    return next((o.at for o in airings
                 if o.at >= now and o.programme_id in dx_programme_ids), None)


def week_state(compliant: bool, planned: int, next_dx: dt.datetime | None) -> str:
    """Aired; else pending while a DX airing is still to come; else missed when something was
    planned; else nothing."""
    if compliant:
        return AIRED
    if next_dx is not None:
        return PENDING
    return MISSED if planned else NOTHING


def make_week(monday: dt.date, *, compliant: bool, dx_played: int, planned: int,
              current: bool, next_dx: dt.datetime | None = None) -> ComplianceWeek:
    """The strip's week starting ``monday``."""
    iso = monday.isocalendar()
    return ComplianceWeek(f"{iso.year}-W{iso.week:02d}", iso.week, monday,
                          monday + dt.timedelta(days=6), week_state(compliant, planned, next_dx),
                          dx_played, planned, current, next_dx)
