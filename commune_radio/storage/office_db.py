"""The office database: the SQLite file by default, a PostgreSQL server by URL (SQLAlchemy Core).

A single officer keeps the office tables in the data directory's SQLite file, as before. A
province with many officers names a PostgreSQL database, ``postgresql+psycopg://user@host/db``;
credentials come only from libpq's own conventions (``PGPASSFILE``, ``pg_service.conf``,
``PGPASSWORD`` and friends), so no password is ever written into our files.

The schema is versioned in ``office_schema_version`` and migrated on open on both engines. On
PostgreSQL, every write transaction first takes one advisory lock, so two officers importing at
once merge one file after the other (the merge numbers broadcasts from the current maximum) and
both succeed. Errors of the driver become ``EnvironmentProblem`` with a message for the person.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.engine import URL, Connection, Engine, make_url

from commune_radio.core.errors import BugError, EnvironmentProblem
from commune_radio.storage import office_merge
from commune_radio.storage import office_tables as t
from commune_radio.storage.database import translate_error

OFFICE_DB_ENV = "COMMUNE_RADIO_OFFICE_DB"
VIEWER_ROLE = "commune_radio_viewer"
IMPORTER_ROLE = "commune_radio_importer"
_WRITE_LOCK_KEY = 7_014_014  # the one advisory lock all office writers take (PostgreSQL)
_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def resolve_url(given: str | None, default_sqlite: Path | None) -> str:
    """The office database URL: ``--db``, else ``$COMMUNE_RADIO_OFFICE_DB``, else the file."""
    url = given or os.environ.get(OFFICE_DB_ENV, "").strip()
    if url:
        return url
    if default_sqlite is None:
        raise BugError("no office database: neither a URL nor a data directory")
    return f"sqlite:///{default_sqlite}"


def parse_url(raw: str) -> URL:
    """The URL with its driver made explicit; anything but SQLite or PostgreSQL is refused."""
    try:
        url = make_url(raw)
    except (exc.ArgumentError, ValueError):
        raise EnvironmentProblem("office_db.bad_url", url=_safe(raw)) from None
    if url.drivername in _POSTGRES_SCHEMES:
        return url.set(drivername="postgresql+psycopg")
    if url.drivername in ("sqlite", "sqlite+pysqlite") and url.database:
        return url
    raise EnvironmentProblem("office_db.bad_url", url=_safe(raw))


def _safe(raw: str) -> str:
    """The URL as we may print it: a password someone typed into it is hidden."""
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except (exc.ArgumentError, ValueError):
        return raw.split("@")[-1] if "@" in raw else raw


class OfficeDatabase:
    """One office database (engine + migrations + the transaction every write goes through)."""

    def __init__(self, url: str) -> None:
        self.url = parse_url(url)
        self.is_postgres = self.url.get_backend_name() == "postgresql"
        self.shown = self.url.render_as_string(hide_password=True)
        if self.is_postgres:
            self.engine = create_engine(
                self.url, pool_pre_ping=True,
                connect_args={"connect_timeout": 10, "application_name": "commune-radio"},
            )
        else:
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(self.url, connect_args={"timeout": 15.0})
            _sqlite_events(self.engine)
        with self.errors():
            migrate(self)

    # --- connections -----------------------------------------------------------------------

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        """Driver errors translated into messages a person can act on."""
        try:
            yield
        except exc.DBAPIError as err:
            raise self.translate(err) from err
        except sqlite3.Error as err:  # the attached stage file of a SQLite merge
            raise translate_error(err, self.url.database or "") from err

    def translate(self, err: exc.DBAPIError) -> Exception:
        """The ``EnvironmentProblem`` for a driver error (``BugError`` when it is ours)."""
        orig = err.orig
        if not self.is_postgres:
            return translate_error(orig if orig is not None else err, self.url.database or "")
        detail = str(orig or err).strip().splitlines()[0] if str(orig or err).strip() else ""
        sqlstate = getattr(orig, "sqlstate", None) or ""
        lowered = detail.lower()
        if sqlstate == "42501":
            return EnvironmentProblem("office_db.denied", detail=detail)
        if sqlstate == "28P01" or "password authentication failed" in lowered or \
                "no password supplied" in lowered:
            return EnvironmentProblem("office_db.auth_failed", url=self.shown)
        if sqlstate.startswith("28") or sqlstate == "3D000":
            return EnvironmentProblem("office_db.unreachable", url=self.shown, detail=detail)
        if sqlstate.startswith(("57P", "08")) or err.connection_invalidated or \
                "server closed the connection" in lowered or "terminating connection" in lowered \
                or "consuming input failed" in lowered:
            return EnvironmentProblem("office_db.lost", url=self.shown)
        if isinstance(err, exc.OperationalError):
            return EnvironmentProblem("office_db.unreachable", url=self.shown, detail=detail)
        return BugError(f"{type(err).__name__}: {detail}")

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading (its own short transaction)."""
        with self.errors(), self.engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def transaction(self, *, before: Callable[[Connection], None] | None = None
                    ) -> Iterator[Connection]:
        """All-or-nothing write, serialised with every other writer of this database.

        ``before`` runs on the connection before the transaction starts (SQLite's ATTACH).
        """
        with self.errors(), self.engine.connect() as conn:
            if before is not None:
                before(conn)
            try:
                with conn.begin():
                    if self.is_postgres:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                     {"k": _WRITE_LOCK_KEY})
                    yield conn
            finally:
                if before is not None and not self.is_postgres:
                    with contextlib.suppress(sqlite3.Error):
                        conn.connection.dbapi_connection.execute("DETACH DATABASE stage")

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def _sqlite_events(engine: Engine) -> None:
    """pysqlite left in autocommit so that we say BEGIN IMMEDIATE ourselves: a writer waits for
    the other (busy timeout) instead of failing when it upgrades a read lock."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA journal_mode=WAL")
        dbapi_conn.execute("PRAGMA synchronous=NORMAL")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


# --- schema migrations (both engines) ---------------------------------------------------------

def _v1_tables(conn: Connection, odb: OfficeDatabase) -> None:
    """The office tables. In a station file that already holds them (station schema v4) they
    are kept as they are; the settings an office kept in the station's ``settings`` move over."""
    t.metadata.create_all(conn, tables=[tb for tb in t.metadata.sorted_tables
                                        if tb is not t.schema_version], checkfirst=True)
    if not odb.is_postgres:
        has_settings = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'"
        ).first()
        if has_settings:
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO office_settings (key, value)"
                " SELECT key, value FROM settings WHERE key LIKE 'office.%'"
            )


