"""The "Gửi báo cáo" dialog: export a period of the log as the signed file the office imports.

It opens on the period ``ExportService.propose_next_period`` proposes (the day after the last
export to the end of that month), previews what the file will hold, and writes it (with an
optional spreadsheet beside it) on the thread pool. Afterwards it says where the file is, with a
button that opens the folder, and lists what was sent before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.compliance import week_monday
from commune_radio.core.errors import KnownError
from commune_radio.core.station import DEFAULT_TIMEZONE, Station
from commune_radio.exchange import format as fmt
from commune_radio.services.export_service import (
    ExportRecord,
    ExportResult,
    ExportService,
    PeriodProposal,
    default_file_name,
)
from commune_radio.services.station_service import StationService
from commune_radio.ui import file_dialogs
from commune_radio.ui.crash_dialog import open_folder
from commune_radio.ui.log.words import BroadcastWords, moment_text
from commune_radio.ui.send_report.facts import ExportPreview, make_preview, xlsx_beside
from commune_radio.ui.tasks import Task, run_task
from commune_radio.ui.text import error_text, format_date

DATE_FORMAT = "dd/MM/yyyy"
PREVIEW_DELAY_MS = 250  # wait for the person to stop turning the date before reading the log
_WARN = "color: #a05a00;"
_GOOD = "color: #1b5e20;"
_BAD = "color: #b00020;"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


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
    ) -> None:
        super().__init__(parent)
        self.export = export
        self.lang = lang
        self.words = BroadcastWords(self)
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

        self._build_period()
        self._build_preview()
        self._build_output(folder)
        self._build_progress()
        self._build_history()

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

    # --- building -------------------------------------------------------------------------

    def _build_period(self) -> None:
        self.period_box = QGroupBox(self.tr("Period"), self)
        self.from_edit = QDateEdit(self.period_box)
        self.from_edit.setObjectName("sendFrom")
        self.to_edit = QDateEdit(self.period_box)
        self.to_edit.setObjectName("sendTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._on_dates_changed)
        self.propose_button = QPushButton(self.tr("Next period"), self.period_box)
        self.propose_button.setObjectName("sendPropose")
        self.propose_button.setToolTip(self.tr("The day after the last report sent, to the end "
                                               "of that month"))
        self.propose_button.clicked.connect(self.propose)
        self.period_note = QLabel(self.period_box)
        self.period_note.setObjectName("sendPeriodNote")
        self.period_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From"), self.period_box))
        row.addWidget(self.from_edit)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("to"), self.period_box))
        row.addWidget(self.to_edit)
        row.addSpacing(8)
        row.addWidget(self.propose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self.period_box)
        layout.addLayout(row)
        layout.addWidget(self.period_note)

    def _build_preview(self) -> None:
        self.preview_box = QGroupBox(self.tr("The file will hold"), self)
        self.broadcasts_label = QLabel(self.preview_box)
        self.broadcasts_label.setObjectName("sendBroadcasts")
        self.broadcasts_label.setWordWrap(True)
        self.dx_label = QLabel(self.preview_box)
        self.dx_label.setObjectName("sendDx")
        self.dx_label.setWordWrap(True)
        self.weeks_label = QLabel(self.preview_box)
        self.weeks_label.setObjectName("sendWeeks")
        self.weeks_label.setWordWrap(True)
        self.left_out_label = QLabel(self.preview_box)
        self.left_out_label.setObjectName("sendLeftOut")
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setStyleSheet(_WARN)
        form = QFormLayout(self.preview_box)
        form.addRow(self.tr("Broadcasts:"), self.broadcasts_label)
        form.addRow(self.tr("DX section:"), self.dx_label)
        form.addRow(self.tr("Weeks:"), self.weeks_label)
        form.addRow(self.left_out_label)

    def _build_output(self, folder: Path | None) -> None:
        self.output_box = QGroupBox(self.tr("Save as"), self)
        self.folder = Path(folder) if folder else default_folder(self.export.history())
        self.path_edit = QLineEdit(self.output_box)
        self.path_edit.setObjectName("sendPath")
        self.browse_button = QPushButton(self.tr("Choose…"), self.output_box)
        self.browse_button.setObjectName("sendBrowse")
        self.browse_button.clicked.connect(self.choose_file)
        self.xlsx_check = QCheckBox(
            self.tr("Also write a spreadsheet (.xlsx) beside it, for people to read"),
            self.output_box)
        self.xlsx_check.setObjectName("sendXlsx")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self.output_box)
        layout.addLayout(row)
        layout.addWidget(self.xlsx_check)

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

    def _build_history(self) -> None:
        self.history_box = QGroupBox(self.tr("Sent before"), self)
        self.history_table = QTableWidget(0, 4, self.history_box)
        self.history_table.setObjectName("sendHistory")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Broadcasts"), self.tr("Written on"), self.tr("File")])
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setWordWrap(False)
        self.history_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.history_table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_empty = QLabel(self.tr("Nothing has been sent from this computer yet."),
                                    self.history_box)
        self.history_empty.setObjectName("sendHistoryEmpty")
        layout = QVBoxLayout(self.history_box)
        layout.addWidget(self.history_empty)
        layout.addWidget(self.history_table)

    # --- period ---------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        """The period the dialog shows now."""
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def propose(self) -> PeriodProposal | None:
        """Put the proposed next period in the date fields (and the file name to match)."""
        try:
            proposal = self.export.propose_next_period()
        except KnownError as exc:
            self._show_status(error_text(exc, self.lang), _BAD)
            return None
        self.proposal = proposal
        self.set_period(proposal.period_from, proposal.period_to)
        return proposal

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show [start, end] and preview it."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
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

    def _update_period_note(self, start: dt.date, end: dt.date) -> None:
        last = self.export.last_exported()
        notes = []
        if end < start:
            self.period_note.setStyleSheet(_BAD)
            self.period_note.setText(self.tr("The end date is before the start date."))
            return
        proposal = self.proposal
        same = [h for h in self.export.history() if (h.period_from, h.period_to) == (start, end)]
        if same:
            notes.append(self.tr("This period was sent already (written %1); writing it again "
                                 "does no harm: the office adds only what is new.")
                         .replace("%1", moment_text(same[-1].exported_at, self.zone)))
        elif proposal is not None and proposal.nothing_new and start == proposal.period_from:
            notes.append(self.tr("Everything up to today was sent already."))
        elif last is not None and start == last.period_to + dt.timedelta(days=1):
            notes.append(self.tr("Follows the last report sent (up to %1).")
                         .replace("%1", format_date(last.period_to)))
        elif last is not None and start <= last.period_to:
            notes.append(self.tr("Part of this period was sent before (up to %1); the office "
                                 "adds only what is new.")
                         .replace("%1", format_date(last.period_to)))
        elif last is None:
            notes.append(self.tr("The first report from this computer."))
        today = self.export.today()
        if end >= today:
            notes.append(self.tr("The period is not over yet: the file holds the broadcasts up "
                                 "to now; send the rest next time."))
        self.period_note.setStyleSheet(_WARN if end >= today else "")
        self.period_note.setText(" ".join(notes))

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
        self.preview_task = run_task(
            lambda _c: make_preview(export, start, end),
            lambda preview: self._on_preview(generation, preview),
            on_error=lambda exc: self._on_preview_error(generation, exc),
        )
        return self.preview_task

    def _clear_preview(self) -> None:
        self.preview = None
        for label in (self.broadcasts_label, self.dx_label, self.weeks_label,
                      self.left_out_label):
            label.clear()
        self.left_out_label.hide()
        self._update_actions()

    def _on_preview(self, generation: int, preview: ExportPreview) -> None:
        if generation != self._generation:
            return  # the dates changed while it was read
        self.preview_task = None
        self.preview = preview
        self.broadcasts_label.setText(self.broadcasts_text(preview))
        self.dx_label.setText(
            self.tr("%n DX broadcast(s) played in full", "", preview.dx_played))
        self.weeks_label.setText(self.weeks_text(preview))
        self.weeks_label.setStyleSheet(_WARN if preview.weeks_without_dx else _GOOD)
        if preview.left_out_in_progress:
            self.left_out_label.setText(self.tr(
                "%n broadcast(s) still on air are left out; they go in the next report.", "",
                preview.left_out_in_progress))
            self.left_out_label.show()
        else:
            self.left_out_label.hide()
        self._update_actions()
        self.preview_shown.emit(preview)

    def _on_preview_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.preview_task = None
        self._clear_preview()
        message = error_text(exc, self.lang) if isinstance(exc, KnownError) else repr(exc)
        self.broadcasts_label.setText(message)

    def broadcasts_text(self, preview: ExportPreview) -> str:
        """``60 broadcasts: 57 played, 2 partial, 1 missed`` (statuses with none left out)."""
        parts = [f"{count} {self.words.status(status).lower()}"
                 for status, count in preview.by_status.items() if count]
        head = self.tr("%n broadcast(s)", "", preview.broadcasts)
        return f"{head}: {', '.join(parts)}" if parts else head

    def week_name(self, key: str) -> str:
        """``week 45 (02/11)``."""
        monday = week_monday(key)
        return (self.tr("week %1 (%2)").replace("%1", str(monday.isocalendar().week))
                .replace("%2", monday.strftime("%d/%m")))

    def weeks_text(self, preview: ExportPreview) -> str:
        """How many of the period's weeks had the DX section, and which did not."""
        text = (self.tr("DX section aired in %1 of %2 week(s)")
                .replace("%1", str(preview.whole_weeks_with_dx))
                .replace("%2", str(len(preview.whole_weeks))))
        missing = preview.weeks_without_dx
        if missing:
            text += ". " + self.tr("Not aired: %1").replace(
                "%1", ", ".join(self.week_name(w) for w in missing))
        return text + "."

    # --- output ---------------------------------------------------------------------------

    def target(self) -> Path | None:
        """The file to write (``.crlog`` added when the person left it out)."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != fmt.SUFFIX:
            path = path.with_name(path.name + fmt.SUFFIX)
        return path

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
        """Write the file (and the spreadsheet) on the thread pool."""
        if self.export_task is not None or self.station is None:
            return None
        start, end = self.period()
        target = self.target()
        if target is None:
            self._show_status(self.tr("Choose where to save the file."), _BAD)
            return None
        if end < start:
            self._show_status(self.tr("The end date is before the start date."), _BAD)
            return None
        xlsx = xlsx_beside(target) if self.xlsx_check.isChecked() else None
        self.result = None
        self.progress.show()
        self.open_folder_button.hide()
        self._show_status(self.tr("Writing %1…").replace("%1", target.name), "")
        export = self.export
        self.export_task = run_task(
            lambda _c: export.export(start, end, target, xlsx=xlsx),
            self._on_exported, on_error=self._on_export_error,
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
        self._show_status(text, _GOOD)
        self.open_folder_button.show()
        self.refresh_history()
        self._update_period_note(*self.period())
        self._update_actions()
        self.exported.emit(result)

    def _on_export_error(self, exc: BaseException) -> None:
        self.export_task = None
        self.progress.hide()
        message = error_text(exc, self.lang) if isinstance(exc, KnownError) else repr(exc)
        self._show_status(self.tr("The file was not written: %1").replace("%1", message), _BAD)
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
            history = list(reversed(self.export.history()))
        except KnownError as exc:
            history = []
            self.history_empty.setText(error_text(exc, self.lang))
        self.history_table.setRowCount(len(history))
        for row, record in enumerate(history):
            cells = [
                f"{format_date(record.period_from)} – {format_date(record.period_to)}",
                str(record.broadcasts),
                moment_text(record.exported_at, self.zone),
                record.file,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(record.file)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.history_table.setItem(row, column, item)
        self.history_empty.setVisible(not history)
        self.history_table.setVisible(bool(history))

    def reject(self) -> None:
        if self.export_task is not None:
            return  # the file is being written: closing now would hide how it ended
        super().reject()

    def done(self, result: int) -> None:
        # a preview still reading must not call back into a closed dialog
        self._preview_timer.stop()
        self._generation += 1
        super().done(result)
