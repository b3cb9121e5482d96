"""The compliance heat-map: stations (rows) by ISO weeks (columns) of the report period.

Green: a DX broadcast played in full that week; red: the office holds the week (a file covers
it, or something aired) and no DX section played in full; grey: no file covers the week. The
colours are the station's compliance strip's, so an officer and an operator read them alike. A
station silent for the report's threshold of weeks is flagged in its row header. The last
column is each station's share of compliant weeks.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from commune_radio.core.compliance import ComplianceReport, StationRow, WeekStatus, week_monday
from commune_radio.ui.compliance.strip import COLOURS
from commune_radio.ui.compliance.weeks import AIRED, MISSED, NOTHING
from commune_radio.ui.text import format_date, plain_tooltip

STATUS_STATE = {
    WeekStatus.COMPLIANT: AIRED,
    WeekStatus.NOT_COMPLIANT: MISSED,
    WeekStatus.NO_DATA: NOTHING,
}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
SILENT_COLOUR = QColor("#b00020")
OVERDUE_MARK = "⊘"  # before a station no file of which covers the office's last N weeks
CELL_WIDTH = 46

_Index = QModelIndex | QPersistentModelIndex
_CELL_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole, STATUS_ROLE,
})
RATE_WIDTH = 58


def status_colours(status: WeekStatus) -> tuple[QColor, QColor]:
    """(background, text) of a heat-map cell."""
    background, ink = COLOURS[STATUS_STATE[status]]
    return QColor(background), QColor(ink)


def percent(value: float) -> str:
    """``75%``."""
    return f"{round(value * 100)}%"


class HeatMapModel(QAbstractTableModel):
    """The report as a table: one row per station, one column per week, then the rate."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: ComplianceReport | None = None
        self.rows: list[StationRow] = []
        self.weeks: list[str] = []
        self._mondays: list[dt.date] = []
        self.rate_column = 0  # the column of the compliance rate, after the weeks
        # the brushes are made once: data() runs for every visible cell at every repaint
        self._brushes = {s: tuple(QBrush(c) for c in status_colours(s)) for s in WeekStatus}
        self._symbols = {WeekStatus.COMPLIANT: "✓", WeekStatus.NOT_COMPLIANT: "✗",
                         WeekStatus.NO_DATA: ""}

    def set_report(self, report: ComplianceReport | None) -> None:
        """Show this report (None: nothing)."""
        self.beginResetModel()
        self.report = report
        self.rows = list(report.stations) if report else []
        self.weeks = list(report.weeks) if report else []
        self._mondays = [week_monday(w) for w in self.weeks]
        self.rate_column = len(self.weeks)
        self.endResetModel()

    # --- shape ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.weeks else len(self.weeks) + 1


    def cell(self, index: _Index) -> tuple[StationRow, str] | None:
        """The station and ISO week of a week cell (None for the rate column)."""
        if not index.isValid() or index.column() >= len(self.weeks):
            return None
        return self.rows[index.row()], self.weeks[index.column()]

    def week_label(self, column: int) -> str:
        """``Week 45 (02/11/2026 – 08/11/2026)``."""
        monday = self._mondays[column]
        return (self.tr("Week %1 (%2 – %3)").replace("%1", str(monday.isocalendar().week))
                .replace("%2", format_date(monday))
                .replace("%3", format_date(monday + dt.timedelta(days=6))))

    def station_label(self, row: StationRow) -> str:
        """``02785 Xã Lùng Vai``: the code and the official name (or the station's own)."""
        return f"{row.code} {row.commune or row.name}"

    # --- data -----------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _CELL_ROLES or not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == self.rate_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return percent(row.compliance_rate)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return (self.tr("%1 of %2 weeks compliant")
                        .replace("%1", str(row.compliant_weeks))
                        .replace("%2", str(len(self.weeks))))
            return None
        facts = row.weeks[self.weeks[column]]
        status = facts.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._symbols[status]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[status][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes[status][1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(row, column)
        return None

    def cell_tooltip(self, row: StationRow, column: int) -> str:
        """Station, week, what the colour means and the week's numbers."""
        facts = row.weeks[self.weeks[column]]
        status = facts.status
        if status is WeekStatus.COMPLIANT:
            why = self.tr("compliant: %n DX broadcast(s) played in full", "", facts.dx_played)
        elif status is WeekStatus.NOT_COMPLIANT:
            why = self.tr("not compliant: no DX broadcast played in full")
        else:
            why = self.tr("no data: no file received covers this week")
        lines = [f"{self.station_label(row)} · {self.week_label(column)}", why]
        if facts.dx_broadcasts:
            lines.append(self.tr("DX broadcasts: %1 (%2 partial, %3 missed), %4 minutes aired")
                         .replace("%1", str(facts.dx_broadcasts))
                         .replace("%2", str(facts.dx_partial))
                         .replace("%3", str(facts.dx_missed))
                         .replace("%4", str(round(facts.played_minutes))))
        sound = self.sound_text(facts.sound)
        if sound:
            lines.append(sound)
        if status is not WeekStatus.NO_DATA:
            lines.append(self.tr("Click to see the week's broadcasts."))
        return plain_tooltip("\n".join(lines))  # the station's name is text, not markup

    def sound_text(self, sound: str | None) -> str:
        """The week's proof of sound, as a person reads it (empty when no DX one played)."""
        return {
            "verified": self.tr("Aired, sound verified by the air monitor"),
            "sent": self.tr("Aired (sound sent, no air monitor)"),
            "dead_air": self.tr("Aired with dead air: silence on air while it played"),
            "unmeasured": self.tr("Aired (the file carries no sound evidence)"),
        }.get(sound or "", "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if section == self.rate_column:
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("Rate")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Share of the period's weeks that were compliant")
                return None
            if not 0 <= section < len(self.weeks):
                return None
            monday = self._mondays[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return (self.tr("W%1").replace("%1", str(monday.isocalendar().week))
                        + "\n" + monday.strftime("%d/%m"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.week_label(section)
            return None
        if not 0 <= section < len(self.rows):
            return None
        row = self.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return (("⚠ " if row.silent else "") + (OVERDUE_MARK + " " if row.overdue else "")
                    + self.station_label(row))
        if role == Qt.ItemDataRole.ForegroundRole and row.silent:
            return QBrush(SILENT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{row.code} – {row.name}"]
            if row.commune and row.commune != row.name:
                lines.append(row.commune)
            lines.append(self.tr("%1 of %2 weeks compliant (%3)")
                         .replace("%1", str(row.compliant_weeks))
                         .replace("%2", str(len(self.weeks)))
                         .replace("%3", percent(row.compliance_rate)))
            if row.silent:
                lines.append(self.tr("Silent: nothing aired in the last %n week(s)", "",
                                     row.silent_weeks))
            if row.overdue:
                lines.append(self.tr("Overdue: no file covers the last %n week(s)", "",
                                     row.overdue_weeks))
            if row.expected and row.files == 0:
                lines.append(self.tr("Expected, and has never sent a file"))
            return plain_tooltip("\n".join(lines))
        return None


class HeatMapView(QTableView):
    """The heat-map's table: small square-ish cells, stations fixed on the left."""

    cell_clicked = Signal(str, str)  # station code, ISO week

    def __init__(self, model: HeatMapModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(True)
        self.setStyleSheet("QTableView#heatMap { gridline-color: #ffffff; }")
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(CELL_WIDTH)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        vertical.setHighlightSections(False)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.clicked.connect(self._on_clicked)

    def model(self) -> HeatMapModel:  # type: ignore[override]
        return super().model()  # type: ignore[return-value]

    def _on_clicked(self, index: QModelIndex) -> None:
        cell = self.model().cell(index)
        if cell is not None:
            self.cell_clicked.emit(cell[0].code, cell[1])


class HeatMapLegend(QLabel):
    """The colours' meaning, as swatches in one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMapLegend")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        swatch = '<span style="color:{0}; font-size: large;">■</span>&nbsp;{1}'
        self.setText("&nbsp;&nbsp;&nbsp; ".join([
            swatch.format(COLOURS[AIRED][0], self.tr("compliant (DX section played in full)")),
            swatch.format(COLOURS[MISSED][0], self.tr("not compliant")),
            swatch.format(COLOURS[NOTHING][0],
                          self.tr("no data (no file covers the week; counts as not compliant)")),
            f'<span style="color:{SILENT_COLOUR.name()}">⚠</span>&nbsp;'
            + self.tr("silent station"),
            f"{OVERDUE_MARK}&nbsp;" + self.tr("overdue (no file for the last weeks)"),
        ]))
