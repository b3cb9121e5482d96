"""The station's as-played log: written before audio starts, updated as each item ends.

Every way a broadcast can end goes through here: the playout engine (``begin`` ... ``end``), the
scheduler (``record_missed`` / ``record_skipped``, idempotent per slot occurrence) and crash
recovery at start-up (``recover_interrupted``). ``log list`` and the log screen read through
``list`` / ``page`` with dates in station time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from commune_radio.core.broadcast_log import (
    BroadcastRecord,
    ItemRecord,
    decide_outcome,
    recovered_outcome,
    week_bounds,
)
from commune_radio.core.broadcasts import (
    REASON_INTERRUPTED,
    ItemStatus,
    Priority,
    Status,
    Trigger,
)
from commune_radio.core.clock import Clock, from_iso, station_iso, system_clock, to_utc_iso
from commune_radio.core.dates import iso_week_key, station_today
from commune_radio.core.errors import EnvironmentProblem, RejectedInput
from commune_radio.core.programmes import Programme
from commune_radio.core.segments import parse_date
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.services.broadcast_lock import LiveLocks
from commune_radio.storage import log_repo
from commune_radio.storage.database import Database
from commune_radio.storage.log_repo import Bounds, Cursor
from commune_radio.storage.station_repo import get_station


@dataclass(frozen=True)
class LogFilter:
    """What the log screen or ``log list`` asks for; dates are inclusive station-time days."""

    from_date: dt.date | str | None = None
    to_date: dt.date | str | None = None
    statuses: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    topic: str | None = None
    language: str | None = None
    dx_only: bool = False


@dataclass(frozen=True)
class WeekStatus:
    """The DX badge of one ISO week: did a ``dx`` broadcast play in full?"""

    week: str  # "2026-W48"
    monday: dt.date
    sunday: dt.date
    compliant: bool
    dx_played: int  # how many dx broadcasts played in full


class LogService:
    """Writes and reads the as-played log of one station."""

    def __init__(self, db: Database, data_dir: Path, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock
        self.locks = LiveLocks(data_dir)

    # station facts

    def timezone(self) -> str:
        """The station's zone (the default before set-up)."""
        station = get_station(self.db)
        return station.timezone if station else DEFAULT_TIMEZONE

    def _station_code(self) -> str:
        station = get_station(self.db)
        if station is None:
            raise EnvironmentProblem("station.missing")
        return station.code

    def now_iso(self) -> str:
        """The clock's now, as stored."""
        return to_utc_iso(self.clock())

    # the playout engine's writes

    def begin(
        self,
        programme: Programme,
        *,
        trigger: Trigger = Trigger.MANUAL,
        priority: Priority = Priority.NORMAL,
        device: str | None = None,
        slot_id: int | None = None,
        scheduled_at: dt.datetime | None = None,
        started_at: dt.datetime | None = None,
    ) -> BroadcastRecord:
        """Write the broadcast (``started``) and its items (``pending``) in one transaction.

        ``started_at`` is the instant the first sample is cued on, when playout cued it ahead.

        Called before any audio plays, so a crash from here on leaves a row that recovery
        turns into ``partial``. A slot occurrence that already has its outcome is refused.
        """
        code = self._station_code()
        broadcast_id = str(uuid.uuid4())
        now = self.now_iso()
        scheduled = to_utc_iso(scheduled_at) if scheduled_at is not None else None
        start = to_utc_iso(started_at) if started_at is not None else now
        row = {
            "id": broadcast_id, "station_code": code, "programme": programme.name,
            "programme_id": programme.id, "dx": int(programme.dx), "trigger": str(trigger),
            "priority": str(priority), "slot_id": slot_id, "scheduled_at": scheduled,
            "started_at": start, "ended_at": None, "status": Status.STARTED.value,
            "reason": None, "device": device, "created_at": now,
        }
        items = _item_rows(programme, ItemStatus.PENDING)
        self.locks.hold(broadcast_id)
        try:
            with self.db.transaction() as t:
                if slot_id is not None and log_repo.slot_outcome_exists(t.conn, slot_id,
                                                                        scheduled):
                    raise RejectedInput("log.slot_already_logged", slot_id=slot_id,
                                        at=station_iso(scheduled, self.timezone()))
                log_repo.insert_broadcast(t.conn, row, items)
        except BaseException:
            self.locks.release(broadcast_id)
            raise
        return self.get(broadcast_id)

    def item_started(self, broadcast_id: str, position: int,
                     at_moment: dt.datetime | None = None) -> str:
        """An item goes on air now (or at the cued ``at_moment``); returns the stored time."""
        at = to_utc_iso(at_moment) if at_moment is not None else self.now_iso()
        log_repo.item_started(self.db, broadcast_id, position, at)
        return at

    def item_progress(self, broadcast_id: str, position: int, played_s: float) -> None:
        """Checkpoint how much of the item on air has played (kept if the process dies)."""
        log_repo.item_progress(self.db, broadcast_id, position, round(played_s, 3))

    def item_ended(self, broadcast_id: str, position: int, status: ItemStatus, played_s: float,
                   reason: str | None = None, evidence=None) -> None:
        """An item ended: played to its end, stopped part-way, failed or skipped.

        ``evidence`` (a playout ``Evidence``) is what the samples sent measured."""
        now = self.now_iso()
        sent = None
        if evidence is not None:
            sent = (evidence.rms_dbfs, evidence.peak_dbfs, evidence.silent_s,
                    evidence.monitor_rms_dbfs)
        log_repo.item_ended(self.db, broadcast_id, position, status=str(status),
                            played_s=round(max(0.0, played_s), 3), at=now, reason=reason,
                            started_at=now if status == ItemStatus.FAILED else None,
                            evidence=sent)

    def end(self, broadcast_id: str, stop_reason: str | None = None) -> BroadcastRecord:
        """Close a broadcast with the outcome its items and ``stop_reason`` decide.

        Items that never started are marked ``skipped`` (with the stop reason, if any).
        """
        current = self.get(broadcast_id)
        settled = [
            (i.status, i.reason) for i in current.items
            if i.status not in (ItemStatus.PENDING, ItemStatus.PLAYING)
        ]
        outcome = decide_outcome(settled, stop_reason)
        log_repo.end_broadcast(self.db, broadcast_id, status=outcome.status.value,
                               reason=outcome.reason, at=self.now_iso(),
                               pending_reason=stop_reason)
        self.locks.release(broadcast_id)
        return self.get(broadcast_id)

    # the scheduler's writes

    def has_outcome(self, slot_id: int, scheduled_at: dt.datetime) -> bool:
        """Whether this slot occurrence already has its one row (aired, airing or decided)."""
        return log_repo.slot_outcome_logged(self.db, slot_id, to_utc_iso(scheduled_at))

    def record_missed(self, programme: Programme, slot_id: int, scheduled_at: dt.datetime,
                      reason: str) -> bool:
        """Log that a slot occurrence never aired; False when it already had an outcome."""
        return self._record_outcome(programme, slot_id, scheduled_at, Status.MISSED, reason)

    def record_skipped(self, programme: Programme, slot_id: int, scheduled_at: dt.datetime,
                       reason: str) -> bool:
        """Log that the operator chose not to air a slot occurrence; False when already logged."""
        return self._record_outcome(programme, slot_id, scheduled_at, Status.SKIPPED, reason)

    def _record_outcome(self, programme: Programme, slot_id: int, scheduled_at: dt.datetime,
                        status: Status, reason: str) -> bool:
        now = self.now_iso()
        row = {
            "id": str(uuid.uuid4()), "station_code": self._station_code(),
            "programme": programme.name, "programme_id": programme.id,
            "dx": int(programme.dx), "trigger": Trigger.SCHEDULE.value,
            "priority": Priority.NORMAL.value, "slot_id": slot_id,
            "scheduled_at": to_utc_iso(scheduled_at), "started_at": None, "ended_at": None,
            "status": status.value, "reason": reason, "device": None, "created_at": now,
        }
        items = _item_rows(programme, ItemStatus.SKIPPED)
        with self.db.transaction() as t:
            return log_repo.insert_broadcast(t.conn, row, items, or_ignore=True)

    # start-up

    def recover_interrupted(self) -> list[str]:
        """Close every ``started`` broadcast whose process died; return their ids.

        Run at every start. A broadcast another live process is airing (its lock is held) is
        left alone. The item that was on air becomes ``partial`` with what had played by its
        last checkpoint; items not reached become ``skipped``; the broadcast ``partial`` with
        reason ``interrupted``.
        """
        recovered = []
        for broadcast_id in log_repo.started_ids(self.db):
            if self.locks.is_live(broadcast_id):
                continue
            self._recover(broadcast_id)
            self.locks.forget(broadcast_id)
            recovered.append(broadcast_id)
        return recovered

    def _recover(self, broadcast_id: str) -> None:
        record = self.get(broadcast_id)
        last_moment = from_iso(record.started_at) or self.clock()
        settled, closing = [], []
        for item in record.items:
            status, reason = item.status, item.reason
            if item.status == ItemStatus.PLAYING:
                started = from_iso(item.started_at) or last_moment
                ended = started + dt.timedelta(seconds=item.played_s or 0.0)
                status, reason = ItemStatus.PARTIAL, REASON_INTERRUPTED
                closing.append(log_repo.InterruptedItem(item.position, status.value, reason,
                                                        to_utc_iso(ended)))
                last_moment = max(last_moment, ended)
            elif item.status == ItemStatus.PENDING:
                status, reason = ItemStatus.SKIPPED, REASON_INTERRUPTED
                closing.append(log_repo.InterruptedItem(item.position, status.value, reason, None))
            elif item.ended_at:
                last_moment = max(last_moment, from_iso(item.ended_at))
            settled.append((status, reason))
        outcome = recovered_outcome(settled)
        log_repo.close_interrupted(self.db, broadcast_id, closing, status=outcome.status.value,
                                   reason=outcome.reason, ended_at=to_utc_iso(last_moment))

    # reading

    def get(self, broadcast_id: str) -> BroadcastRecord:
        """One broadcast with its items."""
        record = log_repo.get_broadcast(self.db, broadcast_id)
        if record is None:
            raise RejectedInput("log.not_found", broadcast_id=broadcast_id)
        return record

    def bounds(self, flt: LogFilter) -> Bounds:
        """A filter in stored terms: station-time days to UTC moments."""
        zone = ZoneInfo(self.timezone())
        since, until = parse_date(flt.from_date), parse_date(flt.to_date)
        if since and until and until < since:
            raise RejectedInput("log.bad_range", since=since.isoformat(), to=until.isoformat())

        def midnight(day: dt.date) -> str:
            return to_utc_iso(dt.datetime.combine(day, dt.time(), zone))

        return Bounds(
            start=midnight(since) if since else None,
            end=midnight(until + dt.timedelta(days=1)) if until else None,
            statuses=tuple(flt.statuses), triggers=tuple(flt.triggers), topic=flt.topic,
            language=flt.language, dx_only=flt.dx_only,
        )

    def list(self, flt: LogFilter = LogFilter()) -> list[BroadcastRecord]:
        """Every matching broadcast, oldest first (what ``log list`` prints)."""
        bounds = self.bounds(flt)
        out: list[BroadcastRecord] = []
        cursor: Cursor | None = None
        while True:
            records, cursor = log_repo.page(self.db, bounds, limit=1000, after=cursor)
            out.extend(records)
            if cursor is None:
                return out

    def page(self, flt: LogFilter = LogFilter(), *, limit: int = 200,
             after: Cursor | None = None, newest_first: bool = True,
             ) -> tuple[list[BroadcastRecord], Cursor | None]:
        """One page of the log for a lazy table: records and the cursor of the next page."""
        return log_repo.page(self.db, self.bounds(flt), limit=limit, after=after,
                             newest_first=newest_first)

    def count(self, flt: LogFilter = LogFilter()) -> int:
        """How many broadcasts match a filter."""
        return log_repo.count(self.db, self.bounds(flt))

    def week_status(self, day: dt.date | None = None) -> WeekStatus:
        """The DX badge for the ISO week holding ``day`` (today in station time by default)."""
        day = day or station_today(self.timezone(), self.clock())
        monday, sunday = week_bounds(day)
        # the rule of core.broadcast_log.dx_compliant, counted in SQL: a dx broadcast played
        played = self.count(LogFilter(monday, sunday, statuses=(Status.PLAYED.value,),
                                      dx_only=True))
        return WeekStatus(iso_week_key(monday), monday, sunday, played > 0, played)

    def as_json(self, record: BroadcastRecord) -> dict:
        """The ``log list --json`` object of a broadcast (station time with offset)."""
        tz = self.timezone()
        return broadcast_json(record, tz)


