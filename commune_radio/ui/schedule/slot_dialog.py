"""The slot dialog: which programme, which days (or one date), what time, between which dates.

Every change is checked at once through ``ScheduleService.check`` so conflicts and overruns are
on screen *before* saving, in plain words; a value the service refuses (``KnownError``) is shown
in the dialog, which stays open so nothing typed is lost. Saving with a clash is allowed (the
operator may mean it) but the button then says so.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.errors import KnownError
from commune_radio.core.programmes import Programme
from commune_radio.core.schedule import Clash, Slot, first_of_each
from commune_radio.services.schedule_service import CHECK_WEEKS, ScheduleService
from commune_radio.ui.operations import run_now
from commune_radio.ui.qdates import pydate, qdate
from commune_radio.ui.schedule.words import ScheduleWords
from commune_radio.ui.signals import AppSignals
from commune_radio.ui.text import error_text, format_date, format_duration

DATE_FORMAT = "dd/MM/yyyy"
TIME_FORMAT = "HH:mm:ss"



def confirm(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """Ask a yes/no question (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


class SlotDialog(QDialog):
    """Add a slot, or edit / remove one; emits ``saved`` (the stored Slot) or ``removed`` (id)."""

    saved = Signal(object)
    removed = Signal(int)

    def __init__(
        self,
        schedule: ScheduleService,
        programmes: list[Programme],
        lang: str,
        slot: Slot | None = None,
        *,
        day: dt.date | None = None,
        at: dt.time | None = None,
        parent: QWidget | None = None,
        signals: AppSignals | None = None,
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.programmes = programmes
        self.lang = lang
        self.signals = signals or AppSignals(self)
        self.slot = slot
        self.words = ScheduleWords(self)
        self.clashes: list[Clash] = []
        self.candidate: Slot | None = None
        self._loading = True
        self.setObjectName("slotDialog")
        self.setWindowTitle(self.tr("Edit broadcast slot") if slot else
                            self.tr("New broadcast slot"))
        today = day or schedule.clock().astimezone(schedule.timezone()).date()

        self.programme_combo = QComboBox(self)
        self.programme_combo.setObjectName("slotProgramme")
        for programme in programmes:
            self.programme_combo.addItem(
                f"{programme.name} ({format_duration(programme.duration_s)})", programme.name
            )
        self.programme_combo.setMinimumContentsLength(30)

        self.weekly_radio = QRadioButton(self.tr("Every week on:"), self)
        self.weekly_radio.setObjectName("slotWeekly")
        self.once_radio = QRadioButton(self.tr("Once, on:"), self)
        self.once_radio.setObjectName("slotOnce")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.weekly_radio)
        self.mode_group.addButton(self.once_radio)
        self.day_boxes: list[QCheckBox] = []
        days_row = QGridLayout()
        days_row.setContentsMargins(0, 0, 0, 0)
        for weekday, name in enumerate(self.words.day_names()):
            box = QCheckBox(name, self)
            box.setObjectName(f"slotDay{weekday}")
            self.day_boxes.append(box)
            days_row.addWidget(box, weekday // 4, weekday % 4)
        self.once_edit = self._date_edit("slotDate", today)

        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("slotTime")
        self.time_edit.setDisplayFormat(TIME_FORMAT)

        self.from_edit, self.from_none, from_row = self._optional_date("slotFrom", today)
        self.until_edit, self.until_none, until_row = self._optional_date("slotUntil", today)

        self.skip_list = QListWidget(self)
        self.skip_list.setObjectName("slotSkipList")
        self.skip_list.setMaximumHeight(78)
        self.skip_edit = self._date_edit("slotSkipDate", today)
        self.skip_add = QPushButton(self.tr("Add date"), self)
        self.skip_add.setObjectName("slotSkipAdd")
        self.skip_add.clicked.connect(self._add_skip)
        self.skip_remove = QPushButton(self.tr("Remove date"), self)
        self.skip_remove.setObjectName("slotSkipRemove")
        self.skip_remove.clicked.connect(self._remove_skip)
        skip_tools = QHBoxLayout()
        skip_tools.addWidget(self.skip_edit)
        skip_tools.addWidget(self.skip_add)
        skip_tools.addWidget(self.skip_remove)
        skip_tools.addStretch(1)
        skip_box = QVBoxLayout()
        skip_box.addWidget(self.skip_list)
        skip_box.addLayout(skip_tools)

        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("slotWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            "background: #fdecea; color: #8a1c1c; border: 1px solid #e0a0a0;"
            " border-radius: 4px; padding: 6px;"
        )
        self.warning_label.hide()
        self.ok_label = QLabel(self)
        self.ok_label.setObjectName("slotOk")
        self.ok_label.setStyleSheet("color: #2e7d32;")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("slotError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Programme:"), self.programme_combo)
        form.addRow(self.weekly_radio, days_row)
        once_row = QHBoxLayout()
        once_row.addWidget(self.once_edit)
        once_row.addStretch(1)
        form.addRow(self.once_radio, once_row)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addWidget(QLabel(self.tr("(station time, to the second)"), self))
        time_row.addStretch(1)
        form.addRow(self.tr("Time:"), time_row)
        form.addRow(self.tr("From:"), from_row)
        form.addRow(self.tr("Until:"), until_row)
        form.addRow(self.tr("Skip these dates:"), skip_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.remove_button: QPushButton | None = None
        if slot is not None:
            self.remove_button = self.buttons.addButton(
                self.tr("Remove slot…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.setObjectName("slotRemove")
            self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        if not programmes:
            empty = QLabel(self.tr("There is no programme yet. Make one on the Programmes "
                                   "screen, then schedule it here."), self)
            empty.setObjectName("slotNoProgramme")
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.ok_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._load(slot, today, at)
        for signal in (self.programme_combo.currentIndexChanged, self.weekly_radio.toggled,
                       self.once_edit.dateChanged, self.time_edit.timeChanged,
                       self.from_edit.dateChanged, self.until_edit.dateChanged,
                       self.from_none.toggled, self.until_none.toggled):
            signal.connect(self.recheck)
        for box in self.day_boxes:
            box.toggled.connect(self.recheck)
        self.weekly_radio.toggled.connect(self._enable_mode)
        self._loading = False
        self._enable_mode()
        self.recheck()

    # --- building ------------------------------------------------------------------------------

    def _date_edit(self, name: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setDate(qdate(day))
        return edit

    def _optional_date(self, name: str, day: dt.date):
        edit = self._date_edit(name, day)
        none = QCheckBox(self.tr("No limit"), self)
        none.setObjectName(name + "None")
        none.toggled.connect(lambda checked: edit.setEnabled(not checked))
        none.setChecked(True)
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit)
        box.addWidget(none)
        box.addStretch(1)
        return edit, none, row

    def _load(self, slot: Slot | None, day: dt.date, at: dt.time | None) -> None:
        if slot is None:
            self.weekly_radio.setChecked(True)
            self.day_boxes[day.weekday()].setChecked(True)
            self.once_edit.setDate(qdate(day))
            start = at or dt.time(6, 0)
            self.time_edit.setTime(QTime(start.hour, start.minute, start.second))
            return
        self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(slot.programme)))
        if slot.one_off_date is not None:
            self.once_radio.setChecked(True)
            self.once_edit.setDate(qdate(slot.one_off_date))
        else:
            self.weekly_radio.setChecked(True)
            for weekday in slot.days:
                self.day_boxes[weekday].setChecked(True)
        self.time_edit.setTime(QTime(slot.at.hour, slot.at.minute, slot.at.second))
        for edit, none, value in ((self.from_edit, self.from_none, slot.from_date),
                                  (self.until_edit, self.until_none, slot.until_date)):
            if value is not None:
                edit.setDate(qdate(value))
            none.setChecked(value is None)
        for skipped in sorted(slot.exceptions):
            self._append_skip(skipped)

    def _enable_mode(self) -> None:
        weekly = self.weekly_radio.isChecked()
        for box in self.day_boxes:
            box.setEnabled(weekly)
        self.once_edit.setEnabled(not weekly)
        for widget in (self.from_edit, self.until_edit):
            widget.setEnabled(weekly and not self._none_of(widget).isChecked())
        self.from_none.setEnabled(weekly)
        self.until_none.setEnabled(weekly)

    def _none_of(self, edit: QDateEdit) -> QCheckBox:
        return self.from_none if edit is self.from_edit else self.until_none

    # --- exception dates --------------------------------------------------------------------

    def skip_dates(self) -> list[dt.date]:
        """The exception dates as listed."""
        return [dt.date.fromisoformat(self.skip_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.skip_list.count())]

    def _append_skip(self, day: dt.date) -> None:
        item = QListWidgetItem(f"{self.words.day_name(day.weekday())} {format_date(day)}")
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.skip_list.addItem(item)

    def _add_skip(self) -> None:
        day = pydate(self.skip_edit.date())
        if day in self.skip_dates():
            return
        days = sorted([*self.skip_dates(), day])
        self.skip_list.clear()
        for d in days:
            self._append_skip(d)
        self.recheck()

    def _remove_skip(self) -> None:
        row = self.skip_list.currentRow()
        if row >= 0:
            self.skip_list.takeItem(row)
            self.recheck()

    # --- checking and saving -------------------------------------------------------------------

    def build(self) -> Slot:
        """The slot as the dialog shows it now; raises ``KnownError`` when refused."""
        weekly = self.weekly_radio.isChecked()
        days = ",".join(("mon", "tue", "wed", "thu", "fri", "sat", "sun")[d]
                        for d, box in enumerate(self.day_boxes) if box.isChecked())
        return self.schedule.build_slot(
            self.programme_combo.currentData() or "",
            days=days if weekly else None,
            at=self.time_edit.time().toString("HH:mm:ss"),
            from_date=None if not weekly or self.from_none.isChecked()
            else pydate(self.from_edit.date()),
            until_date=None if not weekly or self.until_none.isChecked()
            else pydate(self.until_edit.date()),
            one_off=None if weekly else pydate(self.once_edit.date()),
            skip=tuple(self.skip_dates()),
            slot_id=self.slot.id if self.slot else 0,
        )

    def recheck(self) -> None:
        """Rebuild the candidate and show its conflicts and overruns (or why it is refused)."""
        if self._loading:
            return
        self._enable_mode()
        self.candidate, self.clashes = None, []
        try:
            self.candidate = self.build()
            self.clashes = self.schedule.check(self.candidate)
        except KnownError as exc:
            self.show_error(error_text(exc, self.lang))
        else:
            self.error_label.hide()
        self._show_clashes()

    def clash_texts(self) -> list[str]:
        """The warnings as shown, one sentence per distinct clash."""
        if self.candidate is None:
            return []
        names = {p.id: p.name for p in self.programmes}
        durations = {p.id: p.duration_s for p in self.programmes}
        own = self.candidate.id or -1
        return [
            self.words.clash_sentence(clash, own, names, durations, self.schedule.timezone(),
                                      repeats, CHECK_WEEKS)
            for clash, repeats in first_of_each(self.clashes)
        ]

    def _show_clashes(self) -> None:
        texts = self.clash_texts()
        if texts:
            self.warning_label.setText("\n".join(["⚠ " + t for t in texts]))
            self.warning_label.show()
            self.ok_label.hide()
            self.save_button.setText(self.tr("Save anyway"))
        else:
            self.warning_label.hide()
            self.ok_label.setVisible(self.candidate is not None)
            self.ok_label.setText(
                self.tr("✓ No conflict or overrun in the next %1 weeks.")
                .replace("%1", str(CHECK_WEEKS))
            )
            self.save_button.setText(self.tr("Save"))
        self.save_button.setEnabled(bool(self.programmes))

    def show_error(self, text: str) -> None:
        """Say why the slot cannot be saved; the dialog stays open."""
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> None:
        """Store the slot (new or changed), or show why it was refused and stay open."""
        try:
            slot = self.build()
        except KnownError as exc:
            self.show_error(error_text(exc, self.lang))
            return
        store = self.schedule.update if self.slot else self.schedule.add
        outcome = run_now(self.signals, self.lang, store, slot)
        if not outcome.ok:
            self.show_error(outcome.error)
            return
        stored = self.slot = outcome.value
        self.saved.emit(stored)
        self.accept()

    def remove(self) -> None:
        """Delete this slot after asking; its past broadcasts stay in the log."""
        if self.slot is None:
            return
        if not confirm(
            self, self.tr("Remove slot"),
            self.tr("Remove the slot “%1” at %2? Broadcasts already in the log stay there.")
            .replace("%1", self.slot.programme).replace("%2", self.time_edit.text()),
            self.tr("Remove"), self.tr("Cancel"),
        ):
            return
        outcome = run_now(self.signals, self.lang, self.schedule.remove, self.slot.id)
        if not outcome.ok:
            self.show_error(outcome.error)
            return
        self.removed.emit(self.slot.id)
        self.accept()
