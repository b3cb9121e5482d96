"""The receiving office's tables: stations and keys, imported files, broadcasts, daily sums.

Every statement runs on a SQLAlchemy connection of ``storage.office_db`` (SQLite or
PostgreSQL). Writes happen inside the caller's ``OfficeDatabase.transaction()`` (one per
imported file) so a file is merged completely or not at all. Broadcasts are keyed by (station
code, broadcast id): rows already present are counted as duplicates and left as they are.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.engine import Connection, RowMapping

from commune_radio.storage import office_tables as t

_BROADCAST_COLUMNS = (
    "rid, station_code, id, programme, dx, trigger, scheduled_at, started_at, ended_at, status,"
    " reason, device, day, week, at, import_id, sound"
)
_ITEM_COLUMNS = (
    "broadcast_rid, position, segment_id, sha256, title, topic, language, planned_s, played_s,"
    " started_at, ended_at, status, sent_rms_dbfs, sent_peak_dbfs, silent_s, monitor_rms_dbfs,"
    " pack_id, pack_segment_id"
)
# the scratch tables of exchange.staging, with the types PostgreSQL needs to receive them
_STAGE_B = (("idx", "bigint"), ("id", "text"), ("programme", "text"), ("dx", "integer"),
            ("trigger", "text"), ("scheduled_at", "text"), ("started_at", "text"),
            ("ended_at", "text"), ("status", "text"), ("reason", "text"), ("device", "text"),
            ("day", "text"), ("week", "text"), ("at", "text"), ("sound", "text"))
_STAGE_I = (("idx", "bigint"), ("position", "integer"), ("segment_id", "bigint"),
            ("sha256", "text"), ("title", "text"), ("topic", "text"), ("language", "text"),
            ("planned_s", "double precision"), ("played_s", "double precision"),
            ("started_at", "text"), ("ended_at", "text"), ("status", "text"),
            ("sent_rms_dbfs", "double precision"), ("sent_peak_dbfs", "double precision"),
            ("silent_s", "double precision"), ("monitor_rms_dbfs", "double precision"),
            ("pack_id", "text"), ("pack_segment_id", "text"))
_STAGE_E = (("at", "text"), ("kind", "text"), ("detail", "text"), ("until", "text"))

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


def _station(row: RowMapping) -> OfficeStation:
    return OfficeStation(**{k: row[k] for k in OfficeStation.__dataclass_fields__})


def get_station(conn: Connection, code: str) -> OfficeStation | None:
    """The station with this code, or None when no file of it was ever imported."""
    row = conn.execute(t.stations.select().where(t.stations.c.code == code)).mappings().first()
    return _station(row) if row else None


def list_stations(conn: Connection) -> list[OfficeStation]:
    """Every station of the office, by code."""
    return [_station(r) for r in
            conn.execute(t.stations.select().order_by(t.stations.c.code)).mappings()]


def import_known(conn: Connection, manifest_sha256: str) -> bool:
    """Whether this exact signed manifest (hence file content) was imported before."""
    return conn.execute(select(t.imports.c.id).where(
        t.imports.c.manifest_sha256 == manifest_sha256)).first() is not None


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


def upsert_station(conn: Connection, rec: FileRecord, now: str, *, trust_key: bool) -> None:
    """Create the station or refresh its details (from the newest manifest) and import times.

    With ``trust_key`` the file's key becomes the trusted one (first file, or the first after a
    re-registration) and is recorded in the key history.
    """
    s = t.stations
    existing = conn.execute(select(s.c.details_from).where(s.c.code == rec.station_code)).first()
    if existing is None:
        conn.execute(s.insert().values(
            code=rec.station_code, name=rec.station_name, province=rec.province,
            office=rec.office, timezone=rec.timezone, public_key=rec.public_key,
            key_trusted_at=now, details_from=rec.created_at, first_import=now, last_import=now,
        ))
    else:
        where = s.c.code == rec.station_code
        conn.execute(s.update().where(where).values(last_import=now))
        if (existing[0] or "") <= rec.created_at:
            conn.execute(s.update().where(where).values(
                name=rec.station_name, province=rec.province, office=rec.office,
                timezone=rec.timezone, details_from=rec.created_at,
            ))
        if trust_key:
            conn.execute(s.update().where(where).values(public_key=rec.public_key,
                                                        key_trusted_at=now))
    if trust_key:
        conn.execute(t.station_keys.insert().values(code=rec.station_code,
                                                    public_key=rec.public_key, trusted_at=now))


# --- merging a staged file (exchange.staging) by INSERT ... SELECT -----------------------

def attach_stage(path: Path | str):
    """The ``before`` hook of a SQLite merge transaction: the scratch database of one file
    attached as ``stage`` (outside any transaction, as SQLite wants)."""
    def before(conn: Connection) -> None:
        conn.connection.dbapi_connection.execute("ATTACH DATABASE ? AS stage", (str(path),))
    return before


def copy_stage(conn: Connection, path: Path | str) -> None:
    """PostgreSQL: the scratch database's rows sent with COPY into temporary tables that live
    until the end of this transaction (``stage_b``, ``stage_i``)."""
    src = sqlite3.connect(str(path))
    try:
        cursor = conn.connection.dbapi_connection.cursor()
        for name, columns, source in (("stage_b", _STAGE_B, "b"), ("stage_i", _STAGE_I, "i"),
                                      ("stage_e", _STAGE_E, "e")):
            cols = ", ".join(f"{c} {kind}" for c, kind in columns)
            cursor.execute(f"CREATE TEMP TABLE {name} ({cols}) ON COMMIT DROP")
            names = ", ".join(c for c, _ in columns)
            with cursor.copy(f"COPY {name} ({names}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {names} FROM {source}"):
                    copy.write_row(row)
        cursor.execute("ANALYZE stage_b")
    finally:
        src.close()


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


def forget_key(conn: Connection, code: str, now: str) -> bool:
    """Re-register: retire the trusted key so the station's next file is trusted afresh."""
    done = conn.execute(t.stations.update().where(t.stations.c.code == code).values(
        public_key=None, key_trusted_at=None, reregistered_at=now)).rowcount
    k = t.station_keys
    conn.execute(k.update().where(k.c.code == code, k.c.retired_at.is_(None))
                 .values(retired_at=now))
    return done > 0