def _item_rows(programme: Programme, status: ItemStatus) -> list[dict]:
    return [
        {
            "position": item.position, "segment_id": item.segment.id,
            "sha256": item.segment.sha256, "title": item.segment.title,
            "topic": item.segment.topic, "language": item.segment.language,
            "planned_s": round(item.segment.duration_s, 3), "played_s": 0.0,
            "started_at": None, "ended_at": None, "status": status.value, "reason": None,
            "pack_id": item.segment.pack_id, "pack_segment_id": item.segment.pack_segment_id,
        }
        for item in programme.items
    ]


def item_json(item: ItemRecord, tz: str) -> dict:
    """The CLI.md object of one logged item."""
    return {
        "segment_id": item.segment_id, "sha256": item.sha256, "title": item.title,
        "topic": item.topic, "language": item.language, "planned_s": round(item.planned_s, 3),
        "played_s": round(item.played_s, 3), "started_at": station_iso(item.started_at, tz),
        "ended_at": station_iso(item.ended_at, tz), "status": item.status.value,
        "reason": item.reason, "sent_rms_dbfs": item.sent_rms_dbfs,
        "sent_peak_dbfs": item.sent_peak_dbfs, "silent_s": item.silent_s,
        "monitor_rms_dbfs": item.monitor_rms_dbfs, "pack_id": item.pack_id,
        "pack_segment_id": item.pack_segment_id,
    }


def broadcast_json(record: BroadcastRecord, tz: str,
                   items: Sequence[ItemRecord] | None = None) -> dict:
    """The CLI.md object of one logged broadcast."""
    return {
        "id": record.id, "station_code": record.station_code, "programme": record.programme,
        "dx": record.dx, "trigger": record.trigger.value,
        "scheduled_at": station_iso(record.scheduled_at, tz),
        "started_at": station_iso(record.started_at, tz),
        "ended_at": station_iso(record.ended_at, tz), "status": record.status.value,
        "reason": record.reason, "device": record.device,
        "priority": record.priority.value,
        "items": [item_json(i, tz) for i in (record.items if items is None else items)],
    }
