"""The station on air by itself: reconcile, then play every due slot on time, until stopped.

The window and the headless `run` command both use one ``StationRunner`` over the window's (or
the command's) ``StationPlayer``. It sits below services: everything it uses comes from the
context it is given (``ctx.reconcile``, ``ctx.backup``, ``ctx.preflight``, ``ctx.events`` …),
so the app wires it and it imports none of them. The slot clock (APScheduler) wakes it on the
Qt thread a pre-roll (``preroll_s``) before each occurrence, carrying the occurrence's instant;
the player is told to start exactly then. The log's unique (slot, time) key makes sure an
occurrence airs at most once whatever the clock does. Every minute, and at start, reconcile
turns the slots that passed without a broadcast into ``missed`` rows or a late airing.

While it runs it also keeps the record of being on (``start``, ``heartbeat``, ``stop``; a
``crash`` found at the next start), watches the database for changes made by other processes
and the wall clock for jumps, and runs the pre-flight checks before each slot.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from commune_radio.core import settings as S
from commune_radio.core.broadcasts import Priority, Trigger
from commune_radio.core.clock import system_clock, to_utc_iso
from commune_radio.core.errors import KnownError
from commune_radio.core.schedule import Slot, occurrences
from commune_radio.scheduling.preflight_runner import PreflightScheduler
from commune_radio.scheduling.slot_clock import MISFIRE_GRACE_S, SlotClock
from commune_radio.scheduling.watchers import ClockWatch, DataWatcher

log = logging.getLogger(__name__)

REASON_BUSY = "busy"  # another broadcast of equal or higher priority was on air
REASON_CLOCK_CHANGED = "clock_changed"  # the wall clock jumped over the slot's time
RECONCILE_EVERY_MS = 60_000
JUMP_EVENT_S = 120  # a jump larger than this is a station event of its own
EARLY_TOLERANCE = dt.timedelta(seconds=2)  # a job woken a hair early still finds its slot


def preroll_seconds(ctx) -> float:
    """The lead time before each occurrence (setting ``preroll_s``, default 3 s)."""
    return ctx.settings.get(S.PREROLL_S)


def jump_size(seconds: float) -> str:
    """A jump's size as ``+26 h 3 min 0 s`` (units every reader knows)."""
    sign = "+" if seconds >= 0 else "-"
    total = int(round(abs(seconds)))
    return f"{sign}{total // 3600} h {total % 3600 // 60} min {total % 60} s"


