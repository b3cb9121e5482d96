"""Reading a batch of station files in helper processes: check one file, stage its rows.

``prepare_file`` runs where the CPU is (a helper process of ``OfficeService.import_paths`` for a
batch, the calling thread for one file): it reads and fully checks the file
(``exchange.reader``), then writes its rows to a scratch database (``storage.office_stage``),
so the office's one writer merges it in C. This module imports only the reader, the stage and
the standard library, so a helper process starts quickly; it never opens the office database.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.errors import KnownError
from commune_radio.exchange.errors import FileRejected, Reason
from commune_radio.exchange.reader import LogFile, open_log
from commune_radio.storage.office_stage import remove_stage, write_csv, write_stage


@dataclass
class Prepared:
    """A file read and checked, its rows waiting in a scratch database for their transaction."""

    file: str
    log: LogFile | None = None
    stage: str | None = None
    error: KnownError | None = None


def prepare_file(file: str, stage_dir: str, for_postgres: bool = False) -> Prepared:
    """Read and fully check ``file`` and stage its rows in ``stage_dir`` (with CSV copies of
    the scratch tables for a PostgreSQL office)."""
    gc_was_on = gc.isenabled()
    gc.disable()  # a million short-lived containers: the cycle collector only costs here
    stage = Path(stage_dir) / f"{uuid.uuid4().hex}.sqlite3"
    try:
        log = open_log(Path(file))
        events = [(e.at, e.kind, e.detail, e.until) for e in log.read_events()]
        write_stage(stage, log.iter_entries(), events)
        if for_postgres:
            write_csv(stage)
        log.drop_entries_data()
        return Prepared(file, log, str(stage))
    except FileRejected as exc:
        with contextlib.suppress(OSError):
            remove_stage(stage)
        return Prepared(file, error=exc)
    except (MemoryError, RecursionError) as exc:  # whatever the bounds missed: this file only
        with contextlib.suppress(OSError):
            remove_stage(stage)
        return Prepared(file, error=FileRejected(file, Reason(
            "exchange.read_failed", detail=type(exc).__name__)))
    except (OSError, sqlite3.Error) as exc:  # the scratch folder: full disk, no permission
        with contextlib.suppress(OSError):
            remove_stage(stage)
        return Prepared(file, error=FileRejected(file, Reason(
            "file.write_failed", file=str(stage), detail=str(exc))))
    finally:
        if gc_was_on:
            gc.enable()
