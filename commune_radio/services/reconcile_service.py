"""Deciding which past slots did not air: each becomes one `missed` row, or airs late.

Runs at every start of the station program (window or `run`) and every minute while it runs,
and as `reconcile`. The decision is core's (``core.schedule.reconcile``); this service feeds it
the slots, what the log already holds and the PC's boot time, and remembers how far it got.
"""

from __future__ import annotations

import datetime as dt
import os
import time

from commune_radio.core import settings as S
from commune_radio.core.clock import Clock, from_iso, system_clock, to_utc_iso
from commune_radio.core.schedule import Due, reconcile
from commune_radio.services.changes import Changes
from commune_radio.services.settings_service import SettingsService
from commune_radio.storage import log_repo, schedule_repo
from commune_radio.storage.database import Database

MAX_LOOKBACK = dt.timedelta(days=62)  # older gaps were reported long ago or never mattered
OVERLAP = dt.timedelta(days=1)  # re-examine a day before the watermark: cheap and safe


def boot_time() -> dt.datetime | None:
    """When this PC last started (so a slot before it is 'PC off', not 'program closed')."""
    try:
        if hasattr(time, "CLOCK_BOOTTIME"):
            up = time.clock_gettime(time.CLOCK_BOOTTIME)
        elif os.name == "nt":
            import ctypes

            up = ctypes.windll.kernel32.GetTickCount64() / 1000.0
        else:
            return None
    except (OSError, AttributeError):
        return None
    return dt.datetime.now(dt.UTC) - dt.timedelta(seconds=up)


class ReconcileService:
    """Finds the slots that passed without a broadcast (built once, as ``ctx.reconcile``)."""

    def __init__(self, db: Database, schedule, clock: Clock = system_clock, *,
                 programmes=None, log=None) -> None:
        self.db = db
        self.settings = SettingsService(db)
        self.schedule = schedule
        self.clock = clock
        self.programmes = programmes
        self.log = log

    def record_missed(self, due: Due, reason: str | None = None) -> bool:
        """Write the `missed` row of one occurrence; False when it already had an outcome."""
        programme = self.programmes.get(due.occurrence.programme_id)
        return self.log.record_missed(programme, due.occurrence.slot_id, due.occurrence.at,
                                      reason or due.reason)

    def run(self, now: dt.datetime | None = None) -> tuple[list[Due], list[Due]]:
        """`reconcile` without a player: log every missed occurrence, leave the one that may
        still air late to the station program; return (recorded, left for catch-up)."""
        now = now or self.clock()
        decided = self.decide(now)
        recorded = [d for d in decided if d.action == "missed" and self.record_missed(d)]
        pending = [d for d in decided if d.action == "catch_up"]
        self.mark_done(pending[0].occurrence.at - dt.timedelta(seconds=1) if pending else now)
        return recorded, pending

    def catch_up_minutes(self) -> float:
        """The station's catch-up window (0 turns catch-up off)."""
        return self.settings.get(S.CATCH_UP_MINUTES)

    def set_catch_up_minutes(self, minutes: float) -> Changes:
        """Change the catch-up window."""
        return self.settings.set(S.CATCH_UP_MINUTES, max(0.0, float(minutes)))

    def logged_occurrences(self, since: dt.datetime) -> set[tuple[int, dt.datetime]]:
        """(slot id, scheduled moment) of every slot broadcast already in the log."""
        rows = log_repo.logged_slot_occurrences(self.db, to_utc_iso(since - OVERLAP))
        return {(slot_id, from_iso(at)) for slot_id, at in rows}

    def decide(self, now: dt.datetime | None = None, *, settle_s: float = 0.0) -> list[Due]:
        """What to do about every past occurrence without a row, oldest first.

        ``settle_s`` leaves the last seconds alone while the scheduler is running, so a slot
        whose job is just firing is not also caught up here.
        """
        now = now or self.clock()
        horizon = now - dt.timedelta(seconds=settle_s)
        mark = self._watermark()
        floor = now - MAX_LOOKBACK
        created = {k: from_iso(v) for k, v in schedule_repo.slot_created_times(self.db).items()}
        tz = self.schedule.timezone()
        logged = self.logged_occurrences(min(mark or floor, now) - OVERLAP)
        decided: list[Due] = []
        window, booted = self.catch_up_minutes(), boot_time()  # once, not once per slot
        for slot in self.schedule.list():
            since = max(created.get(slot.id) or floor, floor)
            if mark is not None:
                since = max(since, min(mark, horizon) - OVERLAP)
            decided.extend(
                reconcile([slot], logged, since, horizon, tz,
                          catch_up_minutes=window, boot_time=booted)
            )
        decided.sort(key=lambda d: d.occurrence)
        # only the newest of all may air late; every other one is missed
        for i, due in enumerate(decided[:-1]):
            if due.action == "catch_up":
                decided[i] = Due(due.occurrence, "missed", "program_closed")
        return decided

    def _watermark(self) -> dt.datetime | None:
        return from_iso(self.settings.get(S.RECONCILED_THROUGH) or None)

    def mark_done(self, now: dt.datetime | None = None) -> None:
        """Remember that everything up to ``now`` has been decided."""
        now = now or self.clock()
        mark = self._watermark()
        if mark is None or now > mark:  # a clock set back never moves the mark back
            self.settings.set(S.RECONCILED_THROUGH, to_utc_iso(now))
