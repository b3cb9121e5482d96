"""The scratch database of one office import: a file's rows staged for the office's merge.

A helper process reads and checks a station's file (``exchange.staging``) and writes its rows
here, a batch at a time; the office's one writer then merges the stage with a single
``INSERT ... SELECT`` per table. Standard library only, so a helper process starts quickly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol


class Batch(Protocol):
    """One batch of a reader's rows (``exchange.reader.Entries``)."""

    broadcasts: Sequence[tuple]
    items: Sequence[tuple]


STAGE_TABLES = (
    "CREATE TABLE b (idx INTEGER PRIMARY KEY, id, programme, dx, trigger, scheduled_at,"
    " started_at, ended_at, status, reason, device, day, week, at, sound)",
    "CREATE TABLE i (idx, position, segment_id, sha256, title, topic, language, planned_s,"
    " played_s, started_at, ended_at, status, sent_rms_dbfs, sent_peak_dbfs, silent_s,"
    " monitor_rms_dbfs, pack_id, pack_segment_id)",
    "CREATE TABLE e (at, kind, detail, until)",
)


def write_stage(path: Path | str, batches: Iterable[Batch],
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
