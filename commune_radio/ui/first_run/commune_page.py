"""The wizard's commune page: type a few letters, click the commune, keep or change the name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from commune_radio.core.communes import Commune
from commune_radio.core.limits import FIELD_LIMITS
from commune_radio.ui.first_run.communes import CommuneChoice, commune_choices, search_words
from commune_radio.ui.first_run.ids import PAGE_OUTPUT
from commune_radio.ui.first_run.look import page_title
from commune_radio.ui.first_run.setup import default_station_name

CHOICE_ROLE = Qt.ItemDataRole.UserRole


class CommunePage(QWizardPage):
    """Picks the station's commune (its national code) and the station's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communePage")
        self.setTitle(page_title(self.tr("Your commune")))
        self.setSubTitle(self.tr("Type a few letters of its name, then click it in the list."))
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("communeSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, code or former district…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.filter)
        self.search_edit.returnPressed.connect(self.pick_first_shown)

        self.list = QListWidget(self)
        self.list.setObjectName("communeList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.no_match_label = QLabel(self.tr("No commune has this name. Try fewer letters."), self)
        self.no_match_label.setObjectName("communeNoMatch")
        self.no_match_label.hide()

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("stationName")
        self.name_edit.setMaxLength(FIELD_LIMITS["station.name"])  # what the office file carries
        self.name_edit.setPlaceholderText(self.tr("Click your commune in the list first"))
        self.name_edit.textChanged.connect(self.completeChanged)
        self.name_edit.textEdited.connect(self._on_name_typed)
        self.code_label = QLabel("—", self)
        self.code_label.setObjectName("communeCode")
        self._name_typed = False

        self._headers: list[tuple[QListWidgetItem, bool]] = []
        self._fill()

        form = QFormLayout()
        form.addRow(self.tr("Station name:"), self.name_edit)
        form.addRow(self.tr("Commune code:"), self.code_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.no_match_label)
        layout.addLayout(form)
        self.setFocusProxy(self.search_edit)

    def _fill(self) -> None:
        self.choices = commune_choices()
        current = None
        for choice in self.choices:
            if current is not choice.current:
                current = choice.current
                header = QListWidgetItem(
                    self.tr("Communes and wards from 1/7/2025") if current
                    else self.tr("Units before 1/7/2025"), self.list)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self._headers.append((header, current))
            item = QListWidgetItem(self.label(choice), self.list)
            item.setData(CHOICE_ROLE, choice)

    def label(self, choice: CommuneChoice) -> str:
        """"Xã Bản Phiệt · code 02911 · former Huyện Bảo Thắng" in the wizard's language."""
        if choice.former_district:
            return (self.tr("%1 · code %2 · former %3").replace("%1", choice.commune.name)
                    .replace("%2", choice.commune.code).replace("%3", choice.former_district))
        return (self.tr("%1 · code %2").replace("%1", choice.commune.name)
                .replace("%2", choice.commune.code))

    def filter(self, text: str) -> None:
        """Show the communes whose name, code or former district holds every word typed."""
        words = search_words(text)
        shown = {True: 0, False: 0}
        for row in range(self.list.count()):
            item = self.list.item(row)
            choice: CommuneChoice | None = item.data(CHOICE_ROLE)
            if choice is None:
                continue
            visible = choice.matches(words)
            item.setHidden(not visible)
            shown[choice.current] += visible
        for header, current in self._headers:
            header.setHidden(not shown[current])
        self.no_match_label.setVisible(not any(shown.values()))
        first = self.first_shown()
        if first is not None:
            self.list.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)

    def first_shown(self) -> QListWidgetItem | None:
        """The first commune line the search leaves visible."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden() and item.data(CHOICE_ROLE) is not None:
                return item
        return None

    def pick_first_shown(self) -> None:
        """Enter in the search box picks the first commune shown."""
        item = self.first_shown()
        if item is not None:
            self.list.setCurrentItem(item)

    def select_code(self, code: str) -> bool:
        """Pick the commune with this code (what a click does); False when it is not listed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            choice = item.data(CHOICE_ROLE)
            if choice is not None and choice.commune.code == code:
                self.list.setCurrentItem(item)
                return True
        return False

    def commune(self) -> Commune | None:
        """The commune picked, or None."""
        item = self.list.currentItem()
        choice = item.data(CHOICE_ROLE) if item is not None else None
        return choice.commune if choice is not None else None

    def station_name(self) -> str:
        """The station's name as it stands."""
        return self.name_edit.text().strip()

    def _on_current(self, item: QListWidgetItem | None, _previous) -> None:
        commune = self.commune()
        self.code_label.setText(commune.code if commune else "—")
        if commune is not None and not self._name_typed:
            self.name_edit.setText(default_station_name(commune.name))
        self.completeChanged.emit()

    def _on_name_typed(self, text: str) -> None:
        # a name the person typed is theirs: picking another commune no longer replaces it
        self._name_typed = bool(text.strip())

    def isComplete(self) -> bool:
        return self.commune() is not None and bool(self.station_name())

    def nextId(self) -> int:
        return PAGE_OUTPUT
