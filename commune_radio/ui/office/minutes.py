"""Minutes of DX content aired, per theme of the plan and per broadcast language, as tables with
a bar in each row.

A table rather than a chart: the plan's theme names are long sentences in Vietnamese, which a
chart axis would cut; here each label is whole and the bar beside it still compares at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_radio.ui.text import language_label, topic_label

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 2
BAR_COLOUR = QColor("#1565c0")
COL_LABEL, COL_MINUTES, COL_BAR = range(3)


def format_minutes(minutes: float, lang: str) -> str:
    """Whole minutes with a thousands separator (a dot in Vietnamese, a comma in English)."""
    text = f"{round(minutes):,}"
    return text.replace(",", ".") if lang == "vi" else text


class BarDelegate(QStyledItemDelegate):
    """Paints a horizontal bar as long as the row's share of the largest value."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        fraction = index.data(FRACTION_ROLE)
        if not fraction:
            return
        rect = option.rect.adjusted(4, 6, -4, -6)
        width = max(2, round(rect.width() * float(fraction)))
        painter.save()
        painter.fillRect(QRect(rect.left(), rect.top(), width, rect.height()), BAR_COLOUR)
        painter.restore()


class MinutesTable(QWidget):
    """A title and a (label, minutes, bar) table; ``set_minutes`` fills it."""

    def __init__(self, title: str, kind: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # "topic" or "language"
        self.lang = lang
        self.setObjectName(f"minutes_{kind}")
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName(f"minutesTable_{kind}")
        self.table.setHorizontalHeaderLabels([
            self.tr("Theme") if kind == "topic" else self.tr("Language"),
            self.tr("Minutes"), "",
        ])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(COL_BAR, BarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BAR, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_BAR, 220)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.total_label = QLabel(self)
        self.total_label.setObjectName(f"minutesTotal_{kind}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)

    def label(self, key: str | None) -> str:
        """The row's label in the window's language (the catalogue's names)."""
        if self.kind == "topic":
            return topic_label(key, self.lang) if key else self.tr(
                "No DX theme (jingles, introductions…)")
        return language_label(key, self.lang) if key else self.tr("Language not given")

    def set_minutes(self, minutes: dict[str | None, float]) -> None:
        """Show these minutes, largest first."""
        rows = sorted(minutes.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
        top = max((m for _, m in rows), default=0.0)
        self.table.setRowCount(len(rows))
        for r, (key, value) in enumerate(rows):
            label = QTableWidgetItem(self.label(key))
            label.setData(Qt.ItemDataRole.UserRole, key)
            amount = QTableWidgetItem(format_minutes(value, self.lang))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar = QTableWidgetItem()
            bar.setData(FRACTION_ROLE, value / top if top else 0.0)
            for c, item in enumerate((label, amount, bar)):
                self.table.setItem(r, c, item)
        total = sum(minutes.values())
        self.total_label.setText(self.tr("Total: %1 minutes").replace(
            "%1", format_minutes(total, self.lang)))

    def rows(self) -> list[tuple[str, str]]:
        """(label, minutes) as shown (for tests and screenshots)."""
        return [(self.table.item(r, COL_LABEL).text(), self.table.item(r, COL_MINUTES).text())
                for r in range(self.table.rowCount())]