def set_key(conn: Connection, code: str, public_key: str, now: str) -> bool:
    """Re-register with a key the officer got from the station (`station show`)."""
    if not forget_key(conn, code, now):
        return False
    conn.execute(t.stations.update().where(t.stations.c.code == code).values(
        public_key=public_key, key_trusted_at=now))
    conn.execute(t.station_keys.insert().values(code=code, public_key=public_key,
                                                trusted_at=now))
    return True


def key_history(conn: Connection, code: str) -> list[dict]:
    """Every key trusted for a station, oldest first."""
    k = t.station_keys
    return [dict(r) for r in conn.execute(
        select(k.c.public_key, k.c.trusted_at, k.c.retired_at).where(k.c.code == code)
        # at one instant (a fixed clock), the retired key came before the one trusted now
        .order_by(k.c.trusted_at, k.c.retired_at.is_(None), k.c.retired_at)).mappings()]


def imports(conn: Connection, code: str | None = None) -> list[dict]:
    """The files imported (all, or of one station), newest first."""
    q = t.imports.select().order_by(t.imports.c.id.desc())
    if code:
        q = q.where(t.imports.c.station_code == code)
    return [dict(r) for r in conn.execute(q).mappings()]


# --- settings and the expected stations -----------------------------------------------------

def get_setting(conn: Connection, key: str, default: str | None = None) -> str | None:
    """One office setting, or ``default``."""
    row = conn.execute(select(t.settings.c.value).where(t.settings.c.key == key)).first()
    return row[0] if row else default


def set_setting(conn: Connection, key: str, value: str) -> None:
    """Create or replace one office setting (inside a transaction)."""
    conn.execute(t.settings.delete().where(t.settings.c.key == key))
    conn.execute(t.settings.insert().values(key=key, value=value))


def expected_stations(conn: Connection) -> list[RowMapping]:
    """The stations the office expects files from, by code."""
    return list(conn.execute(t.expected.select().order_by(t.expected.c.code)).mappings())


def replace_expected(conn: Connection, rows: Sequence[dict]) -> None:
    """The expected stations become exactly ``rows`` (code, name, kind, province, list_name)."""
    conn.execute(t.expected.delete())
    if rows:
        conn.execute(t.expected.insert(), list(rows))


# --- reading for the report ---------------------------------------------------------------

