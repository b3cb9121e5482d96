"""The heat-map's drill-down: one station's broadcasts of one ISO week, and the items of each.

Times are shown as the station signed them (station time), the log's words as the log screen
says them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.compliance import StationRow, WeekStatus
from commune_radio.ui.log.words import BroadcastWords, status_colour
from commune_radio.ui.office.heatmap import status_colours
from commune_radio.ui.text import format_date, format_duration, language_label, topic_label


def signed_time(text: str | None) -> str:
    """A station-signed ISO moment as ``dd/mm/yyyy HH:MM`` (as it was on the station's clock)."""
    if not text:
        return ""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{format_date(moment.date())} {moment:%H:%M}"


def _level(value) -> str:
    return "—" if value is None else f"{value:.1f}"


class WeekDialog(QDialog):
    """What one station aired in one week, as the office received it."""

    def __init__(self, row: StationRow, week: str, week_label: str, broadcasts: list[dict],
                 lang: str, parent: QWidget | None = None, events: list[dict] = ()) -> None:
        super().__init__(parent)
        self.row = row
        self.week = week
        self.broadcasts = broadcasts
        self.lang = lang
        self.words = BroadcastWords(self)
        self.setObjectName("weekDialog")
        self.setWindowTitle(self.tr("Broadcasts of station %1, %2")
                            .replace("%1", row.code).replace("%2", week_label))

        title = QLabel(f"{row.code} – {row.name}" + (f" ({row.commune})" if row.commune else "")
                       + f"\n{week_label}", self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        facts = row.weeks.get(week)
        status = facts.status if facts else WeekStatus.NO_DATA
        background, ink = status_colours(status)
        self.status_label = QLabel(self.status_text(status, facts.dx_played if facts else 0),
                                   self)
        self.status_label.setObjectName("weekStatus")
        self.status_label.setStyleSheet(f"background: {background.name()}; color: {ink.name()};"
                                        " border-radius: 4px; padding: 6px; font-weight: bold;")

        self.table = QTableWidget(len(broadcasts), 7, self)
        self.table.setObjectName("weekBroadcasts")
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Programme"), self.tr("DX"), self.tr("Outcome"),
            self.tr("Reason"), self.tr("Items"), self.tr("Aired"),
        ])
        for r, b in enumerate(broadcasts):
            aired = sum(i.get("played_s") or 0.0 for i in b["items"])
            cells = [
                signed_time(b["started_at"] or b["scheduled_at"]), b["programme"],
                self.tr("yes") if b["dx"] else "", self.words.status(b["status"]),
                self.words.reason(b["reason"]), str(len(b["items"])), format_duration(aired),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setForeground(QBrush(status_colour(b["status"])))
                if c in (5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self._table_look(self.table, stretch=1)
        self.table.itemSelectionChanged.connect(self._show_items)

        self.items = QTableWidget(0, 7, self)
        self.items.setObjectName("weekItems")
        self.items.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Theme"), self.tr("Language"), self.tr("Aired"),
            self.tr("Outcome"), self.tr("Sent (dBFS)"), self.tr("Heard (dBFS)"),
        ])
        # when the station program was running, and what happened to it, beside the slots
        self.events_label = QLabel(self.events_text(events), self)
        self.events_label.setObjectName("weekEvents")
        self.events_label.setTextFormat(Qt.TextFormat.PlainText)
        self.events_label.setWordWrap(True)
        self.events_label.setVisible(bool(events))
        self._table_look(self.items, stretch=0)

        self.empty_label = QLabel(self.tr("The office holds no broadcast of this station in "
                                          "this week."), self)
        self.empty_label.setVisible(not broadcasts)
        self.empty_label.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.items)
        splitter.setSizes([300, 160])
        splitter.setVisible(bool(broadcasts))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("weekClose")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.status_label)
        layout.addWidget(self.events_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        if not broadcasts:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(900, 560 if broadcasts else 220)
        if broadcasts:
            self.table.selectRow(0)

    @staticmethod
    def _table_look(table: QTableWidget, stretch: int) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def status_text(self, status: WeekStatus, dx_played: int) -> str:
        """The week's verdict in one line."""
        if status is WeekStatus.COMPLIANT:
            return self.tr("Compliant: %n DX broadcast(s) played in full", "", dx_played)
        if status is WeekStatus.NOT_COMPLIANT:
            return self.tr("Not compliant: no DX broadcast played in full")
        return self.tr("No data: no file received covers this week")

    def events_text(self, events: list[dict]) -> str:
        """The station program's running periods and its events of the week, one line each."""
        lines = []
        for e in events:
            if e["kind"] == "running":
                lines.append(self.tr("Program running: %1 – %2")
                             .replace("%1", signed_time(e["at"]))
                             .replace("%2", signed_time(e["until"])))
            else:
                detail = f" ({e['detail']})" if e.get("detail") else ""
                lines.append(f"{signed_time(e['at'])} · {e['kind']}{detail}")
        return "\n".join(lines)

    def _show_items(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        items = self.broadcasts[rows[0].row()]["items"] if rows else []
        self.items.setRowCount(len(items))
        for r, i in enumerate(items):
            cells = [i.get("title") or "", topic_label(i.get("topic"), self.lang),
                     language_label(i.get("language"), self.lang),
                     format_duration(i.get("played_s") or 0.0),
                     self.words.status(i.get("status") or ""),
                     _level(i.get("sent_rms_dbfs")), _level(i.get("monitor_rms_dbfs"))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.items.setItem(r, c, item)
