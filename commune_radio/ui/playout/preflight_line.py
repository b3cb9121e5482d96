"""The on-air screen's pre-flight line: green, amber or red, with the reason in one sentence.

Self-contained: the screen only places it; whoever runs the checks calls ``show_report``.
A red result also pops up a desktop notification (``QSystemTrayIcon``) where the desktop has
a notification area, since nobody may be looking at the window.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget

COLOURS = {"green": ("#1b5e20", "#e8f5e9"), "amber": ("#8a5300", "#fff4e0"),
           "red": ("#b71c1c", "#fdecea")}


class PreflightLine(QLabel):
    """One line: ● colour, when the checks ran, and the reason of the worst one."""

    def __init__(self, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.colour = ""
        self.setObjectName("preflightLine")
        self.setTextFormat(self.textFormat().PlainText)  # station text is data, never markup
        self.setWordWrap(True)
        self.tray: QSystemTrayIcon | None = None
        self.hide()  # nothing to say before the first check

    def show_report(self, report) -> None:
        """Show a ``services.preflight.Report``; notify the desktop when it is red."""
        self.colour = report.colour()
        fg, bg = COLOURS[self.colour]
        words = {"green": self.tr("Pre-flight: ready"), "amber": self.tr("Pre-flight: check"),
                 "red": self.tr("Pre-flight: not ready")}
        self.setText(f"● {words[self.colour]} — {report.summary(self.lang)}")
        self.setToolTip("\n".join(f"{c.id}: {c.message(self.lang)}" for c in report.checks))
        self.setStyleSheet(f"QLabel#preflightLine {{ color: {fg}; background: {bg}; "
                           "padding: 4px 8px; border-radius: 4px; }")
        self.show()
        if self.colour == "red":
            self.notify(report.summary(self.lang))

    def notify(self, text: str) -> bool:
        """A desktop notification (False where the desktop has no notification area)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if app is not None else QIcon()
            self.tray = QSystemTrayIcon(icon, self)
        self.tray.show()
        self.tray.showMessage(self.tr("Commune Radio: not ready to air"), text,
                              QSystemTrayIcon.MessageIcon.Critical, 15_000)
        return True
