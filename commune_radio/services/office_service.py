"""The receiving office: import station log files, know the stations, report on the DX rule.

The window's import dialog and `office import` both call ``import_paths``; the office views call
``stations``, ``report`` and ``week_broadcasts``. A rejected file changes nothing (everything is
checked before the one transaction that merges it); re-importing a file adds nothing.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from commune_radio.core.clock import Clock, station_iso, system_clock, to_utc_iso
from commune_radio.core.communes import Commune, load_communes
from commune_radio.core.compliance import (
    DEFAULT_SILENT_WEEKS,
    ComplianceReport,
    StationInfo,
    WeekFacts,
    build_report,
    iso_week_key,
    week_monday,
)
from commune_radio.core.errors import KnownError, RejectedInput
from commune_radio.core.languages import LANGUAGES
from commune_radio.core.processes import owned_name, remove_orphans, start_helper
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.core.topics import TOPICS
from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import FileRejected, Reason
from commune_radio.exchange.staging import Prepared, prepare_file
from commune_radio.exchange.trust import Trust, decide, fingerprint
from commune_radio.paths import assets_dir
from commune_radio.storage import office_repo
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_setting, set_setting

LEVELS = ("district", "province")

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


@dataclass(frozen=True)
class StationView:
    """One line of the office's station list (`office stations --json` and the stations view)."""

    code: str
    name: str
    commune: str | None  # the official name in the commune lists
    commune_list: str | None  # "2025-07" or "before-2025-07"
    public_key: str | None
    fingerprint: str
    key_pending: bool  # re-registered: the next file's key will be trusted
    first_import: str  # ISO 8601, Việt Nam time
    last_import: str
    last_entry: str | None  # station time, ISO 8601 with offset
    timezone: str

    def as_json(self) -> dict:
        """The `office stations --json` object (CLI.md keys first)."""
        return {
            "code": self.code, "name": self.name, "public_key": self.public_key,
            "first_import": self.first_import, "last_import": self.last_import,
            "last_entry": self.last_entry, "fingerprint": self.fingerprint,
            "key_pending": self.key_pending, "commune": self.commune,
            "commune_list": self.commune_list,
        }


@dataclass(frozen=True)
class OfficeSettings:
    """Who the office is (settings, never hard-coded) and when a station counts as silent."""

    name: str = ""
    level: str = "province"  # district | province (the unit above the communes)
    parent: str = ""  # the body above it, first line of the heading (e.g. UBND TỈNH LÀO CAI)
    place: str = "Lào Cai"  # where the report is made ("Lào Cai, ngày …")
    silent_weeks: int = DEFAULT_SILENT_WEEKS


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
    if len(paths) < 2 or (getattr(sys, "frozen", False) and not FROZEN_WORKERS_OK):
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


