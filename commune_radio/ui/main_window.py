"""The main window: a navigation list on the left, one screen at a time on the right.

The status bar names the station this data directory belongs to. A station's window has the
"Gửi báo cáo" (send to office) button under the navigation; a receiving office's window (role
"office") shows only the office screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commune_radio.app import AppContext
from commune_radio.core.errors import KnownError
from commune_radio.paths import assets_dir
from commune_radio.ui import i18n, operations, tasks
from commune_radio.ui.about import add_help_menu
from commune_radio.ui.guide import OFFICE_PAGE, STATION_PAGE, GuideWindow, open_guide
from commune_radio.ui.office.role import is_office
from commune_radio.ui.player import Player
from commune_radio.ui.send_report.launcher import SendReportLauncher
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.text import error_text

if TYPE_CHECKING:
    from commune_radio.playout.player import StationPlayer
    from commune_radio.ui.library.screen import LibraryScreen
    from commune_radio.ui.log import LogScreen
    from commune_radio.ui.office import OfficeScreen
    from commune_radio.ui.playout import PlayoutScreen
    from commune_radio.ui.programmes import ProgrammesScreen
    from commune_radio.ui.schedule import ScheduleScreen

PAGE_PLAYOUT, PAGE_LIBRARY, PAGE_PROGRAMMES, PAGE_SCHEDULE, PAGE_LOG, PAGE_OFFICE = range(6)


class MainWindow(QMainWindow):
    """The desktop program's one window, over one data directory."""

    def __init__(self, ctx: AppContext, lang: str = i18n.DEFAULT_LANG,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = i18n.use(lang)
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
        # Each screen (and the modules behind it) is built when first shown or asked for, so
        # the window paints at once; until then its page holds an empty placeholder.
        self._builders = [self._build_playout, self._build_library, self._build_programmes,
                          self._build_schedule, self._build_log, self._build_office]
        self._pages: list[QWidget | None] = [None] * len(self._builders)
        for label in (self.tr("On air"), self.tr("Library"), self.tr("Programmes"),
                      self.tr("Schedule"), self.tr("Broadcast log"), self.tr("Office report")):
            self._add_page(label, QWidget(self))
        self.nav.currentRowChanged.connect(self._show_row)
        # an office computer has no station pages: it opens on the office screen; a station
        # has no office page
        self.office_role = is_office(ctx)
        for page in range(PAGE_OFFICE):
            self.nav.item(page).setHidden(self.office_role)
        self.nav.item(PAGE_OFFICE).setHidden(not self.office_role)
        # one page needs no navigation: the office's report gets the whole width
        self.nav.setVisible(not self.office_role)
        self.nav.setCurrentRow(PAGE_OFFICE if self.office_role else self._start_page())
        self.send_report = SendReportLauncher(lambda: ctx.export, ctx.station, self.lang,
                                              self, self.signals)
        self.send_report.set_visible(not self.office_role)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        nav_column = QVBoxLayout()
        nav_column.addWidget(self.nav, 1)
        nav_column.addWidget(self.send_report.button)  # "Gửi báo cáo", always in sight
        layout.addLayout(nav_column)
        layout.addWidget(self.stack, 1)
        # on a small screen (1024×768, or 150 % scaling) the page scrolls rather than cuts
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("pageScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(central)
        self.setCentralWidget(self.scroll)

        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationLabel")
        self.statusBar().addPermanentWidget(self.station_label)
        self._build_program_menu()
        self.help_menu = add_help_menu(self, ctx.data_dir)
        self.guide_action = QAction(self.tr("User guide"), self)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        self.help_menu.insertAction(self.help_menu.actions()[0], self.guide_action)
        self.guide_window: GuideWindow | None = None
        self._build_shortcuts()
        self.signals.changed.connect(self._on_changed)
        self.refresh_station()
        self.resize(1280, 760)

    def _add_page(self, label: str, page: QWidget) -> None:
        item = QListWidgetItem(label, self.nav)
        item.setSizeHint(QSize(0, 40))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.stack.addWidget(page)

    def _build_program_menu(self) -> None:
        """The "Tệp" (File) menu, first in the bar: Settings and Quit."""
        self.program_menu = QMenu(self.tr("&File"), self)
        self.program_menu.setObjectName("fileMenu")
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.program_menu.addAction(self.settings_action)
        self.program_menu.addSeparator()
        self.program_menu.addAction(self.quit_action)
        bar = self.menuBar()
        if bar.actions():
            bar.insertMenu(bar.actions()[0], self.program_menu)
        else:
            bar.addMenu(self.program_menu)

    def _build_shortcuts(self) -> None:
        """F5 play now, Esc stop (the stop dialog asks first), Ctrl+E emergency bulletin."""
        self.shortcuts: dict[str, QShortcut] = {}
        for key, slot in (("F5", self.shortcut_play), ("Esc", self.shortcut_stop),
                          ("Ctrl+E", self.shortcut_emergency)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            shortcut.setEnabled(not self.office_role)
            self.shortcuts[key] = shortcut

    def shortcut_play(self) -> str | None:
        """F5: air the programme chosen on the on-air screen now."""
        self.show_page(PAGE_PLAYOUT)
        if self.playout_screen.is_playing():
            return None
        return self.playout_screen.play_now()

    def shortcut_stop(self):
        """Esc: ask why, then stop the broadcast on air (nothing when nothing plays)."""
        if not self.playout_screen.is_playing():
            return None
        self.show_page(PAGE_PLAYOUT)
        return self.playout_screen.ask_stop()

    def shortcut_emergency(self):
        """Ctrl+E: choose an emergency bulletin and air it over whatever plays."""
        self.show_page(PAGE_PLAYOUT)
        return self.playout_screen.ask_emergency()

    def show_settings(self):
        """Open the Settings dialog (modal); the on-air screen shows the output chosen."""
        from commune_radio.ui.settings_dialog import SettingsDialog

        def set_output(device_id: str | None) -> None:
            self.station_player.set_output_device(device_id)

        dialog = SettingsDialog(self.ctx, self, set_output=set_output, signals=self.signals,
                                lang=self.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._settings_saved)
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        if self._station_player is not None:
            self.playout_screen.refresh_devices()

    def show_guide(self) -> GuideWindow:
        """Open the guide on the page of this computer's role (one guide window at a time)."""
        page = OFFICE_PAGE if self.office_role else STATION_PAGE
        if self.guide_window is not None:
            self.guide_window.show_page(page)
            self.guide_window.raise_()
            self.guide_window.activateWindow()
            return self.guide_window
        self.guide_window = open_guide(self.lang, page, self)
        self.guide_window.destroyed.connect(lambda: setattr(self, "guide_window", None))
        return self.guide_window

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.page(row)  # built on first show
        self.stack.setCurrentIndex(row)

    def page(self, index: int) -> QWidget:
        """The screen of page ``index`` (a PAGE_ constant), built if it was not yet."""
        built = self._pages[index]
        if built is None:
            built = self._pages[index] = self._builders[index]()
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
        return built

    def _build_playout(self) -> PlayoutScreen:
        from commune_radio.ui.playout import PlayoutScreen

        screen = PlayoutScreen(self.ctx, self.signals, self.lang, lambda: self.station_player)
        if self._station_player is not None:  # the scheduler made the player first
            screen.attach(self._station_player)
        return screen

    def _build_library(self) -> LibraryScreen:
        from commune_radio.ui.library.screen import LibraryScreen

        ctx = self.ctx
        return LibraryScreen(ctx.library, self.signals, self.lang, self.player,
                             packs=lambda: ctx.packs)

    def _build_programmes(self) -> ProgrammesScreen:
        from commune_radio.services.programme_service import station_today
        from commune_radio.ui.programmes import ProgrammesScreen

        ctx = self.ctx
        return ProgrammesScreen(
            ctx.programmes, ctx.library, ctx.render, self.signals, self.lang, self.player,
            today=lambda: station_today(ctx.log.timezone(), ctx.clock()))

    def _build_schedule(self) -> ScheduleScreen:
        from commune_radio.ui.schedule import ScheduleScreen

        return ScheduleScreen(self.ctx.schedule, self.ctx.programmes, self.ctx.log,
                              self.signals, self.lang)

    def _build_log(self) -> LogScreen:
        from commune_radio.ui.log import LogScreen

        return LogScreen(self.ctx.log, self.signals, self.lang)

    def _build_office(self) -> OfficeScreen:
        from commune_radio.ui.office import OfficeScreen

        return OfficeScreen(self.ctx.office, self.signals, self.lang)

    @property
    def playout_screen(self) -> PlayoutScreen:
        return self.page(PAGE_PLAYOUT)

    @property
    def library_screen(self) -> LibraryScreen:
        return self.page(PAGE_LIBRARY)

    @property
    def programmes_screen(self) -> ProgrammesScreen:
        return self.page(PAGE_PROGRAMMES)

    @property
    def schedule_screen(self) -> ScheduleScreen:
        return self.page(PAGE_SCHEDULE)

    @property
    def log_screen(self) -> LogScreen:
        return self.page(PAGE_LOG)

    @property
    def office_screen(self) -> OfficeScreen:
        return self.page(PAGE_OFFICE)

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
            # the player writes the log as broadcasts start and end: views of the log follow
            operations.watch_player(self._station_player, self.signals)
            if self._pages[PAGE_PLAYOUT] is not None:  # else it attaches when built
                self._pages[PAGE_PLAYOUT].attach(self._station_player)
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
        # a pool job must not outlive the window's database handle (screens never built have
        # none)
        for page in (PAGE_LIBRARY, PAGE_PROGRAMMES, PAGE_PLAYOUT, PAGE_OFFICE, PAGE_SCHEDULE):
            if self._pages[page] is not None:
                self._pages[page].shutdown()
        tasks.cancel_all_and_wait()
        super().closeEvent(event)
