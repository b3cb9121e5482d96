"""One SQLite database per data directory, opened in WAL mode, migrated by ``user_version``.

Every write goes through ``Database.transaction()``, which holds the one writer lock of the
process, so the import worker, the playout engine and the window never interleave half-writes.
SQLite's own errors are sorted into the environment's (told to the person) and ours (bugs).
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from commune_radio.core.errors import BugError, EnvironmentProblem
from commune_radio.storage.schema import MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

DB_FILE = "commune_radio.sqlite3"


def translate_error(exc: BaseException, path: Path | str) -> Exception:
    """The exception to raise instead of a raw SQLite/OS error: known when a person can act."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return EnvironmentProblem("db.disk_full")
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return EnvironmentProblem("db.read_only", path=str(path))
    if isinstance(exc, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return EnvironmentProblem("db.locked")
        if "disk is full" in text or "database or disk is full" in text:
            return EnvironmentProblem("db.disk_full")
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return EnvironmentProblem("db.read_only", path=str(path))
        if "disk i/o" in text:
            return EnvironmentProblem("db.io_error", detail=str(exc))
    if isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text
    ):
        return EnvironmentProblem("db.corrupt", path=str(path))
    return BugError(f"{type(exc).__name__}: {exc}")


class Database:
    """The station's (or office's) database file, with the one writer of this process."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(
                str(path), check_same_thread=False, isolation_level=None, timeout=5.0
            )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._db: sqlite_utils.Database | None = None
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise translate_error(exc, self.path) from exc

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for writes and migrations.

        Made on first use: sqlite-utils pulls in numpy, dateutil and pluggy (a fifth of a
        second on a station PC), and a window that only reads never needs it before its first
        paint; reads go through ``query`` on the plain connection.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @classmethod
    def in_dir(cls, data_dir: Path) -> Database:
        """The database of a data directory, created and migrated if needed."""
        return cls(Path(data_dir) / DB_FILE)

    @property
    def schema_version(self) -> int:
        """The value of ``PRAGMA user_version``: how many migrations have run."""
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        found = self.schema_version
        if found > len(MIGRATIONS):
            raise EnvironmentProblem("db.too_new", found=found, supported=len(MIGRATIONS))
        for version, migration in enumerate(MIGRATIONS[found:], start=found + 1):
            with self.transaction():
                migration(self.db)
                self.conn.execute(f"PRAGMA user_version = {version}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All-or-nothing write: commits on success, rolls back on any exception.

        Re-entrant: a transaction opened inside another joins it (a savepoint is not needed
        because the outer one decides).
        """
        with self._lock:
            if self.conn.in_transaction:
                yield self.db
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate_error(exc, self.path) from exc
            try:
                yield self.db
            except BaseException as exc:
                self.conn.execute("ROLLBACK")
                if isinstance(exc, (sqlite3.Error, OSError)):
                    raise translate_error(exc, self.path) from exc
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    self.conn.execute("ROLLBACK")
                    raise translate_error(exc, self.path) from exc

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        """Rows of a read-only query, with errors translated."""
        with self._lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise translate_error(exc, self.path) from exc

    def integrity_ok(self) -> bool:
        """Whether ``PRAGMA integrity_check`` says ok."""
        return self.query("PRAGMA integrity_check")[0][0] == "ok"

    def quick_check(self, limit_s: float) -> str | None:
        """``PRAGMA quick_check`` on a connection of its own (readers never wait for the
        writer in WAL mode): "ok", the first problem it names, or None when ``limit_s`` passed.
        """
        import time

        deadline = time.monotonic() + limit_s
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5.0)
        except sqlite3.Error as exc:
            return str(exc)
        try:
            conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
            rows = conn.execute("PRAGMA quick_check").fetchall()
            return "ok" if rows and rows[0][0] == "ok" else "; ".join(r[0] for r in rows[:5])
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc).lower():
                return None
            return str(exc)
        except sqlite3.DatabaseError as exc:
            return str(exc)
        finally:
            conn.close()

    def data_version(self) -> int:
        """``PRAGMA data_version``: changes when another connection (another process: the
        command line, an import) commits; the station program polls it to see their changes."""
        return self.query("PRAGMA data_version")[0][0]

    def close(self) -> None:
        """Close the connection (a checkpoint folds the WAL back into the file)."""
        with self._lock:
            self.conn.close()
