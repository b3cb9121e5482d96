"""How the schedule speaks: weekday names, times, countdowns and the clash sentences.

The week view, the slot dialog and the "next broadcasts" list all say a time, a day or a
conflict the same way through this one object, so the Vietnamese reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from commune_radio.core.schedule import Clash, Occurrence
from commune_radio.ui.text import format_date, format_duration


def time_text(at: dt.time) -> str:
    """``06:00`` or, when the slot is set to the second, ``06:00:30``."""
    return at.strftime("%H:%M:%S" if at.second else "%H:%M")


def local(moment: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """A stored (UTC) moment in station time."""
    return moment.astimezone(tz)


class ScheduleWords(QObject):
    """Translated words of the schedule screen (a QObject so ``self.tr`` has one context)."""

    def day_names(self) -> list[str]:
        """Monday … Sunday in the window's language."""
        return [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]

    def short_day_names(self) -> list[str]:
        """Mon … Sun as a calendar heads narrow columns (T2 … CN in Vietnamese)."""
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")]

    def day_name(self, weekday: int) -> str:
        """One weekday (0 = Monday)."""
        return self.day_names()[weekday]

    def moment(self, at: dt.datetime, tz: ZoneInfo) -> str:
        """``06:00 Thứ Hai 30/11/2026``: a moment as an operator says it, in station time."""
        here = local(at, tz)
        day = self.day_name(here.weekday())
        return f"{time_text(here.time())} {day} {format_date(here.date())}"

    def days_text(self, days: frozenset[int]) -> str:
        """The weekdays of a repeating slot: "every day", "Monday to Friday" or a list."""
        if len(days) == 7:
            return self.tr("Every day")
        if days == frozenset(range(5)):
            return self.tr("Monday to Friday")
        return ", ".join(self.day_name(d) for d in sorted(days))

    def countdown(self, seconds: float) -> str:
        """How long until a broadcast: "in 25 min", "in 3 h 05 min", "in 2 d 3 h"."""
        seconds = int(seconds)
        if seconds < 60:
            return self.tr("starting now") if seconds <= 0 else self.tr("in under a minute")
        minutes = seconds // 60
        if minutes < 60:
            return self.tr("in %1 min").replace("%1", str(minutes))
        hours, minutes = divmod(minutes, 60)
        if hours < 24:
            return (self.tr("in %1 h %2 min").replace("%1", str(hours))
                    .replace("%2", f"{minutes:02d}"))
        days, hours = divmod(hours, 24)
        return self.tr("in %1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))

    def clash_sentence(
        self,
        clash: Clash,
        own_slot_id: int,
        names: dict[int, str],
        durations: dict[int, float],
        tz: ZoneInfo,
        repeats: int = 1,
        weeks: int = 8,
    ) -> str:
        """One conflict or overrun told from the side of the slot ``own_slot_id``.

        ``names`` and ``durations`` are keyed by programme id; ``repeats`` is how many times the
        same clash comes back in the ``weeks`` checked.
        """
        mine, other = clash.first, clash.second
        if clash.second.slot_id == own_slot_id and clash.first.slot_id != own_slot_id:
            mine, other = clash.second, clash.first

        def name(o: Occurrence) -> str:
            return names.get(o.programme_id, "?")

        overlap = format_duration(clash.overlap_s)
        if clash.kind == "conflict":
            text = (self.tr("Same time as “%1” at %2.")
                    .replace("%1", name(other)).replace("%2", self.moment(other.at, tz)))
        elif mine is clash.first:
            text = (self.tr("“%1” (%2 long) is still on air when “%3” starts at %4 "
                            "(%5 overlap).")
                    .replace("%1", name(mine))
                    .replace("%2", format_duration(durations.get(mine.programme_id, 0.0)))
                    .replace("%3", name(other))
                    .replace("%4", self.moment(other.at, tz))
                    .replace("%5", overlap))
        else:
            text = (self.tr("“%1” (starts %2, %3 long) is still on air when this slot starts "
                            "at %4 (%5 overlap).")
                    .replace("%1", name(other))
                    .replace("%2", time_text(local(other.at, tz).time()))
                    .replace("%3", format_duration(durations.get(other.programme_id, 0.0)))
                    .replace("%4", self.moment(mine.at, tz))
                    .replace("%5", overlap))
        if repeats > 1:
            text += " " + (self.tr("(%1 times in the next %2 weeks)")
                           .replace("%1", str(repeats)).replace("%2", str(weeks)))
        return text
