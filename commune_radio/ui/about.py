"""The About dialog (version, data directory, licences of the bundled parts) and the Help menu
that opens it.

The licence list is commune_radio/bundled_parts.py, the list installer/THIRD_PARTY.md is written
from and the bundle is built from, so the dialog names exactly what the installed program
carries; the dialog opens THIRD_PARTY.md too when it is there.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_radio import __version__, bundled_parts, crashlog
from commune_radio.paths import assets_dir
from commune_radio.ui.crash_dialog import open_folder

THIRD_PARTY_FILE = "THIRD_PARTY.md"


def third_party_file() -> Path | None:
    """The full list of bundled parts: beside the installed program, or in the source tree."""
    candidates = [Path(sys.executable).resolve().parent / THIRD_PARTY_FILE,
                  assets_dir().parent / "installer" / THIRD_PARTY_FILE]
    return next((p for p in candidates if p.is_file()), None)


class AboutDialog(QDialog):
    """Which version this is, where its data lives, and under which licences its parts come."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Commune Radio"))

        icon = QLabel(self)
        icon_file = assets_dir() / "icons" / "commune-radio.svg"
        if icon_file.is_file():
            icon.setPixmap(QIcon(str(icon_file)).pixmap(64, 64))
        title = QLabel("Commune Radio", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        self.version_label.setObjectName("aboutVersion")
        purpose = QLabel(self.tr("Plays the commune station's programmes on schedule, keeps the "
                                 "broadcast log and reports it to the receiving office."), self)
        purpose.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addWidget(purpose)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.data_dir_label = QLabel(str(self.data_dir), self)
        self.data_dir_label.setObjectName("aboutDataDir")
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir_label.setWordWrap(True)
        self.open_data_button = QPushButton(self.tr("Open folder"), self)
        self.open_data_button.setObjectName("openDataDir")
        self.open_data_button.clicked.connect(lambda: open_folder(self.data_dir))
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir_label, 1)
        data_row.addWidget(self.open_data_button)
        self.log_label = QLabel(
            self.tr("Error log: %1").replace("%1", str(crashlog.log_path(self.data_dir))), self)
        self.log_label.setObjectName("aboutLogFile")
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)

        licence_intro = QLabel(self.tr("Commune Radio is free software under the GNU General "
                                       "Public License, version 3 or later. It comes with these "
                                       "parts, each under its own licence:"), self)
        licence_intro.setWordWrap(True)
        self.licences = self._licence_table()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.full_list_file = third_party_file()
        if self.full_list_file is not None:
            self.full_list_button = self.buttons.addButton(
                self.tr("Full list…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.full_list_button.setObjectName("thirdPartyFile")
            self.full_list_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.full_list_file))))

        versions = QLabel(f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
                          f"Python {platform.python_version()}", self)
        versions.setObjectName("aboutVersions")
        versions.setStyleSheet("color: #666;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self._bold(self.tr("Data folder")))
        layout.addLayout(data_row)
        layout.addWidget(self.log_label)
        layout.addSpacing(8)
        layout.addWidget(self._bold(self.tr("Licences")))
        layout.addWidget(licence_intro)
        layout.addWidget(self.licences, 1)
        layout.addWidget(versions)
        layout.addWidget(self.buttons)
        self.resize(840, 640)

    def _bold(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def licence_rows(self) -> list[tuple[str, str]]:
        """(part, licence) of every part this system's bundle carries, in the window's language."""
        from commune_radio.ui import i18n

        lang = i18n.current_language() or i18n.DEFAULT_LANG
        return [(part.name(lang), part.licence(lang)) for part in bundled_parts.parts()]

    def _licence_table(self) -> QTableWidget:
        rows = self.licence_rows()
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("licenceTable")
        table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Licence")])
        for row, (part, licence) in enumerate(rows):
            for column, text in enumerate((part, licence)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)  # the parts name what they bring with them
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return table


class HelpMenu(QMenu):
    """The window's Help menu: About, and the data folder opened in the file manager."""

    def __init__(self, data_dir: Path, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setObjectName("helpMenu")
        self.setTitle(self.tr("&Help"))
        self.about_action = QAction(self.tr("About"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.data_dir_action = QAction(self.tr("Data folder"), self)
        self.data_dir_action.setObjectName("dataDirAction")
        self.data_dir_action.triggered.connect(lambda: open_folder(self.data_dir))
        self.addAction(self.about_action)
        self.addAction(self.data_dir_action)

    def show_about(self) -> AboutDialog:
        """Open the About dialog (modeless; closing it frees it)."""
        dialog = AboutDialog(self.data_dir, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def add_help_menu(window: QMainWindow, data_dir: Path) -> HelpMenu:
    """Put the Help menu at the end of the window's menu bar."""
    menu = HelpMenu(data_dir, window)
    window.menuBar().addMenu(menu)
    return menu
