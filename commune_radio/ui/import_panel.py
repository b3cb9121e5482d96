"""The one strip that shows an import of files: which file, a progress bar with Cancel, and a line
per file (green imported, grey nothing new, red refused with its reason).

The library (audio files, content packs) and the office (station log files) both show their
imports in it; each says only how one of its results reads (``result_line``) and how the
import ended. It stays open after the import ends so the person can read why a file was
refused.
"""

from __future__ import annotations

from dataclasses import dataclass

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

PROGRESS_STEPS = 1000
OK, ALREADY, REFUSED = "ok", "already", "refused"
_COLOURS = {OK: QColor("#1b5e20"), ALREADY: QColor("#555555"), REFUSED: QColor("#b00020")}


@dataclass(frozen=True)
class FileStarted:
    """Posted by an import job when it begins a file, so the panel can say which one."""

    index: int
    total: int
    name: str


def file_name(path: str) -> str:
    """The last part of a path, whichever separator it uses."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class ImportPanel(QFrame):
    """Progress, Cancel and per-file lines of the current (or last) import.

    ``name`` prefixes the objectNames (``importPanel``, ``officeImportPanel`` …) so each screen's
    panel can be found on its own.
    """

    cancel_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None, *, name: str = "import",
                 results_height: int = 150) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName(f"{name}Panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.status = QLabel(self)
        self.status.setObjectName(f"{name}Status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # file and station text is data
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName(f"{name}Close")
        self.close_button.clicked.connect(self.hide)
        self.results = QListWidget(self)
        self.results.setObjectName(f"{name}Results")
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(results_height)
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

    # --- what a screen's panel says its own way -----------------------------------------------

    def file_started_text(self) -> str:
        """``… file %1 of %2: %3``."""
        return self.tr("Importing file %1 of %2: %3")

    def cancelling_text(self) -> str:
        """What the status says once Cancel was pressed."""
        return self.tr("Cancelling…")

    # --- the common course of an import -------------------------------------------------------

    def begin(self, text: str) -> None:
        """Show an import beginning, with ``text`` as its status."""
        self.results.clear()
        self.progress.setValue(0)
        self.status.setText(text)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.close_button.hide()
        self.show()

    def set_progress(self, fraction: float) -> None:
        """Move the bar (0.0 to 1.0 of the whole import)."""
        self.progress.setValue(round(max(0.0, min(1.0, fraction)) * PROGRESS_STEPS))

    def file_started(self, started: FileStarted) -> None:
        """Say which file is being imported (not once Cancel was pressed)."""
        if not self.cancel_button.isEnabled():
            return  # "Cancelling…" stays until the job stops
        text = self.file_started_text()
        for n, value in enumerate((started.index + 1, started.total, started.name), start=1):
            text = text.replace(f"%{n}", str(value))
        self.status.setText(text)

    def add_line(self, text: str, kind: str, file: str) -> QListWidgetItem:
        """List one file's outcome (``kind`` OK, ALREADY or REFUSED); the tooltip is its path."""
        item = QListWidgetItem(text)
        item.setForeground(QBrush(_COLOURS[kind]))
        item.setToolTip(file)
        item.setData(Qt.ItemDataRole.UserRole, kind != REFUSED)
        self.results.addItem(item)
        self.results.scrollToBottom()
        return item

    def end(self, head: str, parts: list[str], tail: str = "", *, complete: bool) -> None:
        """Say how the import ended (``head parts…tail``) and leave the lines on screen."""
        if complete:
            self.progress.setValue(PROGRESS_STEPS)
        self.status.setText(f"{head} {', '.join(parts)}{tail}")
        self.stopped()

    def show_message(self, text: str) -> None:
        """Show a sentence alone (e.g. nothing to import), with no results and no progress."""
        self.results.clear()
        self.progress.setValue(0)
        self.status.setText(text)
        self.stopped()
        self.show()

    def fail(self, message: str) -> None:
        """Say the import stopped on an error (its sentence comes from the operation helper)."""
        self.status.setText(self.tr("The import stopped: %1").replace("%1", message))
        self.stopped()

    def texts(self) -> list[str]:
        """Every line (for the person and for tests)."""
        return [self.results.item(i).text() for i in range(self.results.count())]

    def rejected_texts(self) -> list[str]:
        """The lines of the refused files."""
        items = (self.results.item(i) for i in range(self.results.count()))
        return [i.text() for i in items if not i.data(Qt.ItemDataRole.UserRole)]

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.cancelling_text())
        self.cancel_requested.emit()

    def stopped(self) -> None:
        """Nothing runs any more: Close instead of Cancel."""
        self.cancel_button.hide()
        self.close_button.show()
