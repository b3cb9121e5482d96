"""The scratch database of one station file being imported (written in a helper process).

``write_stage`` puts the reader's checked rows in a new SQLite file (no journal, no sync: it
is thrown away after the merge), so the office's one writer merges the file with a single
``INSERT ... SELECT`` in C (``storage.office_merge``). For a PostgreSQL office the helper also
writes each scratch table as CSV (``write_csv``): the writer then sends bytes with ``COPY``
instead of binding 1.2 million rows one by one in Python.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# (table, ((column, PostgreSQL type), ...)): the types PostgreSQL needs to receive them
STAGE_COLUMNS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("b", (("idx", "bigint"), ("id", "text"), ("programme", "text"), ("dx", "integer"),
           ("trigger", "text"), ("scheduled_at", "text"), ("started_at", "text"),
           ("ended_at", "text"), ("status", "text"), ("reason", "text"), ("device", "text"),
           ("day", "text"), ("week", "text"), ("at", "text"), ("sound", "text"))),
    ("i", (("idx", "bigint"), ("position", "integer"), ("segment_id", "bigint"),
           ("sha256", "text"), ("title", "text"), ("topic", "text"), ("language", "text"),
           ("planned_s", "double precision"), ("played_s", "double precision"),
           ("started_at", "text"), ("ended_at", "text"), ("status", "text"),
           ("sent_rms_dbfs", "double precision"), ("sent_peak_dbfs", "double precision"),
           ("silent_s", "double precision"), ("monitor_rms_dbfs", "double precision"),
           ("pack_id", "text"), ("pack_segment_id", "text"))),
    ("e", (("at", "text"), ("kind", "text"), ("detail", "text"), ("until", "text"))),
)
# COPY's options for ``write_csv``: SQLite's quote() writes 'text' (quotes doubled), bare
# numbers (exact: it falls back to 20 digits) and a bare NULL, which no quoted text matches
CSV_OPTIONS = "FORMAT csv, QUOTE '''', NULL 'NULL'"
CSV_CHUNK_ROWS = 20_000


def write_stage(path: Path | str, batches: Iterable[Any], events: Iterable[tuple] = ()) -> None:
    """Write the reader's rows (``exchange.reader.Entries`` batches) to a new scratch database,
    a batch at a time, so no more than one batch is ever in memory; ``events`` are the
    station's events of a v2 file as (at, kind, detail, until)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        for name, columns in STAGE_COLUMNS:
            key = " INTEGER PRIMARY KEY" if name == "b" else ""
            cols = ", ".join(c + (key if c == "idx" else "") for c, _ in columns)
            conn.execute(f"CREATE TABLE {name} ({cols})")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO e VALUES (?, ?, ?, ?)", events)
        n = 0
        b_marks, i_marks = ", ".join("?" * 15), ", ".join("?" * 18)
        for batch in batches:
            conn.executemany(f"INSERT INTO b VALUES ({b_marks})",
                             [(n + k, *b) for k, b in enumerate(batch.broadcasts)])
            n += len(batch.broadcasts)
            conn.executemany(f"INSERT INTO i VALUES ({i_marks})", batch.items)
        conn.execute("COMMIT")
    finally:
        conn.close()


def csv_path(stage: Path | str, table: str) -> Path:
    """Where ``write_csv`` puts one scratch table of ``stage``."""
    return Path(f"{stage}.{table}.csv")


def write_csv(stage: Path | str) -> None:
    """Each scratch table of ``stage`` as CSV beside it, for PostgreSQL's COPY
    (``CSV_OPTIONS``), made by SQLite in C a chunk of rows at a time."""
    conn = sqlite3.connect(str(stage))
    try:
        for name, columns in STAGE_COLUMNS:
            line = " || ',' || ".join(f"quote({c})" for c, _ in columns)
            with open(csv_path(stage, name), "w", encoding="utf-8", newline="") as out:
                query = (f"SELECT group_concat(line, char(10)) || char(10) FROM"
                         f" (SELECT {line} AS line, (rowid - 1) / {CSV_CHUNK_ROWS} AS chunk"
                         f" FROM {name} ORDER BY rowid) GROUP BY chunk ORDER BY chunk")
                for (text,) in conn.execute(query):
                    out.write(text)
    finally:
        conn.close()


def remove_stage(stage: Path | str) -> None:
    """The scratch database of one file and its CSV files, gone."""
    for path in (Path(stage), *(csv_path(stage, name) for name, _ in STAGE_COLUMNS)):
        path.unlink(missing_ok=True)
