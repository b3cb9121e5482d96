"""One week of the schedule as blocks to draw: each airing, each skipped date, each clash.

Qt-free so the rules of what the week view shows are tested without a window. Clashes come from
``core.schedule.clashes`` over the viewed week (plus its edges), so a week in the past or months
ahead is marked as truly as the next eight weeks ``ScheduleService.check`` looks at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from commune_radio.core.schedule import Clash, Slot, clashes, occurrence_at

ON, SKIPPED, DISABLED = "on", "skipped", "disabled"


@dataclass(frozen=True)
class Block:
    """One slot on one day of the viewed week."""

    slot: Slot
    day: dt.date  # station date
    at: dt.datetime  # the UTC moment it airs (or would have aired)
    duration_s: float
    state: str = ON  # ON | SKIPPED (an exception date) | DISABLED
    clashes: tuple[Clash, ...] = ()
    overrun_s: float = 0.0  # how long it is still on air after the next slot starts

    @property
    def start_s(self) -> int:
        """Seconds from station midnight to the start."""
        return self.slot.at.hour * 3600 + self.slot.at.minute * 60 + self.slot.at.second

    @property
    def end_s(self) -> float:
        """Seconds from station midnight to the planned end."""
        return self.start_s + self.duration_s

    @property
    def conflict(self) -> bool:
        """Starts at the same moment as another slot."""
        return any(c.kind == "conflict" for c in self.clashes)

    @property
    def in_clash(self) -> bool:
        """Drawn in red: a conflict, or an overrun on either side."""
        return bool(self.clashes)

    @property
    def one_off(self) -> bool:
        """A single-date slot rather than a weekly one."""
        return self.slot.one_off_date is not None


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the ISO week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_blocks(
    slots: Iterable[Slot], durations: dict[int, float], monday: dt.date, tz: ZoneInfo
) -> list[Block]:
    """Every block of the week starting ``monday``, by day then time.

    A slot whose exception list holds a date of the week gives a ``SKIPPED`` block there, so the
    operator sees the Tết break rather than an empty hole.
    """
    slots = list(slots)
    edge = dt.datetime.combine(monday - dt.timedelta(days=1), dt.time(), tz)
    found = clashes(slots, durations, edge, tz, weeks=2)
    touching: dict[tuple[int, dt.datetime], list[Clash]] = {}
    for clash in found:
        for occurrence in {clash.first, clash.second}:
            touching.setdefault((occurrence.slot_id, occurrence.at), []).append(clash)

    blocks: list[Block] = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        for slot in slots:
            if slot.airs_on(day):
                state = ON
            elif replace(slot, enabled=True, exceptions=frozenset()).airs_on(day):
                state = DISABLED if not slot.enabled else SKIPPED
            else:
                continue
            at = occurrence_at(slot, day, tz)
            mine = tuple(touching.get((slot.id, at), ())) if state == ON else ()
            overrun = max(
                (c.overlap_s for c in mine
                 if c.kind == "overrun" and c.first.slot_id == slot.id and c.first.at == at),
                default=0.0,
            )
            blocks.append(Block(slot, day, at, durations.get(slot.programme_id, 0.0), state,
                                mine, overrun))
    blocks.sort(key=lambda b: (b.day, b.start_s, b.slot.id))
    return blocks
