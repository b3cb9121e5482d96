"""How the schedule speaks: the window's words (``ui/words.py``: weekdays, times, countdowns)
and the clash sentences, which only the schedule says."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from commune_radio.core.schedule import Clash, Occurrence
from commune_radio.ui.text import format_duration
from commune_radio.ui.words import Words, local, time_text

__all__ = ["ScheduleWords", "local", "time_text"]


class ScheduleWords(Words):
    """The window's words plus the schedule's own: the clash sentences."""

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
