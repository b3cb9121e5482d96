"""What the operator sees when something unexpected goes wrong: a plain message, never a traceback.

``crashlog`` writes the details to the rotating log and calls the reporter, from whatever thread
the exception came from. The reporter only emits a queued signal; the dialog opens later on the
GUI thread, after the failing slot has returned, so the window and the playout keep running
(with no event loop running yet, at start-up, it opens at once instead). It
never recurses: while a dialog is open further reports are only logged, the same error is not
shown twice a minute, and a dialog that itself fails switches the reporter off.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from commune_radio import crashlog

log = logging.getLogger(__name__)

REPEAT_QUIET_S = 60.0


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager (Explorer, Files …); False when that failed."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QMessageBox):
    """Says that something went wrong, that the broadcast log is safe, and where the details are."""

    def __init__(self, summary: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_file = Path(log_file)
        self.setObjectName("crashDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # wide enough for a log path on one line; the first sentence stands out
        self.setStyleSheet("QLabel#qt_msgbox_label { min-width: 480px; font-weight: bold; }"
                           "QLabel#qt_msgbox_informativelabel { min-width: 480px; }")
        self.setWindowTitle(self.tr("Commune Radio – something went wrong"))
        self.setText(self.tr("Something went wrong. The program keeps running."))
        self.setInformativeText("\n\n".join([
            self.tr("The broadcast log is safe: what aired is already saved."),
            self.tr("The details are written in this file (send it to whoever looks after the "
                    "computer):\n%1").replace("%1", str(self.log_file)),
            self.tr("Technical note: %1").replace("%1", summary),
        ]))
        self.open_button = self.addButton(self.tr("Open the log folder"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openLogFolder")
        self.close_button = self.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("closeCrashDialog")
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)

    def run(self) -> None:
        """Show the message until closed; open the log folder if asked."""
        self.exec()
        if self.clickedButton() is self.open_button:
            open_folder(self.log_file.parent)


class CrashReporter(QObject):
    """The ``show`` callback of ``crashlog.install_excepthook``; safe to call from any thread."""

    report = Signal(str, str)  # summary, log file
    shown = Signal(str)  # summary, after its dialog closed (for tests)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._open = False
        self._broken = False
        self._last: tuple[str, float] = ("", float("-inf"))
        self.dropped = 0

    def __call__(self, summary: str, log_file: Path) -> None:
        if self._broken:
            raise RuntimeError("the crash dialog failed before")  # crashlog prints to stderr
        gui_thread = self.thread()
        if QThread.currentThread() is gui_thread and gui_thread.loopLevel() == 0:
            # no event loop to post to (an error at start-up, or one that ends the program):
            # show it now, or the person would never see it
            self._show(summary, str(log_file))
            return
        self.report.emit(summary, str(log_file))

    def _show(self, summary: str, log_file: str) -> None:
        now = time.monotonic()
        last_summary, last_time = self._last
        if self._open or (summary == last_summary and now - last_time < REPEAT_QUIET_S):
            self.dropped += 1  # already in the log; one dialog at a time is enough
            return
        self._open = True
        self._last = (summary, now)
        try:
            CrashDialog(summary, Path(log_file), QApplication.activeWindow()).run()
        except Exception:  # a failing dialog must not come back here through the hook
            self._broken = True
            log.exception("the crash dialog itself failed; errors now go to the log only")
        finally:
            self._open = False
        self.shown.emit(summary)


_reporter: CrashReporter | None = None
_log_file: Path | None = None


def report_unexpected(summary: str) -> bool:
    """Show the crash dialog for an error an operation caught (already logged); False when no
    reporter is installed (tests, the CLI)."""
    if _reporter is None or _log_file is None:
        return False
    try:
        _reporter(summary, _log_file)
    except RuntimeError:  # the dialog failed before: the log has it
        return False
    return True


def install_crash_reporting(data_dir: Path) -> CrashReporter:
    """Log unhandled exceptions of every thread to the data directory and show them (once per
    process; call with the QApplication made, from the GUI thread)."""
    global _reporter, _log_file
    if _reporter is None:
        _reporter = CrashReporter(QApplication.instance())
    crashlog.install_excepthook(Path(data_dir), show=_reporter)
    _log_file = crashlog.log_path(Path(data_dir))
    return _reporter
