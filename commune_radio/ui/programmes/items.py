"""The builder's two lists: library segments to drag from, and the programme's ordered items.

Both speak one drag format (``SEGMENT_MIME``: the segment ids as JSON). The items list accepts
drops from the library (copied in at the drop point) and moves its own rows with ``moveRows``
(what ``QListView`` calls for an internal move); a plain insert-then-remove also works, for
views that do not move rows themselves.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from commune_radio.core.segments import Segment
from commune_radio.ui.library.model import LibraryModel
from commune_radio.ui.text import format_date, format_duration, language_label, topic_label

SEGMENT_MIME = "application/x-commune-radio-segments"
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 2
INVALID_COLOUR = QColor("#b00020")

_Index = QModelIndex | QPersistentModelIndex


def segment_mime(segment_ids: list[int]) -> QMimeData:
    """The drag payload for these segments, in this order."""
    mime = QMimeData()
    mime.setData(SEGMENT_MIME, QByteArray(json.dumps([int(i) for i in segment_ids]).encode()))
    return mime


def segment_ids_of(mime: QMimeData) -> list[int]:
    """The segment ids a drag carries (empty when it is not ours or is damaged)."""
    if not mime.hasFormat(SEGMENT_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(SEGMENT_MIME).data()).decode())
    except ValueError:
        return []
    return [int(i) for i in ids if isinstance(i, int)]


class DraggableLibraryModel(LibraryModel):
    """The library table of ``ui.library``, whose rows can be dragged into a programme."""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [SEGMENT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return segment_mime([self.segment(r).id for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class ProgrammeItemsModel(QAbstractListModel):
    """The ordered segments of the programme being edited (intro and outro are apart)."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._segments: list[Segment] = []
        self._lookup: dict[int, Segment] = {}
        self.day: dt.date | None = None  # validity is checked against this station day
        self.first_number = 1  # the number shown on the first row (2 after an intro)

    # contents

    def set_lookup(self, segments: dict[int, Segment]) -> None:
        """The library segments a drop may name (by id)."""
        self._lookup = dict(segments)

    def set_segments(self, segments: list[Segment]) -> None:
        """Replace every item."""
        self.beginResetModel()
        self._segments = list(segments)
        self.endResetModel()

    def segments(self) -> list[Segment]:
        """The items in order."""
        return list(self._segments)

    def segment(self, row: int) -> Segment:
        """The item on ``row``."""
        return self._segments[row]

    def insert_segments(self, row: int, segments: list[Segment]) -> None:
        """Put segments in at ``row`` (-1 or past the end: at the end)."""
        if not segments:
            return
        if row < 0 or row > len(self._segments):
            row = len(self._segments)
        self.beginInsertRows(QModelIndex(), row, row + len(segments) - 1)
        self._segments[row:row] = segments
        self.endInsertRows()

    def refresh_rows(self) -> None:
        """Repaint every row (the day or the numbering changed)."""
        if self._segments:
            self.dataChanged.emit(self.index(0), self.index(len(self._segments) - 1))

    # the list

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._segments)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        segment = self._segments[index.row()]
        invalid = self.day is not None and not segment.is_valid_on(self.day)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "⚠ " if invalid else ""
            return (f"{index.row() + self.first_number}. {mark}{segment.title}"
                    f"   ({format_duration(segment.duration_s)})")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [segment.title, " · ".join(t for t in (
                topic_label(segment.topic, self.lang) or self.tr("(no theme)"),
                language_label(segment.language, self.lang),
                format_duration(segment.duration_s)) if t)]
            if invalid:
                lines.append(self.validity_problem(segment))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and invalid:
            return INVALID_COLOUR
        if role == SEGMENT_ROLE:
            return segment
        return None

    def validity_problem(self, segment: Segment) -> str:
        """Why ``segment`` may not air on the day checked."""
        if self.day is not None and segment.valid_from and self.day < segment.valid_from:
            return self.tr("Not valid yet: may air from %1").replace(
                "%1", format_date(segment.valid_from))
        return self.tr("Expired: could air until %1").replace(
            "%1", format_date(segment.valid_until))

    # drag and drop

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled  # between rows and below the last one

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SEGMENT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return segment_mime([self._segments[r].id for r in rows])

    def canDropMimeData(self, mime, action, row, column, parent) -> bool:
        return bool(segment_ids_of(mime))

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = segment_ids_of(mime)
        segments = [self._lookup[i] for i in ids if i in self._lookup]
        if not segments:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._segments)
        self.insert_segments(row, segments)
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count <= 0 or row + count > len(self._segments):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._segments[row:row + count]
        self.endRemoveRows()
        return True

    def moveRows(self, source_parent: _Index, source_row: int, count: int,
                 destination_parent: _Index, destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count <= 0:
            return False
        size = len(self._segments)
        if source_row < 0 or source_row + count > size:
            return False
        destination_child = max(0, min(destination_child, size))
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1,
                                  QModelIndex(), destination_child):
            return False
        moving = self._segments[source_row:source_row + count]
        del self._segments[source_row:source_row + count]
        at = destination_child - count if destination_child > source_row else destination_child
        self._segments[at:at] = moving
        self.endMoveRows()
        return True

    def move(self, row: int, step: int) -> int:
        """Move one item up (-1) or down (+1); return its new row (unchanged at an end)."""
        target = row + step
        if not (0 <= row < len(self._segments)) or not (0 <= target < len(self._segments)):
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if step > 0 else target)
        return target
