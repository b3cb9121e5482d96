"""What to say about the period a station is about to send (the "Gửi báo cáo" dialog), Qt-free.

The dialog shows one note under the dates: the period was sent already, follows the last
report, overlaps it, is the first report, or nothing new is left; and, beside any of those,
that the period is not over yet. The decision lives here so it is tested without a window and
any other front end says the same; the window only turns the kinds into sentences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from commune_radio.services.export_service import ExportRecord, PeriodProposal


class Note(Enum):
    """One fact about the period chosen."""

    BACKWARDS = "backwards"  # the end date is before the start date
    SENT_ALREADY = "sent_already"  # exactly this period was written before (``sent_at``)
    NOTHING_NEW = "nothing_new"  # everything up to today was sent already
    FOLLOWS_LAST = "follows_last"  # starts the day after the last report (``last_to``)
    OVERLAPS = "overlaps"  # part of it was sent before, up to ``last_to``
    FIRST = "first"  # no report was sent from this computer yet
    NOT_OVER = "not_over"  # the period reaches today: the rest goes next time


@dataclass(frozen=True)
class PeriodNote:
    """The facts to tell, in order, with what they name; ``warn`` when the person should look
    twice (the period is not over), ``bad`` when the period cannot be sent."""

    notes: tuple[Note, ...]
    sent_at: str = ""  # ISO instant of the earlier export of the same period
    last_to: dt.date | None = None  # the last day the last report covered

    @property
    def bad(self) -> bool:
        return Note.BACKWARDS in self.notes

    @property
    def warn(self) -> bool:
        return Note.NOT_OVER in self.notes


def period_note(start: dt.date, end: dt.date, *, history: Sequence[ExportRecord],
                proposal: PeriodProposal | None, today: dt.date) -> PeriodNote:
    """What to say about sending [start, end] given the reports sent before (oldest first)."""
    if end < start:
        return PeriodNote((Note.BACKWARDS,))
    last = max(history, key=lambda h: (h.period_to, h.exported_at)) if history else None
    same = [h for h in history if (h.period_from, h.period_to) == (start, end)]
    notes: list[Note] = []
    sent_at = ""
    if same:
        notes.append(Note.SENT_ALREADY)
        sent_at = same[-1].exported_at
    elif proposal is not None and proposal.nothing_new and start == proposal.period_from:
        notes.append(Note.NOTHING_NEW)
    elif last is not None and start == last.period_to + dt.timedelta(days=1):
        notes.append(Note.FOLLOWS_LAST)
    elif last is not None and start <= last.period_to:
        notes.append(Note.OVERLAPS)
    elif last is None:
        notes.append(Note.FIRST)
    if end >= today:
        notes.append(Note.NOT_OVER)
    return PeriodNote(tuple(notes), sent_at, last.period_to if last else None)
