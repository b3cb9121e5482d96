"""The office screen's first tab: the report's summary, the silent and overdue stations, the
heat-map (or the next step when no station has sent a file) and its legend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from commune_radio.core.compliance import ComplianceReport
from commune_radio.ui.office.heatmap import (
    RATE_WIDTH,
    HeatMapLegend,
    HeatMapModel,
    HeatMapView,
    percent,
)
from commune_radio.ui.text import format_date

SILENT_NAMES_SHOWN = 8  # the silent stations named above the heat-map; the rest by count


class HeatMapPage(QWidget):
    """The weekly DX compliance of every station, as the report of the period says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("officeSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)  # station text is never markup
        self.summary_label.setWordWrap(True)
        self.silent_label = QLabel(self)
        self.silent_label.setObjectName("officeSilent")
        self.silent_label.setTextFormat(Qt.TextFormat.PlainText)  # station text is never markup
        self.silent_label.setWordWrap(True)
        self.silent_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.silent_label.hide()
        self.model = HeatMapModel(self)
        self.view = HeatMapView(self.model, self)
        self.empty_label = QLabel(
            self.tr("No station has sent a file yet.\nImport the .crlog files the stations "
                    "sent with the buttons above, or drag files or folders onto this window."),
            self)
        self.empty_label.setObjectName("officeEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty_label)
        self.legend = HeatMapLegend(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.silent_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.legend)

    def show_report(self, report: ComplianceReport) -> None:
        """Show this report: the model makes a station's cells only when they are painted."""
        self.model.set_report(report)
        self.view.setColumnWidth(self.model.rate_column, RATE_WIDTH)
        self.body.setCurrentWidget(self.view if report.stations else self.empty_label)
        self.summary_label.setText(self.summary_text(report))
        silent, overdue = report.silent_stations, report.overdue_stations
        self.silent_label.setVisible(bool(silent or overdue))
        texts = [self.silent_text(report)] if silent else []
        if overdue:
            texts.append(self.overdue_text(report))
        self.silent_label.setText("\n".join(texts))

    def summary_text(self, report: ComplianceReport) -> str:
        """``150 stations · 12 weeks (03/08/2026 – 25/10/2026) · compliant weeks: 72%``; with
        no station yet, the next step instead of a row of zeros."""
        if not report.stations:
            return self.tr("Next step: import the .crlog files the stations sent (“Import "
                           "files…” or “Import folder…” above). The guide (Help → User guide) "
                           "says how stations send them.")
        return " · ".join([
            self.tr("%n station(s)", "", len(report.stations)),
            self.tr("%n week(s)", "", len(report.weeks))
            + f" ({format_date(report.period_from)} – {format_date(report.period_to)})",
            self.tr("compliant station-weeks: %1").replace("%1", percent(report.overall_rate)),
            self.tr("click a cell to see that week's broadcasts"),
        ])

    def silent_text(self, report: ComplianceReport) -> str:
        """Which stations were silent for the threshold or more, and for how long."""
        silent = report.silent_stations
        names = [self.tr("%1 (%n week(s))", "", s.silent_weeks).replace(
            "%1", self.model.station_label(s)) for s in silent[:SILENT_NAMES_SHOWN]]
        if len(silent) > SILENT_NAMES_SHOWN:  # a province's expected stations: rows say the rest
            names.append(self.tr("and %n more (⚠ in the table)", "",
                                 len(silent) - SILENT_NAMES_SHOWN))
        return (self.tr("⚠ Silent for %n week(s) or more:", "", report.silent_after_weeks)
                + " " + ", ".join(names))

    def overdue_text(self, report: ComplianceReport) -> str:
        """How many stations sent no file covering the last N weeks (expected ones included)."""
        return (self.tr("⊘ Overdue, no file for the last %n week(s):", "",
                        report.silent_after_weeks)
                + " " + self.tr("%n station(s)", "", len(report.overdue_stations)))