def _tuples(conn: Connection, sql: str, params: dict) -> list[tuple]:
    """Rows as the driver's plain tuples: hundreds of thousands of them for a national year,
    where SQLAlchemy's row objects would cost more than the query."""
    result = conn.execute(text(sql), params)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _span(start: dt.date, end: dt.date) -> dict:
    return {"start": start.isoformat(), "end": end.isoformat()}


def week_facts(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(station, week, dx_broadcasts, dx_played, dx_partial, dx_missed, 0.0, aired) summed over
    the days of [start, end] (the seconds come from ``week_dx_seconds``)."""
    return _tuples(
        conn, "SELECT station_code, week, sum(dx_broadcasts), sum(dx_played), sum(dx_partial),"
        " sum(dx_missed), 0.0, sum(aired)"
        " FROM office_daily WHERE day BETWEEN :start AND :end GROUP BY station_code, week",
        _span(start, end),
    )


def week_dx_seconds(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(station, week, seconds) of DX content aired over [start, end]."""
    return _tuples(
        conn, "SELECT station_code, week, coalesce(sum(seconds), 0.0) FROM office_daily_minutes"
        " WHERE day BETWEEN :start AND :end GROUP BY station_code, week", _span(start, end),
    )


def theme_language_seconds(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(topic, language, seconds) of DX content aired over [start, end]; '' = none."""
    return _tuples(
        conn, "SELECT topic, language, coalesce(sum(seconds), 0.0) FROM office_daily_minutes"
        " WHERE day BETWEEN :start AND :end GROUP BY topic, language", _span(start, end),
    )


def weekly_facts(conn: Connection, first_week: str, last_week: str) -> list[tuple]:
    """(station, week, dx_broadcasts, dx_played, dx_partial, dx_missed, dx_seconds, aired) of
    the whole ISO weeks [first_week, last_week], from the weekly sums: after the first two,
    ``core.compliance.WeekFacts``'s positional order."""
    return _tuples(
        conn, "SELECT station_code, week, dx_broadcasts, dx_played, dx_partial, dx_missed,"
        " coalesce(dx_seconds, 0.0), aired FROM office_weekly"
        " WHERE week BETWEEN :first AND :last",
        {"first": first_week, "last": last_week},
    )


def weekly_packed(conn: Connection, first_week: str, last_week: str) -> list[tuple]:
    """The whole ISO weeks [first_week, last_week] of the weekly sums, one row per station made
    by the database: (station, facts, compliant weeks, active weeks, aired weeks).

    ``facts`` is ``week,dx_broadcasts,dx_played,dx_partial,dx_missed,dx_seconds,aired`` joined
    by ``;`` (seconds exact: 17 digits); the three week lists are joined by ``,`` (or None):
    weeks with a DX broadcast played in full, with any DX broadcast or anything aired, with
    anything aired. A national year is 3,321 rows instead of 176,000.
    """
    postgres = conn.dialect.name == "postgresql"
    agg = "string_agg" if postgres else "group_concat"
    seconds = "dx_seconds::text" if postgres else "printf('%.17g', dx_seconds)"
    return _tuples(
        conn, f"SELECT station_code, {agg}(week || ',' || dx_broadcasts || ',' || dx_played"
        f" || ',' || dx_partial || ',' || dx_missed || ',' || {seconds} || ',' || aired, ';'),"
        f" {agg}(CASE WHEN dx_played > 0 THEN week END, ','),"
        f" {agg}(CASE WHEN dx_broadcasts > 0 OR aired > 0 THEN week END, ','),"
        f" {agg}(CASE WHEN aired > 0 THEN week END, ',')"
        " FROM office_weekly WHERE week BETWEEN :first AND :last GROUP BY station_code",
        {"first": first_week, "last": last_week},
    )


def weekly_theme_language_seconds(conn: Connection, first_week: str,
                                  last_week: str) -> list[tuple]:
    """(topic, language, seconds) of DX content aired in the whole weeks [first, last]."""
    return _tuples(
        conn, "SELECT topic, language, sum(seconds) FROM office_weekly_minutes"
        " WHERE week BETWEEN :first AND :last GROUP BY topic, language",
        {"first": first_week, "last": last_week},
    )


def coverage(
    conn: Connection, start: dt.date, end: dt.date
) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """The periods of the files received from each station that touch [start, end]."""
    out: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for code, since, until in conn.execute(text(
        "SELECT DISTINCT station_code, period_from, period_to FROM office_imports"
        " WHERE period_to >= :start AND period_from <= :end"), _span(start, end),
    ):
        out.setdefault(code, []).append(
            (dt.date.fromisoformat(since), dt.date.fromisoformat(until)))
    return out


def files_per_station(conn: Connection) -> dict[str, int]:
    """How many files the office accepted from each station."""
    return dict(conn.execute(select(t.imports.c.station_code, func.count())
                             .group_by(t.imports.c.station_code)).all())


def broadcasts_between(conn: Connection, code: str, start: dt.date,
                       end: dt.date) -> list[RowMapping]:
    """One station's broadcasts of [start, end] (station dates), in time order."""
    b = t.broadcasts
    return list(conn.execute(
        b.select().where(b.c.station_code == code, b.c.day.between(start.isoformat(),
                                                                   end.isoformat()))
        .order_by(b.c.day, b.c.at, b.c.id)).mappings())


def items_of(conn: Connection, rids: Iterable[int]) -> dict[int, list[RowMapping]]:
    """The items of these broadcasts, by broadcast rid, in position order."""
    rids = list(rids)
    out: dict[int, list[RowMapping]] = {rid: [] for rid in rids}
    i = t.items
    q = (i.select().where(i.c.broadcast_rid.in_(bindparam("rids", expanding=True)))
         .order_by(i.c.broadcast_rid, i.c.position))
    for chunk_start in range(0, len(rids), 500):
        for r in conn.execute(q, {"rids": rids[chunk_start:chunk_start + 500]}).mappings():
            out[r["broadcast_rid"]].append(r)
    return out


def count(conn: Connection, table: str) -> int:
    """Rows in one office table (tests and benchmarks)."""
    return int(conn.execute(select(func.count()).select_from(t.metadata.tables[table]))
               .scalar_one())


def rows(conn: Connection, table: str) -> list[tuple]:
    """Every row of one office table, in a stable order (tests compare engines and runs)."""
    tb = t.metadata.tables[table]
    return [tuple(r) for r in conn.execute(select(tb).order_by(*tb.c))]


def sound_facts(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(station, week, sound class, count) of the DX broadcasts played in full in [start, end]
    that carry sound evidence (format v2 files)."""
    b = t.broadcasts
    query = (
        select(b.c.station_code, b.c.week, b.c.sound, func.count())
        .where(b.c.dx == 1, b.c.status == "played", b.c.sound.is_not(None),
               b.c.day >= start.isoformat(), b.c.day <= end.isoformat())
        .group_by(b.c.station_code, b.c.week, b.c.sound)
    )
    return [tuple(r) for r in conn.execute(query)]


def pack_airings(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(pack, pack segment, language, station, week, seconds aired) of the items that came
    from an office content pack and aired in [start, end] (format v2 files)."""
    b, i = t.broadcasts, t.items
    query = (
        select(i.c.pack_id, i.c.pack_segment_id, i.c.language, b.c.station_code, b.c.week,
               func.sum(i.c.played_s))
        .select_from(i.join(b, i.c.broadcast_rid == b.c.rid))
        .where(i.c.pack_id.is_not(None), i.c.played_s > 0,
               b.c.day >= start.isoformat(), b.c.day <= end.isoformat())
        .group_by(i.c.pack_id, i.c.pack_segment_id, i.c.language, b.c.station_code, b.c.week)
    )
    return [tuple(r) for r in conn.execute(query)]


def station_events(conn: Connection, code: str, since: str, until: str) -> list[dict]:
    """A station's running periods and events between two moments (ISO text as signed)."""
    e = t.station_events
    query = (select(e.c.at, e.c.kind, e.c.detail, e.c.until)
             .where(e.c.station_code == code, e.c.at < until,
                    func.coalesce(e.c.until, e.c.at) >= since)
             .order_by(e.c.at, e.c.kind))
    return [dict(r._mapping) for r in conn.execute(query)]


def dump(conn: Connection) -> str:
    """Every office table as text: the tests compare it before and after a rejected file."""
    return "\n".join(f"{tb.name}: {row!r}" for tb in t.metadata.sorted_tables
                     for row in rows(conn, tb.name))
