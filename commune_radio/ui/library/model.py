"""The segment table (QAbstractTableModel) and its search/theme/language filter (proxy).

Display text follows ``ui.text``; ``SORT_ROLE`` carries the raw value so durations, loudness and
dates sort as numbers and days rather than as text. Sorting is done by the source model on
precomputed keys (one Python sort) and filtering on precomputed folded text: letting the proxy
call back into Python for every comparison took seconds on 10,000 segments.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from commune_radio.core.segments import Segment
from commune_radio.ui.record_table import RecordsModel
from commune_radio.ui.text import (
    fold,
    format_date,
    format_duration,
    format_lufs,
    language_label,
    topic_label,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 2

COL_TITLE, COL_TOPIC, COL_LANGUAGE, COL_DURATION, COL_LOUDNESS, COL_VALIDITY, COL_SOURCE = range(7)
COLUMN_COUNT = 7

NO_TOPIC = "__none__"  # the theme filter's choice for "items that have no theme yet"

_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(RecordsModel):
    """The library's segments, one per row, in the window's language."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Title"), self.tr("Theme"), self.tr("Language"), self.tr("Duration"),
            self.tr("Loudness LUFS\n(source → aired)"), self.tr("Valid"), self.tr("Source file"),
        ]
        self.lang = lang
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._key_cache: dict[int, dict[int, object]] = {}  # column -> segment id -> sort key

    def set_segments(self, segments: list[Segment]) -> None:
        """Replace every row (the library is small enough that a reset is the simple, right way)."""
        self.beginResetModel()
        self._rows = list(segments)
        self._key_cache.clear()
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self.endResetModel()

    def _sorted(self, segments: list[Segment], column: int, order: Qt.SortOrder) -> list[Segment]:
        cache = self._key_cache.setdefault(column, {})
        keys = []
        for s in segments:
            if s.id not in cache:
                cache[s.id] = self._sort_key(s, column)
            keys.append(cache[s.id])
        missing = [k is None for k in keys]
        rows = sorted(
            range(len(segments)),
            key=lambda r: (missing[r], keys[r] if keys[r] is not None else 0),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        return [segments[r] for r in rows]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by a column; selections follow their rows."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_rows = {id(seg): row for row, seg in enumerate(self._rows)}
        self._rows = self._sorted(self._rows, column, order)
        new_row = {old_rows[id(seg)]: row for row, seg in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[i.row()], i.column()) if i.isValid() else i for i in persistent],
        )
        self.layoutChanged.emit()

    def segment(self, row: int) -> Segment:
        """The segment shown on ``row`` of this (source) model."""
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        segment = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(segment, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LOUDNESS:
            return self.loudness_tooltip(segment)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(segment, column) or None
        if role == SORT_ROLE:
            return self._sort_key(segment, column)
        if role == SEGMENT_ROLE:
            return segment
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_TOPIC and not segment.topic:
            return QColor("#8a6d00")  # an item with no theme yet is worth noticing
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_DURATION, COL_LOUDNESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, s: Segment, column: int) -> str:
        if column == COL_TITLE:
            return s.title
        if column == COL_TOPIC:
            return topic_label(s.topic, self.lang) or self.tr("(no theme)")
        if column == COL_LANGUAGE:
            return language_label(s.language, self.lang)
        if column == COL_DURATION:
            return format_duration(s.duration_s)
        if column == COL_LOUDNESS:
            # the source alone (−3.8 for a loud jingle) reads as levelling having failed
            return (f"{format_lufs(s.loudness_lufs, self.lang)} → "
                    f"{format_lufs(s.prepared_lufs, self.lang)}")
        if column == COL_VALIDITY:
            return self._validity(s)
        if column == COL_SOURCE:
            return s.source_file
        return ""

    def loudness_tooltip(self, s: Segment) -> str:
        """Both loudness figures, each named: what was imported and what goes on air."""
        return "\n".join([
            self.tr("Source file: %1 LUFS").replace("%1", format_lufs(s.loudness_lufs, self.lang)),
            self.tr("On air (levelled): %1 LUFS").replace(
                "%1", format_lufs(s.prepared_lufs, self.lang)),
        ])

    def _validity(self, s: Segment) -> str:
        since, until = format_date(s.valid_from), format_date(s.valid_until)
        if since and until:
            return f"{since} – {until}"
        if since:
            return self.tr("from %1").replace("%1", since)
        if until:
            return self.tr("until %1").replace("%1", until)
        return self.tr("no limit")

    def _sort_key(self, s: Segment, column: int):
        if column == COL_DURATION:
            return s.duration_s
        if column == COL_LOUDNESS:
            return s.loudness_lufs
        if column == COL_VALIDITY:
            # the item that stops airing first comes first; open-ended ones last
            until = s.valid_until.isoformat() if s.valid_until else "9999-12-31"
            since = s.valid_from.isoformat() if s.valid_from else "0000-01-01"
            return f"{until} {since}"  # a string: QVariant compares it; a tuple it would not
        if column in (COL_TITLE, COL_TOPIC, COL_SOURCE, COL_LANGUAGE):
            return fold(self._display(s, column))
        return None


class LibraryFilterProxy(QSortFilterProxyModel):
    """Shows the rows matching the search text, the chosen theme and the chosen language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._topic: str | None = None
        self._language: str | None = None
        self._accepted: set[int] | None = None  # source rows shown; None: all
        self._haystacks: list[str] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: LibraryModel) -> None:  # noqa: N802 (Qt's name)
        super().setSourceModel(model)
        # the "about to" signals: the proxy re-filters on the matching "done" signals, by which
        # time the cached rows must already be gone (the model changes rows only by these)
        for before in (model.modelAboutToBeReset, model.layoutAboutToBeChanged,
                       model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved):
            before.connect(self._forget_text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (fast); this proxy keeps the source order."""
        self.sourceModel().sort(column, order)

    def _forget_text(self, *_args) -> None:
        self._haystacks = None
        self._accepted = None

    def set_search(self, text: str) -> None:
        """Match titles and source file names, ignoring case and Vietnamese diacritics."""
        self._search = fold(text.strip())
        self._refilter()

    def set_topic(self, topic_id: str | None) -> None:
        """Only this theme (``NO_TOPIC`` for items without one); None for every theme."""
        self._topic = topic_id
        self._refilter()

    def set_language(self, language_id: str | None) -> None:
        """Only this broadcast language; None for every language."""
        self._language = language_id
        self._refilter()

    def _refilter(self) -> None:
        self._accepted = None
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateRowsFilter before that
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def _accepted_rows(self) -> set[int]:
        model: LibraryModel = self.sourceModel()
        if self._haystacks is None:
            self._haystacks = [
                fold(f"{model.segment(r).title} {model.segment(r).source_file}")
                for r in range(model.rowCount())
            ]
        words = self._search.split()
        wanted_topic = None if self._topic == NO_TOPIC else self._topic
        accepted = set()
        for row, haystack in enumerate(self._haystacks):
            segment = model.segment(row)
            if self._topic is not None and segment.topic != wanted_topic:
                continue
            if self._language is not None and segment.language != self._language:
                continue
            if all(word in haystack for word in words):
                accepted.add(row)
        return accepted

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        if not (self._search or self._topic is not None or self._language is not None):
            return True
        if self._accepted is None:
            self._accepted = self._accepted_rows()
        return source_row in self._accepted

    def segment_at(self, proxy_row: int) -> Segment:
        """The segment on a row of the (filtered, sorted) view."""
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().segment(source.row())
