"""The receiving office's tables: stations and keys, imported files, broadcasts, daily sums.

Writes happen inside the caller's ``Database.transaction()`` (one per imported file) so a file is
merged completely or not at all. Broadcasts are keyed by (station code, broadcast id): rows
already present are counted as duplicates and left as they are.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from commune_radio.storage.database import Database, translate_error

_BROADCAST_COLUMNS = (
    "rid, station_code, id, programme, dx, trigger, scheduled_at, started_at, ended_at, status,"
    " reason, device, day, week, at, import_id"
)
_ITEM_COLUMNS = (
    "broadcast_rid, position, segment_id, sha256, title, topic, language, planned_s, played_s,"
    " started_at, ended_at, status"
)

_DAILY_SELECT = """
    SELECT day, station_code, week, count(*), sum(status IN ('played', 'partial')), sum(dx),
           sum(dx AND status = 'played'), sum(dx AND status = 'partial'),
           sum(dx AND status = 'missed')
    FROM office_broadcasts WHERE {where} GROUP BY day, station_code
"""
_DAILY_UPSERT = """
    ON CONFLICT (day, station_code) DO UPDATE SET
        broadcasts = broadcasts + excluded.broadcasts, aired = aired + excluded.aired,
        dx_broadcasts = dx_broadcasts + excluded.dx_broadcasts,
        dx_played = dx_played + excluded.dx_played, dx_partial = dx_partial + excluded.dx_partial,
        dx_missed = dx_missed + excluded.dx_missed
"""
_MINUTES_SELECT = """
    SELECT b.day, b.station_code, b.week, coalesce(i.topic, ''), coalesce(i.language, ''),
           total(i.played_s)
    FROM office_broadcasts b JOIN office_items i ON i.broadcast_rid = b.rid
    WHERE b.dx = 1 AND {where} GROUP BY b.day, b.station_code, 4, 5
"""
_MINUTES_UPSERT = """
    ON CONFLICT (day, station_code, topic, language) DO UPDATE SET
        seconds = seconds + excluded.seconds
