"""The office's import strip: the shared ``ImportPanel`` saying how a station log file's import
ended (broadcasts new and already there, or the reason it was refused, in the window's
language), and how the whole import ended."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QListWidgetItem, QWidget

from commune_radio.exchange.errors import FileRejected
from commune_radio.services.office_service import OfficeImportResult
from commune_radio.ui import import_panel as base
from commune_radio.ui.import_panel import file_name
from commune_radio.ui.office.importer import OfficeImportSummary, is_key_change
from commune_radio.ui.text import error_text, format_date

__all__ = ["OfficeImportPanel", "file_name", "PROGRESS_STEPS"]

PROGRESS_STEPS = base.PROGRESS_STEPS


def _date(text: str | None) -> str:
    if not text:
        return ""
    try:
        return format_date(dt.date.fromisoformat(text))
    except ValueError:
        return text


class OfficeImportPanel(base.ImportPanel):
    """Progress, Cancel and per-file results of the current (or last) office import."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent, name="officeImport", results_height=170)

    def file_started_text(self) -> str:
        return self.tr("Checking and importing file %1 of %2: %3")

    def cancelling_text(self) -> str:
        return self.tr("Cancelling after the current file…")

    def start(self) -> None:
        """Show an import beginning (the number of files is known once folders are read)."""
        self.begin(self.tr("Reading the files…"))

    def reason_text(self, result: OfficeImportResult) -> str:
        """Why a file was refused, as one sentence in the window's language."""
        error = result.error
        if error is None:
            return ""
        if is_key_change(result):
            params = error.reason.params
            return (self.tr("Station %1 signed this file with a different key (fingerprint "
                            "%2) than the one the office trusts (fingerprint %3). Nothing was "
                            "imported from it.")
                    .replace("%1", str(params.get("code", "")))
                    .replace("%2", str(params.get("fingerprint", "")))
                    .replace("%3", str(params.get("trusted", ""))))
        if isinstance(error, FileRejected):
            text = error.reason.render(self.lang)
        else:
            text = error_text(error, self.lang)
        return text[:1].upper() + text[1:]

    def result_text(self, result: OfficeImportResult) -> str:
        """One file's line."""
        name = file_name(result.file)
        if not result.ok:
            return (self.tr("✗ %1: not imported. %2").replace("%1", name)
                    .replace("%2", self.reason_text(result)))
        station = f"{result.station_code} {result.station_name or ''}".strip()
        period = f"{_date(result.period_from)} – {_date(result.period_to)}"
        if result.already_imported:
            return (self.tr("✓ %1: imported before, nothing new (%2, %3).")
                    .replace("%1", name).replace("%2", station).replace("%3", period))
        text = (self.tr("✓ %1: %2, %3: %4 new broadcast(s), %5 already there.")
                .replace("%1", name).replace("%2", station).replace("%3", period)
                .replace("%4", str(result.new)).replace("%5", str(result.duplicates)))
        if result.new_station:
            text += " " + self.tr("New station: its key is now the trusted one.")
        return text

    def add_result(self, result: OfficeImportResult) -> QListWidgetItem:
        """List one file's outcome."""
        kind = (base.REFUSED if not result.ok
                else base.ALREADY if result.already_imported else base.OK)
        return self.add_line(self.result_text(result), kind, result.file)

    def finish(self, summary: OfficeImportSummary) -> None:
        """List every file's outcome and say how the import ended."""
        self.results.clear()
        for result in summary.results:
            self.add_result(result)
        self.results.scrollToTop()
        parts = [self.tr("%n file(s) imported", "", len(summary.imported))]
        if summary.already:
            parts.append(self.tr("%n imported before", "", len(summary.already)))
        if summary.rejected:
            parts.append(self.tr("%n refused", "", len(summary.rejected)))
        if summary.cancelled:
            if summary.not_attempted:
                parts.append(self.tr("%n not attempted", "", summary.not_attempted))
            head = self.tr("Import cancelled:")
        else:
            head = self.tr("Import finished:")
        tail = "; " + self.tr("%n new broadcast(s).", "", summary.new_broadcasts)
        self.end(head, parts, tail, complete=not summary.cancelled)

    def replace_result(self, result: OfficeImportResult) -> None:
        """Show the outcome of a file imported again (after a re-registration) in its line."""
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.toolTip() == result.file:
                self.results.takeItem(row)
                break
        self.add_result(result)
