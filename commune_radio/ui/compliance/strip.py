"""The compliance strip: a badge for this week and one coloured cell per ISO week.

Green: a DX section played in full that week. Red: something was planned and no DX section
played in full. Amber (this week only): not yet, and a DX slot is still to come. Grey: nothing
was planned. The week number is in the cell, its dates and the reason in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from commune_radio.core.compliance_weeks import AIRED, MISSED, NOTHING, PENDING, ComplianceWeek
from commune_radio.ui.words import Words

COLOURS = {  # state -> (background, text)
    AIRED: ("#2e7d32", "#ffffff"),
    MISSED: ("#c62828", "#ffffff"),
    PENDING: ("#f9a825", "#222222"),
    NOTHING: ("#bdbdbd", "#333333"),
}


class ComplianceStrip(QWidget):
    """This week's DX badge and the last weeks as cells; ``set_weeks`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complianceStrip")
        self.weeks: list[ComplianceWeek] = []
        self.words = Words(self)

        self.title = QLabel(self.tr("Weekly DX section"), self)
        self.title.setObjectName("complianceTitle")
        self.title.setWordWrap(True)
        self.title.setToolTip(self.tr("Plan 44/KH-STTTT asks every commune station to air the "
                                      "“Chuyển đổi số” section at least once a week."))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.badge = QLabel(self)
        self.badge.setObjectName("complianceBadge")
        self.badge.setWordWrap(True)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detail = QLabel(self)
        self.detail.setObjectName("complianceDetail")
        self.detail.setWordWrap(True)

        self.cells: list[QLabel] = []
        self.cell_row = QGridLayout()
        self.cell_row.setHorizontalSpacing(3)
        self.cell_row.setVerticalSpacing(1)

        self.legend = QLabel(self)
        self.legend.setObjectName("complianceLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        swatch = '<span style="color:{0}">■</span>&nbsp;{1}'
        self.legend.setText("&nbsp;&nbsp; ".join([
            swatch.format(COLOURS[state][0], self.words.week_state(state))
            for state in (AIRED, MISSED, PENDING, NOTHING)
        ]))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.badge)
        layout.addWidget(self.detail)
        cells = QHBoxLayout()
        cells.addLayout(self.cell_row)
        cells.addStretch(1)
        layout.addLayout(cells)
        layout.addWidget(self.legend)

    def set_weeks(self, weeks: list[ComplianceWeek], next_dx_text: str | None = None) -> None:
        """Show these weeks (oldest first, this week last); ``next_dx_text`` says when the
        next DX airing of this week is, already formatted."""
        self.weeks = list(weeks)
        while self.cells:
            self.cells.pop().deleteLater()
        for old in self.findChildren(QLabel, "complianceWeekNumber"):
            old.deleteLater()
        for column, week in enumerate(self.weeks):
            cell = QLabel(str(week.week), self)
            cell.setObjectName("complianceCell")
            cell.setProperty("state", week.state)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFixedSize(27, 27)
            background, ink = COLOURS[week.state]
            outline = "border: 2px solid #111111;" if week.current else ""
            cell.setStyleSheet(f"background: {background}; color: {ink}; border-radius: 3px;"
                               f" font-weight: bold; {outline}")
            cell.setToolTip(self.cell_tooltip(week, next_dx_text))
            self.cell_row.addWidget(cell, 0, column)
            self.cells.append(cell)
        current = self.weeks[-1] if self.weeks else None
        if current is None:
            self.badge.clear()
            self.detail.clear()
            return
        aired = current.state == AIRED
        self.badge.setText(
            self.tr("DX section this week: %1").replace(
                "%1", self.words.week_state(AIRED if aired else MISSED))
        )
        self.badge.setProperty("state", current.state)
        background, ink = COLOURS[current.state]
        self.badge.setStyleSheet(f"background: {background}; color: {ink}; border-radius: 4px;"
                                 " padding: 6px; font-weight: bold;")
        self.detail.setText(self.detail_text(current, next_dx_text))

    def week_label(self, week: ComplianceWeek) -> str:
        """``Week 48 (23/11/2026 – 29/11/2026)``."""
        return self.words.week_label(week.monday)

    def detail_text(self, week: ComplianceWeek, next_dx_text: str | None) -> str:
        """The sentence under the badge about the current week."""
        if week.state == AIRED:
            return self.tr("%n DX broadcast(s) played in full this week.", "", week.dx_played)
        if week.state == PENDING and next_dx_text:
            return self.tr("Next DX broadcast: %1.").replace("%1", next_dx_text)
        if week.state == MISSED:
            return self.tr("No DX broadcast is left in this week's schedule: air one by hand, "
                           "or add a slot.")
        return self.tr("Nothing is scheduled this week.")

    def cell_tooltip(self, week: ComplianceWeek, next_dx_text: str | None) -> str:
        """Week number, dates and what the colour means."""
        label = self.week_label(week)
        if week.state == AIRED:
            why = self.tr("aired: %n DX broadcast(s) played in full", "", week.dx_played)
        elif week.state == PENDING:
            why = self.tr("not aired yet; next DX broadcast %1").replace(
                "%1", next_dx_text or "")
        elif week.state == MISSED:
            why = self.tr("not aired: broadcasts were scheduled but no DX section played "
                          "in full")
        else:
            why = self.words.week_state(NOTHING)
        return f"{label}: {why}"