class OfficeService:
    """The office side of one data directory."""

    def __init__(self, db: Database, data_dir: Path | None = None, *,
                 clock: Clock = system_clock) -> None:
        self.db = db
        self.data_dir = Path(data_dir) if data_dir else None
        self.clock = clock
        reclaim_stages()  # what an import killed mid-work left (about 100 MB) goes at start

    # --- import ---------------------------------------------------------------------------

    def import_file(self, path: Path | str, *, accept_new_key: bool = False) -> OfficeImportResult:
        """Import one file; a rejected one comes back with ``ok=False`` and changes nothing.

        ``accept_new_key`` re-registers the station with this file's key when it differs from
        the trusted one (the window asks the officer first; the error names both fingerprints).
        """
        reclaim_stages()
        with tempfile.TemporaryDirectory(prefix=owned_name(STAGE_PREFIX)) as stage_dir:
            return self._merge(prepare_file(str(path), stage_dir), accept_new_key=accept_new_key)

    def import_paths(
        self,
        paths: Sequence[Path | str],
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        accept_new_key: bool = False,
        workers: int | None = None,
    ) -> list[OfficeImportResult]:
        """Import files and folders, one transaction per file, in the order given.

        Reading and checking a file (unzip, hashes, signature, JSON, every field) and staging its
        rows in a scratch database is CPU work independent of the office data, so for a batch of
        several MB it runs in ``workers`` helper processes (default: one per core, at most 4;
        0 = here) while this process merges the files in order. ``cancel`` stops between
        files: every file already merged stays merged, none is half merged.
        """
        reclaim_stages()
        todo = expand_paths(paths)
        results: list[OfficeImportResult] = []
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
                    prepared = prepare_file(str(path), stage_dir)
                else:
                    # keep a few files ahead so the helpers never wait, without holding them all
                    while len(pending) < 2 * n_workers:
                        ahead = next(queue, None)
                        if ahead is None:
                            break
                        pending[ahead] = pool.submit(prepare_file, str(todo[ahead][0]),
                                                     stage_dir)
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
                pool.shutdown(wait=True, cancel_futures=True)
            shutil.rmtree(stage_dir, ignore_errors=True)
        if progress:
            progress(len(results), len(todo), "")
        return results

    def _merge(self, prepared: Prepared, *, accept_new_key: bool) -> OfficeImportResult:
        if prepared.error is not None:
            return OfficeImportResult(prepared.file, False, error=prepared.error)
        try:
            with office_repo.attached_stage(self.db, prepared.stage):
                return self._merge_staged(prepared, accept_new_key=accept_new_key)
        finally:
            with contextlib.suppress(OSError):
                Path(prepared.stage).unlink()

    def _merge_staged(self, prepared: Prepared, *, accept_new_key: bool) -> OfficeImportResult:
        log = prepared.log
        m = log.manifest
        now = to_utc_iso(self.clock())
        result = OfficeImportResult(
            prepared.file, True, station_code=m.station_code, station_name=m.station_name,
            period_from=m.period_from.isoformat(), period_to=m.period_to.isoformat(),
        )
        try:
            with self.db.transaction():
                station = office_repo.get_station(self.db, m.station_code)
                trust = decide(station is not None, station.public_key if station else None,
                               m.public_key)
                if trust is Trust.MISMATCH and not accept_new_key:
                    raise FileRejected(prepared.file, Reason(
                        "exchange.key_changed", code=m.station_code,
                        fingerprint=fingerprint(m.public_key),
                        trusted=fingerprint(station.public_key),
                    ))
                if trust is Trust.MISMATCH:
                    office_repo.forget_key(self.db, m.station_code, now)
                if office_repo.import_known(self.db, m.sha256):
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
                office_repo.upsert_station(
                    self.db, record, now, trust_key=trust is not Trust.TRUSTED
                )
                result.new, result.duplicates = office_repo.insert_file(self.db, record, now)
                result.new_station = trust is Trust.NEW_STATION
        except _Rollback:
            return result
        except FileRejected as exc:
            return OfficeImportResult(prepared.file, False, error=exc)
        return result

    # --- stations -------------------------------------------------------------------------

    @cached_property
    def _communes(self) -> dict[str, Commune]:
        try:
            return {c.code: c for c in load_communes(assets_dir() / "data")}
        except OSError:
            return {}

    def commune(self, code: str) -> Commune | None:
        """The unit with this code in the Lào Cai lists (current list first), or None."""
        return self._communes.get(code)

    def stations(self) -> list[StationView]:
        """Every station the office has received a file from, by code."""
        out = []
        for s in office_repo.list_stations(self.db):
            commune = self.commune(s.code)
            out.append(StationView(
                code=s.code, name=s.name, commune=commune.name if commune else None,
                commune_list=commune.list_name if commune else None,
                public_key=s.public_key, fingerprint=fingerprint(s.public_key),
                key_pending=s.public_key is None,
                first_import=station_iso(s.first_import, DEFAULT_TIMEZONE),
                last_import=station_iso(s.last_import, DEFAULT_TIMEZONE),
                last_entry=s.last_entry,
                timezone=s.timezone,
            ))
        return out

    def reregister(self, code: str, public_key: str | None = None) -> StationView:
        """Re-register a station on purpose: forget its trusted key (the next file's key is
        trusted) or, with ``public_key`` (read from the station's `station show`), trust that one.
        """
        now = to_utc_iso(self.clock())
        if public_key is not None:
            try:
                raw = base64.b64decode(public_key, validate=True)
            except (binascii.Error, ValueError):
                raw = b""
            if len(raw) != 32:
                raise RejectedInput("office.bad_public_key", value=public_key)
            done = office_repo.set_key(self.db, code, public_key, now)
        else:
            done = office_repo.forget_key(self.db, code, now)
        if not done:
            raise RejectedInput("office.unknown_station", code=code)
        return next(s for s in self.stations() if s.code == code)

    def key_history(self, code: str) -> list[dict]:
        """The keys trusted for a station over time, with fingerprints."""
        return [dict(k, fingerprint=fingerprint(k["public_key"]))
                for k in office_repo.key_history(self.db, code)]

    def imports(self, code: str | None = None) -> list[dict]:
        """The files imported, newest first (all, or of one station)."""
        return office_repo.imports(self.db, code)

    # --- settings -------------------------------------------------------------------------

    def settings(self) -> OfficeSettings:
        """The office's name, level, heading and silence threshold."""
        d = OfficeSettings()
        try:
            silent = int(get_setting(self.db, "office.silent_weeks", str(d.silent_weeks)))
        except ValueError:
            silent = d.silent_weeks
        level = get_setting(self.db, "office.level", d.level) or d.level
        return OfficeSettings(
            name=get_setting(self.db, "office.name", d.name) or "",
            level=level if level in LEVELS else d.level,
            parent=get_setting(self.db, "office.parent", d.parent) or "",
            place=get_setting(self.db, "office.place", d.place) or "",
            silent_weeks=silent,
        )

    def save_settings(self, *, name: str | None = None, level: str | None = None,
                      parent: str | None = None, place: str | None = None,
                      silent_weeks: int | None = None) -> OfficeSettings:
        """Change the given settings (None leaves one as it is)."""
        if level is not None and level not in LEVELS:
            raise RejectedInput("office.bad_setting", name="level", value=level)
        if silent_weeks is not None and not 1 <= int(silent_weeks) <= 52:
            raise RejectedInput("office.bad_setting", name="silent_weeks", value=silent_weeks)
        for key, value in (("name", name), ("level", level), ("parent", parent),
                           ("place", place), ("silent_weeks", silent_weeks)):
            if value is not None:
                set_setting(self.db, f"office.{key}", str(value).strip())
        return self.settings()

    # --- report ---------------------------------------------------------------------------

    def report(self, start: dt.date, end: dt.date, *,
               silent_after: int | None = None) -> ComplianceReport:
        """The compliance report of [start, end] (inclusive, station dates) for every station."""
        if end < start:
            raise RejectedInput("export.bad_period", since=start.isoformat(),
                                until=end.isoformat())
        settings = self.settings()
        facts: dict[tuple[str, str], WeekFacts] = {}
        for code, week, dx_broadcasts, dx_played, dx_partial, dx_missed, aired in (
            office_repo.week_facts(self.db, start, end)
        ):
            facts[(code, week)] = WeekFacts(
                dx_broadcasts=dx_broadcasts, dx_played=dx_played, dx_partial=dx_partial,
                dx_missed=dx_missed, aired=aired,
            )
        for code, week, seconds in office_repo.week_dx_seconds(self.db, start, end):
            f = facts.get((code, week))
            if f is None:
                f = facts[(code, week)] = WeekFacts()
            f.dx_seconds = seconds
        topics: dict[str | None, float] = {}
        languages: dict[str | None, float] = {}
        for topic, language, seconds in office_repo.theme_language_seconds(self.db, start, end):
            topics[topic or None] = topics.get(topic or None, 0.0) + seconds
            languages[language or None] = languages.get(language or None, 0.0) + seconds
        infos = []
        for s in self.stations():
            infos.append(StationInfo(
                code=s.code, name=s.name, commune=s.commune, commune_list=s.commune_list,
                last_entry=s.last_entry, last_import=s.last_import,
            ))
        report = build_report(
            start, end, infos, facts, office_repo.coverage(self.db, start, end),
            topics, languages, today=self._today(),
            silent_after_weeks=silent_after or settings.silent_weeks,
            topic_order=[t.id for t in TOPICS], language_order=[lang.id for lang in LANGUAGES],
        )
        report.office_name = settings.name
        report.office_level = settings.level
        report.extra = {"parent": settings.parent, "place": settings.place}
        return report

    def _today(self) -> dt.date:
        return self.clock().astimezone(ZoneInfo(DEFAULT_TIMEZONE)).date()

    def week_broadcasts(self, code: str, week: str) -> list[dict]:
        """One station's broadcasts of one ISO week with their items (heat-map drill-down).

        Each dict has the `log list` keys, times as the station signed them.
        """
        try:
            monday = week_monday(week)
        except (ValueError, TypeError):
            raise RejectedInput("office.bad_week", value=week) from None
        rows = office_repo.broadcasts_between(self.db, code, monday,
                                              monday + dt.timedelta(days=6))
        items = office_repo.items_of(self.db, [r["rid"] for r in rows])
        return [
            {
                "id": r["id"], "station_code": r["station_code"], "programme": r["programme"],
                "dx": bool(r["dx"]), "trigger": r["trigger"], "scheduled_at": r["scheduled_at"],
                "started_at": r["started_at"], "ended_at": r["ended_at"], "status": r["status"],
                "reason": r["reason"], "device": r["device"], "day": r["day"],
                "items": [
                    {k: i[k] for k in fmt.ITEM_KEYS} for i in items[r["rid"]]
                ],
            }
            for r in rows
        ]

    def current_week(self) -> str:
        """The ISO week of today (station time of Việt Nam), e.g. for the heat-map's focus."""
        return iso_week_key(self._today())


class _Rollback(Exception):
    """Internal: leave a transaction without writing, without it being an error."""



def write_report_csv(report: ComplianceReport, path: Path | str) -> None:
    """`office report --csv`: station x week rows (see exchange.report_csv)."""
    from commune_radio.exchange.report_csv import write_report_csv as write

    write(path, report)


def write_report_xlsx(report: ComplianceReport, path: Path | str) -> None:
    """`office report --xlsx`: the workbook with a sheet per view and the heading."""
    from commune_radio.exchange.xlsx import write_report_xlsx as write

    write(path, report)
