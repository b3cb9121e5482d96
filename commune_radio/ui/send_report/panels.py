"""The parts of the "Gửi báo cáo" dialog: the period with its note, what the file will hold,
where it goes, and what was sent before.

Each panel shows what it is given; the dialog reads the service and runs the work.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.compliance import week_monday
from commune_radio.exchange import format as fmt
from commune_radio.services.export_service import ExportRecord
from commune_radio.services.send_period import Note, PeriodNote
from commune_radio.ui.log.words import BroadcastWords, moment_text
from commune_radio.ui.qdates import pydate, qdate
from commune_radio.ui.send_report.facts import ExportPreview
from commune_radio.ui.text import format_date

DATE_FORMAT = "dd/MM/yyyy"
WARN = "color: #a05a00;"
GOOD = "color: #1b5e20;"
BAD = "color: #b00020;"


class PeriodPanel(QGroupBox):
    """From / to, "Next period", and the note saying what sending this period means."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Period"))
        self.zone = zone
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("sendFrom")
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("sendTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
        self.propose_button = QPushButton(self.tr("Next period"), self)
        self.propose_button.setObjectName("sendPropose")
        self.propose_button.setToolTip(self.tr("The day after the last report sent, to the end "
                                               "of that month"))
        self.period_note = QLabel(self)
        self.period_note.setObjectName("sendPeriodNote")
        self.period_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From"), self))
        row.addWidget(self.from_edit)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.to_edit)
        row.addSpacing(8)
        row.addWidget(self.propose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.period_note)

    def period(self) -> tuple[dt.date, dt.date]:
        """The period shown."""
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Show [start, end] without telling anyone."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def show_note(self, note: PeriodNote) -> None:
        """Say ``note`` in words, coloured by how much it matters."""
        last = format_date(note.last_to)
        words = {
            Note.BACKWARDS: lambda: self.tr("The end date is before the start date."),
            Note.SENT_ALREADY: lambda: self.tr(
                "This period was sent already (written %1); writing it again does no harm: "
                "the office adds only what is new.").replace(
                    "%1", moment_text(note.sent_at, self.zone)),
            Note.NOTHING_NEW: lambda: self.tr("Everything up to today was sent already."),
            Note.FOLLOWS_LAST: lambda: self.tr(
                "Follows the last report sent (up to %1).").replace("%1", last),
            Note.OVERLAPS: lambda: self.tr(
                "Part of this period was sent before (up to %1); the office adds only what is "
                "new.").replace("%1", last),
            Note.FIRST: lambda: self.tr("The first report from this computer."),
            Note.NOT_OVER: lambda: self.tr(
                "The period is not over yet: the file holds the broadcasts up to now; send "
                "the rest next time."),
        }
        self.period_note.setStyleSheet(BAD if note.bad else WARN if note.warn else "")
        self.period_note.setText(" ".join(words[n]() for n in note.notes))


