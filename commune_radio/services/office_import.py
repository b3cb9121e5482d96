"""Importing station log files into the office database (``OfficeService``'s import side).

Reading and checking a file (unzip, hashes, signature, JSON, every field) is CPU work
independent of the office data, so for a batch of several MB it runs in helper processes
(``services.office_prepare.prepare_file``) while this process merges each file, in the order given,
in one transaction: a rejected file changes nothing; re-importing a file adds nothing.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.clock import to_utc_iso
from commune_radio.core.errors import KnownError, RejectedInput
from commune_radio.core.processes import owned_name, remove_orphans, start_helper
from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import FileRejected, Reason
from commune_radio.exchange.trust import Trust, decide, fingerprint
from commune_radio.services.changes import Changes
from commune_radio.services.office_prepare import Prepared, prepare_file
from commune_radio.storage import office_merge, office_repo
from commune_radio.storage.office_stage import remove_stage

Progress = Callable[[int, int, str], None]  # (files done, files in all, current file)


@dataclass
class OfficeImportResult:
    """The outcome for one file, in the shape of CLI.md's `office import --json`."""

    file: str
    ok: bool
    station_code: str | None = None
    station_name: str | None = None
    new: int = 0
    duplicates: int = 0
    already_imported: bool = False  # this very file (same signed manifest) came before
    new_station: bool = False
    period_from: str | None = None
    period_to: str | None = None
    error: KnownError | None = None

    def as_json(self, lang: str = "en") -> dict:
        """The JSON object of CLI.md for this file."""
        if not self.ok:
            return {"file": self.file, "ok": False, "error": self.error.render(lang),
                    "reason": getattr(self.error, "reason_id", self.error.message_id)}
        return {
            "file": self.file, "ok": True, "station_code": self.station_code,
            "station_name": self.station_name, "new": self.new, "duplicates": self.duplicates,
            "already_imported": self.already_imported, "new_station": self.new_station,
            "period": {"from": self.period_from, "to": self.period_to},
        }

    @property
    def changes(self) -> Changes:
        """What importing this file changed: the office's data, unless it was refused or
        already there (re-registering a key on the way is a change too)."""
        return Changes(office=self.ok and (self.new > 0 or self.new_station
                                           or not self.already_imported))


class OfficeImportBatch(list[OfficeImportResult]):
    """The results of ``import_paths``, one per file in order, and what they changed together
    (a list, so the callers that read the results need nothing else)."""

    @property
    def changes(self) -> Changes:
        out = Changes()
        for result in self:
            out = out | result.changes
        return out


