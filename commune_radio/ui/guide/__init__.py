"""Hướng dẫn sử dụng: the operator's guide, read offline inside the program.

The guide is HTML in ``assets/guide/`` (shipped in the bundle with the other assets): one page
for the station (``station_<lang>.html``), one for the receiving office (``office_<lang>.html``),
pictures in ``assets/guide/img/`` made by ``scripts/screenshots.py``. Pages link to each other
with relative links; a link to the web opens in the browser, never inside the viewer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commune_radio.paths import assets_dir
from commune_radio.ui import i18n

STATION_PAGE, OFFICE_PAGE = "station", "office"


def guide_dir() -> Path:
    """The folder of the guide's pages and pictures."""
    return assets_dir() / "guide"


def page_file(page: str, lang: str) -> Path:
    """The HTML file of ``page`` ("station" or "office") in ``lang`` (Vietnamese if missing)."""
    path = guide_dir() / f"{page}_{i18n.normalise(lang)}.html"
    return path if path.is_file() else guide_dir() / f"{page}_vi.html"


class GuideWindow(QDialog):
    """A modeless window showing the guide, with Back, the station page and the office page."""

    def __init__(self, lang: str, page: str = STATION_PAGE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = i18n.normalise(lang)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)  # every link goes through follow()
        self.browser.setSearchPaths([str(guide_dir())])
        self.browser.anchorClicked.connect(self.follow)
        self.back_button = QPushButton(self.tr("◀ Back"), self)
        self.back_button.setObjectName("guideBack")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.station_button = QPushButton(self.tr("Station guide"), self)
        self.station_button.setObjectName("guideStation")
        self.station_button.clicked.connect(lambda: self.show_page(STATION_PAGE))
        self.office_button = QPushButton(self.tr("Office guide"), self)
        self.office_button.setObjectName("guideOffice")
        self.office_button.clicked.connect(lambda: self.show_page(OFFICE_PAGE))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.station_button)
        bar.addWidget(self.office_button)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.show_page(page)
        self.resize(900, 680)

    def show_page(self, page: str) -> None:
        """Open ``page`` ("station" or "office") at its top."""
        self.browser.setSource(QUrl.fromLocalFile(str(page_file(page, self.lang))))

    def current_file(self) -> Path:
        """The file shown now."""
        return Path(self.browser.source().toLocalFile())

    def follow(self, url: QUrl) -> None:
        """A page of the guide opens here; a web or mail address in the system's browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        self.browser.setSource(self.browser.source().resolved(url))


def open_guide(lang: str, page: str, parent: QWidget | None) -> GuideWindow:
    """Show the guide (modeless; closing it frees it)."""
    window = GuideWindow(lang, page, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