class PreviewPanel(QGroupBox):
    """What the file will hold: broadcasts by outcome, DX broadcasts, weeks with the section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The file will hold"))
        self.words = BroadcastWords(self)
        self.broadcasts_label = QLabel(self)
        self.broadcasts_label.setObjectName("sendBroadcasts")
        self.dx_label = QLabel(self)
        self.dx_label.setObjectName("sendDx")
        self.weeks_label = QLabel(self)
        self.weeks_label.setObjectName("sendWeeks")
        self.left_out_label = QLabel(self)
        self.left_out_label.setObjectName("sendLeftOut")
        self.left_out_label.setStyleSheet(WARN)
        for label in self.labels():
            label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Broadcasts:"), self.broadcasts_label)
        form.addRow(self.tr("DX section:"), self.dx_label)
        form.addRow(self.tr("Weeks:"), self.weeks_label)
        form.addRow(self.left_out_label)

    def labels(self) -> tuple[QLabel, ...]:
        return (self.broadcasts_label, self.dx_label, self.weeks_label, self.left_out_label)

    def clear(self) -> None:
        """Show nothing (no period to preview)."""
        for label in self.labels():
            label.clear()
        self.left_out_label.hide()

    def show_preview(self, preview: ExportPreview) -> None:
        """Show what the file will hold."""
        self.broadcasts_label.setText(self.broadcasts_text(preview))
        self.dx_label.setText(
            self.tr("%n DX broadcast(s) played in full", "", preview.dx_played))
        self.weeks_label.setText(self.weeks_text(preview))
        self.weeks_label.setStyleSheet(WARN if preview.weeks_without_dx else GOOD)
        if preview.left_out_in_progress:
            self.left_out_label.setText(self.tr(
                "%n broadcast(s) still on air are left out; they go in the next report.", "",
                preview.left_out_in_progress))
            self.left_out_label.show()
        else:
            self.left_out_label.hide()

    def broadcasts_text(self, preview: ExportPreview) -> str:
        """``60 broadcasts: 57 played, 2 partial, 1 missed`` (statuses with none left out)."""
        parts = [f"{count} {self.words.status(status).lower()}"
                 for status, count in preview.by_status.items() if count]
        head = self.tr("%n broadcast(s)", "", preview.broadcasts)
        return f"{head}: {', '.join(parts)}" if parts else head

    def week_name(self, key: str) -> str:
        """``week 45 (02/11)``."""
        monday = week_monday(key)
        return (self.tr("week %1 (%2)").replace("%1", str(monday.isocalendar().week))
                .replace("%2", monday.strftime("%d/%m")))

    def weeks_text(self, preview: ExportPreview) -> str:
        """How many of the period's weeks had the DX section, and which did not."""
        text = (self.tr("DX section aired in %1 of %2 week(s)")
                .replace("%1", str(preview.whole_weeks_with_dx))
                .replace("%2", str(len(preview.whole_weeks))))
        missing = preview.weeks_without_dx
        if missing:
            text += ". " + self.tr("Not aired: %1").replace(
                "%1", ", ".join(self.week_name(w) for w in missing))
        return text + "."


class OutputPanel(QGroupBox):
    """The file to write, "Choose…", and whether a spreadsheet goes beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Save as"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("sendPath")
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.setObjectName("sendBrowse")
        self.xlsx_check = QCheckBox(
            self.tr("Also write a spreadsheet (.xlsx) beside it, for people to read"), self)
        self.xlsx_check.setObjectName("sendXlsx")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.xlsx_check)

    def target(self) -> Path | None:
        """The file to write (``.crlog`` added when the person left it out)."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != fmt.SUFFIX:
            path = path.with_name(path.name + fmt.SUFFIX)
        return path


class HistoryPanel(QGroupBox):
    """The reports written before from this computer, newest first."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sent before"))
        self.zone = zone
        table = self.history_table = QTableWidget(0, 4, self)
        table.setObjectName("sendHistory")
        table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Broadcasts"), self.tr("Written on"), self.tr("File")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_empty = QLabel(self.tr("Nothing has been sent from this computer yet."),
                                    self)
        self.history_empty.setObjectName("sendHistoryEmpty")
        layout = QVBoxLayout(self)
        layout.addWidget(self.history_empty)
        layout.addWidget(table)

    def show_history(self, history: list[ExportRecord], error: str = "") -> None:
        """List ``history`` (newest first), or say why it cannot be read."""
        if error:
            self.history_empty.setText(error)
        self.history_table.setRowCount(len(history))
        for row, record in enumerate(history):
            cells = [
                f"{format_date(record.period_from)} – {format_date(record.period_to)}",
                str(record.broadcasts),
                moment_text(record.exported_at, self.zone),
                record.file,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(record.file)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.history_table.setItem(row, column, item)
        self.history_empty.setVisible(not history)
        self.history_table.setVisible(bool(history))
