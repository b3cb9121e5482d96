"""APScheduler as the clock: one memory-store job per slot, handed over to the Qt thread.

Our slot table is the truth; this rebuilds the jobs from it at start and on every change. A job
runs in APScheduler's pool thread and does nothing but emit ``slot_due``: Qt queues the signal
to receivers living in the GUI (or main) thread, where playout starts. A job that touched Qt
objects from the pool thread would hang the program.
"""

from __future__ import annotations

import datetime as dt
import logging

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Signal

from commune_radio.core.schedule import DAY_NAMES, Slot

log = logging.getLogger(__name__)

MISFIRE_GRACE_S = 120  # later than this, reconcile decides (catch-up or missed), not the job


def trigger_for(slot: Slot, tz) -> CronTrigger | DateTrigger | None:
    """The APScheduler trigger of a slot (None when it can never fire again)."""
    if slot.one_off_date is not None:
        return DateTrigger(dt.datetime.combine(slot.one_off_date, slot.at, tzinfo=tz))
    if not slot.days:
        return None
    end = (
        dt.datetime.combine(slot.until_date, dt.time(23, 59, 59), tzinfo=tz)
        if slot.until_date else None
    )
    start = dt.datetime.combine(slot.from_date, dt.time(0), tzinfo=tz) if slot.from_date else None
    return CronTrigger(
        day_of_week=",".join(DAY_NAMES[d] for d in sorted(slot.days)),
        hour=slot.at.hour, minute=slot.at.minute, second=slot.at.second,
        start_date=start, end_date=end, timezone=tz,
    )


class _Scheduler(BackgroundScheduler):
    """APScheduler whose clock thread survives a job that is already gone.

    After a one-off job fires, the clock thread removes it; if a rebuild or a shutdown removed
    it first, APScheduler raises ``JobLookupError`` in its own thread and that thread dies,
    silently stopping every later slot. A job already gone is the state wanted, so say so.
    """

    def remove_job(self, job_id, jobstore=None):
        try:
            super().remove_job(job_id, jobstore)
        except JobLookupError:
            log.info("job %s was already removed", job_id)


class SlotClock(QObject):
    """Wakes the program at each slot; ``slot_due(slot_id)`` arrives on the Qt thread."""

    slot_due = Signal(int)

    def __init__(self, schedule, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self._scheduler = _Scheduler(
            timezone=schedule.timezone(),
            job_defaults={"coalesce": True, "misfire_grace_time": MISFIRE_GRACE_S,
                          "max_instances": 1},
        )

    def start(self) -> None:
        """Build the jobs and start the clock thread."""
        self.rebuild()
        self._scheduler.start()

    def rebuild(self) -> None:
        """Replace every job by one per enabled slot of the table."""
        tz = self.schedule.timezone()
        self._scheduler.remove_all_jobs()
        for slot in self.schedule.list():
            if not slot.enabled:
                continue
            trigger = trigger_for(slot, tz)
            if trigger is None:
                continue
            self._scheduler.add_job(self._fire, trigger, args=[slot.id], id=f"slot-{slot.id}",
                                    replace_existing=True)

    def next_fire_times(self) -> dict[int, dt.datetime]:
        """Slot id -> when its job fires next (for display and tests)."""
        return {
            int(job.id.split("-", 1)[1]): job.next_run_time
            for job in self._scheduler.get_jobs() if job.next_run_time is not None
        }

    def _fire(self, slot_id: int) -> None:
        # pool thread: emit only; the connection is queued to the receiver's thread
        self.slot_due.emit(slot_id)

    def shutdown(self) -> None:
        """Stop the clock thread (jobs that are running finish)."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
