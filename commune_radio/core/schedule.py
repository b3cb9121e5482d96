"""Weekly slots and their occurrences, conflicts, overruns and the missed-slot rules.

Our slot table is the truth; APScheduler only wakes the program. Everything here works in
station time (the zone of the station) and returns aware UTC datetimes, so a week, a month or a
year boundary, or a change of offset, neither loses nor doubles an occurrence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from commune_radio.core.errors import RejectedInput

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_LABELS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
DEFAULT_CATCH_UP_MINUTES = 30


@dataclass(frozen=True)
class Slot:
    """A programme at a time of day on some weekdays (or on one date), between two dates."""

    id: int
    programme_id: int
    at: dt.time
    days: frozenset[int] = frozenset()  # 0 = Monday … 6 = Sunday
    from_date: dt.date | None = None
    until_date: dt.date | None = None
    one_off_date: dt.date | None = None
    exceptions: frozenset[dt.date] = field(default_factory=frozenset)
    enabled: bool = True
    programme: str = ""

    def airs_on(self, day: dt.date) -> bool:
        """Whether the slot has an occurrence on this station-time date."""
        if not self.enabled or day in self.exceptions:
            return False
        if self.one_off_date is not None:
            return day == self.one_off_date
        if self.from_date and day < self.from_date:
            return False
        if self.until_date and day > self.until_date:
            return False
        return day.weekday() in self.days

    def days_text(self) -> str:
        """``mon,thu`` as CLI.md prints it (empty for a one-off)."""
        return ",".join(DAY_NAMES[d] for d in sorted(self.days))


def parse_days(text: str) -> frozenset[int]:
    """``mon,thu`` (also ``daily``, ``weekdays``) to weekday numbers; a clear error otherwise."""
    text = (text or "").strip().lower()
    if text in ("daily", "all", "*"):
        return frozenset(range(7))
    if text == "weekdays":
        return frozenset(range(5))
    days = set()
    for part in text.replace(" ", "").split(","):
        if part[:3] not in DAY_NAMES or len(part) < 3:
            raise RejectedInput("schedule.bad_days", value=text)
        days.add(DAY_NAMES.index(part[:3]))
    if not days:
        raise RejectedInput("schedule.bad_days", value=text)
    return frozenset(days)


def parse_time(text: str) -> dt.time:
    """``HH:MM`` or ``HH:MM:SS`` (24-hour) to a time; a clear error otherwise."""
    try:
        parts = [int(p) for p in (text or "").strip().split(":")]
        if len(parts) not in (2, 3):
            raise ValueError
        return dt.time(*parts)
    except (ValueError, TypeError):
        raise RejectedInput("schedule.bad_time", value=text) from None


def occurrence_at(slot: Slot, day: dt.date, tz: ZoneInfo) -> dt.datetime:
    """The UTC moment of the slot on a station-time date (the first one if the clock repeats)."""
    return dt.datetime.combine(day, slot.at, tzinfo=tz).astimezone(dt.UTC)


def occurrences(
    slot: Slot, start: dt.datetime, end: dt.datetime, tz: ZoneInfo
) -> Iterator[dt.datetime]:
    """Occurrences of ``slot`` with ``start <= t < end`` (aware datetimes), in order, as UTC."""
    first = start.astimezone(tz).date() - dt.timedelta(days=1)
    last = end.astimezone(tz).date() + dt.timedelta(days=1)
    if slot.one_off_date is not None:
        first = last = slot.one_off_date
    day = max(first, slot.from_date) if slot.from_date else first
    stop = min(last, slot.until_date) if slot.until_date else last
    while day <= stop:
        if slot.airs_on(day):
            moment = occurrence_at(slot, day, tz)
            if start <= moment < end:
                yield moment
        day += dt.timedelta(days=1)


@dataclass(frozen=True, order=True)
class Occurrence:
    """One airing of one slot."""

    at: dt.datetime
    slot_id: int
    programme_id: int


def all_occurrences(
    slots: Iterable[Slot], start: dt.datetime, end: dt.datetime, tz: ZoneInfo
) -> list[Occurrence]:
    """Every occurrence of every slot in ``[start, end)``, in time order."""
    out = [
        Occurrence(t, s.id, s.programme_id) for s in slots for t in occurrences(s, start, end, tz)
    ]
    out.sort()
    return out


def next_occurrences(
    slots: Iterable[Slot], now: dt.datetime, count: int, tz: ZoneInfo, horizon_days: int = 400
) -> list[Occurrence]:
    """The next ``count`` occurrences after ``now`` (inclusive), within a horizon."""
    slots = list(slots)
    found: list[Occurrence] = []
    start = now
    step = dt.timedelta(days=14)
    limit = now + dt.timedelta(days=horizon_days)
    while len(found) < count and start < limit:
        end = min(start + step, limit)
        found.extend(all_occurrences(slots, start, end, tz))
        start = end
    return found[:count]


@dataclass(frozen=True)
class Clash:
    """Two occurrences that cannot both air as planned."""

    kind: str  # "conflict": same start | "overrun": runs into the next slot
    first: Occurrence
    second: Occurrence
    overlap_s: float


def clashes(
    slots: Iterable[Slot],
    durations: dict[int, float],
    start: dt.datetime,
    tz: ZoneInfo,
    weeks: int = 8,
) -> list[Clash]:
    """Conflicts and overruns among the occurrences of the next ``weeks`` weeks.

    ``durations`` maps programme id to its length in seconds. A conflict is two slots starting
    at the same moment; an overrun is a programme still airing when the next slot starts.
    """
    occ = all_occurrences(slots, start, start + dt.timedelta(weeks=weeks), tz)
    out: list[Clash] = []
    for i, a in enumerate(occ):
        end_a = a.at + dt.timedelta(seconds=durations.get(a.programme_id, 0.0))
        for b in occ[i + 1 :]:
            if b.at == a.at:
                out.append(Clash("conflict", a, b, durations.get(b.programme_id, 0.0)))
            elif b.at < end_a:
                out.append(Clash("overrun", a, b, (end_a - b.at).total_seconds()))
            else:
                break
    return out


def first_of_each(found: list[Clash]) -> list[tuple[Clash, int]]:
    """Each distinct (kind, slot pair) once, at its first date, with how often it recurs."""
    seen: dict[tuple[str, int, int], list] = {}
    for c in found:
        key = (c.kind, c.first.slot_id, c.second.slot_id)
        if key in seen:
            seen[key][1] += 1
        else:
            seen[key] = [c, 1]
    return [(c, n) for c, n in seen.values()]


@dataclass(frozen=True)
class Due:
    """What reconcile decided for one past occurrence with no broadcast."""

    occurrence: Occurrence
    action: str  # "catch_up" | "missed"
    reason: str  # program_closed | pc_off


def reconcile(
    slots: Iterable[Slot],
    logged: set[tuple[int, dt.datetime]],
    since: dt.datetime,
    now: dt.datetime,
    tz: ZoneInfo,
    *,
    catch_up_minutes: float = DEFAULT_CATCH_UP_MINUTES,
    boot_time: dt.datetime | None = None,
) -> list[Due]:
    """Past occurrences in ``[since, now]`` that have no log row, each decided once.

    The latest one still inside the catch-up window airs late (``catch_up``); every other one is
    ``missed``, with reason ``pc_off`` when it fell before the PC last started, else
    ``program_closed``. ``logged`` holds (slot id, UTC scheduled moment) pairs already in the log,
    so running this twice decides nothing twice.
    """
    pending = [
        o for o in all_occurrences(slots, since, now + dt.timedelta(microseconds=1), tz)
        if (o.slot_id, o.at) not in logged
    ]
    window = dt.timedelta(minutes=catch_up_minutes)
    catch_up = None
    if pending and catch_up_minutes > 0 and now - pending[-1].at <= window:
        catch_up = pending[-1]
    decided = []
    for o in pending:
        if o is catch_up:
            decided.append(Due(o, "catch_up", ""))
            continue
        reason = "pc_off" if boot_time is not None and o.at < boot_time else "program_closed"
        decided.append(Due(o, "missed", reason))
    return decided


def iso_week(moment: dt.datetime, tz: ZoneInfo) -> tuple[int, int]:
    """(ISO year, ISO week) of a moment in station time."""
    iso = moment.astimezone(tz).isocalendar()
    return iso.year, iso.week
