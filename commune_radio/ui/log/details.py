"""The details of one broadcast: when, how it ended, and each item as it aired."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.broadcast_log import BroadcastRecord
from commune_radio.core.safe_text import display_text
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.ui.log.words import BroadcastWords, moment_text, status_colour
from commune_radio.ui.text import format_duration, language_label, topic_label

(ITEM_TITLE, ITEM_TOPIC, ITEM_LANGUAGE, ITEM_PLANNED, ITEM_PLAYED, ITEM_STATUS,
 ITEM_REASON) = range(7)


class BroadcastDetails(QFrame):
    """The selected broadcast's facts and its items (title, theme, language, planned/played)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.words = BroadcastWords(self)
        self.record: BroadcastRecord | None = None
        self.setObjectName("broadcastDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.summary = QLabel(self)
        self.summary.setObjectName("broadcastSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.items = QTableWidget(0, 7, self)
        self.items.setObjectName("broadcastItems")
        self.items.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Theme"), self.tr("Language"), self.tr("Planned"),
            self.tr("Played"), self.tr("Status"), self.tr("Reason"),
        ])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items.setWordWrap(False)
        self.items.verticalHeader().hide()
        self.items.verticalHeader().setDefaultSectionSize(self.items.fontMetrics().height() + 8)
        header = self.items.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((ITEM_TOPIC, 260), (ITEM_LANGUAGE, 100), (ITEM_PLANNED, 80),
                              (ITEM_PLAYED, 80), (ITEM_STATUS, 130), (ITEM_REASON, 220)):
            self.items.setColumnWidth(column, width)
        header.setSectionResizeMode(ITEM_TITLE, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)
        self.show_record(None, ZoneInfo(DEFAULT_TIMEZONE))

    def show_record(self, record: BroadcastRecord | None, zone: ZoneInfo) -> None:
        """Show one broadcast (None: say how to choose one)."""
        self.record = record
        self.items.setRowCount(0)
        if record is None:
            self.summary.setText(self.tr("Choose a broadcast above to see its items."))
            return
        w = self.words
        parts = [f"<b>{_html(record.programme)}</b>"]
        status = (f"<b style='color:{status_colour(record.status.value).name()}'>"
                  f"{_html(w.status(record.status.value))}</b>")
        if record.reason:
            status += " — " + _html(w.reason(record.reason))
        parts.append(status)
        parts.append(_html(w.trigger(record.trigger.value)))
        if record.priority.value != "normal":
            parts.append(_html(self.tr("Priority: %1").replace(
                "%1", w.priority(record.priority.value))))
        lines = [" · ".join(parts)]
        times = []
        if record.scheduled_at:
            times.append(self.tr("scheduled %1").replace(
                "%1", moment_text(record.scheduled_at, zone)))
        if record.started_at:
            times.append(self.tr("started %1").replace(
                "%1", moment_text(record.started_at, zone, seconds=True)))
        if record.ended_at:
            times.append(self.tr("ended %1").replace(
                "%1", moment_text(record.ended_at, zone, seconds=True)))
        if record.device:
            times.append(self.tr("output: %1").replace("%1", record.device))
        if times:
            lines.append(_html(" · ".join(times)))
        self.summary.setText("<br>".join(lines))

        self.items.setRowCount(len(record.items))
        for row, item in enumerate(record.items):
            cells = {
                ITEM_TITLE: item.title,
                ITEM_TOPIC: topic_label(item.topic, self.lang) or "—",
                ITEM_LANGUAGE: language_label(item.language, self.lang),
                ITEM_PLANNED: format_duration(item.planned_s),
                ITEM_PLAYED: format_duration(item.played_s),
                ITEM_STATUS: w.status(item.status.value),
                ITEM_REASON: w.reason(item.reason),
            }
            for column, text in cells.items():
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column in (ITEM_PLANNED, ITEM_PLAYED):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == ITEM_STATUS:
                    cell.setForeground(status_colour(item.status.value))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.items.setItem(row, column, cell)


def _html(text: str) -> str:
    return html.escape(display_text(text), quote=False)
