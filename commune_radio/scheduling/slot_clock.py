"""APScheduler as the clock: one ``DateTrigger`` job per slot, armed a lead time before it.

Our slot table is the truth and the repeat rule lives once, in ``core.schedule.occurrences``;
APScheduler only wakes the program. Each enabled slot gets one job at (its next occurrence −
``lead_s``), the pre-roll the player needs to have the first sample leave on time. After a job
fires, that slot is re-armed for its following occurrence; every change of the table (and a
clock jump) re-arms them all. A job runs in APScheduler's pool thread and does nothing but
emit ``slot_due(slot_id, occurrence)``: Qt queues the signal to receivers living in the GUI (or
main) thread, where playout starts. A job that touched Qt objects from the pool thread would
hang the program.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Signal

from commune_radio.core.clock import Clock, system_clock
from commune_radio.core.schedule import Slot, next_occurrences
from commune_radio.core.settings import PREROLL_S

log = logging.getLogger(__name__)

MISFIRE_GRACE_S = 120  # later than this, reconcile decides (catch-up or missed), not the job
DEFAULT_PREROLL_S = PREROLL_S.default


def next_occurrence(slot: Slot, after: dt.datetime, tz) -> dt.datetime | None:
    """The slot's first occurrence at or after ``after`` (None when it never airs again)."""
    found = next_occurrences([slot], after, 1, tz)
    return found[0].at if found else None


def trigger_for(slot: Slot, tz, now: dt.datetime, lead_s: float = 0.0
                ) -> tuple[DateTrigger, dt.datetime] | None:
    """The job trigger waking the program ``lead_s`` before the slot's next occurrence at or
    after ``now``, with that occurrence; None when the slot can never air again."""
    at = next_occurrence(slot, now, tz)
    if at is None:
        return None
    return DateTrigger(at - dt.timedelta(seconds=lead_s), timezone=dt.UTC), at


class _Scheduler(BackgroundScheduler):
    """APScheduler whose clock thread survives a job that is already gone.

    After a date job fires, the clock thread removes it; if a rebuild or a shutdown removed
    it first, APScheduler raises ``JobLookupError`` in its own thread and that thread dies,
    silently stopping every later slot. A job already gone is the state wanted, so say so.
    """

    def remove_job(self, job_id, jobstore=None):
        try:
            super().remove_job(job_id, jobstore)
        except JobLookupError:
            log.info("job %s was already removed", job_id)


class SlotClock(QObject):
    """Wakes the program ``lead_s`` before each occurrence; ``slot_due(slot_id, at)`` arrives
    on the Qt thread with ``at`` the occurrence's UTC instant."""

    slot_due = Signal(int, object)

    def __init__(self, schedule, parent: QObject | None = None, *,
                 lead_s: float = DEFAULT_PREROLL_S, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.lead_s = float(lead_s)
        self.clock = clock or getattr(schedule, "clock", None) or system_clock
        self._scheduler = _Scheduler(
            timezone=schedule.timezone(),
            job_defaults={"coalesce": True, "misfire_grace_time": MISFIRE_GRACE_S,
                          "max_instances": 1},
        )
        self._lock = threading.Lock()  # _armed/_fired are touched by the pool thread too
        self._armed: dict[int, dt.datetime] = {}  # slot id -> occurrence its job wakes for
        self._fired: set[tuple[int, dt.datetime]] = set()  # never armed again

    def start(self) -> None:
        """Arm the jobs and start the clock thread."""
        self.rebuild()
        self._scheduler.start()

    def rebuild(self) -> None:
        """Re-arm one job per enabled slot of the table, for its next occurrence."""
        now = self.clock()
        slots = [s for s in self.schedule.list() if s.enabled]
        tz = self.schedule.timezone()
        self._scheduler.remove_all_jobs()
        with self._lock:
            self._armed.clear()
            # an occurrence already woken for stays done, unless the clock went far back
            self._fired = {(sid, at) for sid, at in self._fired
                           if at > now - dt.timedelta(days=1)}
        for slot in slots:
            self._arm(slot, now, tz)

    def _arm(self, slot: Slot, after: dt.datetime, tz) -> None:
        # a wake-up that is due now or was due within the lead time still fires at once
        start = after - dt.timedelta(seconds=self.lead_s)
        while True:
            found = trigger_for(slot, tz, start, self.lead_s)
            if found is None:
                return
            trigger, at = found
            with self._lock:
                if (slot.id, at) not in self._fired:
                    self._armed[slot.id] = at
                    break
            start = at + dt.timedelta(microseconds=1)
        self._scheduler.add_job(self._fire, trigger, args=[slot.id, at], id=f"slot-{slot.id}",
                                replace_existing=True)

    def next_fire_times(self) -> dict[int, dt.datetime]:
        """Slot id -> the occurrence its job wakes the program for (display and tests)."""
        with self._lock:
            return dict(self._armed)

    def was_woken(self, slot_id: int, at: dt.datetime) -> bool:
        """Whether the clock already woke the program for this occurrence."""
        with self._lock:
            return (slot_id, at) in self._fired

    def wake_times(self) -> dict[int, dt.datetime]:
        """Slot id -> when its job fires (the occurrence minus the lead time)."""
        return {
            int(job.id.split("-", 1)[1]): job.next_run_time
            for job in self._scheduler.get_jobs() if job.next_run_time is not None
        }

    def _fire(self, slot_id: int, at: dt.datetime) -> None:
        # pool thread: emit only (the connection is queued to the receiver's thread), then
        # arm the slot's following occurrence; the table is read again on the Qt side later
        with self._lock:
            self._fired.add((slot_id, at))
            self._armed.pop(slot_id, None)
        self.slot_due.emit(slot_id, at)
        try:
            slot = self.schedule.get(slot_id)
        except Exception:  # removed meanwhile: the rebuild that follows the change decides
            return
        if slot.enabled and self._scheduler.running:
            self._arm(slot, at + dt.timedelta(microseconds=1), self.schedule.timezone())

    def shutdown(self) -> None:
        """Stop the clock thread (jobs that are running finish)."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
