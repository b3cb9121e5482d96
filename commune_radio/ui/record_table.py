"""The window's record tables (library, log), written once: their model's rows and headings, and
their look (whole rows selected one at a time, read-only, striped, one line a row with long
text elided, no row numbers, columns the person may widen)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_Index = QModelIndex | QPersistentModelIndex


def record_table(name: str, model: QAbstractItemModel, widths: dict[int, int],
                 parent: QWidget | None = None) -> QTableView:
    """A table view of ``model`` named ``name``, with the given starting column widths."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    return view


class RecordsModel(QAbstractTableModel):
    """A table of records with an ``id``, one a row under fixed headings (the library's
    segments, the log's broadcasts); subclasses say what a cell shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers: list[str] = []  # the subclass's, translated

    def row_of(self, record_id) -> int | None:
        """The row of the record with this id, if shown."""
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
