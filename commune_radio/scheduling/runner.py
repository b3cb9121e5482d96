"""The station on air by itself: reconcile, then play every due slot on time, until stopped.

The window and the headless `run` command both use one ``StationRunner`` over the window's (or
the command's) ``StationPlayer``. The slot clock (APScheduler) wakes it on the Qt thread; it
works out which occurrence is due from our slot table, and the log's unique (slot, time) key
makes sure an occurrence airs at most once whatever the clock does. Every minute, and at start,
reconcile turns the slots that passed without a broadcast into ``missed`` rows or a late airing.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from commune_radio.core.broadcasts import Priority, Trigger
from commune_radio.core.errors import KnownError
from commune_radio.core.schedule import Slot, occurrences
from commune_radio.scheduling.slot_clock import MISFIRE_GRACE_S, SlotClock
from commune_radio.services.backup_service import BackupService
from commune_radio.services.reconcile_service import ReconcileService

log = logging.getLogger(__name__)

REASON_BUSY = "busy"  # another broadcast of equal or higher priority was on air
RECONCILE_EVERY_MS = 60_000
EARLY_TOLERANCE = dt.timedelta(seconds=2)  # a job woken a hair early still finds its slot


class StationRunner(QObject):
    """Plays the schedule through ``player`` and keeps the log honest about what did not air."""

    slot_aired = Signal(str)  # broadcast id of a slot (or catch-up) that started
    slot_missed = Signal(int, object)  # slot id, UTC scheduled moment
    problem = Signal(object)  # KnownError the operator should see

    def __init__(self, ctx, player, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.player = player
        self.reconciler = ReconcileService(ctx.db, ctx.schedule, ctx.clock,
                                           programmes=ctx.programmes, log=ctx.log)
        self.slot_clock = SlotClock(ctx.schedule, self)
        self.slot_clock.slot_due.connect(self._on_slot_due)
        self._timer = QTimer(self)
        self._timer.setInterval(RECONCILE_EVERY_MS)
        self._timer.timeout.connect(lambda: self.reconcile_now(settle_s=MISFIRE_GRACE_S))
        self._timer.timeout.connect(self.backup_if_due)
        self.running = False

    def start(self) -> None:
        """Reconcile what passed while closed, then follow the schedule."""
        self.reconcile_now()
        self.ctx.schedule.on_change.append(self.slot_clock.rebuild)
        self.slot_clock.start()
        self._timer.start()
        self.running = True

    def backup_if_due(self) -> None:
        """The day's backup for a station that runs for weeks without a restart; never while
        a broadcast is on air (the copy runs on this thread, which feeds the audio)."""
        if self.player.is_playing():
            return
        BackupService(self.ctx.data_dir, self.ctx.db, clock=self.ctx.clock).daily_if_due()

    def stop(self) -> None:
        """Stop following the schedule (a broadcast on air is left to the caller)."""
        self._timer.stop()
        self.slot_clock.shutdown()
        if self.slot_clock.rebuild in self.ctx.schedule.on_change:
            self.ctx.schedule.on_change.remove(self.slot_clock.rebuild)
        self.running = False

    # the clock woke us

    def due_occurrence(self, slot: Slot, now: dt.datetime) -> dt.datetime | None:
        """The occurrence of ``slot`` this wake-up is for: the latest one in the grace window."""
        tz = self.ctx.schedule.timezone()
        found = list(occurrences(slot, now - dt.timedelta(seconds=MISFIRE_GRACE_S),
                                 now + EARLY_TOLERANCE, tz))
        return found[-1] if found else None

    def _on_slot_due(self, slot_id: int) -> None:
        try:
            slot = self.ctx.schedule.get(slot_id)
        except KnownError:
            return  # removed while its job was on its way
        at = self.due_occurrence(slot, self.ctx.clock())
        if at is None:
            return  # an exception date (Tết …): the slot does not air that day
        self.air(slot, at, Trigger.SCHEDULE)

    def air(self, slot: Slot, at: dt.datetime, trigger: Trigger) -> str | None:
        """Start the slot's programme for the occurrence ``at``; log it missed if it cannot."""
        programme = self.ctx.programmes.get(slot.programme_id)
        try:
            broadcast_id = self.player.play_programme(
                programme, trigger=trigger, priority=Priority.NORMAL, slot_id=slot.id,
                scheduled_at=at,
            )
        except KnownError as exc:
            if exc.message_id == "log.slot_already_logged":
                return None  # the clock went back over a slot that already has its outcome
            reason = REASON_BUSY if exc.message_id == "playout.busy" else exc.message_id
            if self.ctx.log.record_missed(programme, slot.id, at, reason):
                self.slot_missed.emit(slot.id, at)
            self.problem.emit(exc)
            return None
        self.slot_aired.emit(broadcast_id)
        return broadcast_id

    # reconcile

    def reconcile_now(self, settle_s: float = 0.0) -> list:
        """Decide every past slot without a row: air the latest late, or log it missed."""
        slots = {s.id: s for s in self.ctx.schedule.list()}
        decided = self.reconciler.decide(settle_s=settle_s)
        for due in decided:
            slot = slots.get(due.occurrence.slot_id)
            if slot is None:
                continue
            if due.action == "catch_up" and not self.player.is_playing():
                self.air(slot, due.occurrence.at, Trigger.CATCH_UP)
                continue
            reason = due.reason if due.action == "missed" else REASON_BUSY
            if self.reconciler.record_missed(due, reason):
                self.slot_missed.emit(slot.id, due.occurrence.at)
        self.reconciler.mark_done(self.ctx.clock() - dt.timedelta(seconds=settle_s))
        return decided
