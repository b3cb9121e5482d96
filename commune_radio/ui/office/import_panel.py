"""The strip that shows an office import: which file, a progress bar with Cancel, and each file's
outcome (broadcasts new and already there, or the reason it was refused, in the window's language).

It stays open after the import ends so the officer can read why a file was refused.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_radio.exchange.errors import FileRejected
from commune_radio.services.office_service import OfficeImportResult
from commune_radio.ui.office.importer import FileStarted, OfficeImportSummary, is_key_change
from commune_radio.ui.text import error_text, format_date

PROGRESS_STEPS = 1000
_REJECTED_COLOUR = QColor("#b00020")
_OK_COLOUR = QColor("#1b5e20")
_ALREADY_COLOUR = QColor("#555555")


def _date(text: str | None) -> str:
    if not text:
        return ""
    try:
        return format_date(dt.date.fromisoformat(text))
    except ValueError:
        return text


def file_name(path: str) -> str:
    """The last part of a path, whichever separator it uses."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class OfficeImportPanel(QFrame):
    """Progress, Cancel and per-file results of the current (or last) office import."""

    cancel_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("officeImportPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.status = QLabel(self)
        self.status.setObjectName("officeImportStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # station text is never markup
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("officeImportCancel")
        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("officeImportClose")
        self.close_button.clicked.connect(self.hide)
        self.results = QListWidget(self)
        self.results.setObjectName("officeImportResults")
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(170)

        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addWidget(self.results)

    def start(self) -> None:
        """Show an import beginning (the number of files is known once folders are read)."""
        self.results.clear()
        self.progress.setValue(0)
        self.status.setText(self.tr("Reading the files…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.close_button.hide()
        self.show()

    def set_progress(self, fraction: float) -> None:
        """Move the bar (0.0 to 1.0 of the whole import)."""
        self.progress.setValue(round(max(0.0, min(1.0, fraction)) * PROGRESS_STEPS))

    def file_started(self, started: FileStarted) -> None:
        """Say which file is being checked and merged."""
        if not self.cancel_button.isEnabled():
            return  # "Cancelling…" stays until the job stops
        text = self.tr("Checking and importing file %1 of %2: %3")
        for n, value in enumerate((started.index + 1, started.total, started.name), start=1):
            text = text.replace(f"%{n}", str(value))
        self.status.setText(text)

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
        item = QListWidgetItem(self.result_text(result))
        if not result.ok:
            colour = _REJECTED_COLOUR
        elif result.already_imported:
            colour = _ALREADY_COLOUR
        else:
            colour = _OK_COLOUR
        item.setForeground(QBrush(colour))
        item.setToolTip(result.file)
        item.setData(Qt.ItemDataRole.UserRole, result.ok)
        self.results.addItem(item)
        self.results.scrollToBottom()
        return item

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
            self.progress.setValue(PROGRESS_STEPS)
        text = f"{head} {', '.join(parts)}; "
        text += self.tr("%n new broadcast(s).", "", summary.new_broadcasts)
        self.status.setText(text)
        self._stopped()

    def replace_result(self, result: OfficeImportResult) -> None:
        """Show the outcome of a file imported again (after a re-registration) in its line."""
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.toolTip() == result.file:
                self.results.takeItem(row)
                break
        self.add_result(result)

    def show_message(self, text: str) -> None:
        """Show a sentence alone, with no results and no progress."""
        self.results.clear()
        self.progress.setValue(0)
        self.status.setText(text)
        self._stopped()
        self.show()

    def fail(self, message: str) -> None:
        """Say the import stopped on an unexpected error."""
        self.status.setText(self.tr("The import stopped on an unexpected error: %1")
                            .replace("%1", message))
        self._stopped()

    def texts(self) -> list[str]:
        """Every line (for the officer and for tests)."""
        return [self.results.item(i).text() for i in range(self.results.count())]

    def rejected_texts(self) -> list[str]:
        """The lines of the refused files."""
        items = (self.results.item(i) for i in range(self.results.count()))
        return [i.text() for i in items if not i.data(Qt.ItemDataRole.UserRole)]

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling after the current file…"))
        self.cancel_requested.emit()

    def _stopped(self) -> None:
        self.cancel_button.hide()
        self.close_button.show()
