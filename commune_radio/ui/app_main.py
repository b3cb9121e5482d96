"""The desktop program's entry point: ``run_gui(ctx, lang)``, called by the command line."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from commune_radio import __version__
from commune_radio.app import AppContext
from commune_radio.paths import assets_dir
from commune_radio.ui import i18n

# fonts that carry every Vietnamese letter with its stacked tone marks (ệ, ở, ữ ...)
VIETNAMESE_FONTS = ("Noto Sans", "Segoe UI", "DejaVu Sans", "Arial", "Liberation Sans")


def pick_font(point_size: float = 10.0) -> QFont | None:
    """The first installed font of ``VIETNAMESE_FONTS``; None keeps the platform's default."""
    families = set(QFontDatabase.families())
    for family in VIETNAMESE_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(point_size)
            return font
    return None


def make_application(argv: list[str] | None = None, lang: str = i18n.DEFAULT_LANG) -> QApplication:
    """The QApplication (created once) with name, font and translators set up."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Commune Radio")
    app.setOrganizationName("commune-radio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("commune-radio")
    icon = assets_dir() / "icons" / "commune-radio.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    font = pick_font()
    if font is not None:
        app.setFont(font)
    i18n.install(lang)
    return app


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
    from commune_radio.ui.first_run import ROLE_OFFICE, FirstRunWizard, needs_first_run
    from commune_radio.ui.main_window import PAGE_OFFICE, MainWindow

    app = QApplication.instance()
    role = None
    if first_run if first_run is not None else needs_first_run(ctx):
        wizard = FirstRunWizard(ctx, lang)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.setup_result is None:
            return 0
        role = wizard.setup_result.role
    window = MainWindow(ctx, lang)
    if role == ROLE_OFFICE:
        window.show_page(PAGE_OFFICE)
    server.raise_requested.connect(lambda: bring_to_front(window))
    watch_other_processes(ctx, window)
    window.show()
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
    from commune_radio.storage.station_repo import get_setting

    if ctx.station.get() is None or get_setting(ctx.db, "role") == "office":
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