def _v2_roles(conn: Connection, odb: OfficeDatabase) -> None:
    """PostgreSQL: a viewer role (read) and an importer role (read and write). Creating roles
    needs CREATEROLE; without it the grants wait until an administrator runs the migration."""
    if not odb.is_postgres:
        return
    conn.exec_driver_sql(f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{VIEWER_ROLE}') THEN
                CREATE ROLE {VIEWER_ROLE} NOLOGIN;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{IMPORTER_ROLE}') THEN
                CREATE ROLE {IMPORTER_ROLE} NOLOGIN;
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN NULL;
        END $$;
    """)


def _v3_weekly_sums(conn: Connection, odb: OfficeDatabase) -> None:
    """Sums per station and ISO week (and per week, theme and language), filled from the
    broadcasts already held: a year's report of 3,321 stations reads 176,000 rows, not 1.2 M."""
    t.metadata.create_all(conn, tables=[t.weekly, t.weekly_minutes], checkfirst=True)
    office_merge.fill_weekly(conn)


def _v4_sound_evidence(conn: Connection, odb: OfficeDatabase) -> None:
    """Format v2 files: each broadcast's sound evidence class, each item's levels and content
    pack, and the stations' events. Columns are added where an older office lacks them (a
    new office has them from v1, which creates the tables as they are now)."""
    from sqlalchemy import inspect

    have = {tb: {c["name"] for c in inspect(conn).get_columns(tb)}
            for tb in (t.broadcasts.name, t.items.name)}
    for table in (t.broadcasts, t.items):
        for column in table.columns:
            if column.name not in have[table.name]:
                kind = column.type.compile(dialect=conn.dialect)
                conn.exec_driver_sql(
                    f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}")
    t.metadata.create_all(conn, tables=[t.station_events], checkfirst=True)
    if odb.is_postgres:
        _grant(conn)


def _v5_report_indexes(conn: Connection, odb: OfficeDatabase) -> None:
    """Partial indexes for the report's sound and content-pack figures: without them each
    report scans every broadcast and every item (a year of 99 stations: 1.2 s of 1.3)."""
    from commune_radio.storage.office_reads import PACK_WHERE, SOUND_WHERE

    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS idx_office_broadcasts_sound ON office_broadcasts"
        f" (day, station_code, week, sound) WHERE {SOUND_WHERE}")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS idx_office_items_pack ON office_items"
        f" (pack_id, broadcast_rid) WHERE {PACK_WHERE}")


MIGRATIONS: list[Callable[[Connection, OfficeDatabase], None]] = [
    _v1_tables, _v2_roles, _v3_weekly_sums, _v4_sound_evidence, _v5_report_indexes,
]


def _grant(conn: Connection) -> None:
    """Grants on every office table to the two roles (PostgreSQL; idempotent)."""
    roles = {r[0] for r in conn.exec_driver_sql(
        f"SELECT rolname FROM pg_roles WHERE rolname IN ('{VIEWER_ROLE}', '{IMPORTER_ROLE}')")}
    names = ", ".join(tb.name for tb in (*t.DATA_TABLES, t.schema_version))
    if VIEWER_ROLE in roles:
        conn.exec_driver_sql(f"GRANT SELECT ON {names} TO {VIEWER_ROLE}")
    if IMPORTER_ROLE in roles:
        conn.exec_driver_sql(f"GRANT SELECT ON {names} TO {IMPORTER_ROLE}")
        conn.exec_driver_sql(
            f"GRANT INSERT, UPDATE, DELETE ON {', '.join(tb.name for tb in t.DATA_TABLES)}"
            f" TO {IMPORTER_ROLE}")
        conn.exec_driver_sql(
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {IMPORTER_ROLE}")


def current_version(conn: Connection) -> int:
    """How many office migrations have run on this database (0 when none)."""
    if not conn.dialect.has_table(conn, t.schema_version.name):
        return 0
    row = conn.execute(t.schema_version.select()).first()
    return int(row[0]) if row else 0


def migrate(odb: OfficeDatabase) -> None:
    """Bring the office schema up to date, once, whichever officer opens the database first."""
    with odb.engine.connect() as conn:
        if current_version(conn) == len(MIGRATIONS):
            return  # the common case: no lock, so a viewer (no write grant) opens it too
    with odb.transaction() as conn:
        t.schema_version.create(conn, checkfirst=True)
        found = current_version(conn)
        if found > len(MIGRATIONS):
            raise EnvironmentProblem("db.too_new", found=found, supported=len(MIGRATIONS))
        for migration in MIGRATIONS[found:]:
            migration(conn, odb)
        conn.execute(t.schema_version.delete())
        conn.execute(t.schema_version.insert().values(version=len(MIGRATIONS)))
        if odb.is_postgres:
            _grant(conn)
