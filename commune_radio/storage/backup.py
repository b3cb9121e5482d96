"""Online backups of a data directory's database and signing key, and putting one back.

A backup is a folder ``backups/YYYYMMDD-HHMMSS/`` holding a copy of the database made with
SQLite's online backup API (consistent while the station program writes), the key file, and
``backup.json`` (when, schema version, sizes). It is written under a hidden name, checked with
``PRAGMA integrity_check`` and the key parsed, and only then renamed into place, so a listed
backup is a verified one. Restoring never deletes anything: the database it replaces is moved
aside as ``replaced-….sqlite3`` next to it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.errors import EnvironmentProblem
from commune_radio.storage import keys
from commune_radio.storage.database import DB_FILE, Database, translate_error

BACKUP_DIR = "backups"
INFO_FILE = "backup.json"
NAME_FORMAT = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


@dataclass(frozen=True)
class Backup:
    """One backup folder."""

    path: Path
    made_at: dt.datetime  # UTC

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def database(self) -> Path:
        return self.path / DB_FILE

    @property
    def key(self) -> Path:
        return self.path / keys.KEY_FILE.name

    def as_json(self) -> dict:
        return {"name": self.name, "path": str(self.path),
                "made_at": self.made_at.isoformat(timespec="seconds"),
                "database_bytes": _size(self.database), "has_key": self.key.is_file()}


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups of ``data_dir``, newest first (hidden, half-made ones are not listed)."""
    out = []
    root = backups_dir(data_dir)
    if not root.is_dir():
        return out
    for entry in root.iterdir():
        try:
            made = dt.datetime.strptime(entry.name, NAME_FORMAT).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        if entry.is_dir():
            out.append(Backup(entry, made))
    return sorted(out, key=lambda b: b.made_at, reverse=True)


def database_ok(path: Path) -> bool:
    """Whether the database file at ``path`` is there, passes ``integrity_check`` and reads."""
    if not path.is_file() or _size(path) == 0:
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # text that no longer decodes is damage integrity_check does not see
            conn.execute("SELECT * FROM settings").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return ok


def key_ok(path: Path) -> bool:
    """Whether the key file at ``path`` is there and parses."""
    try:
        keys.parse_key(path.read_bytes())
    except (OSError, EnvironmentProblem):
        return False
    return True


def verify(backup: Backup) -> bool:
    """Whether the backup's database passes ``integrity_check`` and its key (if any) parses."""
    return database_ok(backup.database) and (not backup.key.is_file() or key_ok(backup.key))


def make_backup(db: Database, data_dir: Path, now: dt.datetime) -> Backup:
    """Copy the live database (online backup API) and the key into a new verified backup."""
    root = backups_dir(data_dir)
    name = now.astimezone(dt.UTC).strftime(NAME_FORMAT)
    final = root / name
    work = root / f".{name}.tmp"
    try:
        root.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(root, 0o700)  # the key is in there
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        target = sqlite3.connect(str(work / DB_FILE))
        try:
            with db._lock:  # noqa: SLF001 - the one writer must not interleave with the copy
                db.conn.backup(target)
        finally:
            target.close()
        key = keys.key_path(data_dir)
        if key.is_file():
            fd = os.open(work / key.name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(key.read_bytes())
        (work / INFO_FILE).write_text(json.dumps({
            "made_at": now.astimezone(dt.UTC).isoformat(timespec="seconds"),
            "schema_version": db.schema_version,
        }), encoding="utf-8")
        candidate = Backup(work, now)
        if not verify(candidate):
            raise EnvironmentProblem("backup.unverified", path=str(work))
        if final.exists():
            shutil.rmtree(final)
        os.replace(work, final)
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise translate_error(exc, work) from exc
    return Backup(final, now.astimezone(dt.UTC))


def to_keep(backups: list[Backup], today: dt.date) -> set[Path]:
    """The backups kept: the newest of each of the last ``KEEP_DAILY`` days, and the newest of
    each of the last ``KEEP_WEEKLY`` ISO weeks (the rest are pruned)."""
    keep: set[Path] = set()
    days: dict[dt.date, Backup] = {}
    weeks: dict[tuple[int, int], Backup] = {}
    for b in backups:  # newest first: the first seen of a day or week is its newest
        day = b.made_at.date()
        days.setdefault(day, b)
        weeks.setdefault(day.isocalendar()[:2], b)
    for day in sorted(days, reverse=True):
        if (today - day).days < KEEP_DAILY:
            keep.add(days[day].path)
    for week in sorted(weeks, reverse=True)[:KEEP_WEEKLY]:
        keep.add(weeks[week].path)
    if backups:
        keep.add(backups[0].path)  # never prune the newest, whatever the clock says
    return keep


def prune(data_dir: Path, today: dt.date) -> list[Path]:
    """Remove the backups ``to_keep`` does not keep; return them."""
    backups = list_backups(data_dir)
    keep = to_keep(backups, today)
    removed = []
    for b in backups:
        if b.path not in keep:
            shutil.rmtree(b.path, ignore_errors=True)
            removed.append(b.path)
    return removed


def restore(backup: Backup, data_dir: Path, now: dt.datetime, *,
            database: bool = True) -> Path | None:
    """Put ``backup`` in place of the data directory's database (unless ``database`` is
    False) and of its key when the key there is missing or damaged. The database replaced is
    kept as ``replaced-<time>.sqlite3``; returns that path (None when none was replaced). The
    database must not be open anywhere."""
    data_dir = Path(data_dir)
    live = data_dir / DB_FILE
    stamp = now.astimezone(dt.UTC).strftime(NAME_FORMAT)
    kept = None
    try:
        if database:
            staged = data_dir / f".restore-{stamp}.sqlite3"
            shutil.copyfile(backup.database, staged)
            if live.exists():
                kept = data_dir / f"replaced-{stamp}.sqlite3"
                os.replace(live, kept)
            for suffix in ("-wal", "-shm"):
                side = data_dir / (DB_FILE + suffix)
                if side.exists():
                    os.replace(side, data_dir / f"replaced-{stamp}.sqlite3{suffix}")
            os.replace(staged, live)
        key = keys.key_path(data_dir)
        if backup.key.is_file() and not key_ok(key):
            key.parent.mkdir(parents=True, exist_ok=True)
            if key.exists():
                os.replace(key, key.with_name(f"replaced-{stamp}-{key.name}"))
            fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(backup.key.read_bytes())
    except OSError as exc:
        raise translate_error(exc, live) from exc
    return kept
