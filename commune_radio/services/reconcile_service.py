"""Deciding which past slots did not air: each becomes one `missed` row, or airs late.

Runs at every start of the station program (window or `run`) and every minute while it runs,
and as `reconcile`. The decision is core's (``core.schedule.reconcile``); this service feeds it
the slots, what the log already holds and the PC's boot time, and remembers how far it got.
"""

from __future__ import annotations

import datetime as dt
import os
import time

from commune_radio.core.clock import Clock, from_iso, system_clock, to_utc_iso
from commune_radio.core.schedule import DEFAULT_CATCH_UP_MINUTES, Due, reconcile
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_setting, set_setting

WATERMARK = "reconciled_through"
CATCH_UP_SETTING = "catch_up_minutes"
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
    """Finds the slots that passed without a broadcast."""

    def __init__(self, db: Database, schedule, clock: Clock = system_clock, *,
                 programmes=None, log=None) -> None:
        self.db = db
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
        value = get_setting(self.db, CATCH_UP_SETTING)
        return float(value) if value is not None else DEFAULT_CATCH_UP_MINUTES

    def set_catch_up_minutes(self, minutes: float) -> None:
        """Change the catch-up window."""
        set_setting(self.db, CATCH_UP_SETTING, str(max(0.0, float(minutes))))

    def logged_occurrences(self, since: dt.datetime) -> set[tuple[int, dt.datetime]]:
        """(slot id, scheduled moment) of every slot broadcast already in the log."""
        rows = self.db.query(
            "SELECT slot_id, scheduled_at FROM broadcasts WHERE slot_id IS NOT NULL "
            "AND scheduled_at >= ?", (to_utc_iso(since - OVERLAP),),
        )
        return {(r[0], from_iso(r[1])) for r in rows}

    def decide(self, now: dt.datetime | None = None, *, settle_s: float = 0.0) -> list[Due]:
        """What to do about every past occurrence without a row, oldest first.

        ``settle_s`` leaves the last seconds alone while the scheduler is running, so a slot
        whose job is just firing is not also caught up here.
        """
        now = now or self.clock()
        horizon = now - dt.timedelta(seconds=settle_s)
        mark = from_iso(get_setting(self.db, WATERMARK))
        floor = now - MAX_LOOKBACK
        created = {r[0]: from_iso(r[1]) for r in self.db.query("SELECT id, created_at FROM slots")}
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

    def mark_done(self, now: dt.datetime | None = None) -> None:
        """Remember that everything up to ``now`` has been decided."""
        now = now or self.clock()
        mark = from_iso(get_setting(self.db, WATERMARK))
        if mark is None or now > mark:  # a clock set back never moves the mark back
            set_setting(self.db, WATERMARK, to_utc_iso(now))
