"""Reading a batch of files in helper processes: check one file, stage its rows for the merge.

``prepare_file`` runs where the CPU is (a helper process of ``OfficeService.import_paths`` for a
batch, the calling thread for one file): it reads and fully checks the file, then writes its
rows to a scratch SQLite database, so the office's one writer merges it with a single
``INSERT ... SELECT`` in C. This module imports only the reader, the scratch database's writer
(``storage.stage_db``) and the standard library, so a helper process starts quickly; it never
touches the office database.
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
from commune_radio.storage.stage_db import write_stage


@dataclass
class Prepared:
    """A file read and checked, its rows waiting in a scratch database for their transaction."""

    file: str
    log: LogFile | None = None
    stage: str | None = None
    error: KnownError | None = None


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
