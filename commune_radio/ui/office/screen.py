"""The office screen: import the stations' files, see who aired the weekly DX section, report.

Import (buttons or drag-and-drop of files and folders), the report of the chosen period and the
Excel/CSV export all run on the thread pool through ``run_task``; the screen only reacts to the
tasks' signals. A file refused because its station's key changed is offered for re-registration
one file at a time, and imported again only on the officer's explicit "yes".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.compliance import ComplianceReport, week_monday
from commune_radio.core.errors import KnownError
from commune_radio.services.changes import Changes
from commune_radio.services.office_service import (
    OfficeImportResult,
    OfficeService,
    OfficeSettings,
)
from commune_radio.ui import file_dialogs
from commune_radio.ui.file_drop import FileDropMixin
from commune_radio.ui.office.export_panel import ExportPanel
from commune_radio.ui.office.heatmap_page import HeatMapPage
from commune_radio.ui.office.import_panel import OfficeImportPanel
from commune_radio.ui.office.importer import (
    FileStarted,
    OfficeImportSummary,
    make_office_import_job,
)
from commune_radio.ui.office.key_prompt import KeyChangePrompt
from commune_radio.ui.office.minutes import MinutesTable
from commune_radio.ui.office.period_bar import PeriodBar
from commune_radio.ui.office.settings_panel import OfficeSettingsPanel
from commune_radio.ui.office.stations import StationsPanel
from commune_radio.ui.office.week_dialog import WeekDialog
from commune_radio.ui.signals import AppSignals
from commune_radio.ui.tasks import Task, run_task
from commune_radio.ui.text import error_text

DEFAULT_WEEKS = 12
REPORT_DELAY_MS = 300  # wait for the officer to stop turning a date before reading the data
TAB_HEATMAP, TAB_MINUTES, TAB_STATIONS, TAB_SETTINGS = range(4)


def default_period(current_week: str, weeks: int = DEFAULT_WEEKS) -> tuple[dt.date, dt.date]:
    """The last ``weeks`` ISO weeks, this one included: Monday of the first to this Sunday."""
    monday = week_monday(current_week)
    return monday - dt.timedelta(weeks=weeks - 1), monday + dt.timedelta(days=6)


class OfficeScreen(FileDropMixin, QWidget):
    """The receiving office's one screen, in tabs under a shared import bar and period."""

    report_ready = Signal(object)  # a ComplianceReport, once the heat-map shows it
    import_finished = Signal(object)  # an OfficeImportSummary (None on an unexpected error)
    reimport_finished = Signal(object)  # the OfficeImportResult after a re-registration
    export_finished = Signal(object)  # the Path written (None when it failed)

    def __init__(self, office: OfficeService, signals: AppSignals, lang: str,
                 parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.signals = signals
        self.lang = lang
        self.folder = Path(folder) if folder else None
        self.report: ComplianceReport | None = None
        self.report_task: Task | None = None
        self.import_task: Task | None = None
        self.reimport_task: Task | None = None
        self.key_prompt: KeyChangePrompt | None = None
        self.week_dialog: WeekDialog | None = None
        self._key_queue: list[OfficeImportResult] = []
        self._generation = 0
        self._loaded = False
        self.setObjectName("officeScreen")
        self.setAcceptDrops(True)

        self._build_header()
        self.import_panel = OfficeImportPanel(lang, self)
        self.import_panel.cancel_requested.connect(self.cancel_import)
        self.import_panel.hide()
        self._build_period()
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.import_panel)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.export_panel)
        layout.addWidget(self.tabs, 1)

        self._report_timer = QTimer(self)
        self._report_timer.setSingleShot(True)
        self._report_timer.setInterval(REPORT_DELAY_MS)
        self._report_timer.timeout.connect(self.refresh_report)
        signals.changed.connect(self._on_changed)

    # --- building -------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("officeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # station text is never markup
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.import_files_button = QPushButton(self.tr("Import files…"), self)
        self.import_files_button.setObjectName("officeImportFiles")
        self.import_files_button.setToolTip(self.tr("Import the .crlog files the stations sent "
                                                    "(you can also drag them onto this window)"))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Import folder…"), self)
        self.import_folder_button.setObjectName("officeImportFolder")
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self.header.addWidget(self.import_files_button)
        self.header.addWidget(self.import_folder_button)

    def _build_period(self) -> None:
        self.period_bar = PeriodBar(self)
        self.period_bar.period_edited.connect(lambda: self._report_timer.start())
        self.period_bar.last_weeks_requested.connect(self.show_last_weeks)
        self.period_bar.export_requested.connect(self.choose_export)
        self.from_edit, self.to_edit = self.period_bar.from_edit, self.period_bar.to_edit
        self.xlsx_button, self.csv_button = self.period_bar.xlsx_button, self.period_bar.csv_button
        self.export_panel = ExportPanel(self.lang, self, folder=self.folder)
        self.export_panel.busy_changed.connect(self._update_actions)
        self.export_panel.finished.connect(self.export_finished)
        self.export_status = self.export_panel.status
        self.open_folder_button = self.export_panel.open_folder_button

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("officeTabs")

        self.heatmap_page = HeatMapPage(self.tabs)
        page = self.heatmap_page
        self.heatmap_model, self.heatmap = page.model, page.view
        self.heatmap.cell_clicked.connect(self.open_week)
        self.summary_label, self.silent_label = page.summary_label, page.silent_label
        self.empty_label, self.heatmap_body = page.empty_label, page.body
        self.legend = page.legend
        self.tabs.addTab(page, self.tr("Weekly DX compliance"))

        self.topic_minutes = MinutesTable(self.tr("Minutes of DX content by theme"), "topic",
                                          self.lang)
        self.language_minutes = MinutesTable(self.tr("Minutes of DX content by language"),
                                             "language", self.lang)
        minutes = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        minutes.setObjectName("officeMinutes")
        minutes.addWidget(self.topic_minutes)
        minutes.addWidget(self.language_minutes)
        minutes.setStretchFactor(0, 3)
        minutes.setStretchFactor(1, 2)
        self.tabs.addTab(minutes, self.tr("Minutes aired"))

        self.stations = StationsPanel(self.office, self.lang, self.tabs)
        self.stations.reregistered.connect(
            lambda _s: self.signals.changed.emit(Changes(office=True)))
        self.tabs.addTab(self.stations, self.tr("Stations"))

        self.settings_panel = OfficeSettingsPanel(self.office, self.lang, self.tabs)
        self.settings_panel.saved.connect(self._on_settings_saved)
        self.tabs.addTab(self.settings_panel, self.tr("Settings"))

    # --- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:  # a station's window never reads the office tables unasked
            self._loaded = True
            self.load()

    def load(self) -> None:
        """Read the settings and stations, and start the report of the last 12 weeks."""
        settings = self.settings_panel.load()
        self._show_title(settings)
        self.stations.refresh()
        self.show_last_weeks()

    def _show_title(self, settings: OfficeSettings | None) -> None:
        if settings is None or not settings.name:
            self.title.setText(self.tr("Receiving office (no name yet: set it under "
                                       "Settings)"))
            return
        self.title.setText(f"{settings.name} ({self.settings_panel.level_label(settings.level)})")

    def _on_settings_saved(self, settings: OfficeSettings) -> None:
        self._show_title(settings)
        self.refresh_report()  # the silence threshold and the report heading changed

    def _on_changed(self, changes: Changes) -> None:
        """The office's data changed (an import here or a re-registration): read it again."""
        if getattr(changes, "office", False) and self._loaded:
            self.stations.refresh()
            self.refresh_report()

    def period(self) -> tuple[dt.date, dt.date]:
        """The report period the fields show."""
        return self.period_bar.period()

    def set_period(self, start: dt.date, end: dt.date) -> Task | None:
        """Show [start, end] and read its report."""
        self.period_bar.show_period(start, end)
        self._report_timer.stop()
        return self.refresh_report()

    def show_last_weeks(self) -> Task | None:
        """The default period: the last 12 ISO weeks, this one included."""
        try:
            week = self.office.current_week()
        except KnownError as exc:
            self.summary_label.setText(error_text(exc, self.lang))
            return None
        return self.set_period(*default_period(week))

    # --- report ---------------------------------------------------------------------------

    def refresh_report(self) -> Task | None:
        """Read the report of the period on the thread pool (an older one still running is
        left to finish and ignored)."""
        self._report_timer.stop()
        start, end = self.period()
        self._generation += 1
        generation = self._generation
        if end < start:
            self.summary_label.setText(self.tr("The end date is before the start date."))
            return None
        self.summary_label.setText(self.tr("Making the report…"))
        office = self.office
        self.report_task = run_task(
            lambda _c: office.report(start, end),
            lambda report: self._on_report(generation, report),
            on_error=lambda exc: self._on_report_error(generation, exc),
        )
        return self.report_task

    def _on_report(self, generation: int, report: ComplianceReport) -> None:
        if generation != self._generation:
            return
        self.report_task = None
        self.report = report
        self.heatmap_page.show_report(report)
        self.topic_minutes.set_minutes(report.topic_minutes)
        self.language_minutes.set_minutes(report.language_minutes)
        self._update_actions()
        self.report_ready.emit(report)

    def _on_report_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.report_task = None
        message = error_text(exc, self.lang) if isinstance(exc, KnownError) else repr(exc)
        self.summary_label.setText(self.tr("The report could not be made: %1")
                                   .replace("%1", message))

    def summary_text(self, report: ComplianceReport) -> str:
        """The heat-map page's summary line of ``report``."""
        return self.heatmap_page.summary_text(report)

    def open_week(self, code: str, week: str) -> WeekDialog | None:
        """Show one station's broadcasts of one week (the heat-map's drill-down)."""
        if self.report is None:
            return None
        row = next((s for s in self.report.stations if s.code == code), None)
        if row is None:
            return None
        try:  # one station-week: a few dozen rows, read at once
            broadcasts = self.office.week_broadcasts(code, week)
            events = self.office.week_events(code, week)
        except KnownError as exc:
            self.summary_label.setText(error_text(exc, self.lang))
            return None
        column = self.report.weeks.index(week)
        dialog = WeekDialog(row, week, self.heatmap_model.week_label(column), broadcasts,
                            self.lang, self, events=events)
        dialog.finished.connect(dialog.deleteLater)
        self.week_dialog = dialog
        dialog.open()
        return dialog

    # --- export ---------------------------------------------------------------------------

    def choose_export(self, kind: str) -> Task | None:
        """Ask where to write the shown report (``xlsx`` or ``csv``), then write it."""
        return self.export_panel.choose(self.report, kind) if self.report is not None else None

    def start_export(self, kind: str, path: Path) -> Task | None:
        """Write the shown report to ``path`` on the thread pool."""
        return (self.export_panel.start(self.report, kind, path) if self.report is not None
                else None)

    @property
    def exported_path(self) -> Path | None:
        """The report written last."""
        return self.export_panel.exported_path

    def open_export_folder(self) -> bool:
        """Show the folder of the report just written."""
        return self.export_panel.open_export_folder()

    def _update_actions(self) -> None:
        self.period_bar.allow_export(self.report is not None and self.export_panel.task is None)
        importing = self.import_task is not None or self.reimport_task is not None
        self.import_files_button.setEnabled(not importing)
        self.import_folder_button.setEnabled(not importing)

    # --- import ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for station log files, then import them."""
        if self.folder is not None:
            file_dialogs.remember("crlog", self.folder)
        paths = file_dialogs.open_files(
            self, "crlog", self.tr("Choose the stations' log files"),
            self.tr("Commune Radio log (*.crlog)") + ";;" + self.tr("All files (*)"))
        if paths:
            self.start_import(paths)

    def choose_folder(self) -> None:
        """Ask for a folder, then import every .crlog file in it (and its sub-folders)."""
        if self.folder is not None:
            file_dialogs.remember("crlog", self.folder)
        folder = file_dialogs.open_folder_dialog(self, "crlog",
                                                 self.tr("Choose a folder of log files"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[Path], workers: int | None = None) -> Task | None:
        """Import these files and folders off the GUI thread; None when nothing was started."""
        if self.import_task is not None or self.reimport_task is not None:
            self.import_panel.show()
            self.import_panel.status.setText(
                self.tr("An import is already running; wait for it to finish or cancel it."))
            return None
        if not paths:
            return None
        self.import_panel.start()
        self.import_task = run_task(
            make_office_import_job(self.office, paths, workers),
            self._on_import_done, on_error=self._on_import_error,
            on_progress=self.import_panel.set_progress, on_post=self._on_import_post,
        )
        self._update_actions()
        return self.import_task

    def cancel_import(self) -> None:
        """Stop after the current file; files already imported stay imported."""
        if self.import_task is not None:
            self.import_task.cancel()

    def _on_import_post(self, item: object) -> None:
        if isinstance(item, FileStarted):
            self.import_panel.file_started(item)

    def _on_import_done(self, summary: OfficeImportSummary) -> None:
        self.import_task = None
        self.import_panel.finish(summary)
        self._after_import(summary.results)
        self.import_finished.emit(summary)
        self._key_queue = list(summary.key_changes)
        self._next_key_prompt()

    def _on_import_error(self, exc: BaseException) -> None:
        self.import_task = None
        message = error_text(exc, self.lang) if isinstance(exc, KnownError) else repr(exc)
        self.import_panel.fail(message)
        self._after_import()
        self.import_finished.emit(None)

    def _after_import(self, results: list[OfficeImportResult] | None = None) -> None:
        """Tell every view what the import changed (all of the office's data when it failed
        part-way: what was merged before the failure stays merged)."""
        self._update_actions()
        changes = Changes(office=True) if results is None else Changes()
        for result in results or ():
            changes = changes | result.changes
        if changes:
            self.signals.changed.emit(changes)

    def _next_key_prompt(self) -> KeyChangePrompt | None:
        self.key_prompt = None
        if not self._key_queue:
            return None
        prompt = KeyChangePrompt(self._key_queue.pop(0), self)
        prompt.decided.connect(self._on_key_decided)
        prompt.finished.connect(prompt.deleteLater)
        self.key_prompt = prompt
        prompt.open()
        return prompt

    def _on_key_decided(self, result: OfficeImportResult, reregister: bool) -> None:
        if not reregister:
            self._next_key_prompt()
            return
        office = self.office
        self.import_panel.status.setText(self.tr("Re-registering station %1 and importing "
                                                 "its file…").replace("%1", prompt_code(result)))
        self.reimport_task = run_task(
            lambda _c: office.import_file(result.file, accept_new_key=True),
            self._on_reimported, on_error=self._on_import_error_after_prompt,
        )
        self._update_actions()

    def _on_reimported(self, result: OfficeImportResult) -> None:
        self.reimport_task = None
        self.import_panel.replace_result(result)
        self.import_panel.status.setText(
            self.tr("Station %1 re-registered with its new key.").replace(
                "%1", result.station_code or "") if result.ok else
            self.tr("The file was still not imported."))
        self._after_import([result])
        self.reimport_finished.emit(result)
        self._next_key_prompt()

    def _on_import_error_after_prompt(self, exc: BaseException) -> None:
        self.reimport_task = None
        message = error_text(exc, self.lang) if isinstance(exc, KnownError) else repr(exc)
        self.import_panel.fail(message)
        self._after_import()
        self.reimport_finished.emit(None)
        self._next_key_prompt()

    def shutdown(self) -> None:
        """Stop the import before the window closes (files done stay done)."""
        self.cancel_import()


def prompt_code(result: OfficeImportResult) -> str:
    """The station code a key-change refusal names."""
    error = result.error
    reason = getattr(error, "reason", None)
    return str(getattr(reason, "params", {}).get("code", result.station_code or ""))
