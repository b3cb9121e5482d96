"""The desktop program's entry point: ``run_gui(ctx, lang)``, called by the command line.

A window is on screen before the program's own modules are imported: ``show_start_window``
paints a plain window (the program's name, "opening...") right after the QApplication exists;
the data, the services and the screens load after that paint, and the main window takes the
start window's place. Nothing slow runs on the GUI thread before the first paint.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

# Only what the start window needs is imported here: PySide6 builds a class's enums when the
# class is first taken from its module (QEvent, QFont, QLabel, the Qt namespace: 5-50 ms each),
# so the rest is imported where it is used, after the start window has painted.
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from commune_radio import __version__
from commune_radio.paths import assets_dir
from commune_radio.ui import i18n

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from commune_radio.app import AppContext

# fonts that carry every Vietnamese letter with its stacked tone marks (ệ, ở, ữ ...)
VIETNAMESE_FONTS = ("Noto Sans", "Segoe UI", "DejaVu Sans", "Arial", "Liberation Sans")


def pick_font(point_size: float = 10.0) -> QFont | None:
    """The first installed font of ``VIETNAMESE_FONTS``; None keeps the platform's default."""
    from PySide6.QtGui import QFont, QFontDatabase

    families = set(QFontDatabase.families())
    for family in VIETNAMESE_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(point_size)
            return font
    return None


