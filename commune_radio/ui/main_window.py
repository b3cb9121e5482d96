"""The main window: a navigation list on the left, one screen at a time on the right.

Only the library screen exists in this version; the programme, schedule, log and office screens
are placeholders saying so. The status bar names the station this data directory belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from commune_radio.app import AppContext
from commune_radio.core.errors import KnownError
from commune_radio.paths import assets_dir
from commune_radio.ui import i18n, tasks
from commune_radio.ui.library.screen import LibraryScreen
from commune_radio.ui.placeholder import PlaceholderPage
from commune_radio.ui.player import Player
from commune_radio.ui.schedule import ScheduleScreen
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.text import error_text

PAGE_LIBRARY, PAGE_PROGRAMMES, PAGE_SCHEDULE, PAGE_LOG, PAGE_OFFICE = range(5)


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

        self.library_screen = LibraryScreen(ctx.library, self.signals, self.lang, self.player)
        self._add_page(self.tr("Library"), self.library_screen)
        self._add_page(self.tr("Programmes"), PlaceholderPage(
            self.tr("Programmes"),
            self.tr("Putting library items together into the programme of a broadcast session "
                    "comes in a later version."),
        ))
        self.schedule_screen = ScheduleScreen(ctx.schedule, ctx.programmes, ctx.log,
                                              self.signals, self.lang)
        self._add_page(self.tr("Schedule"), self.schedule_screen)
        self._add_page(self.tr("Broadcast log"), PlaceholderPage(
            self.tr("Broadcast log"),
            self.tr("The record of what aired, and its export for the receiving office, comes "
                    "in a later version."),
        ))
        self._add_page(self.tr("Office report"), PlaceholderPage(
            self.tr("Office report"),
            self.tr("Importing the stations' log files and the report of the receiving office "
                    "come in a later version."),
        ))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(PAGE_LIBRARY)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationLabel")
        self.statusBar().addPermanentWidget(self.station_label)
        self.signals.changed.connect(self._on_changed)
        self.refresh_station()
        self.resize(1280, 760)

    def _add_page(self, label: str, page: QWidget) -> None:
        item = QListWidgetItem(label, self.nav)
        item.setSizeHint(QSize(0, 40))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.stack.addWidget(page)

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
        if station is None:
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
        tasks.cancel_all_and_wait()
        super().closeEvent(event)
