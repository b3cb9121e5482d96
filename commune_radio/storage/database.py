"""One SQLite database per data directory, opened in WAL mode, migrated by ``user_version``.

Every write goes through ``Database.transaction()``, which holds the one writer lock of the
process, so the import worker, the playout engine and the window never interleave half-writes.
SQLite's own errors are sorted into the environment's (told to the person) and ours (bugs).
"""

from __future__ import annotations

import contextlib
import errno
import os
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
            # writing the WAL or its shared-memory index on a full volume is reported as an I/O
            # error (SQLITE_IOERR_WRITE / _SHMSIZE), not SQLITE_FULL: tell the real cause
            if _almost_full(path):
                return EnvironmentProblem("db.disk_full")
            return EnvironmentProblem("db.io_error", detail=str(exc))
    if isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "could not decode" in text
    ):
        return EnvironmentProblem("db.corrupt", path=str(path))
    return BugError(f"{type(exc).__name__}: {exc}")


QUICK_CHECK_MAX_BYTES = 256 * 2**20  # ~0.3 s of quick_check at each start; beyond, skipped
ALMOST_FULL_BYTES = 1 << 20  # below this, an I/O error while writing is the full disk


def _lived_in(data_dir: Path) -> bool:
    """Whether a station or office has used this folder (a key, a backup)."""
    from commune_radio.storage.keys import KEY_FILE

    backups = data_dir / "backups"
    return (data_dir / KEY_FILE).exists() or (backups.is_dir() and any(backups.iterdir()))


def _almost_full(path: Path | str) -> bool:
    """Whether the volume holding ``path`` has (nearly) no space left for us."""
    try:
        stat = os.statvfs(Path(path).parent)
    except (OSError, AttributeError):  # no statvfs on Windows: keep the I/O error as it is
        return False
    return stat.f_bavail * stat.f_frsize < ALMOST_FULL_BYTES


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
            self._check_health()
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
        """The database of a data directory, created and migrated if needed.

        A 0-byte database where a station has lived (its key or backups are there) is damage,
        not a new station: it is named, with the way back, instead of silently recreated.
        """
        path = Path(data_dir) / DB_FILE
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0 and _lived_in(Path(data_dir)):
                raise EnvironmentProblem("db.emptied", path=str(path))
        return cls(path)

    def _check_health(self) -> None:
        """A quick structural check at open (``PRAGMA quick_check``), so a damaged file is
        named at start instead of failing later or, worse, airing with no log. Very large
        files (an office's years) skip it: a damaged page still surfaces as ``db.corrupt``."""
        if str(self.path) == ":memory:":
            return
        with contextlib.suppress(OSError):
            if self.path.stat().st_size > QUICK_CHECK_MAX_BYTES:
                return
        rows = self.conn.execute("PRAGMA quick_check(1)").fetchall()
        if not rows or rows[0][0] != "ok":
            raise EnvironmentProblem("db.corrupt", path=str(self.path))

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
                self._rollback()
                if isinstance(exc, (sqlite3.Error, OSError)):
                    raise translate_error(exc, self.path) from exc
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    self._rollback()
                    raise translate_error(exc, self.path) from exc

    def _rollback(self) -> None:
        """Roll back what is still open. After SQLITE_FULL, SQLITE_IOERR or a lost lock SQLite
        has already rolled back by itself: a second ROLLBACK would fail with "no transaction
        is active" and hide the real cause (the disk is full), so it is only sent when due."""
        if not self.conn.in_transaction:
            return
        # the original error is the one to report; SQLite rolls back on close anyway
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("ROLLBACK")

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
