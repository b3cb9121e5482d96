"""The as-played log in SQLite: broadcasts and their items (tables of schema v2).

Reads go through the expression index on ``coalesce(started_at, scheduled_at)`` (a missed slot
has no start, only its scheduled time), ordered by that moment then ``rowid`` so pages follow
the index and a million rows page in constant time.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from commune_radio.core.broadcast_log import BroadcastRecord, ItemRecord
from commune_radio.core.broadcasts import ItemStatus, Priority, Status, Trigger
from commune_radio.core.clock import to_utc_iso
from commune_radio.storage.database import Database

WHEN = "coalesce(b.started_at, b.scheduled_at)"

_BROADCAST_COLUMNS = (
    "id", "station_code", "programme", "programme_id", "dx", "trigger", "priority", "slot_id",
    "scheduled_at", "started_at", "ended_at", "status", "reason", "device", "created_at",
)
_ITEM_COLUMNS = (
    "broadcast_id", "position", "segment_id", "sha256", "title", "topic", "language",
    "planned_s", "played_s", "started_at", "ended_at", "status", "reason", "pack_id",
    "pack_segment_id",
)


@dataclass(frozen=True)
class Bounds:
    """A query of the log in stored (UTC ISO) terms; None means unbounded / any."""

    start: str | None = None  # inclusive
    end: str | None = None  # exclusive
    statuses: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    topic: str | None = None
    language: str | None = None
    dx_only: bool = False


Cursor = tuple[str, int]  # (moment, rowid) of the last row of a page


def _insert(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], row: dict,
            verb: str = "INSERT") -> int:
    marks = ", ".join("?" * len(columns))
    cur = conn.execute(
        f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({marks})",
        tuple(row.get(c) for c in columns),
    )
    return cur.rowcount


def slot_outcome_exists(conn: sqlite3.Connection, slot_id: int, scheduled_at: str) -> bool:
    """Whether a slot occurrence already has its one outcome."""
    return conn.execute(
        "SELECT 1 FROM broadcasts WHERE slot_id = ? AND scheduled_at = ?", (slot_id, scheduled_at)
    ).fetchone() is not None


def insert_broadcast(conn: sqlite3.Connection, broadcast: dict, items: list[dict],
                     *, or_ignore: bool = False) -> bool:
    """Write a broadcast and its items (inside the caller's transaction).

    With ``or_ignore`` a second outcome for the same slot occurrence is silently dropped (the
    unique index decides); returns whether the broadcast was written.
    """
    written = _insert(conn, "broadcasts", _BROADCAST_COLUMNS, broadcast,
                      "INSERT OR IGNORE" if or_ignore else "INSERT")
    if not written:
        return False
    for item in items:
        _insert(conn, "broadcast_items", _ITEM_COLUMNS, {**item, "broadcast_id": broadcast["id"]})
    return True


def item_started(db: Database, broadcast_id: str, position: int, at: str) -> None:
    """An item went on air."""
    with db.transaction() as t:
        t.conn.execute(
            "UPDATE broadcast_items SET status = ?, started_at = ?, played_s = 0"
            " WHERE broadcast_id = ? AND position = ?",
            (ItemStatus.PLAYING.value, at, broadcast_id, position),
        )


def item_progress(db: Database, broadcast_id: str, position: int, played_s: float) -> None:
    """How far the item on air has got (so a crash keeps what had aired)."""
    with db.transaction() as t:
        t.conn.execute(
            "UPDATE broadcast_items SET played_s = ? WHERE broadcast_id = ? AND position = ?"
            " AND status = ?",
            (played_s, broadcast_id, position, ItemStatus.PLAYING.value),
        )


def item_ended(db: Database, broadcast_id: str, position: int, *, status: str, played_s: float,
               at: str, reason: str | None, started_at: str | None = None,
               evidence: tuple | None = None) -> None:
    """An item left the air (played to its end, stopped, failed or skipped).

    ``evidence`` is (sent RMS dBFS, sent peak dBFS, silent seconds, monitor RMS dBFS)."""
    sent = evidence or (None, None, None, None)
    with db.transaction() as t:
        t.conn.execute(
            "UPDATE broadcast_items SET status = ?, played_s = ?, ended_at = ?, reason = ?,"
            " started_at = coalesce(started_at, ?), sent_rms_dbfs = ?, sent_peak_dbfs = ?,"
            " silent_s = ?, monitor_rms_dbfs = ? WHERE broadcast_id = ? AND position = ?",
            (status, played_s, at, reason, started_at, *sent, broadcast_id, position),
        )


def end_broadcast(db: Database, broadcast_id: str, *, status: str, reason: str | None, at: str,
                  pending_as: str = ItemStatus.SKIPPED.value,
                  pending_reason: str | None = None) -> None:
    """Close a broadcast: its outcome, and every item that never started marked ``pending_as``."""
    with db.transaction() as t:
        t.conn.execute(
            "UPDATE broadcast_items SET status = ?, played_s = 0, reason = ?"
            " WHERE broadcast_id = ? AND status = ?",
            (pending_as, pending_reason, broadcast_id, ItemStatus.PENDING.value),
        )
        t.conn.execute(
            "UPDATE broadcasts SET status = ?, reason = ?, ended_at = ? WHERE id = ?",
            (status, reason, at, broadcast_id),
        )


def started_ids(db: Database) -> list[str]:
    """The broadcasts still marked on air."""
    return [r[0] for r in db.query(
        "SELECT id FROM broadcasts WHERE status = ?", (Status.STARTED.value,)
    )]


def _item(r: sqlite3.Row) -> ItemRecord:
    return ItemRecord(
        position=r["position"], segment_id=r["segment_id"], sha256=r["sha256"],
        title=r["title"] or "", topic=r["topic"], language=r["language"],
        planned_s=r["planned_s"] or 0.0, played_s=r["played_s"] or 0.0,
        started_at=r["started_at"], ended_at=r["ended_at"], status=ItemStatus(r["status"]),
        reason=r["reason"], sent_rms_dbfs=r["sent_rms_dbfs"],
        sent_peak_dbfs=r["sent_peak_dbfs"], silent_s=r["silent_s"],
        monitor_rms_dbfs=r["monitor_rms_dbfs"], pack_id=r["pack_id"],
        pack_segment_id=r["pack_segment_id"],
    )


def _broadcast(r: sqlite3.Row, items: tuple[ItemRecord, ...]) -> BroadcastRecord:
    return BroadcastRecord(
        id=r["id"], station_code=r["station_code"], programme=r["programme"],
        programme_id=r["programme_id"], dx=bool(r["dx"]), trigger=Trigger(r["trigger"]),
        priority=Priority(r["priority"] or Priority.NORMAL.value), slot_id=r["slot_id"],
        scheduled_at=r["scheduled_at"], started_at=r["started_at"], ended_at=r["ended_at"],
        status=Status(r["status"]), reason=r["reason"], device=r["device"], items=items,
    )


def _with_items(db: Database, rows: list[sqlite3.Row]) -> list[BroadcastRecord]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    items: dict[str, list[ItemRecord]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in db.query(
            f"SELECT * FROM broadcast_items WHERE broadcast_id IN ({','.join('?' * len(chunk))})"
            " ORDER BY broadcast_id, position", tuple(chunk)
        ):
            items[r["broadcast_id"]].append(_item(r))
    return [_broadcast(r, tuple(items[r["id"]])) for r in rows]


def get_broadcast(db: Database, broadcast_id: str) -> BroadcastRecord | None:
    """One broadcast with its items."""
    rows = db.query("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
    return _with_items(db, rows)[0] if rows else None


# a theme/language carried by more items than this is "common": walking broadcasts in time order
# finds a page of matches at once; rarer ones are found from the items' index instead
COMMON_ITEMS = 5000


def _item_filter(db: Database, column: str, value: str) -> str:
    common = db.query(
        f"SELECT 1 FROM broadcast_items WHERE {column} = ? LIMIT 1 OFFSET ?",
        (value, COMMON_ITEMS),
    )
    if common:
        return (f"EXISTS (SELECT 1 FROM broadcast_items i WHERE i.broadcast_id = b.id"
                f" AND i.{column} = ?)")
    return f"b.id IN (SELECT broadcast_id FROM broadcast_items WHERE {column} = ?)"


def _where(db: Database, bounds: Bounds) -> tuple[str, list]:
    clauses, params = [], []
    if bounds.start is not None:
        clauses.append(f"{WHEN} >= ?")
        params.append(bounds.start)
    if bounds.end is not None:
        clauses.append(f"{WHEN} < ?")
        params.append(bounds.end)
    if bounds.statuses:
        clauses.append(f"b.status IN ({','.join('?' * len(bounds.statuses))})")
        params.extend(bounds.statuses)
    if bounds.triggers:
        clauses.append(f"b.trigger IN ({','.join('?' * len(bounds.triggers))})")
        params.extend(bounds.triggers)
    if bounds.dx_only:
        clauses.append("b.dx = 1")
    for column in ("topic", "language"):
        value = getattr(bounds, column)
        if value:
            clauses.append(_item_filter(db, column, value))
            params.append(value)
    return (" AND ".join(clauses) or "1"), params


def page(db: Database, bounds: Bounds, *, limit: int, after: Cursor | None = None,
         newest_first: bool = False) -> tuple[list[BroadcastRecord], Cursor | None]:
    """One page of broadcasts in time order, and the cursor of the next page (None at the end)."""
    where, params = _where(db, bounds)
    if after is not None:
        op = "<" if newest_first else ">"
        where += f" AND ({WHEN}, b.rowid) {op} (?, ?)"
        params.extend(after)
    order = "DESC" if newest_first else "ASC"
    rows = db.query(
        f"SELECT b.rowid AS _rowid, {WHEN} AS _when, b.* FROM broadcasts b WHERE {where}"
        f" ORDER BY {WHEN} {order}, b.rowid {order} LIMIT ?", (*params, limit),
    )
    records = _with_items(db, rows)
    cursor = (rows[-1]["_when"], rows[-1]["_rowid"]) if len(rows) == limit else None
    return records, cursor


def count(db: Database, bounds: Bounds) -> int:
    """How many broadcasts match."""
    where, params = _where(db, bounds)
    return db.query(f"SELECT count(*) FROM broadcasts b WHERE {where}", tuple(params))[0][0]


def slot_outcome_logged(db, slot_id: int, scheduled_at: str) -> bool:
    """``slot_outcome_exists`` through the database's lock (for callers outside a write)."""
    return bool(db.query("SELECT 1 FROM broadcasts WHERE slot_id = ? AND scheduled_at = ?",
                         (slot_id, scheduled_at)))


def logged_slot_occurrences(db: Database, since: str) -> list[tuple[int, str]]:
    """(slot id, scheduled_at) of every slot broadcast in the log scheduled at or after ``since``
    (UTC ISO): what reconcile must not decide again."""
    rows = db.query(
        "SELECT slot_id, scheduled_at FROM broadcasts WHERE slot_id IS NOT NULL "
        "AND scheduled_at >= ?", (since,),
    )
    return [(r[0], r[1]) for r in rows]


@dataclass(frozen=True)
class InterruptedItem:
    """How recovery closes one item of a broadcast whose process died."""

    position: int
    status: str
    reason: str
    ended_at: str | None  # the item on air: when it stopped; None: never reached (played 0 s)


def close_interrupted(db: Database, broadcast_id: str, items: list[InterruptedItem], *,
                      status: str, reason: str | None, ended_at: str) -> None:
    """Close an interrupted broadcast and its unfinished items in one transaction."""
    with db.transaction() as t:
        for item in items:
            if item.ended_at is not None:
                t.conn.execute(
                    "UPDATE broadcast_items SET status = ?, reason = ?, ended_at = ?"
                    " WHERE broadcast_id = ? AND position = ?",
                    (item.status, item.reason, item.ended_at, broadcast_id, item.position),
                )
            else:
                t.conn.execute(
                    "UPDATE broadcast_items SET status = ?, reason = ?, played_s = 0"
                    " WHERE broadcast_id = ? AND position = ?",
                    (item.status, item.reason, broadcast_id, item.position),
                )
        t.conn.execute(
            "UPDATE broadcasts SET status = ?, reason = ?, ended_at = ? WHERE id = ?",
            (status, reason, ended_at, broadcast_id),
        )


def station_rows_between(db: Database, station_code: str, lo: str, hi: str
                         ) -> tuple[list[sqlite3.Row], list[sqlite3.Row]]:
    """The raw broadcast rows of a station whose moment is in [lo, hi) (UTC ISO), in time
    order, and the item rows of those broadcasts by (broadcast, position): what an export
    file is written from, column for column."""
    when = "coalesce(started_at, scheduled_at)"
    rows = db.query(
        f"SELECT * FROM broadcasts WHERE station_code = ? AND {when} >= ? AND {when} < ?"
        f" ORDER BY {when}, id", (station_code, lo, hi),
    )
    items = db.query(
        "SELECT i.* FROM broadcast_items i JOIN broadcasts b ON b.id = i.broadcast_id"
        " WHERE b.station_code = ? AND coalesce(b.started_at, b.scheduled_at) >= ?"
        " AND coalesce(b.started_at, b.scheduled_at) < ?"
        " ORDER BY i.broadcast_id, i.position", (station_code, lo, hi),
    ) if rows else []
    return rows, items


def first_moment(db: Database, station_code: str) -> str | None:
    """The earliest broadcast moment (UTC ISO) of a station, or None with an empty log."""
    rows = db.query(
        "SELECT min(coalesce(started_at, scheduled_at)) FROM broadcasts WHERE station_code = ?",
        (station_code,),
    )
    return rows[0][0] if rows else None


def insert_log_rows(db: Database, entries: Sequence[dict]) -> None:
    """Write export-file entries (``exchange.samples``, or read back from a file) into a
    station database's ``broadcasts``/``broadcast_items`` in UTC, as the log writes them: the
    tests, benchmarks and screenshots exercise the real export path without playing audio."""

    def utc(text: str | None) -> str | None:
        return to_utc_iso(dt.datetime.fromisoformat(text)) if text else None

    with db.transaction() as t:
        for e in entries:
            t.execute(
                "INSERT INTO broadcasts (id, station_code, programme, dx, trigger, priority,"
                " scheduled_at, started_at, ended_at, status, reason, device, created_at)"
                " VALUES (?, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?)",
                (e["id"], e["station_code"], e["programme"], int(e["dx"]), e["trigger"],
                 utc(e["scheduled_at"]), utc(e["started_at"]), utc(e["ended_at"]), e["status"],
                 e["reason"], e["device"], utc(e["started_at"] or e["scheduled_at"])),
            )
            for pos, i in enumerate(e["items"]):
                t.execute(
                    "INSERT INTO broadcast_items (broadcast_id, position, segment_id, sha256,"
                    " title, topic, language, planned_s, played_s, started_at, ended_at, status,"
                    " sent_rms_dbfs, sent_peak_dbfs, silent_s, monitor_rms_dbfs)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (e["id"], pos, None, i["sha256"], i["title"], i["topic"], i["language"],
                     i["planned_s"], i["played_s"], utc(i["started_at"]), utc(i["ended_at"]),
                     i["status"], i.get("sent_rms_dbfs"), i.get("sent_peak_dbfs"),
                     i.get("silent_s"), i.get("monitor_rms_dbfs")),
                )
