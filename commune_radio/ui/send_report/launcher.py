"""Where the station's operator finds "Gửi báo cáo": a button under the navigation and a Report
menu, both opening the one ``SendReportDialog``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton

if TYPE_CHECKING:  # the dialog loads on the first click, not with the window
    from commune_radio.services.export_service import ExportService
    from commune_radio.services.station_service import StationService
    from commune_radio.ui.send_report.dialog import SendReportDialog
    from commune_radio.ui.signals import AppSignals


class SendReportLauncher(QObject):
    """The button and the menu action of a window; ``open`` shows the dialog (one at a time)."""

    def __init__(self, export: ExportService | Callable[[], ExportService],
                 station: StationService, lang: str, window: QMainWindow,
                 signals: AppSignals | None = None) -> None:
        """``export`` may be given as a function that makes it, called on the first click."""
        super().__init__(window)
        self._export = export
        self.station = station
        self.lang = lang
        self.window = window
        self.signals = signals
        self.dialog: SendReportDialog | None = None
        self.button = QPushButton(self.tr("Send report…"), window)
        self.button.setObjectName("sendReportButton")
        self.button.setToolTip(self.tr("Write this month's broadcast log as a file for the "
                                       "office"))
        self.button.setMinimumHeight(36)
        self.button.clicked.connect(self.open)
        self.action = QAction(self.tr("Send report to the office…"), window)
        self.action.setObjectName("sendReportAction")
        self.action.triggered.connect(self.open)
        self.menu = QMenu(self.tr("&Report"), window)
        self.menu.setObjectName("reportMenu")
        self.menu.addAction(self.action)
        window.menuBar().addMenu(self.menu)

    @property
    def export(self) -> ExportService:
        if callable(self._export):
            self._export = self._export()
        return self._export

    def set_visible(self, visible: bool) -> None:
        """Show or hide both ways in (an office computer has no log to send)."""
        self.button.setVisible(visible)
        self.menu.menuAction().setVisible(visible)

    def open(self) -> SendReportDialog:
        """Open the dialog (window-modal, not blocking); the open one is raised if there is."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from commune_radio.ui.send_report.dialog import SendReportDialog

        dialog = SendReportDialog(self.export, self.station, self.lang, self.window,
                                  signals=self.signals)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
