"""The receiving office's stations and keys, imported files, settings and expected stations.

Every statement runs on a SQLAlchemy connection of ``storage.office_db`` (SQLite or
PostgreSQL); writes happen inside the caller's ``OfficeDatabase.transaction()``. Merging a file
lives in ``storage.office_merge``, the report's reads in ``storage.office_reads``; the three
hold every statement on the office tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, RowMapping

from commune_radio.storage import office_tables as t


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


def count(conn: Connection, table: str) -> int:
    """Rows in one office table (tests and benchmarks)."""
    return int(conn.execute(select(func.count()).select_from(t.metadata.tables[table]))
               .scalar_one())


def rows(conn: Connection, table: str) -> list[tuple]:
    """Every row of one office table, in a stable order (tests compare engines and runs)."""
    tb = t.metadata.tables[table]
    return [tuple(r) for r in conn.execute(select(tb).order_by(*tb.c))]


def dump(conn: Connection) -> str:
    """Every office table as text: the tests compare it before and after a rejected file."""
    return "\n".join(f"{tb.name}: {row!r}" for tb in t.metadata.sorted_tables
                     for row in rows(conn, tb.name))
