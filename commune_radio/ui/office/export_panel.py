"""Writing the shown report as Excel or CSV, off the GUI thread, with its status line.

The office screen hands the report it shows to ``choose``/``start``; this panel asks where to
write it, runs the writer through ``run_task``, shows a busy bar, then the path written (with
"Open folder") or why nothing was written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from commune_radio.core.compliance import ComplianceReport
from commune_radio.core.errors import KnownError
from commune_radio.services.office_service import write_report_csv, write_report_xlsx
from commune_radio.ui import file_dialogs
from commune_radio.ui.crash_dialog import open_folder
from commune_radio.ui.tasks import Task, run_task
from commune_radio.ui.text import error_text


def report_file_name(report: ComplianceReport, suffix: str) -> str:
    """``bao-cao-CDS_2026-08-03_2026-10-25.xlsx`` (no diacritics: it travels by e-mail)."""
    return (f"bao-cao-CDS_{report.period_from.isoformat()}_{report.period_to.isoformat()}"
            f"{suffix}")


class ExportPanel(QWidget):
    """The export's busy bar, status line and "Open folder" button."""

    finished = Signal(object)  # the Path written (None when it failed)
    busy_changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None, *,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.folder = folder
        self.task: Task | None = None
        self.exported_path: Path | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("officeExportProgress")
        self.progress.setRange(0, 0)  # one write: a busy bar
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("officeExportStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # station text is never markup
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.setObjectName("officeOpenFolder")
        self.open_folder_button.clicked.connect(self.open_export_folder)
        self.open_folder_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        row.addWidget(self.open_folder_button)

    def choose(self, report: ComplianceReport, kind: str) -> Task | None:
        """Ask where to write ``report`` (``xlsx`` or ``csv``), then write it."""
        suffix = ".xlsx" if kind == "xlsx" else ".csv"
        if kind == "xlsx":
            title, pattern = self.tr("Export the report as Excel"), self.tr(
                "Excel workbook (*.xlsx)")
        else:
            title, pattern = self.tr("Export the report as CSV"), self.tr("CSV file (*.csv)")
        target = file_dialogs.save_file(self, "office-report", title,
                                        report_file_name(report, suffix), pattern,
                                        folder=self.folder or (self.exported_path.parent
                                                               if self.exported_path else None))
        if target is None:
            return None
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        return self.start(report, kind, target)

    def start(self, report: ComplianceReport, kind: str, path: Path) -> Task | None:
        """Write ``report`` to ``path`` on the thread pool (None while another is written)."""
        if self.task is not None:
            return None
        writer = write_report_xlsx if kind == "xlsx" else write_report_csv

        def job(_task) -> Path:
            writer(report, path)
            return path

        self.progress.show()
        self.open_folder_button.hide()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self.task = run_task(job, self._on_exported, on_error=self._on_error)
        self.busy_changed.emit()
        return self.task

    def _on_exported(self, path: Path) -> None:
        self.task = None
        self.exported_path = path
        self.progress.hide()
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(self.tr("Report written: %1").replace("%1", str(path)))
        self.open_folder_button.show()
        self.busy_changed.emit()
        self.finished.emit(path)

    def _on_error(self, exc: BaseException) -> None:
        self.task = None
        self.progress.hide()
        message = error_text(exc, self.lang) if isinstance(exc, KnownError) else str(exc)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("The report was not written: %1").replace("%1", message))
        self.busy_changed.emit()
        self.finished.emit(None)

    def open_export_folder(self) -> bool:
        """Show the folder of the report just written."""
        return open_folder(self.exported_path.parent) if self.exported_path else False