def make_application(argv: list[str] | None = None, lang: str = i18n.DEFAULT_LANG, *,
                     light: bool = False) -> QApplication:
    """The QApplication (created once) with name, font and translators set up.

    ``light`` (the start window) leaves the icon and the font for a later call: loading the
    SVG icon engine and reading the font list cost more than the start window's one line of
    text needs."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Commune Radio")
    app.setOrganizationName("commune-radio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("commune-radio")
    i18n.install(lang)
    if light:
        return app
    from PySide6.QtGui import QIcon

    icon = assets_dir() / "icons" / "commune-radio.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    font = pick_font()
    if font is not None:
        app.setFont(font)
    return app


START_WINDOW_SIZE = (1280, 760)  # the main window's own first size, so one replaces the other
_start_window: QMainWindow | None = None


def show_start_window(lang: str = i18n.DEFAULT_LANG, wait_s: float = 1.0) -> QMainWindow:
    """Put a plain window on screen and return once it has painted (or after ``wait_s``).

    It carries only the program's name and "opening...": the station's data, the services and
    the screens are loaded after it, and ``run_gui`` puts the main window in its place
    (``replace_start_window``). A second call returns the same window.
    """
    from PySide6.QtWidgets import QLabel

    global _start_window
    if _start_window is not None:
        return _start_window
    make_application(lang=lang, light=True)
    window = QMainWindow()
    window.setObjectName("startWindow")
    window.setWindowTitle("Commune Radio")
    window.resize(*START_WINDOW_SIZE)
    label = QLabel({"vi": "Commune Radio\n\nĐang mở…", "en": "Commune Radio\n\nOpening…"}.get(
        lang, "Commune Radio"), window)
    # set through the style sheet: touching the Qt namespace from Python creates its ~115 enum
    # classes (about 50 ms), which the start window can leave to the main window
    label.setStyleSheet("qproperty-alignment: AlignCenter; font-size: 15pt; color: #444;")
    window.setCentralWidget(label)
    window.show()
    deadline = time.monotonic() + wait_s
    handle = window.windowHandle()
    # exposed = the window system gave it its place on screen; the paint comes with the events
    # processed right after
    while not (handle is not None and handle.isExposed()) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    _start_window = window
    return window


def replace_start_window(window=None) -> None:
    """Show ``window`` (when given) where the start window is, then close the start window."""
    global _start_window
    start, _start_window = _start_window, None
    if window is not None:
        if start is not None and not window.isVisible():
            window.setGeometry(start.geometry())
        window.show()
    if start is not None:
        start.close()
        start.deleteLater()


def run_gui(ctx: AppContext, lang: str = i18n.DEFAULT_LANG, *,
            first_run: bool | None = None) -> int:
    """Open the main window over ``ctx`` in ``lang`` ("vi" or "en"); return the exit code.

    Unhandled exceptions of any thread are logged in the data directory and shown as a plain
    message. A data directory never set up (no station, no role) gets the first-run wizard
    before the window (``first_run`` forces it on or off); quitting the wizard quits, having
    saved nothing, so the next start offers it again.
    """
    from commune_radio.ui.crash_dialog import install_crash_reporting
    from commune_radio.ui.single_instance import WindowServer, bring_to_front, take_window_lock

    make_application(lang=lang)
    install_crash_reporting(ctx.data_dir)
    # one station program per data directory: a second start names the holder and ends
    lock, refusal = take_window_lock(ctx.data_dir, ctx.clock, ctx.schedule.timezone().key)
    if refusal is not None:
        replace_start_window()
        return refuse_second_start(refusal, lang)
    server = WindowServer(ctx.data_dir)
    server.listen()
    try:
        return _open_window(ctx, lang, first_run, server, bring_to_front)
    finally:
        server.close()
        lock.release()


def refuse_second_start(refusal, lang: str) -> int:
    """Say who holds the station (stderr, and a dialog when no window of it can come forward);
    exit code 2 as for the command line."""
    from PySide6.QtWidgets import QMessageBox

    text = refusal.render(lang)
    print(text, file=sys.stderr)
    if refusal.params.get("kind") != "window":  # no window of it to bring forward
        QMessageBox.information(None, "Commune Radio", text)
    return 2


def _open_window(ctx: AppContext, lang: str, first_run: bool | None, server,
                 bring_to_front) -> int:
    """The wizard if needed, then the main window and its station runner, until closed."""
    from PySide6.QtWidgets import QDialog

    from commune_radio.ui.first_run.setup import ROLE_OFFICE, needs_first_run
    from commune_radio.ui.main_window import PAGE_OFFICE, MainWindow

    app = QApplication.instance()
    role = None
    if first_run if first_run is not None else needs_first_run(ctx):
        from commune_radio.ui.first_run.wizard import FirstRunWizard

        replace_start_window()
        wizard = FirstRunWizard(ctx, lang)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.setup_result is None:
            return 0
        role = wizard.setup_result.role
    window = MainWindow(ctx, lang)
    if role == ROLE_OFFICE:
        window.show_page(PAGE_OFFICE)
    server.raise_requested.connect(lambda: bring_to_front(window))
    watch_other_processes(ctx, window)
    replace_start_window(window)  # shows the window where the start window was
    # the scheduler (pre-flight checks, the output stream, the on-air screen) starts once the
    # window has painted: a person sees the window at once, and the first slot is still far
    # off in the scale of that fraction of a second
    runners = []
    after_first_paint(window, lambda: runners.append(start_station_runner(ctx, window)))
    try:
        return app.exec()
    finally:
        for runner in runners:
            if runner is not None:
                runner.stop("window")


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, just after ``widget``'s first paint (or after ``fallback_ms``
    if it is never painted, e.g. started minimised: the schedule must air all the same)."""

    def __init__(self, widget, callback, fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._fire)  # once this paint has reached the screen
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._callback()


def after_first_paint(widget, callback, fallback_ms: int = 1000) -> QObject:
    """Run ``callback`` on the GUI thread right after ``widget`` is first painted."""
    return _AfterFirstPaint(widget, callback, fallback_ms)


def start_station_runner(ctx: AppContext, window):
    """While the window of a station is open it airs the schedule, as `run` does headless:
    reconcile what passed while closed, then play each slot on time on the window's player."""
    from commune_radio.scheduling.runner import StationRunner

    if ctx.station.get() is None or ctx.settings.is_office():
        return None
    runner = StationRunner(ctx, window.station_player, parent=window, holder="window")
    runner.problem.connect(window.playout_screen.show_problem)  # e.g. a slot missed: busy
    runner.preflight_done.connect(window.playout_screen.preflight_line.show_report)
    runner.start()
    return runner


def watch_other_processes(ctx: AppContext, window):
    """Changes another process commits (the command line, an import, a second reader) refresh
    every view of the window within the poll interval, as the window's own changes do."""
    from commune_radio.scheduling.watchers import DataWatcher

    watcher = DataWatcher(ctx.db, window)
    watcher.changed.connect(lambda: window.signals.emit_changed(
        library=True, station=True, programmes=True, schedule=True, log=True))
    watcher.start()
    return watcher
