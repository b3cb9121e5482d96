"""The schedule screen: the week view, the slot dialog, the next broadcasts and compliance.

Everything it shows comes from the services on each refresh (the schedule is small); it
refreshes on the app-wide ``changed`` signal when the schedule, the programmes, the library
(programme lengths), the log (compliance) or the station (time zone) changed, and once a
minute so countdowns and the now line move.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.errors import KnownError
from commune_radio.core.programmes import Programme
from commune_radio.core.schedule import Slot
from commune_radio.services.log_service import LogService
from commune_radio.services.programme_service import ProgrammeService
from commune_radio.services.schedule_service import ScheduleService
from commune_radio.ui.compliance import ComplianceStrip, compliance_weeks
from commune_radio.ui.operations import run_now
from commune_radio.ui.schedule import slot_dialog
from commune_radio.ui.schedule.slot_dialog import SlotDialog
from commune_radio.ui.schedule.week import DISABLED, ON, SKIPPED, Block, monday_of, week_blocks
from commune_radio.ui.schedule.week_view import WeekView
from commune_radio.ui.schedule.words import ScheduleWords, local, time_text
from commune_radio.ui.signals import AppSignals, Changes
from commune_radio.ui.text import error_text, format_date, format_duration

NEXT_COUNT = 5
TICK_MS = 30_000


class ScheduleScreen(QWidget):
    """The station's week of broadcasts, and whether the DX section aired."""

    def __init__(
        self,
        schedule: ScheduleService,
        programmes: ProgrammeService,
        log: LogService,
        signals: AppSignals,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.programme_service = programmes
        self.log = log
        self.signals = signals
        self.lang = lang
        self.words = ScheduleWords(self)
        self.slots: list[Slot] = []
        self.programmes: list[Programme] = []
        self.blocks: list[Block] = []
        self.slot_dialog: SlotDialog | None = None
        self.setObjectName("scheduleScreen")
        self.monday = monday_of(self.today())
        self._shown_monday: dt.date | None = None

        self._build_bar()
        self.week_view = WeekView(self.words, self)
        canvas = self.week_view.canvas
        canvas.describe = self.describe
        canvas.clicked.connect(lambda _block: self._update_actions())
        canvas.activated.connect(self.edit_block)
        canvas.empty_activated.connect(lambda day, at: self.add_slot(day, at))
        self._build_side()

        self.clash_label = QLabel(self)
        self.clash_label.setObjectName("scheduleClashes")
        self.clash_label.setWordWrap(True)
        self.clash_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("scheduleStatus")
        self.status_label.setWordWrap(True)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addLayout(self.action_bar)
        left = QVBoxLayout()
        left.addWidget(self.week_view, 1)
        left.addWidget(self.clash_label)
        left.addLayout(bottom)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addLayout(body, 1)

        signals.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_bar(self) -> None:
        self.prev_button = self._button(self.tr("◀ Previous week"), "weekPrevious",
                                        lambda: self.go_week(-1))
        self.today_button = self._button(self.tr("This week"), "weekToday", self.go_today)
        self.next_button = self._button(self.tr("Next week ▶"), "weekNext",
                                        lambda: self.go_week(1))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.week_label.setFont(font)
        self.add_button = self._button(self.tr("+ Add slot…"), "slotAdd",
                                       lambda: self.add_slot())
        self.edit_button = self._button(self.tr("Edit…"), "slotEdit", self.edit_selected)
        self.skip_button = self._button(self.tr("Skip this date"), "slotSkip",
                                        self.toggle_skip_selected)
        self.remove_button = self._button(self.tr("Remove…"), "slotRemoveSelected",
                                          self.remove_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.week_label, 1)
        bar.addWidget(self.add_button)
        self.bar = bar
        # what acts on the selected block sits under the week, beside the hint about clicking
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.remove_button)
        self.action_bar = actions

    def _build_side(self) -> None:
        self.side = QFrame(self)
        self.side.setObjectName("scheduleSide")
        self.side.setFixedWidth(290)
        title = QLabel(self.tr("Next broadcasts"), self.side)
        title.setObjectName("nextTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.next_list = QListWidget(self.side)
        self.next_list.setObjectName("nextBroadcasts")
        self.next_list.setWordWrap(True)
        self.next_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.next_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_list.setAlternatingRowColors(True)
        line_height = self.next_list.fontMetrics().lineSpacing()
        self.next_list.setFixedHeight(NEXT_COUNT * (2 * line_height + 6) + 8)
        self.compliance = ComplianceStrip(self.side)
        line = QFrame(self.side)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self.side)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.next_list)
        layout.addSpacing(6)
        layout.addWidget(line)
        layout.addSpacing(6)
        layout.addWidget(self.compliance)
        layout.addStretch(1)

    # --- time -----------------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        """The schedule's clock (UTC); tests give the service a fixed clock."""
        return self.schedule.clock()

    def today(self) -> dt.date:
        """Today in station time."""
        return local(self.now(), self.schedule.timezone()).date()

    # --- data -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload slots and programmes and redraw everything."""
        try:
            self.slots = self.schedule.list()
            self.programmes = self.programme_service.list()
        except KnownError as exc:
            self.status_label.setText(error_text(exc, self.lang))
            return
        self.show_week()
        self.refresh_upcoming()
        self.refresh_compliance()

    def shutdown(self) -> None:
        """Stop the minute tick: it must not outlive the window's database handle."""
        self.timer.stop()

    def tick(self) -> None:
        """Once a minute: countdowns, the now line, and the week turning over at midnight."""
        self.show_week()
        self.refresh_upcoming()
        if self.compliance.weeks and self.compliance.weeks[-1].sunday < self.today():
            self.refresh_compliance()

    def _on_changed(self, changes: Changes) -> None:
        if changes.schedule or changes.programmes or changes.library or changes.station:
            self.refresh()
        elif changes.log:
            self.refresh_compliance()

    def durations(self) -> dict[int, float]:
        """Programme id -> seconds on air."""
        return {p.id: p.duration_s for p in self.programmes if p.id is not None}

    def names(self) -> dict[int, str]:
        """Programme id -> name."""
        return {p.id: p.name for p in self.programmes if p.id is not None}

    def show_week(self) -> None:
        """Draw the week starting ``self.monday``."""
        tz = self.schedule.timezone()
        now = local(self.now(), tz)
        self.blocks = week_blocks(self.slots, self.durations(), self.monday, tz)
        now_s = now.hour * 3600 + now.minute * 60 + now.second
        self.week_view.set_week(self.monday, self.blocks, now.date(), now_s)
        sunday = self.monday + dt.timedelta(days=6)
        self.week_label.setText(
            self.tr("Week %1 · %2 – %3").replace("%1", str(self.monday.isocalendar().week))
            .replace("%2", format_date(self.monday)).replace("%3", format_date(sunday))
        )
        if self._shown_monday != self.monday:
            self._shown_monday = self.monday
            # open on the hour before the week's first slot (or 04:00): mornings come first
            starts = [b.start_s for b in self.blocks]
            top = (min(starts) // 3600 - 1) * 3600 if starts else 0
            self.week_view.scroll_to_seconds(max(self.week_view.canvas.first_hour * 3600, top))
        clashing = sorted({b.slot.id for b in self.blocks if b.in_clash})
        if clashing:
            self.clash_label.setText(
                self.tr("⚠ %n slot(s) clash this week (red): point at a block to see why.", "",
                        len(clashing))
            )
            self.clash_label.show()
        else:
            self.clash_label.hide()
        if not self.slots:
            self.status_label.setText(
                self.tr("No broadcast slot yet. Click “+ Add slot…”, or double-click a time in "
                        "the week.")
            )
        else:
            self.status_label.setText(
                self.tr("Double-click a block to change it, or free space to add a slot there.")
            )
        self._update_actions()

    def refresh_upcoming(self) -> None:
        """The next broadcasts with how long until each."""
        tz = self.schedule.timezone()
        now = self.now()
        names = self.names()
        self.next_list.clear()
        try:
            upcoming = self.schedule.next(NEXT_COUNT)
        except KnownError as exc:
            self.next_list.addItem(error_text(exc, self.lang))
            return
        if not upcoming:
            item = QListWidgetItem(self.tr("Nothing scheduled."))
            item.setForeground(self.palette().placeholderText())
            self.next_list.addItem(item)
            return
        for occurrence in upcoming:
            here = local(occurrence.at, tz)
            when = (f"{time_text(here.time())} {self.words.day_name(here.weekday())} "
                    f"{here.strftime('%d/%m')}")
            name = names.get(occurrence.programme_id, "?")
            countdown = self.words.countdown((occurrence.at - now).total_seconds())
            item = QListWidgetItem(f"{name}\n{when} · {countdown}")
            item.setToolTip(f"{name}\n{self.words.moment(occurrence.at, tz)}")
            self.next_list.addItem(item)

    def refresh_compliance(self) -> None:
        """The DX badge and the weeks strip."""
        tz = self.schedule.timezone()
        dx_ids = {p.id for p in self.programmes if p.dx and p.id is not None}
        try:
            weeks = compliance_weeks(self.log, self.slots, dx_ids, self.now(), tz)
        except KnownError as exc:
            self.compliance.detail.setText(error_text(exc, self.lang))
            return
        current = weeks[-1] if weeks else None
        next_text = (self.words.moment(current.next_dx, tz)
                     if current is not None and current.next_dx else None)
        self.compliance.set_weeks(weeks, next_text)

    # --- navigation ---------------------------------------------------------------------------

    def go_week(self, step: int) -> None:
        """Show the week ``step`` weeks before (negative) or after this one."""
        self.monday += dt.timedelta(weeks=step)
        self.show_week()

    def go_today(self) -> None:
        """Back to the current week."""
        self.monday = monday_of(self.today())
        self.show_week()

    def show_date(self, day: dt.date) -> None:
        """Show the week holding ``day``."""
        self.monday = monday_of(day)
        self.show_week()

    # --- describing a block ---------------------------------------------------------------------

    def describe(self, block: Block) -> str:
        """The tooltip of a block: what, when, how often, and any clash in words."""
        tz = self.schedule.timezone()
        slot = block.slot
        end = (dt.datetime.combine(block.day, slot.at) + dt.timedelta(seconds=block.duration_s))
        lines = [
            slot.programme or "?",
            f"{time_text(slot.at)} – {time_text(end.time())} ({format_duration(block.duration_s)})",
        ]
        if slot.one_off_date is not None:
            lines.append(self.tr("Once: %1").replace(
                "%1", f"{self.words.day_name(slot.one_off_date.weekday())} "
                      f"{format_date(slot.one_off_date)}"))
        else:
            lines.append(self.tr("Every week: %1").replace("%1", self.words.days_text(slot.days)))
            if slot.from_date or slot.until_date:
                lines.append(self._range_text(slot))
        if block.duration_s <= 0:
            lines.append(self.tr("The programme has no items yet."))
        if block.state == SKIPPED:
            lines.append(self.tr("Not aired on %1 (a date skipped).").replace(
                "%1", format_date(block.day)))
        elif block.state == DISABLED:
            lines.append(self.tr("This slot is switched off."))
        names, durations = self.names(), self.durations()
        for clash in block.clashes:
            lines.append("⚠ " + self.words.clash_sentence(clash, slot.id, names, durations, tz))
        return "\n".join(lines)

    def _range_text(self, slot: Slot) -> str:
        if slot.from_date and slot.until_date:
            return (self.tr("From %1 to %2").replace("%1", format_date(slot.from_date))
                    .replace("%2", format_date(slot.until_date)))
        if slot.from_date:
            return self.tr("From %1").replace("%1", format_date(slot.from_date))
        return self.tr("Until %1").replace("%1", format_date(slot.until_date))

    # --- actions -------------------------------------------------------------------------------

    def selected_block(self) -> Block | None:
        """The block clicked last, if still shown."""
        return self.week_view.canvas.selected_block()

    def select(self, slot_id: int, day: dt.date) -> Block | None:
        """Select the block of a slot on a day (as a click would)."""
        for block in self.blocks:
            if block.slot.id == slot_id and block.day == day:
                self.week_view.canvas.select(block)
                self._update_actions()
                return block
        return None

    def _update_actions(self) -> None:
        block = self.selected_block()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(block is not None)
        weekly = block is not None and block.slot.one_off_date is None
        self.skip_button.setEnabled(weekly and block.state in (ON, SKIPPED))
        self.skip_button.setText(self.tr("Air on this date again")
                                 if weekly and block.state == SKIPPED
                                 else self.tr("Skip this date"))

    def _open(self, dialog: SlotDialog) -> SlotDialog:
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.slot_dialog = dialog
        dialog.open()
        return dialog

    def add_slot(self, day: dt.date | None = None, at: dt.time | None = None) -> SlotDialog:
        """Open the dialog for a new slot (on ``day`` at ``at`` when the week was clicked)."""
        if day is None:
            today = self.today()
            in_view = self.monday <= today <= self.monday + dt.timedelta(days=6)
            day = today if in_view else self.monday
        return self._open(SlotDialog(self.schedule, self.programmes, self.lang, None,
                                     day=day, at=at, parent=self, signals=self.signals))

    def edit_block(self, block: Block) -> SlotDialog:
        """Open the dialog of the slot a block belongs to."""
        self.week_view.canvas.select(block)
        return self._open(SlotDialog(self.schedule, self.programmes, self.lang, block.slot,
                                     day=block.day, parent=self, signals=self.signals))

    def edit_selected(self) -> SlotDialog | None:
        """Open the dialog of the selected block's slot."""
        block = self.selected_block()
        return self.edit_block(block) if block is not None else None

    def _on_saved(self, slot: Slot) -> None:
        if slot.one_off_date is not None:
            self.show_date(slot.one_off_date)

    def toggle_skip_selected(self) -> None:
        """Skip the selected date of a weekly slot (e.g. Tết), or air it again."""
        block = self.selected_block()
        if block is None or block.slot.one_off_date is not None:
            return
        if block.state == SKIPPED:
            slot = block.slot
            outcome = run_now(self.signals, self.lang, self.schedule.update,
                              replace(slot, exceptions=slot.exceptions - {block.day}))
        else:
            outcome = run_now(self.signals, self.lang, self.schedule.skip_date, block.slot.id,
                              block.day)
        if not outcome.ok:
            self.status_label.setText(outcome.error)

    def remove_selected(self) -> None:
        """Remove the selected block's slot (every day of it) after asking."""
        block = self.selected_block()
        if block is None:
            return
        days = (self.words.days_text(block.slot.days) if block.slot.one_off_date is None
                else format_date(block.slot.one_off_date))
        if not slot_dialog.confirm(
            self, self.tr("Remove slot"),
            self.tr("Remove the slot “%1” at %2 (%3)? Broadcasts already in the log stay "
                    "there.").replace("%1", block.slot.programme)
            .replace("%2", time_text(block.slot.at)).replace("%3", days),
            self.tr("Remove"), self.tr("Cancel"),
        ):
            return
        outcome = run_now(self.signals, self.lang, self.schedule.remove, block.slot.id)
        if not outcome.ok:
            self.status_label.setText(outcome.error)
            return
        self.week_view.canvas.select(None)
