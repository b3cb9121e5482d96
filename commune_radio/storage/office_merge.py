"""Merging one checked station file into the office tables, and the sums the report reads.

A file's rows arrive staged by ``storage.office_stage`` (a scratch SQLite file): SQLite attaches it
and merges with ``INSERT ... SELECT``; PostgreSQL receives it with ``COPY`` into temporary
tables first. Call everything inside the caller's ``OfficeDatabase.transaction()`` (one per
file), so a file is merged completely or not at all. Broadcasts are keyed by (station code,
broadcast id): rows already present are duplicates, left as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection

from commune_radio.storage import office_tables as t
from commune_radio.storage.office_repo import FileRecord
from commune_radio.storage.office_stage import CSV_OPTIONS, STAGE_COLUMNS, csv_path

_BROADCAST_COLUMNS = (
    "rid, station_code, id, programme, dx, trigger, scheduled_at, started_at, ended_at, status,"
    " reason, device, day, week, at, import_id, sound"
)
_ITEM_COLUMNS = (
    "broadcast_rid, position, segment_id, sha256, title, topic, language, planned_s, played_s,"
    " started_at, ended_at, status, sent_rms_dbfs, sent_peak_dbfs, silent_s, monitor_rms_dbfs,"
    " pack_id, pack_segment_id"
)
_DAILY_SELECT = """
    SELECT day, station_code, week, count(*),
           sum(CASE WHEN status IN ('played', 'partial') THEN 1 ELSE 0 END), sum(dx),
           sum(CASE WHEN dx = 1 AND status = 'played' THEN 1 ELSE 0 END),
           sum(CASE WHEN dx = 1 AND status = 'partial' THEN 1 ELSE 0 END),
           sum(CASE WHEN dx = 1 AND status = 'missed' THEN 1 ELSE 0 END)
    FROM office_broadcasts WHERE {where} GROUP BY day, station_code, week
"""
_DAILY_UPSERT = """
    ON CONFLICT (day, station_code) DO UPDATE SET
        broadcasts = office_daily.broadcasts + excluded.broadcasts,
        aired = office_daily.aired + excluded.aired,
        dx_broadcasts = office_daily.dx_broadcasts + excluded.dx_broadcasts,
        dx_played = office_daily.dx_played + excluded.dx_played,
        dx_partial = office_daily.dx_partial + excluded.dx_partial,
        dx_missed = office_daily.dx_missed + excluded.dx_missed
"""
_MINUTES_SELECT = """
    SELECT b.day, b.station_code, b.week, coalesce(i.topic, ''), coalesce(i.language, ''),
           coalesce(sum(i.played_s), 0.0)
    FROM office_broadcasts b JOIN office_items i ON i.broadcast_rid = b.rid
    WHERE b.dx = 1 AND {where}
    GROUP BY b.day, b.station_code, b.week, coalesce(i.topic, ''), coalesce(i.language, '')
"""
_MINUTES_UPSERT = """
    ON CONFLICT (day, station_code, topic, language) DO UPDATE SET
        seconds = office_daily_minutes.seconds + excluded.seconds
"""

_WEEKLY_COLUMNS = ("broadcasts", "aired", "dx_broadcasts", "dx_played", "dx_partial",
                   "dx_missed", "dx_seconds")
_WEEKLY_SELECT = """
    SELECT week, station_code, count(*),
           sum(CASE WHEN status IN ('played', 'partial') THEN 1 ELSE 0 END), sum(dx),
           sum(CASE WHEN dx = 1 AND status = 'played' THEN 1 ELSE 0 END),
           sum(CASE WHEN dx = 1 AND status = 'partial' THEN 1 ELSE 0 END),
           sum(CASE WHEN dx = 1 AND status = 'missed' THEN 1 ELSE 0 END), 0.0
    FROM office_broadcasts WHERE {where} GROUP BY week, station_code
"""
_WEEKLY_SECONDS_SELECT = """
    SELECT b.week, b.station_code, 0, 0, 0, 0, 0, 0, coalesce(sum(i.played_s), 0.0)
    FROM office_broadcasts b JOIN office_items i ON i.broadcast_rid = b.rid
    WHERE b.dx = 1 AND {where} GROUP BY b.week, b.station_code
