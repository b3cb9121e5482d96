"""A record of being on: the station event log (``ctx.events``).

The station program (window or `run`) writes ``start`` when it begins to air the schedule,
a ``heartbeat`` every minute, and ``stop`` when it closes; a ``start`` whose run never wrote its
``stop`` is found at the next start and recorded as a ``crash`` (with the last sign of life).
Clock jumps, pre-flight results, dead air, a lost device and the stream going up or down are
recorded as they happen, so a missed slot's reason is evidence, not a guess.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass

from commune_radio.core.clock import Clock, from_iso, system_clock, to_utc_iso
from commune_radio.storage.database import Database
from commune_radio.storage.event_repo import insert_event, last_run_events, list_events

KINDS = ("start", "stop", "crash", "heartbeat", "clock_jump", "dead_air", "preflight",
         "device_lost", "stream_up", "stream_down")
HEARTBEAT_S = 60


@dataclass(frozen=True)
class StationEvent:
    """One event: when (aware UTC), what kind, and what a person needs to know about it."""

    at: dt.datetime
    kind: str
    detail: str = ""


class EventLog:
    """Writes and reads the station events of one data directory."""

    heartbeat_s = HEARTBEAT_S  # how often the station program says it is alive

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock
        self.run_id: str | None = None  # set while this process is the station program

    def record(self, kind: str, detail: str = "", at: dt.datetime | None = None) -> StationEvent:
        """Store one event (``at`` defaults to now); an unknown kind is a defect of the caller."""
        if kind not in KINDS:
            raise ValueError(f"unknown station event kind {kind!r}")
        moment = at or self.clock()
        insert_event(self.db, to_utc_iso(moment), kind, detail or "", self.run_id)
        return StationEvent(moment.astimezone(dt.UTC), kind, detail or "")

    def list(self, since: dt.datetime | None = None,
             until: dt.datetime | None = None) -> list[StationEvent]:
        """Events with ``since <= at < until`` (either bound optional), oldest first."""
        rows = list_events(self.db, to_utc_iso(since) if since else None,
                           to_utc_iso(until) if until else None)
        return [StationEvent(from_iso(r.at), r.kind, r.detail) for r in rows]

    # the run of the station program

    def begin_run(self, holder: str) -> StationEvent | None:
        """Record this run's ``start``; first a ``crash`` if the previous run left no ``stop``.

        Only the holder of the station lock calls this, so a previous run without its
        ``stop`` is certainly dead. Returns the crash event recorded, if any.
        """
        crash = None
        previous = last_run_events(self.db)
        if previous and not any(e.kind in ("stop", "crash") for e in previous):
            last = previous[-1]
            started = previous[0]
            crash = self.record("crash", f"{started.detail}; last sign of life {last.at} "
                                         f"({last.kind})")
        self.run_id = uuid.uuid4().hex
        self.record("start", f"{holder} pid {os.getpid()}")
        return crash

    def heartbeat(self) -> None:
        """The minute's sign of life of a running station program."""
        if self.run_id is not None:
            self.record("heartbeat")

    def end_run(self, detail: str = "") -> None:
        """Record this run's ``stop`` (a clean close)."""
        if self.run_id is not None:
            self.record("stop", detail)
            self.run_id = None


def event_json(event: StationEvent, timezone: str) -> dict:
    """An event as `log events --json` prints it (station time with its offset)."""
    from commune_radio.core.clock import station_iso

    return {"at": station_iso(event.at, timezone), "kind": event.kind, "detail": event.detail}
