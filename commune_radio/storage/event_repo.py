"""The station event log in SQLite (start, stop, crash, heartbeat, clock jump, pre-flight …)."""

from __future__ import annotations

from dataclasses import dataclass

from commune_radio.storage.database import Database


@dataclass(frozen=True)
class EventRow:
    """One stored station event; ``at`` is UTC ISO 8601."""

    id: int
    at: str
    kind: str
    detail: str
    run_id: str | None


def insert_event(db: Database, at: str, kind: str, detail: str, run_id: str | None) -> int:
    """Store one event; return its id."""
    with db.transaction() as t:
        return t["station_events"].insert(
            {"at": at, "kind": kind, "detail": detail, "run_id": run_id}).last_pk


def list_events(db: Database, since: str | None = None, until: str | None = None,
                kinds: tuple[str, ...] = ()) -> list[EventRow]:
    """Events with ``since <= at < until`` (either bound optional), oldest first."""
    where, params = [], []
    if since is not None:
        where.append("at >= ?")
        params.append(since)
    if until is not None:
        where.append("at < ?")
        params.append(until)
    if kinds:
        where.append(f"kind IN ({','.join('?' * len(kinds))})")
        params.extend(kinds)
    sql = "SELECT id, at, kind, detail, run_id FROM station_events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.query(sql + " ORDER BY at, id", tuple(params))
    return [EventRow(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def last_run_events(db: Database) -> list[EventRow]:
    """Every event of the latest run that has a ``start`` (empty when none ever started)."""
    rows = db.query("SELECT run_id FROM station_events WHERE kind = 'start' "
                    "ORDER BY id DESC LIMIT 1")
    if not rows or rows[0][0] is None:
        return []
    found = db.query("SELECT id, at, kind, detail, run_id FROM station_events "
                     "WHERE run_id = ? ORDER BY id", (rows[0][0],))
    return [EventRow(r[0], r[1], r[2], r[3], r[4]) for r in found]
