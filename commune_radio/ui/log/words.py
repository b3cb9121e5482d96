"""How the window names the log's words: statuses, triggers, reasons, and their colours.

The log screen, its details pane and the playout screen all say "partial" or "emergency" the
same way through this one object. Reasons the program writes itself (``interrupted``,
``operator_stop`` …) get a sentence; a reason an operator typed is shown as typed.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from commune_radio.core.clock import from_iso
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


class BroadcastWords(QObject):
    """Translated words of the log (a QObject so ``self.tr`` has one context)."""

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
