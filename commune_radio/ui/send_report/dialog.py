"""The "Gửi báo cáo" dialog: export a period of the log as the signed file the office imports.

It opens on the period ``ExportService.propose_next_period`` proposes (the day after the last
export to the end of that month), previews what the file will hold, and writes it (with an
optional spreadsheet beside it) through the operation helper. Afterwards it says where the file
is, with a button that opens the folder, and lists what was sent before. What to say about the
period chosen is decided in ``services/send_period.py``; the panels live in ``panels.py``.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.errors import KnownError
from commune_radio.core.station import DEFAULT_TIMEZONE, Station
from commune_radio.services.export_service import (
    ExportRecord,
    ExportResult,
    ExportService,
    PeriodProposal,
    default_file_name,
)
from commune_radio.services.send_period import period_note
from commune_radio.services.station_service import StationService
from commune_radio.ui import file_dialogs
from commune_radio.ui.crash_dialog import open_folder
from commune_radio.ui.operations import run_call, run_op
from commune_radio.ui.send_report.facts import ExportPreview, make_preview, xlsx_beside
from commune_radio.ui.send_report.panels import (
    BAD,
    GOOD,
    HistoryPanel,
    OutputPanel,
    PeriodPanel,
    PreviewPanel,
)
from commune_radio.ui.signals import AppSignals
from commune_radio.ui.tasks import Task
from commune_radio.ui.text import error_text

PREVIEW_DELAY_MS = 250  # wait for the person to stop turning the date before reading the log


def default_folder(history: list[ExportRecord]) -> Path:
    """Where the file goes unless the person chooses: beside the last export (often the USB
    stick), else the Documents folder."""
    for record in reversed(history):
        folder = Path(record.file).parent
        if folder.is_dir():
            return folder
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class SendReportDialog(QDialog):
    """Export the next period's log for the office; ``exported`` carries the ``ExportResult``."""

    preview_shown = Signal(object)  # an ExportPreview, once its labels show it
    exported = Signal(object)  # an ExportResult, after the history is refreshed
    export_failed = Signal(str)

    def __init__(
        self, export: ExportService, station: StationService, lang: str,
        parent: QWidget | None = None, *, folder: Path | None = None,
        signals: AppSignals | None = None,
    ) -> None:
        super().__init__(parent)
        self.export = export
        self.lang = lang
        self.signals = signals or AppSignals(self)
        self.preview_task: Task | None = None
        self.export_task: Task | None = None
        self.preview: ExportPreview | None = None
        self.result: ExportResult | None = None
        self.proposal: PeriodProposal | None = None
        self._generation = 0
        self._auto_name = ""
        self.setObjectName("sendReportDialog")
        self.setWindowTitle(self.tr("Send report to the office"))
        try:
            self.station: Station | None = station.get()
        except KnownError:
            self.station = None
        self.zone = ZoneInfo(self.station.timezone if self.station else DEFAULT_TIMEZONE)

        intro = QLabel(self.tr("Once a month, send the broadcast log to the office: this writes "
                               "one signed file to copy to a USB stick or attach to an e-mail."),
                       self)
        intro.setWordWrap(True)
        self.station_label = QLabel(self)
        self.station_label.setObjectName("sendStation")
        font = self.station_label.font()
        font.setBold(True)
        self.station_label.setFont(font)

        self.period_box = PeriodPanel(self.zone, self)
        self.from_edit, self.to_edit = self.period_box.from_edit, self.period_box.to_edit
        self.propose_button = self.period_box.propose_button
        self.period_note = self.period_box.period_note
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_dates_changed)
        self.propose_button.clicked.connect(self.propose)
        self.preview_box = PreviewPanel(self)
        self.broadcasts_label = self.preview_box.broadcasts_label
        self.dx_label, self.weeks_label = self.preview_box.dx_label, self.preview_box.weeks_label
        self.left_out_label = self.preview_box.left_out_label
        self.output_box = OutputPanel(self)
        self.folder = Path(folder) if folder else default_folder(self.export.history())
        self.path_edit, self.xlsx_check = self.output_box.path_edit, self.output_box.xlsx_check
        self.browse_button = self.output_box.browse_button
        self.browse_button.clicked.connect(self.choose_file)
        self._build_progress()
        self.history_box = HistoryPanel(self.zone, self)
        self.history_table = self.history_box.history_table
        self.history_empty = self.history_box.history_empty

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Write the report file"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("sendExport")
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("sendClose")
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.station_label)
        layout.addWidget(intro)
        layout.addWidget(self.period_box)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.output_box)
        layout.addLayout(self.progress_row)
        layout.addLayout(self.result_row)
        layout.addWidget(self.history_box, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 720)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.refresh_history()
        if self.station is None:
            self.station_label.setText(self.tr("This computer is not set up as a station yet, "
                                               "so there is no log to send."))
            for widget in (self.period_box, self.preview_box, self.output_box,
                           self.export_button):
                widget.setEnabled(False)
            return
        self.station_label.setText(
            self.tr("Station %1 – %2").replace("%1", self.station.code)
            .replace("%2", self.station.name))
        self.propose()

    def _build_progress(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sendProgress")
        self.progress.setRange(0, 0)  # writing is one step: a busy bar, not a fake percentage
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("sendStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_row = QVBoxLayout()
        self.progress_row.addWidget(self.progress)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.setObjectName("sendOpenFolder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self.result_row = QHBoxLayout()
        self.result_row.addWidget(self.status, 1)
        self.result_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)

    # --- period ---------------------------------------------------------------------------

    def period(self):
        """The period the dialog shows now."""
        return self.period_box.period()

    def propose(self) -> PeriodProposal | None:
        """Put the proposed next period in the date fields (and the file name to match)."""
        try:
            proposal = self.export.propose_next_period()
        except KnownError as exc:
            self._show_status(error_text(exc, self.lang), BAD)
            return None
        self.proposal = proposal
        self.set_period(proposal.period_from, proposal.period_to)
        return proposal

    def set_period(self, start, end) -> None:
        """Show [start, end] and preview it."""
        self.period_box.set_period(start, end)
        self._on_dates_changed()
        self._preview_timer.stop()
        self.refresh_preview()

    def _on_dates_changed(self) -> None:
        start, end = self.period()
        self._update_period_note(start, end)
        if self.station is not None:
            name = default_file_name(self.station.code, start, end)
            current = Path(self.path_edit.text()).name if self.path_edit.text() else ""
            if not current or current == self._auto_name:  # never undo a name the person typed
                folder = Path(self.path_edit.text()).parent if current else self.folder
                self.path_edit.setText(str(folder / name))
            self._auto_name = name
        self._preview_timer.start()

    def _update_period_note(self, start, end) -> None:
        self.period_box.show_note(period_note(
            start, end, history=self.export.history(), proposal=self.proposal,
            today=self.export.today()))

    # --- preview --------------------------------------------------------------------------

    def refresh_preview(self) -> Task | None:
        """Read what the file would hold, off the GUI thread."""
        start, end = self.period()
        self._generation += 1
        if end < start or self.station is None:
            self._clear_preview()
            return None
        generation = self._generation
        self.broadcasts_label.setText(self.tr("Reading the log…"))
        export = self.export  # the job holds the service only, never the dialog (see tasks.py)
        self.preview_task = run_op(
            self.signals, self.lang, lambda _c: make_preview(export, start, end),
            on_done=lambda preview: self._on_preview(generation, preview),
            on_error=lambda message: self._on_preview_error(generation, message),
        )
        return self.preview_task

    def _clear_preview(self) -> None:
        self.preview = None
        self.preview_box.clear()
        self._update_actions()

    def _on_preview(self, generation: int, preview: ExportPreview) -> None:
        if generation != self._generation:
            return  # the dates changed while it was read
        self.preview_task = None
        self.preview = preview
        self.preview_box.show_preview(preview)
        self._update_actions()
        self.preview_shown.emit(preview)

    def _on_preview_error(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.preview_task = None
        self._clear_preview()
        self.broadcasts_label.setText(message)

    # --- output ---------------------------------------------------------------------------

    def target(self) -> Path | None:
        """The file to write (``.crlog`` added when the person left it out)."""
        return self.output_box.target()

    def choose_file(self) -> None:
        """Ask where to save the file (the name proposed stays as it is)."""
        current = self.target()
        folder = current.parent if current is not None and current.parent.is_dir() else None
        path = file_dialogs.save_file(
            self, "crlog-out", self.tr("Save the report file"),
            current.name if current is not None else "", self.tr("Commune Radio log (*.crlog)"),
            folder=folder or (self.folder if self.folder and self.folder.is_dir() else None))
        if path is not None:
            self.path_edit.setText(str(path))

    def start_export(self) -> Task | None:
        """Write the file (and the spreadsheet) through the operation helper."""
        if self.export_task is not None or self.station is None:
            return None
        start, end = self.period()
        target = self.target()
        if target is None:
            self._show_status(self.tr("Choose where to save the file."), BAD)
            return None
        if end < start:
            self._show_status(self.tr("The end date is before the start date."), BAD)
            return None
        xlsx = xlsx_beside(target) if self.xlsx_check.isChecked() else None
        self.result = None
        self.progress.show()
        self.open_folder_button.hide()
        self._show_status(self.tr("Writing %1…").replace("%1", target.name), "")
        self.export_task = run_call(
            self.signals, self.lang, self.export.export, start, end, target, xlsx=xlsx,
            on_done=self._on_exported, on_error=self._on_export_error,
        )
        self._update_actions()
        return self.export_task

    def _on_exported(self, result: ExportResult) -> None:
        self.export_task = None
        self.progress.hide()
        self.result = result
        self.folder = result.path.parent
        text = (self.tr("Written: %1 (%n broadcast(s)), in the folder %2.", "", result.broadcasts)
                .replace("%1", result.path.name).replace("%2", str(result.path.parent)))
        if result.xlsx is not None:
            text += " " + self.tr("Spreadsheet: %1.").replace("%1", result.xlsx.name)
        text += " " + self.tr("Copy the file to a USB stick or attach it to an e-mail to the "
                              "office.")
        self._show_status(text, GOOD)
        self.open_folder_button.show()
        self.refresh_history()
        self._update_period_note(*self.period())
        self._update_actions()
        self.exported.emit(result)

    def _on_export_error(self, message: str) -> None:
        self.export_task = None
        self.progress.hide()
        self._show_status(self.tr("The file was not written: %1").replace("%1", message), BAD)
        self._update_actions()
        self.export_failed.emit(message)

    def open_folder(self) -> bool:
        """Show the folder of the file just written."""
        folder = self.result.path.parent if self.result else self.folder
        return open_folder(folder)

    def _show_status(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _update_actions(self) -> None:
        busy = self.export_task is not None
        start, end = self.period()
        self.export_button.setEnabled(self.station is not None and not busy and start <= end)
        for widget in (self.from_edit, self.to_edit, self.propose_button, self.path_edit,
                       self.browse_button, self.xlsx_check):
            widget.setEnabled(not busy)

    # --- history --------------------------------------------------------------------------

    def refresh_history(self) -> None:
        """List the exports made before, newest first."""
        try:
            self.history_box.show_history(list(reversed(self.export.history())))
        except KnownError as exc:
            self.history_box.show_history([], error_text(exc, self.lang))

    def reject(self) -> None:
        if self.export_task is not None:
            return  # the file is being written: closing now would hide how it ended
        super().reject()

    def done(self, result: int) -> None:
        # a preview still reading must not call back into a closed dialog
        self._preview_timer.stop()
        self._generation += 1
        super().done(result)
