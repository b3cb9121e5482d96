"""The strip that shows an import: which file, a progress bar with Cancel, and each file's result.

It stays open after the import ends so the person can read why a file was refused.
"""

from __future__ import annotations

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

from commune_radio.services.library_service import ImportResult
from commune_radio.ui.library.importer import FileStarted, ImportSummary
from commune_radio.ui.text import error_text, format_duration, format_lufs

PROGRESS_STEPS = 1000
_REJECTED_COLOUR = QColor("#b00020")
_OK_COLOUR = QColor("#1b5e20")


class ImportPanel(QFrame):
    """Progress, Cancel and per-file results of the current (or last) import."""

    cancel_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("importPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.hide)
        self.results = QListWidget(self)
        self.results.setObjectName("importResults")
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(150)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addWidget(self.results)

    def start(self, total: int) -> None:
        """Show an import of ``total`` files beginning."""
        self.results.clear()
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing %n file(s)…", "", total))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.close_button.hide()
        self.show()

    def set_progress(self, fraction: float) -> None:
        """Move the bar (0.0 to 1.0 of the whole import)."""
        self.progress.setValue(round(max(0.0, min(1.0, fraction)) * PROGRESS_STEPS))

    def file_started(self, started: FileStarted) -> None:
        """Say which file is being prepared."""
        text = self.tr("Importing file %1 of %2: %3")
        for n, value in enumerate((started.index + 1, started.total, started.name), start=1):
            text = text.replace(f"%{n}", str(value))
        self.status.setText(text)

    def add_result(self, result: ImportResult) -> None:
        """List one file's outcome: imported, already there, or refused with its reason."""
        name = result.file.replace("\\", "/").rsplit("/", 1)[-1]
        if result.ok and result.duplicate:
            text = self.tr("✓ %1: already in the library (“%2”)")
            text = text.replace("%1", name).replace("%2", result.segment.title)
            colour = _OK_COLOUR
        elif result.ok:
            text = self.tr("✓ %1: imported, %2, levelled from %3 to %4 LUFS")
            text = (text.replace("%1", name)
                    .replace("%2", format_duration(result.segment.duration_s))
                    .replace("%3", format_lufs(result.segment.loudness_lufs, self.lang))
                    .replace("%4", format_lufs(result.segment.prepared_lufs, self.lang)))
            colour = _OK_COLOUR
        else:
            reason = error_text(result.error, self.lang) if result.error else ""
            text = self.tr("✗ %1: not imported. %2").replace("%1", name).replace("%2", reason)
            colour = _REJECTED_COLOUR
        item = QListWidgetItem(text)
        item.setForeground(QBrush(colour))
        item.setToolTip(result.file)
        item.setData(Qt.ItemDataRole.UserRole, result.ok)
        self.results.addItem(item)
        self.results.scrollToBottom()

    def finish(self, summary: ImportSummary) -> None:
        """Say how the import ended and leave the results on screen."""
        imported = self.tr("%n imported", "", len(summary.imported))
        parts = [imported]
        if summary.duplicates:
            parts.append(self.tr("%n already in the library", "", len(summary.duplicates)))
        rejected = [r for r in summary.rejected
                    if not (r.error and r.error.message_id == "import.cancelled")]
        if rejected:
            parts.append(self.tr("%n not imported", "", len(rejected)))
        if summary.cancelled:
            skipped = len(summary.not_attempted) + len(summary.rejected) - len(rejected)
            if skipped:
                parts.append(self.tr("%n not attempted", "", skipped))
            head = self.tr("Import cancelled:")
        else:
            head = self.tr("Import finished:")
            self.progress.setValue(PROGRESS_STEPS)
        text = f"{head} {', '.join(parts)}."
        if any(r.segment.topic is None for r in summary.imported):
            text += " " + self.tr("Select an item and click “Edit details…” to set its theme.")
        self.status.setText(text)
        self._stopped()

    def show_message(self, text: str) -> None:
        """Show a sentence alone (e.g. nothing to import), with no results and no progress."""
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

    def rejected_texts(self) -> list[str]:
        """The texts of the refused files' lines (for the person and for tests)."""
        items = (self.results.item(i) for i in range(self.results.count()))
        return [i.text() for i in items if not i.data(Qt.ItemDataRole.UserRole)]

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def _stopped(self) -> None:
        self.cancel_button.hide()
        self.close_button.show()
