"""The window's recurring words, in one place: broadcast statuses and their colours, what
started a broadcast, why one did not play in full, weekdays, moments and countdowns, and the
week labels of the compliance views.

Every screen that says "partial", "Thứ Hai" or "Tuần 48 (23/11/2026 – 29/11/2026)" says it
through ``Words``, so the Vietnamese reads the same everywhere. Reasons the program writes
itself (``interrupted``, ``operator_stop`` …) get a sentence; a reason an operator typed is
shown as typed.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from commune_radio.core.clock import from_iso
from commune_radio.core.compliance_weeks import AIRED, MISSED, PENDING
from commune_radio.ui.text import format_date

STATUS_COLOURS = {
    "played": QColor("#1b5e20"),  # green
    "partial": QColor("#a05a00"),  # amber, dark enough to read on white
    "missed": QColor("#b00020"),  # red
    "failed": QColor("#b00020"),
    "skipped": QColor("#6b6b6b"),  # grey
    "started": QColor("#0d47a1"),  # blue: on air now
    "playing": QColor("#0d47a1"),
    "pending": QColor("#6b6b6b"),
}


def status_colour(status: str) -> QColor:
    """The colour a status is written in (black for an unknown one)."""
    return STATUS_COLOURS.get(str(status), QColor("#000000"))


def moment_text(stored: str | None, zone: ZoneInfo, seconds: bool = False) -> str:
    """A stored (UTC) moment as dd/mm/yyyy HH:MM in station time; empty for none."""
    moment = from_iso(stored)
    if moment is None:
        return ""
    here = moment.astimezone(zone)
    return f"{format_date(here.date())} {here.strftime('%H:%M:%S' if seconds else '%H:%M')}"


def local_day(stored: str | None, zone: ZoneInfo) -> dt.date | None:
    """The station-time day of a stored moment."""
    moment = from_iso(stored)
    return moment.astimezone(zone).date() if moment else None


def time_text(at: dt.time) -> str:
    """``06:00`` or, when the slot is set to the second, ``06:00:30``."""
    return at.strftime("%H:%M:%S" if at.second else "%H:%M")


def local(moment: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """A stored (UTC) moment in station time."""
    return moment.astimezone(tz)


class Words(QObject):
    """Translated words of the window (a QObject so ``self.tr`` has one context)."""

    def status(self, status: str) -> str:
        """A broadcast's or an item's status."""
        labels = {
            "started": self.tr("On air"),
            "played": self.tr("Played"),
            "partial": self.tr("Partial"),
            "missed": self.tr("Missed"),
            "skipped": self.tr("Skipped"),
            "failed": self.tr("Failed"),
            "pending": self.tr("Not played yet"),
            "playing": self.tr("On air"),
        }
        return labels.get(str(status), str(status))

    def trigger(self, trigger: str) -> str:
        """What started a broadcast."""
        labels = {
            "schedule": self.tr("Scheduled"),
            "manual": self.tr("Played by hand"),
            "catch_up": self.tr("Played late (catch-up)"),
            "emergency": self.tr("Emergency"),
        }
        return labels.get(str(trigger), str(trigger))

    def priority(self, priority: str) -> str:
        """The priority of a broadcast."""
        labels = {
            "normal": self.tr("Normal"),
            "priority": self.tr("Priority"),
            "emergency": self.tr("Emergency"),
        }
        return labels.get(str(priority), str(priority))

    def reason(self, reason: str | None) -> str:
        """Why a broadcast or item did not play in full; an operator's own words as typed."""
        if not reason:
            return ""
        labels = {
            "interrupted": self.tr("Cut off (power cut or the computer stopped)"),
            "program_closed": self.tr("The program was closed"),
            "pc_off": self.tr("The computer was off"),
            "device_error": self.tr("Audio output error"),
            "emergency": self.tr("Gave way to an emergency bulletin"),
            "operator_stop": self.tr("Stopped by the operator"),
            "file_missing": self.tr("Audio file missing"),
            "media_error": self.tr("Audio file damaged, could not play"),
            "priority": self.tr("Gave way to a priority broadcast"),
            "no_device": self.tr("No audio output device"),
            "stalled": self.tr("The audio output stopped responding"),
            "nothing_played": self.tr("No item could play"),
            "busy": self.tr("Another broadcast was on air"),
        }
        return labels.get(reason, reason)

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

    def week_label(self, monday: dt.date) -> str:
        """``Week 48 (23/11/2026 – 29/11/2026)``."""
        return (self.tr("Week %1 (%2 – %3)").replace("%1", str(monday.isocalendar().week))
                .replace("%2", format_date(monday))
                .replace("%3", format_date(monday + dt.timedelta(days=6))))

    def week_state(self, state: str) -> str:
        """How a week of the compliance strip went, in a few words."""
        labels = {AIRED: self.tr("aired"), MISSED: self.tr("not aired"),
                  PENDING: self.tr("still to come")}
        return labels.get(state, self.tr("nothing scheduled"))
