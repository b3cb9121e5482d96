"""The main window: a navigation list on the left, one screen at a time on the right.

The status bar names the station this data directory belongs to. A station's window has the
"Gửi báo cáo" (send to office) button under the navigation; a receiving office's window (role
"office") shows only the office screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commune_radio.app import AppContext
from commune_radio.core.errors import KnownError
from commune_radio.paths import assets_dir
from commune_radio.services.programme_service import station_today
from commune_radio.ui import i18n, tasks
from commune_radio.ui.about import add_help_menu
from commune_radio.ui.library.screen import LibraryScreen
from commune_radio.ui.log import LogScreen
from commune_radio.ui.office import OfficeScreen, is_office
from commune_radio.ui.player import Player
from commune_radio.ui.playout import PlayoutScreen
from commune_radio.ui.programmes import ProgrammesScreen
from commune_radio.ui.schedule import ScheduleScreen
from commune_radio.ui.send_report import SendReportLauncher
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.text import error_text

if TYPE_CHECKING:
    from commune_radio.playout.player import StationPlayer

PAGE_PLAYOUT, PAGE_LIBRARY, PAGE_PROGRAMMES, PAGE_SCHEDULE, PAGE_LOG, PAGE_OFFICE = range(6)


class MainWindow(QMainWindow):
    """The desktop program's one window, over one data directory."""

    def __init__(self, ctx: AppContext, lang: str = i18n.DEFAULT_LANG,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = i18n.normalise(lang)
        if i18n.current_language() != self.lang:
            i18n.install(self.lang)
        self.signals = AppSignals(self)
        self.player = Player(self)
        self.setObjectName("mainWindow")
        icon = assets_dir() / "icons" / "commune-radio.svg"
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 6px; }")
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")

        # the one on-air player of the window (the scheduler plays through it too), made on
        # first need so that opening the window never waits for the sound system
        self._station_player: StationPlayer | None = None
        self.playout_screen = PlayoutScreen(ctx, self.signals, self.lang,
                                            lambda: self.station_player)
        self._add_page(self.tr("On air"), self.playout_screen)
        self.library_screen = LibraryScreen(ctx.library, self.signals, self.lang, self.player,
                                            packs=ctx.packs)
        self._add_page(self.tr("Library"), self.library_screen)
        self.programmes_screen = ProgrammesScreen(
            ctx.programmes, ctx.library, ctx.render, self.signals, self.lang, self.player,
            today=lambda: station_today(ctx.log.timezone(), ctx.clock()))
        self._add_page(self.tr("Programmes"), self.programmes_screen)
        self.schedule_screen = ScheduleScreen(ctx.schedule, ctx.programmes, ctx.log,
                                              self.signals, self.lang)
        self._add_page(self.tr("Schedule"), self.schedule_screen)
        self.log_screen = LogScreen(ctx.log, self.signals, self.lang)
        self._add_page(self.tr("Broadcast log"), self.log_screen)
        self.office_screen = OfficeScreen(ctx.office, self.signals, self.lang)
        self._add_page(self.tr("Office report"), self.office_screen)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        # an office computer has no station pages: it opens on the office screen
        self.office_role = is_office(ctx)
        for page in range(PAGE_OFFICE):
            self.nav.item(page).setHidden(self.office_role)
        self.nav.setCurrentRow(PAGE_OFFICE if self.office_role else self._start_page())
        self.send_report = SendReportLauncher(ctx.export, ctx.station, self.lang, self)
        self.send_report.set_visible(not self.office_role)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        nav_column = QVBoxLayout()
        nav_column.addWidget(self.nav, 1)
        nav_column.addWidget(self.send_report.button)  # "Gửi báo cáo", always in sight
        layout.addLayout(nav_column)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationLabel")
        self.statusBar().addPermanentWidget(self.station_label)
        self.help_menu = add_help_menu(self, ctx.data_dir)
        self.signals.changed.connect(self._on_changed)
        self.refresh_station()
        self.resize(1280, 760)

    def _add_page(self, label: str, page: QWidget) -> None:
        item = QListWidgetItem(label, self.nav)
        item.setSizeHint(QSize(0, 40))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.stack.addWidget(page)

    def _start_page(self) -> int:
        # a station with something to air opens on air; a new one on its library, where the
        # work starts
        try:
            return PAGE_PLAYOUT if self.ctx.programmes.list() else PAGE_LIBRARY
        except KnownError:
            return PAGE_LIBRARY

    @property
    def station_player(self) -> StationPlayer:
        """The window's one on-air player (created on first use, then always the same)."""
        if self._station_player is None:
            self._station_player = self.ctx.player(parent=self)
            self.playout_screen.attach(self._station_player)
        return self._station_player

    def show_page(self, page: int) -> None:
        """Switch to a screen (one of the PAGE_ constants)."""
        self.nav.setCurrentRow(page)

    def refresh_station(self) -> None:
        """Show the station's code and name in the status bar and the title."""
        try:
            station = self.ctx.station.get()
        except KnownError as exc:
            self.station_label.setText(error_text(exc, self.lang))
            return
        if station is None and getattr(self, "office_role", False):
            self.station_label.setText(self.tr("Receiving office"))
            self.setWindowTitle(self.tr("Commune Radio – receiving office"))
        elif station is None:
            self.station_label.setText(
                self.tr("Station not set up (run: commune-radio station init)")
            )
            self.setWindowTitle(self.tr("Commune Radio"))
        else:
            self.station_label.setText(
                self.tr("Station %1 – %2").replace("%1", station.code).replace("%2", station.name)
            )
            self.setWindowTitle(
                self.tr("Commune Radio – %1").replace("%1", station.name)
            )

    def _on_changed(self, changes: Changes) -> None:
        if changes.station:
            self.refresh_station()

    def closeEvent(self, event: QCloseEvent) -> None:
        # a pool job must not outlive the window's database handle
        self.library_screen.shutdown()
        self.programmes_screen.shutdown()
        self.playout_screen.shutdown()
        self.office_screen.shutdown()
        self.schedule_screen.shutdown()
        tasks.cancel_all_and_wait()
        super().closeEvent(event)