def expand_paths(paths: Iterable[Path | str]) -> list[tuple[Path, KnownError | None]]:
    """Files as given, folders replaced by the .crlog files inside them (sorted)."""
    out: list[tuple[Path, KnownError | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob(f"*{fmt.SUFFIX}") if p.is_file())
            if not found:
                out.append((path, RejectedInput("office.no_log_files", path=str(path))))
            out.extend((p, None) for p in found)
        else:
            out.append((path, None))
    return out


PARALLEL_MIN_BYTES = 4 * 2**20  # below this, starting helper processes costs more than it saves


def default_workers(paths: Sequence[Path]) -> int:
    """Helper processes for reading ``paths``: the spare cores (at most 4) for a batch of
    several MB, none for a few small files, and none in a frozen build unless its entry point
    can host spawned workers."""
    hosts_workers = FROZEN_WORKERS_OK or getattr(sys.modules.get("__main__"),
                                                 "HOSTS_SPAWNED_WORKERS", False)
    if len(paths) < 2 or (getattr(sys, "frozen", False) and not hosts_workers):
        return 0
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    if total < PARALLEL_MIN_BYTES:
        return 0
    # this process mostly waits for the helpers (its merge is one INSERT ... SELECT per file)
    return max(0, min(4, os.cpu_count() or 1))


# A frozen (PyInstaller) program must call multiprocessing.freeze_support() first thing in its
# entry point before it may spawn helper processes; an entry point that does sets this to True.
FROZEN_WORKERS_OK = False


STAGE_PREFIX = "office-import-"  # + pid: the stage folders of a killed import are found


def reclaim_stages() -> list[Path]:
    """Remove the stage folders that imports killed mid-work left in the temporary folder."""
    return remove_orphans(Path(tempfile.gettempdir()), STAGE_PREFIX)


@contextlib.contextmanager
def _helpers_ignore_ctrl_c():
    """While helpers are spawned, SIGINT is blocked: they inherit the block from their very
    first instruction, so a Ctrl-C that reaches the whole process group while a helper is still
    importing prints no traceback there (its own initializer comes too late); this process gets
    the Ctrl-C as soon as the block is lifted, so nothing is lost."""
    import signal
    import threading

    if (not hasattr(signal, "pthread_sigmask")
            or threading.current_thread() is not threading.main_thread()):
        yield  # Windows, or the window's worker thread: no terminal Ctrl-C to shield from
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class _Rollback(Exception):
    """Internal: leave a transaction without writing, without it being an error."""



class OfficeImports:
    """The import side of ``OfficeService`` (a mixin: it uses the service's ``odb``,
    ``clock`` and ``_check_may_write``)."""


    def import_file(self, path: Path | str, *, accept_new_key: bool = False) -> OfficeImportResult:
        """Import one file; a rejected one comes back with ``ok=False`` and changes nothing.

        ``accept_new_key`` re-registers the station with this file's key when it differs from
        the trusted one (the window asks the officer first; the error names both fingerprints).
        """
        reclaim_stages()
        with tempfile.TemporaryDirectory(prefix=owned_name(STAGE_PREFIX)) as stage_dir:
            return self._merge(prepare_file(str(path), stage_dir, self.odb.is_postgres),
                               accept_new_key=accept_new_key)

    def import_paths(
        self,
        paths: Sequence[Path | str],
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        accept_new_key: bool = False,
        workers: int | None = None,
    ) -> OfficeImportBatch:
        """Import files and folders, one transaction per file, in the order given.

        Reading and checking a file (unzip, hashes, signature, JSON, every field) and staging its
        rows in a scratch database is CPU work independent of the office data, so for a batch of
        several MB it runs in ``workers`` helper processes (default: one per core, at most 4;
        0 = here) while this process merges the files in order. ``cancel`` stops between
        files: every file already merged stays merged, none is half merged.
        """
        reclaim_stages()
        todo = expand_paths(paths)
        results = OfficeImportBatch()
        readable = [n for n, (_, problem) in enumerate(todo) if problem is None]
        n_workers = (default_workers([todo[n][0] for n in readable]) if workers is None
                     else workers)
        pool = None
        if n_workers > 0 and len(readable) > 1:
            # helpers die with this process (a killed import used to leave them blocked forever)
            pool = ProcessPoolExecutor(n_workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=start_helper, initargs=(os.getpid(),))
        pending: dict[int, Future] = {}
        queue = iter(readable)
        stage_dir = tempfile.mkdtemp(prefix=owned_name(STAGE_PREFIX))
        for_postgres = self.odb.is_postgres
        try:
            for n, (path, problem) in enumerate(todo):
                if cancel is not None and cancel.is_set():
                    break
                if progress:
                    progress(n, len(todo), str(path))
                if problem is not None:
                    results.append(OfficeImportResult(str(path), False, error=problem))
                    continue
                if pool is None:
                    prepared = prepare_file(str(path), stage_dir, for_postgres)
                else:
                    # keep a few files ahead so the helpers never wait, without holding them all
                    while len(pending) < 2 * n_workers:
                        ahead = next(queue, None)
                        if ahead is None:
                            break
                        with _helpers_ignore_ctrl_c():
                            pending[ahead] = pool.submit(prepare_file, str(todo[ahead][0]),
                                                         stage_dir, for_postgres)
                    try:
                        prepared = pending.pop(n).result()
                    except Exception as exc:  # a helper died (killed, out of memory)
                        # this file is explained; the rest of the batch is read here instead
                        prepared = Prepared(str(path), error=FileRejected(str(path), Reason(
                            "exchange.read_failed", detail=type(exc).__name__)))
                        pool.shutdown(wait=True, cancel_futures=True)
                        pool, pending = None, {}
                results.append(self._merge(prepared, accept_new_key=accept_new_key))
        finally:
            if pool is not None:
                # a pool stopped while it was starting (Ctrl-C) may fail to shut down cleanly:
                # its helpers die with this process anyway, and the first error is the story
                with contextlib.suppress(Exception):
                    pool.shutdown(wait=True, cancel_futures=True)
            shutil.rmtree(stage_dir, ignore_errors=True)
        if progress:
            progress(len(results), len(todo), "")
        return results

    def _merge(self, prepared: Prepared, *, accept_new_key: bool) -> OfficeImportResult:
        if prepared.error is not None:
            return OfficeImportResult(prepared.file, False, error=prepared.error)
        try:
            self._check_may_write()
            return self._merge_staged(prepared, accept_new_key=accept_new_key)
        finally:
            with contextlib.suppress(OSError):
                remove_stage(prepared.stage)

    def _merge_staged(self, prepared: Prepared, *, accept_new_key: bool) -> OfficeImportResult:
        log = prepared.log
        m = log.manifest
        now = to_utc_iso(self.clock())
        result = OfficeImportResult(
            prepared.file, True, station_code=m.station_code, station_name=m.station_name,
            period_from=m.period_from.isoformat(), period_to=m.period_to.isoformat(),
        )
        odb = self.odb
        before = None if odb.is_postgres else office_merge.attach_stage(prepared.stage)
        try:
            with odb.transaction(before=before) as conn:
                station = office_repo.get_station(conn, m.station_code)
                trust = decide(station is not None, station.public_key if station else None,
                               m.public_key)
                if trust is Trust.MISMATCH and not accept_new_key:
                    raise FileRejected(prepared.file, Reason(
                        "exchange.key_changed", code=m.station_code,
                        fingerprint=fingerprint(m.public_key),
                        trusted=fingerprint(station.public_key),
                    ))
                if trust is Trust.MISMATCH:
                    office_repo.forget_key(conn, m.station_code, now)
                if office_repo.import_known(conn, m.sha256):
                    # the very same signed content: nothing to add, nothing to record
                    result.already_imported = True
                    result.duplicates = m.broadcasts
                    if trust is Trust.MISMATCH:
                        raise _Rollback
                    return result
                record = office_repo.FileRecord(
                    station_code=m.station_code, station_name=m.station_name,
                    province=m.province, office=m.office, timezone=m.timezone,
                    public_key=m.public_key, file_name=Path(prepared.file).name,
                    file_sha256=log.file_sha256, manifest_sha256=m.sha256,
                    format_version=m.format_version, app_version=m.app_version,
                    created_at=m.created_at, period_from=m.period_from.isoformat(),
                    period_to=m.period_to.isoformat(), broadcasts=m.broadcasts, items=m.items,
                )
                if odb.is_postgres:
                    office_merge.copy_stage(conn, prepared.stage)
                office_repo.upsert_station(
                    conn, record, now, trust_key=trust is not Trust.TRUSTED
                )
                result.new, result.duplicates = office_merge.insert_file(conn, record, now)
                result.new_station = trust is Trust.NEW_STATION
        except _Rollback:
            return result
        except FileRejected as exc:
            return OfficeImportResult(prepared.file, False, error=exc)
        return result