class StationRunner(QObject):
    """Plays the schedule through ``player`` and keeps the log honest about what did not air."""

    slot_aired = Signal(str)  # broadcast id of a slot (or catch-up) that started
    slot_missed = Signal(int, object)  # slot id, UTC scheduled moment
    problem = Signal(object)  # KnownError the operator should see
    preflight_done = Signal(object)  # services.preflight.Report
    data_changed = Signal()  # another process changed the database
    clock_jumped = Signal(float)  # seconds the wall clock moved by itself

    def __init__(self, ctx, player, parent: QObject | None = None, *, holder: str = "headless",
                 watch_clock: bool | None = None, preflight: bool = True) -> None:
        """``watch_clock`` defaults to on when the context runs on the wall clock (a test's
        ``FixedClock`` does not move, which would look like a jump every second)."""
        super().__init__(parent)
        self.ctx = ctx
        self.player = player
        self.holder = holder
        self.reconciler = ctx.reconcile
        self.slot_clock = SlotClock(ctx.schedule, self, lead_s=preroll_seconds(ctx),
                                    clock=ctx.clock)
        self.slot_clock.slot_due.connect(self._on_slot_due)
        self._timer = QTimer(self)
        self._timer.setInterval(RECONCILE_EVERY_MS)
        self._timer.timeout.connect(lambda: self.reconcile_now(settle_s=MISFIRE_GRACE_S))
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(ctx.events.heartbeat_s * 1000))
        self._heartbeat.timeout.connect(self._beat)
        self.data_watch = DataWatcher(ctx.db, self)
        self.data_watch.changed.connect(self.on_external_change)
        self.watch_clock = ctx.clock is system_clock if watch_clock is None else watch_clock
        self.clock_watch = ClockWatch(ctx.clock, self)
        self.clock_watch.jumped.connect(self.on_clock_jump)
        self.preflight = PreflightScheduler(ctx, self) if preflight else None
        if self.preflight is not None:
            self.preflight.finished.connect(self._on_preflight)
        player.broadcast_started.connect(self._on_broadcast_started)
        self._timer.timeout.connect(self.backup_if_due)
        self.running = False

    def start(self) -> None:
        """Record the start (and a crash before it), reconcile what passed while closed, then
        follow the schedule, the database and the clock."""
        self.ctx.events.begin_run(self.holder)
        if self.watch_clock:
            self.clock_watch.start()
        self.reconcile_now()
        QTimer.singleShot(0, self.backup_if_due)  # the window opened without it: not on its path
        self.ctx.schedule.on_change.append(self._on_own_change)
        self.slot_clock.start()
        self._timer.start()
        self._heartbeat.start()
        self.data_watch.start()
        if self.preflight is not None:
            self.preflight.run_now()
            self.preflight.rearm()
        self.running = True

    def backup_if_due(self) -> None:
        """The day's backup for a station that runs for weeks without a restart; never while
        a broadcast is on air (the copy runs on this thread, which feeds the audio)."""
        if self.player.is_playing():
            return
        self.ctx.backup.daily_if_due()

    def stop(self, detail: str = "") -> None:
        """Stop following the schedule and record the stop (a broadcast on air is left to the
        caller)."""
        self._timer.stop()
        self._heartbeat.stop()
        self.data_watch.stop()
        self.clock_watch.stop()
        self.slot_clock.shutdown()
        if self.preflight is not None:
            self.preflight.timer.stop()
            self.preflight.wait()
        if self._on_own_change in self.ctx.schedule.on_change:
            self.ctx.schedule.on_change.remove(self._on_own_change)
        if self.running:
            self.ctx.events.end_run(detail)
        self.running = False

    def _beat(self) -> None:
        try:
            self.ctx.events.heartbeat()
        except KnownError as exc:
            self.problem.emit(exc)

    # changes: ours, other processes', the clock's

    def _on_own_change(self) -> None:
        self.slot_clock.lead_s = preroll_seconds(self.ctx)  # a setting changed, perhaps
        self.slot_clock.rebuild()
        if self.preflight is not None:
            self.preflight.rearm()

    def on_external_change(self) -> None:
        """Another process changed the database: re-arm the slots and the pre-flight."""
        self._on_own_change()
        self.data_changed.emit()

    def on_clock_jump(self, expected: dt.datetime, now: dt.datetime) -> None:
        """The wall clock moved from ``expected`` to ``now`` by itself.

        Forward: every occurrence jumped over is decided now (the latest airs if still within
        the misfire grace, the others are logged ``missed``/``clock_changed``). Both ways: the
        slot clock is re-armed from the new time; what already has a row never airs again.
        """
        delta = (now - expected).total_seconds()
        if abs(delta) > JUMP_EVENT_S:
            size = jump_size(delta)
            self.ctx.events.record(
                "clock_jump", f"{size}: {to_utc_iso(expected)} -> {to_utc_iso(now)}", at=now)
            self.problem.emit(KnownError(
                "station.clock_jump_forward" if delta > 0 else "station.clock_jump_back",
                size=size.lstrip("+-")))
        if delta > 0:
            self._decide_jumped_over(expected, now)
        self._on_own_change()
        self.clock_jumped.emit(delta)

    def _decide_jumped_over(self, expected: dt.datetime, now: dt.datetime) -> None:
        tz = self.ctx.schedule.timezone()
        found = sorted((
            (at, slot) for slot in self.ctx.schedule.list() if slot.enabled
            for at in occurrences(slot, expected, now + dt.timedelta(microseconds=1), tz)
            if not self.slot_clock.was_woken(slot.id, at)
            and not self.ctx.log.has_outcome(slot.id, at)
        ), key=lambda pair: pair[0])
        for n, (at, slot) in enumerate(found):
            latest = n == len(found) - 1
            if latest and (now - at).total_seconds() <= MISFIRE_GRACE_S \
                    and not self.player.is_playing():
                self.air(slot, at, Trigger.SCHEDULE)
                continue
            programme = self.ctx.programmes.get(slot.programme_id)
            if self.ctx.log.record_missed(programme, slot.id, at, REASON_CLOCK_CHANGED):
                self.slot_missed.emit(slot.id, at)

    # the clock woke us

    def due_occurrence(self, slot: Slot, now: dt.datetime) -> dt.datetime | None:
        """The occurrence of ``slot`` a wake-up at ``now`` is for: the latest one in the grace
        window (for a caller that has no instant)."""
        tz = self.ctx.schedule.timezone()
        found = list(occurrences(slot, now - dt.timedelta(seconds=MISFIRE_GRACE_S),
                                 now + EARLY_TOLERANCE, tz))
        return found[-1] if found else None

    def _on_slot_due(self, slot_id: int, at: dt.datetime | None = None) -> None:
        try:
            slot = self.ctx.schedule.get(slot_id)
        except KnownError:
            return  # removed while its job was on its way
        tz = self.ctx.schedule.timezone()
        if at is None:
            at = self.due_occurrence(slot, self.ctx.clock())
        elif at not in occurrences(slot, at, at + dt.timedelta(microseconds=1), tz):
            at = None  # edited since its job was armed: the rebuild armed the new time
        if at is None:
            return  # an exception date (Tết …): the slot does not air that day
        if self.ctx.log.has_outcome(slot.id, at):
            return  # the clock went back over a slot that already has its outcome
        if (self.ctx.clock() - at).total_seconds() > MISFIRE_GRACE_S:
            return  # too late for the clock's wake-up: reconcile decides
        self.air(slot, at, Trigger.SCHEDULE, start_at=at)

    def air(self, slot: Slot, at: dt.datetime, trigger: Trigger,
            start_at: dt.datetime | None = None) -> str | None:
        """Start the slot's programme for the occurrence ``at`` (at ``start_at`` when that is
        still to come); log it missed if it cannot start."""
        programme = self.ctx.programmes.get(slot.programme_id)
        try:
            broadcast_id = self.player.play_programme(
                programme, trigger=trigger, priority=Priority.NORMAL, slot_id=slot.id,
                scheduled_at=at, start_at=start_at,
            )
        except KnownError as exc:
            if exc.message_id == "log.slot_already_logged":
                return None  # the clock went back over a slot that already has its outcome
            reason = REASON_BUSY if exc.message_id == "playout.busy" else exc.message_id
            if self.ctx.log.record_missed(programme, slot.id, at, reason):
                self.slot_missed.emit(slot.id, at)
            self.problem.emit(exc)
            return None
        return broadcast_id or None

    def _on_broadcast_started(self, record) -> None:
        if record.slot_id is not None:
            self.slot_aired.emit(record.id)

    # reconcile

    def reconcile_now(self, settle_s: float = 0.0) -> list:
        """Decide every past slot without a row: air the latest late, or log it missed."""
        if self.watch_clock and self.clock_watch.timer.isActive():
            self.clock_watch.check()  # a jump gets its own reason before reconcile looks
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

    # pre-flight

    def _on_preflight(self, report) -> None:
        worst = report.worst()
        detail = f"{report.colour()}" + (f" {worst.id}: {worst.message('vi')}" if worst else "")
        try:
            self.ctx.events.record("preflight", detail, at=report.at)
        except KnownError as exc:
            self.problem.emit(exc)
        self.preflight_done.emit(report)
