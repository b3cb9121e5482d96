"""The office screen's period bar: the report's dates, "last 12 weeks", and the export buttons.

It only says what the officer asked for (``period_edited``, ``last_weeks_requested``,
``export_requested``); the screen reads the report and writes the files.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

DATE_FORMAT = "dd/MM/yyyy"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PeriodBar(QWidget):
    """From / to dates, the default-period button and the Excel/CSV export buttons."""

    period_edited = Signal()  # a date was changed by hand (the screen waits for a pause)
    last_weeks_requested = Signal()
    export_requested = Signal(str)  # "xlsx" or "csv"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("officeFrom")
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("officeTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self.period_edited.emit())
        self.last_weeks_button = QPushButton(self.tr("Last 12 weeks"), self)
        self.last_weeks_button.setObjectName("officeLastWeeks")
        self.last_weeks_button.clicked.connect(self.last_weeks_requested)
        self.xlsx_button = QPushButton(self.tr("Export Excel report…"), self)
        self.xlsx_button.setObjectName("officeExportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setObjectName("officeExportCsv")
        self.csv_button.clicked.connect(lambda: self.export_requested.emit("csv"))
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Report period: from"), self))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.to_edit)
        bar.addWidget(self.last_weeks_button)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.csv_button)

    def period(self) -> tuple[dt.date, dt.date]:
        """The report period the fields show."""
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def show_period(self, start: dt.date, end: dt.date) -> None:
        """Show [start, end] without it counting as an edit."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def allow_export(self, allowed: bool) -> None:
        """Enable the export buttons (a report is shown and no export is running)."""
        self.xlsx_button.setEnabled(allowed)
        self.csv_button.setEnabled(allowed)
