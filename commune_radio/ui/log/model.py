"""The log table: a lazy model over ``LogService.page`` that fetches one page at a time.

The view asks ``canFetchMore``/``fetchMore`` as the person scrolls, so a log of a million
broadcasts opens on its newest page at once; nothing counts the rows (``count()`` on a filtered
million-row log takes seconds). Rows are newest first and are not re-sorted: the order is the
log's order.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from commune_radio.core.broadcast_log import BroadcastRecord
from commune_radio.core.broadcasts import ItemStatus
from commune_radio.core.errors import KnownError
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.services.log_service import Cursor, LogFilter, LogService
from commune_radio.ui.log.words import BroadcastWords, moment_text, status_colour
from commune_radio.ui.record_table import RecordsModel
from commune_radio.ui.text import format_duration

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

(COL_WHEN, COL_PROGRAMME, COL_DX, COL_TRIGGER, COL_STATUS, COL_REASON, COL_ITEMS,
 COL_DURATION) = range(8)
COLUMN_COUNT = 8
PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


class LogModel(RecordsModel):
    """Broadcasts of the log, newest first, fetched a page at a time."""

    failed = Signal(object)  # KnownError: the log could not be read (locked, bad range …)
    fetched = Signal()  # a page came in (the screen updates its "shown" line)

    def __init__(self, log: LogService, lang: str, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Date and time"), self.tr("Programme"), self.tr("DX"), self.tr("Started by"),
            self.tr("Status"), self.tr("Reason"), self.tr("Items played"), self.tr("Duration"),
        ]
        self.log = log
        self.lang = lang
        self.page_size = page_size
        self.words = BroadcastWords(self)
        self.filter = LogFilter()
        self.zone = ZoneInfo(DEFAULT_TIMEZONE)
        self._cursor: Cursor | None = None
        self._more = False
        self._bold = QFont()
        self._bold.setBold(True)

    # loading

    def set_filter(self, flt: LogFilter) -> None:
        """Show the broadcasts matching ``flt``, from the newest; loads the first page."""
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the newest broadcast (after a new broadcast or a filter change)."""
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._more = True
        try:
            self.zone = ZoneInfo(self.log.timezone())
        except KnownError as exc:
            self._more = False
            self.endResetModel()
            self.failed.emit(exc)
            return
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        try:
            records, cursor = self.log.page(self.filter, limit=self.page_size,
                                            after=self._cursor, newest_first=True)
        except KnownError as exc:
            self._more = False
            self.failed.emit(exc)
            return
        self._more = cursor is not None
        self._cursor = cursor
        if records:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self._rows.extend(records)
            self.endInsertRows()
        self.fetched.emit()

    def has_more(self) -> bool:
        """Whether older broadcasts are still to be fetched."""
        return self._more

    def record(self, row: int) -> BroadcastRecord:
        """The broadcast on ``row``."""
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_WHEN:
                return self._when_tooltip(record)
            return self.display(record, column) or None
        if role == RECORD_ROLE:
            return record
        if column == COL_STATUS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return status_colour(record.status.value)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_DX, COL_ITEMS,
                                                                     COL_DURATION):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display(self, record: BroadcastRecord, column: int) -> str:
        """The text of one cell."""
        if column == COL_WHEN:
            return moment_text(record.started_at or record.scheduled_at, self.zone)
        if column == COL_PROGRAMME:
            return record.programme
        if column == COL_DX:
            return "✓" if record.dx else ""
        if column == COL_TRIGGER:
            return self.words.trigger(record.trigger.value)
        if column == COL_STATUS:
            return self.words.status(record.status.value)
        if column == COL_REASON:
            return self.words.reason(record.reason)
        if column == COL_ITEMS:
            played = sum(1 for i in record.items if i.status == ItemStatus.PLAYED)
            return f"{played}/{len(record.items)}"
        if column == COL_DURATION:
            return format_duration(record.played_s) if record.started_at else ""
        return ""

    def _when_tooltip(self, record: BroadcastRecord) -> str:
        lines = []
        if record.scheduled_at:
            lines.append(self.tr("Scheduled for %1").replace(
                "%1", moment_text(record.scheduled_at, self.zone)))
        if record.started_at:
            lines.append(self.tr("Started %1").replace(
                "%1", moment_text(record.started_at, self.zone, seconds=True)))
        if record.ended_at:
            lines.append(self.tr("Ended %1").replace(
                "%1", moment_text(record.ended_at, self.zone, seconds=True)))
        return "\n".join(lines) or None
