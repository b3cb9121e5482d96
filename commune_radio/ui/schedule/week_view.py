"""The week view: seven day columns, hours down, each airing drawn as long as its programme.

A painted widget rather than a table: a 15-minute programme and a 45-minute one must look 15
and 45 minutes long. Blocks that start together, or overlap, share their column side by side.
Clashes are drawn in red (outline), with the overlapping minutes hatched; the tooltip says why.
The view only reports what the person clicked; the screen decides what happens.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from commune_radio.ui.schedule.week import DISABLED, ON, SKIPPED, Block
from commune_radio.ui.schedule.words import ScheduleWords, time_text

DEFAULT_FIRST_HOUR, DEFAULT_LAST_HOUR = 4, 22
GUTTER = 54  # the hour labels on the left
HOUR_PX = 80  # a 15-minute programme is 20 px: room for one line of its name
TOP = 10
BOTTOM = 10
MIN_BLOCK_PX = 20  # short programmes still need room for their name

_RED = QColor("#c62828")
_COLOURS = {  # state -> (fill, border, text)
    "weekly": (QColor("#dce8fb"), QColor("#2f6db5"), QColor("#0d2a4d")),
    "one_off": (QColor("#fdf0d5"), QColor("#b7791f"), QColor("#4a3000")),
    "clash": (QColor("#fde3e3"), _RED, QColor("#5c0a0a")),
    "off": (QColor("#f2f2f2"), QColor("#9e9e9e"), QColor("#6b6b6b")),
}


class WeekCanvas(QWidget):
    """The painted grid of one week; emits what was clicked."""

    clicked = Signal(object)  # the Block under the mouse, or None
    activated = Signal(object)  # a Block, double-clicked
    empty_activated = Signal(object, object)  # (date, time): double-click on free space

    def __init__(self, words: ScheduleWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekCanvas")
        self.words = words
        self.monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self.blocks: list[Block] = []
        self.today: dt.date | None = None
        self.now_s: float | None = None
        self.first_hour, self.last_hour = DEFAULT_FIRST_HOUR, DEFAULT_LAST_HOUR
        self.selected: tuple[int, dt.date] | None = None
        self.describe: Callable[[Block], str] = lambda block: block.slot.programme
        self._lanes: dict[int, tuple[int, int]] = {}  # block index -> (lane, lanes)
        self.setMouseTracking(True)
        # the keyboard reaches every block: arrows move, Enter opens (as a double-click)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit_height()

    # --- data -----------------------------------------------------------------------------

    def set_week(self, monday: dt.date, blocks: list[Block], today: dt.date | None,
                 now_s: float | None) -> None:
        """Show these blocks; ``today``/``now_s`` draw the now line when today is in the week."""
        self.monday = monday
        self.blocks = list(blocks)
        self.today = today
        self.now_s = now_s
        starts = [b.start_s for b in self.blocks]
        ends = [b.start_s + max(b.duration_s, 60.0) for b in self.blocks]
        self.first_hour = min([DEFAULT_FIRST_HOUR, *(s // 3600 for s in starts)])
        self.last_hour = min(24, max([DEFAULT_LAST_HOUR, *(math.ceil(e / 3600) for e in ends)]))
        if self.selected is not None and self.selected_block() is None:
            self.selected = None
        self._assign_lanes()
        self._fit_height()
        self.update()

    def selected_block(self) -> Block | None:
        """The block the person last clicked, if it is still shown."""
        for block in self.blocks:
            if (block.slot.id, block.day) == self.selected:
                return block
        return None

    def select(self, block: Block | None) -> None:
        """Mark a block as selected (None clears)."""
        self.selected = (block.slot.id, block.day) if block is not None else None
        self.update()

    def _assign_lanes(self) -> None:
        """Blocks that overlap on screen sit side by side; each cluster shares its lanes."""
        self._lanes = {}
        min_s = MIN_BLOCK_PX / HOUR_PX * 3600
        for day in range(7):
            items = [(i, b) for i, b in enumerate(self.blocks)
                     if (b.day - self.monday).days == day]
            items.sort(key=lambda ib: (ib[1].start_s, ib[1].slot.id))
            clusters: list[list[tuple[int, int]]] = []  # per cluster: (index, lane)
            widths: list[int] = []
            lane_ends: list[float] = []
            cluster_end = -1.0
            for index, block in items:
                end = block.start_s + max(block.duration_s, min_s)
                if block.start_s >= cluster_end:
                    clusters.append([])
                    widths.append(0)
                    lane_ends = []
                for lane, lane_end in enumerate(lane_ends):
                    if lane_end <= block.start_s:
                        lane_ends[lane] = end
                        break
                else:
                    lane = len(lane_ends)
                    lane_ends.append(end)
                clusters[-1].append((index, lane))
                widths[-1] = len(lane_ends)
                cluster_end = max(cluster_end, end)
            for cluster, width in zip(clusters, widths, strict=True):
                for index, lane in cluster:
                    self._lanes[index] = (lane, width)

    # --- geometry ---------------------------------------------------------------------------

    def _fit_height(self) -> None:
        self.setMinimumHeight(TOP + (self.last_hour - self.first_hour) * HOUR_PX + BOTTOM)

    def sizeHint(self) -> QSize:
        return QSize(800, TOP + (self.last_hour - self.first_hour) * HOUR_PX + BOTTOM)

    def column_width(self) -> float:
        """The width of one day column."""
        return max(40.0, (self.width() - GUTTER - 1) / 7)

    def column_x(self, day: int) -> float:
        """The left edge of a day column (0 = Monday)."""
        return GUTTER + day * self.column_width()

    def y_of(self, seconds: float) -> float:
        """The y of a time of day (seconds from midnight)."""
        return TOP + (seconds - self.first_hour * 3600) / 3600 * HOUR_PX

    def seconds_at(self, y: float) -> float:
        """The time of day (seconds from midnight) at a y."""
        return (y - TOP) / HOUR_PX * 3600 + self.first_hour * 3600

    def block_rect(self, index: int) -> QRectF:
        """Where block ``index`` is drawn."""
        block = self.blocks[index]
        lane, lanes = self._lanes.get(index, (0, 1))
        day = (block.day - self.monday).days
        lane_w = (self.column_width() - 4) / max(1, lanes)
        x = self.column_x(day) + 2 + lane * lane_w
        y = self.y_of(block.start_s)
        bottom = min(self.y_of(block.end_s), self.y_of(self.last_hour * 3600))
        height = max(MIN_BLOCK_PX, bottom - y)
        return QRectF(x, y, max(8.0, lane_w - 2), height)

    def block_at(self, pos: QPointF) -> Block | None:
        """The block under a point (the one drawn on top when several are)."""
        for index in reversed(range(len(self.blocks))):
            if self.block_rect(index).contains(pos):
                return self.blocks[index]
        return None

    # --- events -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            block = self.block_at(event.position())
            self.select(block)
            self.clicked.emit(block)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        order = sorted(self.blocks, key=lambda b: (b.day, b.start_s, b.slot.id))
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up) and order:
            current = self.selected_block()
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            if current is None:
                block = order[0] if step > 0 else order[-1]
            else:
                block = order[(order.index(current) + step) % len(order)]
            self.select(block)
            self._show(block)
            self.clicked.emit(block)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            block = self.selected_block()
            if block is not None:
                self.activated.emit(block)
                return
        super().keyPressEvent(event)

    def _show(self, block: Block) -> None:
        """Scroll the week so the block chosen by keyboard is in sight."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            rect = self.block_rect(self.blocks.index(block))
            area.ensureVisible(int(rect.center().x()), int(rect.center().y()), 0,
                               int(rect.height() / 2) + 24)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        block = self.block_at(pos)
        if block is not None:
            self.activated.emit(block)
            return
        day = int((pos.x() - GUTTER) // self.column_width())
        if pos.x() < GUTTER or not 0 <= day < 7:
            return
        # a new slot starts on the quarter hour the person pointed at
        seconds = max(0, min(86399, int(self.seconds_at(pos.y()) // 900 * 900)))
        self.empty_activated.emit(self.monday + dt.timedelta(days=day),
                                  dt.time(seconds // 3600, seconds % 3600 // 60))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            block = self.block_at(QPointF(help_event.pos()))
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(help_event.globalPos(), self.describe(block), self)
            return True
        return super().event(event)

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_grid(painter)
        for index in range(len(self.blocks)):
            self._paint_block(painter, index)
        self._paint_now(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        col_w = self.column_width()
        top, bottom = self.y_of(self.first_hour * 3600), self.y_of(self.last_hour * 3600)
        for day in range(7):
            x = self.column_x(day)
            if self.today == self.monday + dt.timedelta(days=day):
                painter.fillRect(QRectF(x, top, col_w, bottom - top), QColor("#fff8e1"))
            elif day >= 5:
                painter.fillRect(QRectF(x, top, col_w, bottom - top), QColor("#f7f7f9"))
        text_pen = QPen(self.palette().placeholderText().color())
        hour_pen, half_pen = QPen(QColor("#d0d4da")), QPen(QColor("#eceef1"))
        half_pen.setStyle(Qt.PenStyle.DotLine)
        right = self.column_x(7)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 3600)
            painter.setPen(hour_pen)
            painter.drawLine(QPointF(GUTTER - 4, y), QPointF(right, y))
            if hour < self.last_hour:
                painter.setPen(half_pen)
                y_half = self.y_of(hour * 3600 + 1800)
                painter.drawLine(QPointF(GUTTER, y_half), QPointF(right, y_half))
            painter.setPen(text_pen)
            painter.drawText(QRectF(0, y - 9, GUTTER - 8, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour % 24:02d}:00")
        painter.setPen(QPen(QColor("#c4c9d0")))
        for day in range(8):
            x = self.column_x(day)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _paint_block(self, painter: QPainter, index: int) -> None:
        block = self.blocks[index]
        rect = self.block_rect(index)
        off = block.state != ON
        kind = "off" if off else "clash" if block.in_clash else (
            "one_off" if block.one_off else "weekly")
        fill, border, ink = _COLOURS[kind]
        pen = QPen(border, 2.5 if kind == "clash" else 1.2)
        if off:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)

        # the minutes that collide are hatched: all of a conflict, the tail of an overrun
        hatch = None
        if block.conflict:
            hatch = rect
        elif block.overrun_s > 0:
            y = self.y_of(block.end_s - block.overrun_s)
            hatch = QRectF(rect.left(), y, rect.width(), max(3.0, rect.bottom() - y))
        if hatch is not None and not off:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(198, 40, 40, 150), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(hatch.adjusted(1.5, 0, -1.5, -1.5))

        if self.selected == (block.slot.id, block.day):
            painter.setPen(QPen(QColor("#111111"), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)

        self._paint_block_text(painter, block, rect, ink)

    def _paint_block_text(self, painter: QPainter, block: Block, rect: QRectF,
                          ink: QColor) -> None:
        inner = rect.adjusted(4, 1, -3, -1)
        if inner.width() < 12:
            return
        name = block.slot.programme or "?"
        if block.state == SKIPPED:
            name = self.tr("Skipped: %1").replace("%1", name)
        elif block.state == DISABLED:
            name = self.tr("Off: %1").replace("%1", name)
        start = time_text(block.slot.at)
        # the start and the length: the end time alone made the reader do the sum
        span = (f"{start} · {self.length_text(block.duration_s)}" if block.duration_s > 0
                else start)
        bold = QFont(self.font())
        bold.setPointSizeF(self.font().pointSizeF() * 0.88)
        bold.setBold(True)
        bold.setStrikeOut(block.state != ON)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.82)
        bold_fm, small_fm = QFontMetrics(bold), QFontMetrics(small)
        painter.setPen(ink)
        width = int(inner.width())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if inner.height() < bold_fm.height() + small_fm.height() - 2:
            # one line: in a narrow lane the name matters more than the time the grid shows
            line = name if width < 70 else f"{start} {name}"
            painter.setFont(bold)
            painter.drawText(inner, flags | Qt.AlignmentFlag.AlignVCenter,
                             bold_fm.elidedText(line, Qt.TextElideMode.ElideRight, width))
            return
        painter.setFont(bold)
        lines_room = int((inner.height() - small_fm.height() + 2) // bold_fm.height())
        name_lines = self._wrap(name, bold_fm, width, max(1, min(3, lines_room)))
        y = inner.top()
        for line in name_lines:
            painter.drawText(QRectF(inner.left(), y, inner.width(), bold_fm.height()), flags,
                             line)
            y += bold_fm.height()
        painter.setFont(small)
        extra = []
        if block.one_off and block.state == ON:
            extra.append(self.tr("once"))
        text = " · ".join([span, *extra])
        painter.drawText(QRectF(inner.left(), y, inner.width(), small_fm.height()), flags,
                         small_fm.elidedText(text, Qt.TextElideMode.ElideRight, width))

    def length_text(self, seconds: float) -> str:
        """A programme's length as a person says it: ``25 min``, ``45 s``."""
        if seconds < 60:
            return self.tr("%1 s").replace("%1", str(max(1, round(seconds))))
        return self.tr("%1 min").replace("%1", str(round(seconds / 60)))  # tooltip: exact

    @staticmethod
    def _wrap(text: str, fm: QFontMetrics, width: int, max_lines: int) -> list[str]:
        """Word-wrap to at most ``max_lines``, eliding the last one."""
        words, lines, current = text.split(), [], ""
        for index, word in enumerate(words):
            trial = f"{current} {word}".strip()
            if fm.horizontalAdvance(trial) <= width or not current:
                current = trial
                continue
            if len(lines) == max_lines - 1:
                current = " ".join([current, *words[index:]])
                break
            lines.append(current)
            current = word
        lines.append(fm.elidedText(current, Qt.TextElideMode.ElideRight, width))
        return lines

    def _paint_now(self, painter: QPainter) -> None:
        if self.today is None or self.now_s is None:
            return
        day = (self.today - self.monday).days
        if not 0 <= day < 7 or not self.first_hour * 3600 <= self.now_s <= self.last_hour * 3600:
            return
        y = self.y_of(self.now_s)
        x = self.column_x(day)
        painter.setPen(QPen(_RED, 2))
        painter.drawLine(QPointF(x, y), QPointF(x + self.column_width(), y))
        painter.setBrush(_RED)
        painter.drawEllipse(QPointF(x + 1, y), 4, 4)


class DayHeader(QWidget):
    """The seven day names with their dates, drawn over the canvas columns."""

    def __init__(self, canvas: WeekCanvas, words: ScheduleWords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekHeader")
        self.canvas = canvas
        self.words = words
        self.setFixedHeight(46)

    def labels(self) -> list[str]:
        """``Thứ Hai 30/11`` … as shown (for tests and screen readers)."""
        names = self.words.day_names()
        return [f"{names[d]} {(self.canvas.monday + dt.timedelta(days=d)).strftime('%d/%m')}"
                for d in range(7)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        names = self.words.day_names()
        bold = QFont(self.font())
        bold.setBold(True)
        col_w = self.canvas.column_width()
        if max(QFontMetrics(bold).horizontalAdvance(n) for n in names) > col_w - 4:
            names = self.words.short_day_names()  # "Thứ Nă…" read as nothing; "T5" reads
        for day in range(7):
            date = self.canvas.monday + dt.timedelta(days=day)
            rect = QRectF(self.canvas.column_x(day), 2, col_w, self.height() - 4)
            today = date == self.canvas.today
            if today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#ffe9a8"))
                painter.drawRoundedRect(rect.adjusted(2, 0, -2, 0), 4, 4)
            painter.setPen(self.palette().text().color())
            painter.setFont(bold)
            fm = QFontMetrics(bold)
            half = rect.height() / 2
            painter.drawText(QRectF(rect.left(), rect.top() + 2, col_w, half),
                             Qt.AlignmentFlag.AlignCenter,
                             fm.elidedText(names[day], Qt.TextElideMode.ElideRight,
                                           int(col_w) - 4))
            painter.setFont(self.font())
            painter.drawText(QRectF(rect.left(), rect.top() + half - 1, col_w, half),
                             Qt.AlignmentFlag.AlignCenter, date.strftime("%d/%m"))
        painter.end()


class WeekView(QWidget):
    """The header and the scrollable canvas together."""

    def __init__(self, words: ScheduleWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.canvas = WeekCanvas(words, self)
        self.header = DayHeader(self.canvas, words, self)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("weekScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)

    def set_week(self, monday: dt.date, blocks: list[Block], today: dt.date | None,
                 now_s: float | None) -> None:
        """Show a week (see ``WeekCanvas.set_week``)."""
        self.canvas.set_week(monday, blocks, today, now_s)
        self.header.update()

    def scroll_to_seconds(self, seconds: float) -> None:
        """Bring a time of day to the top of the visible area."""
        self.scroll.verticalScrollBar().setValue(int(self.canvas.y_of(seconds)) - TOP)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.header.update()
