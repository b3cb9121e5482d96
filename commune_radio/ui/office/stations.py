"""The office's stations: who sent files, when, up to when, and which key it trusts for each.

"Re-register" forgets a station's trusted key on purpose (after its computer was reinstalled):
the key of its next file is trusted. The window asks first, showing the fingerprint it forgets.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.errors import KnownError
from commune_radio.services.office_service import OfficeService, StationView
from commune_radio.ui.text import error_text, fold, format_date

COL_CODE, COL_NAME, COL_COMMUNE, COL_IMPORT, COL_ENTRY, COL_KEY = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
_PENDING_COLOUR = QColor("#a05a00")

_Index = QModelIndex | QPersistentModelIndex


def moment(text: str | None) -> str:
    """An ISO moment as ``dd/mm/yyyy HH:MM`` in the time it carries."""
    if not text:
        return ""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{format_date(value.date())} {value:%H:%M}"


class StationsModel(QAbstractTableModel):
    """One row per station the office received a file from."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.stations: list[StationView] = []
        self._folded: list[str] = []
        self._shown: list[list[str]] = []
        self._keys: list[list[str]] = []

    def set_stations(self, stations: list[StationView]) -> None:
        """Show these stations (their texts made once here: ``data`` runs at every repaint)."""
        self.beginResetModel()
        self.stations = list(stations)
        self._folded = [fold(f"{s.code} {s.name} {s.commune or ''}") for s in self.stations]
        self._shown = [
            [s.code, s.name, self.commune_text(s), moment(s.last_import), moment(s.last_entry),
             self.tr("waiting for the next file's key") if s.key_pending else s.fingerprint]
            for s in self.stations
        ]
        self._keys = [[s.code, fold(s.name), fold(s.commune or ""), s.last_import or "",
                       s.last_entry or "", s.fingerprint] for s in self.stations]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stations)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Code"), self.tr("Station"), self.tr("Official commune name"),
                self.tr("Last import"), self.tr("Last entry"),
                self.tr("Key fingerprint")][section]

    def commune_text(self, station: StationView) -> str:
        """The official name, saying when it is from the list before the 2025 reform."""
        if not station.commune:
            return self.tr("(code not in the Lào Cai lists)")
        if station.commune_list and station.commune_list.startswith("before"):
            return self.tr("%1 (list before 1/7/2025)").replace("%1", station.commune)
        return station.commune

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.stations[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][column]
        if role == SORT_ROLE:
            return self._keys[index.row()][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_KEY and s.key_pending:
            return QBrush(_PENDING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_KEY and s.public_key:
            return self.tr("Public key: %1").replace("%1", s.public_key)
        return None

    def matches(self, row: int, folded_query: str) -> bool:
        """Whether the row holds the (folded) search text."""
        return folded_query in self._folded[row]


class StationsProxy(QSortFilterProxyModel):
    """Sorts on the model's sort keys and filters on folded text ("ban phiet" finds "Bản Phiệt")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query = ""
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        """Show only the stations whose code or names hold ``text``."""
        self.query = fold(text.strip())
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        return not self.query or self.sourceModel().matches(source_row, self.query)


class StationsPanel(QWidget):
    """The stations table with a search box and the re-register action."""

    reregistered = Signal(object)  # the StationView after re-registering

    def __init__(self, office: OfficeService, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.lang = lang
        self.confirm: QMessageBox | None = None
        self.setObjectName("officeStations")
        self.model = StationsModel(self)
        self.proxy = StationsProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("stationsSearch")
        self.search_edit.setPlaceholderText(self.tr("Search code or name…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_query)

        self.view = QTableView(self)
        self.view.setObjectName("stationsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        # fixed widths, not ResizeToContents: that measures every row of a hidden tab at start
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((COL_CODE, 70), (COL_COMMUNE, 260), (COL_IMPORT, 130),
                              (COL_ENTRY, 130), (COL_KEY, 190)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)

        self.reregister_button = QPushButton(self.tr("Re-register station…"), self)
        self.reregister_button.setObjectName("stationsReregister")
        self.reregister_button.setToolTip(self.tr("Forget the station's trusted key: the key "
                                                  "of its next file will be trusted"))
        self.reregister_button.clicked.connect(self.ask_reregister)
        self.status = QLabel(self)
        self.status.setObjectName("stationsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # station text is never markup
        self.status.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("stationsCount")

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reregister_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._update_actions()

    def refresh(self) -> None:
        """Reload the stations (a few milliseconds for 150 of them)."""
        selected = self.selected()
        try:
            stations = self.office.stations()
        except KnownError as exc:
            self.status.setText(error_text(exc, self.lang))
            return
        self.model.set_stations(stations)
        self.count_label.setText(self.tr("%n station(s)", "", len(stations)))
        if selected is not None:
            self.select(selected.code)
        self._update_actions()

    def selected(self) -> StationView | None:
        """The station of the selected row."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.stations[self.proxy.mapToSource(rows[0]).row()]

    def select(self, code: str) -> bool:
        """Select a station's row by code."""
        for row, station in enumerate(self.model.stations):
            if station.code == code:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.view.selectRow(index.row())
                    return True
        return False

    def _update_actions(self) -> None:
        station = self.selected()
        self.reregister_button.setEnabled(station is not None and not station.key_pending)

    def ask_reregister(self) -> QMessageBox | None:
        """Ask before forgetting the selected station's key (window-modal, not blocking)."""
        station = self.selected()
        if station is None:
            return None
        box = QMessageBox(self)
        box.setObjectName("reregisterConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # station text is never markup
        box.setWindowTitle(self.tr("Re-register station"))
        box.setText(self.tr("Re-register station %1 – %2?")
                    .replace("%1", station.code).replace("%2", station.name))
        box.setInformativeText(
            self.tr("The office forgets the key it trusts for this station (fingerprint %1). "
                    "The key of the next file from this station will be trusted, so do this "
                    "only when the station told you it has a new key.")
            .replace("%1", station.fingerprint))
        yes = box.addButton(self.tr("Re-register"), QMessageBox.ButtonRole.YesRole)
        yes.setObjectName("reregisterYes")
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.buttonClicked.connect(
            lambda button: self.reregister(station.code) if button is yes else None)
        box.finished.connect(box.deleteLater)
        self.confirm = box
        box.open()
        return box

    def reregister(self, code: str) -> StationView | None:
        """Forget the station's trusted key (the officer confirmed)."""
        try:
            station = self.office.reregister(code).value
        except KnownError as exc:
            self.status.setText(error_text(exc, self.lang))
            return None
        self.refresh()
        self.status.setText(self.tr("Station %1 re-registered: the key of its next file will be "
                                    "trusted.").replace("%1", code))
        self.reregistered.emit(station)
        return station