"""
_WEEKLY_UPSERT = "ON CONFLICT (week, station_code) DO UPDATE SET " + ", ".join(
    f"{c} = office_weekly.{c} + excluded.{c}" for c in _WEEKLY_COLUMNS)
_WEEKLY_MINUTES_SELECT = """
    SELECT b.week, coalesce(i.topic, ''), coalesce(i.language, ''),
           coalesce(sum(i.played_s), 0.0)
    FROM office_broadcasts b JOIN office_items i ON i.broadcast_rid = b.rid
    WHERE b.dx = 1 AND {where}
    GROUP BY b.week, coalesce(i.topic, ''), coalesce(i.language, '')
"""
_WEEKLY_MINUTES_UPSERT = """
    ON CONFLICT (week, topic, language) DO UPDATE SET
        seconds = office_weekly_minutes.seconds + excluded.seconds
"""


# (table, SELECT of the sums, its upsert, whether the SELECT names the broadcasts "b")
_SUMS = (
    ("office_daily", _DAILY_SELECT, _DAILY_UPSERT, False),
    ("office_daily_minutes", _MINUTES_SELECT, _MINUTES_UPSERT, True),
    ("office_weekly", _WEEKLY_SELECT, _WEEKLY_UPSERT, False),
    ("office_weekly", _WEEKLY_SECONDS_SELECT, _WEEKLY_UPSERT, True),
    ("office_weekly_minutes", _WEEKLY_MINUTES_SELECT, _WEEKLY_MINUTES_UPSERT, True),
)


def add_to_sums(conn: Connection, where: str, tables: Iterable[str] | None = None) -> None:
    """Add the broadcasts matching ``where`` (a condition on ``rid`` we build, never input)
    to the daily and weekly sums (or to the ``tables`` named)."""
    for table, query, clause, prefixed in _SUMS:
        if tables is None or table in tables:
            condition = where.replace("rid", "b.rid") if prefixed else where
            conn.execute(text(f"INSERT INTO {table} " + query.format(where=condition) + clause))


def fill_weekly(conn: Connection) -> None:
    """The weekly sums of every broadcast held (the migration that adds them)."""
    add_to_sums(conn, "rid > 0", ("office_weekly", "office_weekly_minutes"))


# --- merging a staged file (storage.office_stage) by INSERT ... SELECT -----------------------

def attach_stage(path: Path | str):
    """The ``before`` hook of a SQLite merge transaction: the scratch database of one file
    attached as ``stage`` (outside any transaction, as SQLite wants)."""
    def before(conn: Connection) -> None:
        conn.connection.dbapi_connection.execute("ATTACH DATABASE ? AS stage", (str(path),))
    return before


def copy_stage(conn: Connection, path: Path | str) -> None:
    """PostgreSQL: the scratch tables' CSV files (``office_stage.write_csv``) sent with COPY
    into temporary tables that live until the end of this transaction (``stage_b``,
    ``stage_i``, ``stage_e``): bytes, a megabyte at a time, never a row at a time."""
    cursor = conn.connection.dbapi_connection.cursor()
    for name, columns in STAGE_COLUMNS:
        cols = ", ".join(f"{c} {kind}" for c, kind in columns)
        cursor.execute(f"CREATE TEMP TABLE stage_{name} ({cols}) ON COMMIT DROP")
        names = ", ".join(c for c, _ in columns)
        with open(csv_path(path, name), "rb") as src, cursor.copy(
                f"COPY stage_{name} ({names}) FROM STDIN WITH ({CSV_OPTIONS})") as copy:
            while chunk := src.read(1 << 20):
                copy.write(chunk)
    cursor.execute("ANALYZE stage_b")


def insert_file(conn: Connection, rec: FileRecord, now: str) -> tuple[int, int]:
    """Merge the staged rows of one verified file; returns (new broadcasts, duplicates).

    Call inside a transaction, after ``upsert_station``, with the stage attached (SQLite) or
    copied (PostgreSQL). A broadcast already held for the station is a duplicate: neither it
    nor its items are written again.
    """
    postgres = conn.dialect.name == "postgresql"
    stage_b, stage_i, stage_e = (("stage_b", "stage_i", "stage_e") if postgres
                                 else ("stage.b", "stage.i", "stage.e"))
    code = rec.station_code
    import_id = conn.execute(t.imports.insert().values(
        station_code=code, file_name=rec.file_name, file_sha256=rec.file_sha256,
        manifest_sha256=rec.manifest_sha256, public_key=rec.public_key,
        format_version=rec.format_version, app_version=rec.app_version,
        created_at=rec.created_at, period_from=rec.period_from, period_to=rec.period_to,
        broadcasts=rec.broadcasts, items=rec.items, new_broadcasts=0, duplicates=0,
        imported_at=now,
    ).returning(t.imports.c.id)).scalar_one()
    base = int(conn.execute(select(func.coalesce(func.max(t.broadcasts.c.rid), 0))).scalar_one())
    first = base + 1
    # a broadcast's rid is its line index plus a constant; duplicates leave their rid unused
    new = conn.execute(text(
        f"INSERT INTO office_broadcasts ({_BROADCAST_COLUMNS})"
        f" SELECT s.idx + {first}, :code, s.id, s.programme, s.dx, s.trigger, s.scheduled_at,"
        f" s.started_at, s.ended_at, s.status, s.reason, s.device, s.day, s.week, s.at,"
        f" {int(import_id)}, s.sound FROM {stage_b} s WHERE NOT EXISTS"
        f" (SELECT 1 FROM office_broadcasts o WHERE o.station_code = :code AND o.id = s.id)"
        f" ORDER BY s.idx"
    ), {"code": code}).rowcount
    duplicates = rec.broadcasts - new
    if new:
        only_new = "" if not duplicates else (
            f" WHERE EXISTS (SELECT 1 FROM office_broadcasts o WHERE o.rid = s.idx + {first})"
        )
        order = "" if postgres else " ORDER BY s.rowid"
        conn.execute(text(
            f"INSERT INTO office_items ({_ITEM_COLUMNS})"
            f" SELECT s.idx + {first}, s.position, s.segment_id, s.sha256, s.title, s.topic,"
            f" s.language, s.planned_s, s.played_s, s.started_at, s.ended_at, s.status,"
            f" s.sent_rms_dbfs, s.sent_peak_dbfs, s.silent_s, s.monitor_rms_dbfs, s.pack_id,"
            f" s.pack_segment_id FROM {stage_i} s{only_new}{order}"
        ))
        lo, hi = base, base + rec.broadcasts
        add_to_sums(conn, f"rid > {int(lo)} AND rid <= {int(hi)}")
        conn.execute(text(
            "UPDATE office_stations SET last_entry = (SELECT at FROM office_broadcasts"
            " WHERE station_code = :code ORDER BY day DESC, at DESC LIMIT 1) WHERE code = :code"
        ), {"code": code})
    # the station's running periods and events: one row per (station, moment, kind) whatever
    # the files that carried it (overlapping periods, a file imported again)
    conn.execute(text(
        "INSERT INTO office_station_events (station_code, at, kind, detail, until, import_id)"
        f" SELECT DISTINCT :code, s.at, s.kind, s.detail, s.until, {int(import_id)}"
        f" FROM {stage_e} s WHERE NOT EXISTS (SELECT 1 FROM office_station_events o"
        " WHERE o.station_code = :code AND o.at = s.at AND o.kind = s.kind)"
    ), {"code": code})
    conn.execute(t.imports.update().where(t.imports.c.id == import_id).values(
        new_broadcasts=new, duplicates=duplicates))
    return new, duplicates


def rebuild_aggregates(conn: Connection) -> None:
    """Recompute the daily sums from the broadcasts and items (repair, and the tests' check).
    Call inside a transaction."""
    for table in (t.daily, t.daily_minutes, t.weekly, t.weekly_minutes):
        conn.execute(table.delete())
    add_to_sums(conn, "rid > 0")