"""


@dataclass(frozen=True)
class OfficeStation:
    """A station as the office knows it."""

    code: str
    name: str
    province: str
    office: str
    timezone: str
    public_key: str | None  # None after a re-registration, until its next file
    key_trusted_at: str | None
    first_import: str
    last_import: str
    last_entry: str | None
    reregistered_at: str | None
    details_from: str | None


def _station(row: sqlite3.Row) -> OfficeStation:
    return OfficeStation(
        code=row["code"], name=row["name"], province=row["province"], office=row["office"],
        timezone=row["timezone"], public_key=row["public_key"],
        key_trusted_at=row["key_trusted_at"], first_import=row["first_import"],
        last_import=row["last_import"], last_entry=row["last_entry"],
        reregistered_at=row["reregistered_at"], details_from=row["details_from"],
    )


def get_station(db: Database, code: str) -> OfficeStation | None:
    """The station with this code, or None when no file of it was ever imported."""
    rows = db.query("SELECT * FROM office_stations WHERE code = ?", (code,))
    return _station(rows[0]) if rows else None


def list_stations(db: Database) -> list[OfficeStation]:
    """Every station of the office, by code."""
    return [_station(r) for r in db.query("SELECT * FROM office_stations ORDER BY code")]


def import_known(db: Database, manifest_sha256: str) -> bool:
    """Whether this exact signed manifest (hence file content) was imported before."""
    return bool(db.query(
        "SELECT 1 FROM office_imports WHERE manifest_sha256 = ?", (manifest_sha256,)
    ))


@dataclass(frozen=True)
class FileRecord:
    """What the office records of one accepted file."""

    station_code: str
    station_name: str
    province: str
    office: str
    timezone: str
    public_key: str
    file_name: str
    file_sha256: str
    manifest_sha256: str
    format_version: int
    app_version: str
    created_at: str
    period_from: str
    period_to: str
    broadcasts: int
    items: int


def upsert_station(db: Database, rec: FileRecord, now: str, *, trust_key: bool) -> None:
    """Create the station or refresh its details (from the newest manifest) and import times.

    With ``trust_key`` the file's key becomes the trusted one (first file, or the first after a
    re-registration) and is recorded in the key history.
    """
    conn = db.conn
    existing = conn.execute(
        "SELECT details_from FROM office_stations WHERE code = ?", (rec.station_code,)
    ).fetchone()
    if existing is None:
        conn.execute(
            "INSERT INTO office_stations (code, name, province, office, timezone, public_key,"
            " key_trusted_at, details_from, first_import, last_import)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rec.station_code, rec.station_name, rec.province, rec.office, rec.timezone,
             rec.public_key, now, rec.created_at, now, now),
        )
    else:
        conn.execute("UPDATE office_stations SET last_import = ? WHERE code = ?",
                     (now, rec.station_code))
        if (existing["details_from"] or "") <= rec.created_at:
            conn.execute(
                "UPDATE office_stations SET name = ?, province = ?, office = ?, timezone = ?,"
                " details_from = ? WHERE code = ?",
                (rec.station_name, rec.province, rec.office, rec.timezone, rec.created_at,
                 rec.station_code),
            )
        if trust_key:
            conn.execute(
                "UPDATE office_stations SET public_key = ?, key_trusted_at = ? WHERE code = ?",
                (rec.public_key, now, rec.station_code),
            )
    if trust_key:
        conn.execute(
            "INSERT INTO office_station_keys (code, public_key, trusted_at) VALUES (?, ?, ?)",
            (rec.station_code, rec.public_key, now),
        )


# --- merging a staged file (exchange.staging) by INSERT ... SELECT -----------------------

@contextlib.contextmanager
def attached_stage(db: Database, path: Path | str) -> Iterator[None]:
    """The scratch database attached as ``stage`` (outside any transaction, as SQLite wants),
    with the connection held so no other thread sees it meanwhile."""
    with db._lock:
        try:
            db.conn.execute("ATTACH DATABASE ? AS stage", (str(path),))
        except sqlite3.Error as exc:
            raise translate_error(exc, path) from exc
        try:
            yield
        finally:
            db.conn.execute("DETACH DATABASE stage")


def insert_file(db: Database, rec: FileRecord, now: str) -> tuple[int, int]:
    """Merge the attached stage of one verified file; returns (new broadcasts, duplicates).

    Call inside a transaction, after ``upsert_station``. A broadcast already held for the
    station is a duplicate: neither it nor its items are written again.
    """
    conn = db.conn
    code = rec.station_code
    cur = conn.execute(
        "INSERT INTO office_imports (station_code, file_name, file_sha256, manifest_sha256,"
        " public_key, format_version, app_version, created_at, period_from, period_to,"
        " broadcasts, items, new_broadcasts, duplicates, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
        (code, rec.file_name, rec.file_sha256, rec.manifest_sha256, rec.public_key,
         rec.format_version, rec.app_version, rec.created_at, rec.period_from, rec.period_to,
         rec.broadcasts, rec.items, now),
    )
    import_id = int(cur.lastrowid)
    base = int(conn.execute("SELECT coalesce(max(rid), 0) FROM office_broadcasts").fetchone()[0])
    # a broadcast's rid is its line index plus a constant; duplicates leave their rid unused
    new = conn.execute(
        f"INSERT INTO office_broadcasts ({_BROADCAST_COLUMNS})"
        f" SELECT s.idx + {base + 1}, ?1, s.id, s.programme, s.dx, s.trigger, s.scheduled_at,"
        f" s.started_at, s.ended_at, s.status, s.reason, s.device, s.day, s.week, s.at,"
        f" {import_id} FROM stage.b s WHERE NOT EXISTS (SELECT 1 FROM office_broadcasts o"
        f" WHERE o.station_code = ?1 AND o.id = s.id) ORDER BY s.idx",
        (code,),
    ).rowcount
    duplicates = rec.broadcasts - new
    if new:
        only_new = "" if not duplicates else (
            f" WHERE EXISTS (SELECT 1 FROM office_broadcasts o WHERE o.rid = s.idx + {base + 1})"
        )
        conn.execute(
            f"INSERT INTO office_items ({_ITEM_COLUMNS})"
            f" SELECT s.idx + {base + 1}, s.position, s.segment_id, s.sha256, s.title, s.topic,"
            f" s.language, s.planned_s, s.played_s, s.started_at, s.ended_at, s.status"
            f" FROM stage.i s{only_new} ORDER BY s.rowid"
        )
        lo, hi = base, base + rec.broadcasts
        conn.execute("INSERT INTO office_daily "
                     + _DAILY_SELECT.format(where=f"rid > {lo} AND rid <= {hi}")
                     + _DAILY_UPSERT)
        conn.execute("INSERT INTO office_daily_minutes "
                     + _MINUTES_SELECT.format(where=f"b.rid > {lo} AND b.rid <= {hi}")
                     + _MINUTES_UPSERT)
        conn.execute(
            "UPDATE office_stations SET last_entry = (SELECT at FROM office_broadcasts"
            " WHERE station_code = ?1 ORDER BY day DESC, at DESC LIMIT 1) WHERE code = ?1",
            (code,),
        )
    conn.execute(
        "UPDATE office_imports SET new_broadcasts = ?, duplicates = ? WHERE id = ?",
        (new, duplicates, import_id),
    )
    return new, duplicates


def rebuild_aggregates(db: Database) -> None:
    """Recompute the daily sums from the broadcasts and items (repair, and the tests' check)."""
    with db.transaction():
        conn = db.conn
        conn.execute("DELETE FROM office_daily")
        conn.execute("DELETE FROM office_daily_minutes")
        conn.execute("INSERT INTO office_daily " + _DAILY_SELECT.format(where="1"))
        conn.execute("INSERT INTO office_daily_minutes " + _MINUTES_SELECT.format(where="1"))


def forget_key(db: Database, code: str, now: str) -> bool:
    """Re-register: retire the trusted key so the station's next file is trusted afresh."""
    with db.transaction():
        conn = db.conn
        cur = conn.execute(
            "UPDATE office_stations SET public_key = NULL, key_trusted_at = NULL,"
            " reregistered_at = ? WHERE code = ?", (now, code),
        )
        conn.execute(
            "UPDATE office_station_keys SET retired_at = ? WHERE code = ? AND retired_at IS NULL",
            (now, code),
        )
        return cur.rowcount > 0


def set_key(db: Database, code: str, public_key: str, now: str) -> bool:
    """Re-register with a key the officer got from the station (`station show`)."""
    with db.transaction():
        if not forget_key(db, code, now):
            return False
        db.conn.execute(
            "UPDATE office_stations SET public_key = ?, key_trusted_at = ? WHERE code = ?",
            (public_key, now, code),
        )
        db.conn.execute(
            "INSERT INTO office_station_keys (code, public_key, trusted_at) VALUES (?, ?, ?)",
            (code, public_key, now),
        )
        return True


def key_history(db: Database, code: str) -> list[dict]:
    """Every key trusted for a station, oldest first."""
    return [dict(r) for r in db.query(
        "SELECT public_key, trusted_at, retired_at FROM office_station_keys WHERE code = ?"
        " ORDER BY trusted_at, rowid", (code,)
    )]


def imports(db: Database, code: str | None = None) -> list[dict]:
    """The files imported (all, or of one station), newest first."""
    sql = "SELECT * FROM office_imports"
    params: tuple = ()
    if code:
        sql += " WHERE station_code = ?"
        params = (code,)
    return [dict(r) for r in db.query(sql + " ORDER BY id DESC", params)]


# --- reading for the report ---------------------------------------------------------------


def week_facts(db: Database, start: dt.date, end: dt.date) -> list[tuple]:
    """(station, week, dx_broadcasts, dx_played, dx_partial, dx_missed, aired) summed over the
    days of [start, end]."""
    return _tuples(
        db, "SELECT station_code, week, sum(dx_broadcasts), sum(dx_played), sum(dx_partial),"
        " sum(dx_missed), sum(aired)"
        " FROM office_daily WHERE day BETWEEN ? AND ? GROUP BY station_code, week",
        (start.isoformat(), end.isoformat()),
    )


def _tuples(db: Database, sql: str, params: tuple) -> list[tuple]:
    """Rows as plain tuples (thousands of them: no ``sqlite3.Row`` per row)."""
    with db._lock:
        cur = db.conn.cursor()
        cur.row_factory = None
        try:
            return cur.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate_error(exc, db.path) from exc


def week_dx_seconds(db: Database, start: dt.date, end: dt.date) -> list[tuple]:
    """(station, week, seconds) of DX content aired over [start, end]."""
    return _tuples(
        db, "SELECT station_code, week, total(seconds) FROM office_daily_minutes"
        " WHERE day BETWEEN ? AND ? GROUP BY station_code, week",
        (start.isoformat(), end.isoformat()),
    )


def theme_language_seconds(db: Database, start: dt.date, end: dt.date) -> list[tuple]:
    """(topic, language, seconds) of DX content aired over [start, end]; '' = none."""
    return _tuples(
        db, "SELECT topic, language, total(seconds) FROM office_daily_minutes"
        " WHERE day BETWEEN ? AND ? GROUP BY topic, language",
        (start.isoformat(), end.isoformat()),
    )


def coverage(
    db: Database, start: dt.date, end: dt.date
) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """The periods of the files received from each station that touch [start, end]."""
    out: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for r in db.query(
        "SELECT DISTINCT station_code, period_from, period_to FROM office_imports"
        " WHERE period_to >= ? AND period_from <= ?", (start.isoformat(), end.isoformat()),
    ):
        out.setdefault(r[0], []).append(
            (dt.date.fromisoformat(r[1]), dt.date.fromisoformat(r[2]))
        )
    return out


def broadcasts_between(db: Database, code: str, start: dt.date, end: dt.date) -> list[sqlite3.Row]:
    """One station's broadcasts of [start, end] (station dates), in time order."""
    return db.query(
        "SELECT * FROM office_broadcasts WHERE station_code = ? AND day BETWEEN ? AND ?"
        " ORDER BY day, at, id", (code, start.isoformat(), end.isoformat()),
    )


def items_of(db: Database, rids: Iterable[int]) -> dict[int, list[sqlite3.Row]]:
    """The items of these broadcasts, by broadcast rid, in position order."""
    rids = list(rids)
    out: dict[int, list[sqlite3.Row]] = {rid: [] for rid in rids}
    for chunk_start in range(0, len(rids), 500):
        chunk = rids[chunk_start:chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.query(
            f"SELECT * FROM office_items WHERE broadcast_rid IN ({marks})"
            " ORDER BY broadcast_rid, position", tuple(chunk),
        ):
            out[r["broadcast_rid"]].append(r)
    return out


def dump(db: Database) -> str:
    """The whole database as SQL text: the tests compare it before and after a rejected file."""
    with db._lock:
        return "\n".join(db.conn.iterdump())
