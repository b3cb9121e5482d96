"""Reading a batch of files in helper processes: check one file, stage its rows for the merge.

``prepare_file`` runs where the CPU is (a helper process of ``OfficeService.import_paths`` for a
batch, the calling thread for one file): it reads and fully checks the file, then writes its
rows to a scratch SQLite database, so the office's one writer merges it with a single
``INSERT ... SELECT`` in C. This module imports only the reader and the standard library, so a
helper process starts quickly; it never touches the office database.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.errors import KnownError
from commune_radio.exchange.errors import FileRejected, Reason
from commune_radio.exchange.reader import Entries, LogFile, open_log

STAGE_TABLES = (
    "CREATE TABLE b (idx INTEGER PRIMARY KEY, id, programme, dx, trigger, scheduled_at,"
    " started_at, ended_at, status, reason, device, day, week, at, sound)",
    "CREATE TABLE i (idx, position, segment_id, sha256, title, topic, language, planned_s,"
    " played_s, started_at, ended_at, status, sent_rms_dbfs, sent_peak_dbfs, silent_s,"
    " monitor_rms_dbfs, pack_id, pack_segment_id)",
    "CREATE TABLE e (at, kind, detail, until)",
)


@dataclass
class Prepared:
    """A file read and checked, its rows waiting in a scratch database for their transaction."""

    file: str
    log: LogFile | None = None
    stage: str | None = None
    error: KnownError | None = None


def write_stage(path: Path | str, batches: Iterable[Entries],
                events: Iterable[tuple] = ()) -> None:
    """Write the reader's rows (``exchange.reader.Entries`` batches) to a new scratch database,
    a batch at a time, so no more than one batch is ever in memory; ``events`` are the
    station's events of a v2 file as (at, kind, detail, until)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        for sql in STAGE_TABLES:
            conn.execute(sql)
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO e VALUES (?, ?, ?, ?)", events)
        n = 0
        for batch in batches:
            conn.executemany(f"INSERT INTO b VALUES ({', '.join('?' * 15)})",
                             [(n + k, *b) for k, b in enumerate(batch.broadcasts)])
            n += len(batch.broadcasts)
            conn.executemany(f"INSERT INTO i VALUES ({', '.join('?' * 18)})", batch.items)
        conn.execute("COMMIT")
    finally:
        conn.close()


def prepare_file(file: str, stage_dir: str) -> Prepared:
    """Read and fully check ``file`` and stage its rows in ``stage_dir``."""
    gc_was_on = gc.isenabled()
    gc.disable()  # a million short-lived containers: the cycle collector only costs here
    stage = Path(stage_dir) / f"{uuid.uuid4().hex}.sqlite3"
    try:
        log = open_log(Path(file))
        events = [(e.at, e.kind, e.detail, e.until) for e in log.read_events()]
        write_stage(stage, log.iter_entries(), events)
        log.drop_entries_data()
        return Prepared(file, log, str(stage))
    except FileRejected as exc:
        with contextlib.suppress(OSError):
            stage.unlink()
        return Prepared(file, error=exc)
    except (MemoryError, RecursionError) as exc:  # whatever the bounds missed: this file only
        with contextlib.suppress(OSError):
            stage.unlink()
        return Prepared(file, error=FileRejected(file, Reason(
            "exchange.read_failed", detail=type(exc).__name__)))
    except (OSError, sqlite3.Error) as exc:  # the scratch folder: full disk, no permission
        with contextlib.suppress(OSError):
            stage.unlink()
        return Prepared(file, error=FileRejected(file, Reason(
            "file.write_failed", file=str(stage), detail=str(exc))))
    finally:
        if gc_was_on:
            gc.enable()
