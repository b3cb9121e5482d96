"""The receiving office: import station log files, know the stations, report on the DX rule.

The window's import dialog and `office import` both call ``import_paths``; the office views call
``stations``, ``report`` and ``week_broadcasts``. A rejected file changes nothing (everything is
checked before the one transaction that merges it); re-importing a file adds nothing.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import csv
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
    pack_summary,
    week_monday,
)
from commune_radio.core.errors import EnvironmentProblem, KnownError, RejectedInput
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
from commune_radio.storage.database import DB_FILE, Database
from commune_radio.storage.office_db import OfficeDatabase, resolve_url

LEVELS = ("district", "province")
ROLES = ("importer", "viewer")  # on SQLite a setting; on PostgreSQL the database's grants

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
    province: str = "Lào Cai"  # whose communes the office expects files from
    role: str = "importer"  # SQLite only: "viewer" refuses imports and re-registrations


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
# entry point before it may spawn helper processes; an entry point that does sets this to True,
# or says HOSTS_SPAWNED_WORKERS = True in its own module (installer/launcher.py does, so that it
# need not import this module, and SQLAlchemy with it, before the window is up).
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


class OfficeService:
    """The office side of one data directory."""

    def __init__(self, db: Database, data_dir: Path | None = None, *,
                 clock: Clock = system_clock, url: str | None = None) -> None:
        self.db = db
        self.data_dir = Path(data_dir) if data_dir else None
        self.clock = clock
        reclaim_stages()  # what an import killed mid-work left (about 100 MB) goes at start
        self._url = url
        self._odb: OfficeDatabase | None = None

    # --- the office database ----------------------------------------------------------------

    def use_database(self, url: str | None) -> None:
        """Name the office database (``--db``) before its first use; None keeps the default:
        ``$COMMUNE_RADIO_OFFICE_DB``, else the data directory's SQLite file."""
        if url:
            self.close()
            self._url = url

    @property
    def odb(self) -> OfficeDatabase:
        """The office database, opened (and migrated) on first use: a station never opens it."""
        if self._odb is None:
            default = None
            if self.data_dir is not None:
                default = self.data_dir / DB_FILE
            elif str(self.db.path) != ":memory:":
                default = self.db.path
            self._odb = OfficeDatabase(resolve_url(self._url, default))
        return self._odb

    def close(self) -> None:
        """Release the office database's connections."""
        if self._odb is not None:
            self._odb.close()
            self._odb = None

    def _check_may_write(self) -> None:
        """On SQLite a viewer is a setting (the file's permissions are the real guard); on
        PostgreSQL the server refuses the write itself, by the grants of the user's role."""
        if not self.odb.is_postgres and self.settings().role == "viewer":
            raise EnvironmentProblem("office_db.viewer_setting")

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
                        with _helpers_ignore_ctrl_c():
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
                Path(prepared.stage).unlink()

    def _merge_staged(self, prepared: Prepared, *, accept_new_key: bool) -> OfficeImportResult:
        log = prepared.log
        m = log.manifest
        now = to_utc_iso(self.clock())
        result = OfficeImportResult(
            prepared.file, True, station_code=m.station_code, station_name=m.station_name,
            period_from=m.period_from.isoformat(), period_to=m.period_to.isoformat(),
        )
        odb = self.odb
        before = None if odb.is_postgres else office_repo.attach_stage(prepared.stage)
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
                    office_repo.copy_stage(conn, prepared.stage)
                office_repo.upsert_station(
                    conn, record, now, trust_key=trust is not Trust.TRUSTED
                )
                result.new, result.duplicates = office_repo.insert_file(conn, record, now)
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
        with self.odb.read() as conn:
            known = office_repo.list_stations(conn)
        for s in known:
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
        self._check_may_write()
        if public_key is not None:
            try:
                raw = base64.b64decode(public_key, validate=True)
            except (binascii.Error, ValueError):
                raw = b""
            if len(raw) != 32:
                raise RejectedInput("office.bad_public_key", value=public_key)
        with self.odb.transaction() as conn:
            if public_key is not None:
                done = office_repo.set_key(conn, code, public_key, now)
            else:
                done = office_repo.forget_key(conn, code, now)
        if not done:
            raise RejectedInput("office.unknown_station", code=code)
        return next(s for s in self.stations() if s.code == code)

    def key_history(self, code: str) -> list[dict]:
        """The keys trusted for a station over time, with fingerprints."""
        with self.odb.read() as conn:
            keys = office_repo.key_history(conn, code)
        return [dict(k, fingerprint=fingerprint(k["public_key"])) for k in keys]

    def imports(self, code: str | None = None) -> list[dict]:
        """The files imported, newest first (all, or of one station)."""
        with self.odb.read() as conn:
            return office_repo.imports(conn, code)

    # --- the stations the office expects ------------------------------------------------------

    def seed_expected(self, province: str | None = None) -> int:
        """Expect a file from every commune of ``province`` (default: the office's setting) in
        the list in force since 1/7/2025; returns how many. Replaces the previous list."""
        from commune_radio.core.communes import FROM_2025_07

        province = (province or self.settings().province).strip()
        rows = []
        try:
            with open(assets_dir() / "data" / FROM_2025_07, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row.get("province", "").strip().casefold() != province.casefold():
                        continue
                    rows.append({"code": row["code"].strip().zfill(5),
                                 "name": row["name"].strip(), "kind": row.get("type", "").strip(),
                                 "province": row["province"].strip(), "list_name": "2025-07"})
        except OSError as exc:
            raise EnvironmentProblem("office.communes_missing", detail=str(exc)) from exc
        if not rows:
            raise RejectedInput("office.expected_none", province=province)
        self._check_may_write()
        with self.odb.transaction() as conn:
            office_repo.replace_expected(conn, rows)
            office_repo.set_setting(conn, "office.province", province)
        return len(rows)

    def expected(self) -> list[dict]:
        """The stations the office expects files from (code, name, kind, province)."""
        with self.odb.read() as conn:
            return [dict(r) for r in office_repo.expected_stations(conn)]

    # --- settings -------------------------------------------------------------------------

    def settings(self) -> OfficeSettings:
        """The office's name, level, heading and silence threshold."""
        d = OfficeSettings()
        with self.odb.read() as conn:
            def get(key: str, default: str) -> str:
                return office_repo.get_setting(conn, f"office.{key}", default) or default

            try:
                silent = int(get("silent_weeks", str(d.silent_weeks)))
            except ValueError:
                silent = d.silent_weeks
            level, role = get("level", d.level), get("role", d.role)
            return OfficeSettings(
                name=get("name", ""), level=level if level in LEVELS else d.level,
                parent=get("parent", ""), place=get("place", ""), silent_weeks=silent,
                province=get("province", d.province), role=role if role in ROLES else d.role,
            )

    def save_settings(self, *, name: str | None = None, level: str | None = None,
                      parent: str | None = None, place: str | None = None,
                      silent_weeks: int | None = None, province: str | None = None,
                      role: str | None = None) -> OfficeSettings:
        """Change the given settings (None leaves one as it is)."""
        if level is not None and level not in LEVELS:
            raise RejectedInput("office.bad_setting", name="level", value=level)
        if role is not None and role not in ROLES:
            raise RejectedInput("office.bad_setting", name="role", value=role)
        if silent_weeks is not None and not 1 <= int(silent_weeks) <= 52:
            raise RejectedInput("office.bad_setting", name="silent_weeks", value=silent_weeks)
        with self.odb.transaction() as conn:
            for key, value in (("name", name), ("level", level), ("parent", parent),
                               ("place", place), ("silent_weeks", silent_weeks),
                               ("province", province), ("role", role)):
                if value is not None:
                    office_repo.set_setting(conn, f"office.{key}", str(value).strip())
        return self.settings()

    # --- report ---------------------------------------------------------------------------

    def report(self, start: dt.date, end: dt.date, *,
               silent_after: int | None = None) -> ComplianceReport:
        """The compliance report of [start, end] (inclusive, station dates) for every station."""
        if end < start:
            raise RejectedInput("export.bad_period", since=start.isoformat(),
                                until=end.isoformat())
        settings = self.settings()
        whole, edges = split_period(start, end)
        week_rows, second_rows, theme_rows = [], [], []
        with self.odb.read() as conn:
            if whole is not None:  # whole weeks from the weekly sums
                week_rows += office_repo.weekly_facts(conn, *whole)
                theme_rows += office_repo.weekly_theme_language_seconds(conn, *whole)
            for since, until in edges:  # the days of a week cut by the period, from the daily
                week_rows += [(code, week, *map(int, sums), None) for code, week, *sums
                              in office_repo.week_facts(conn, since, until)]
                second_rows += office_repo.week_dx_seconds(conn, since, until)
                theme_rows += office_repo.theme_language_seconds(conn, since, until)
            coverage = office_repo.coverage(conn, start, end)
            sounds = office_repo.sound_facts(conn, start, end)
            pack_rows = office_repo.pack_airings(conn, start, end)
            files = office_repo.files_per_station(conn)
            expected = {r["code"]: r for r in office_repo.expected_stations(conn)}
        # rows: (code, week, dx_broadcasts, dx_played, dx_partial, dx_missed, aired, seconds);
        # WeekFacts positional: (dx_broadcasts, dx_played, dx_partial, dx_missed, seconds, aired)
        facts: dict[tuple[str, str], WeekFacts] = {
            (r[0], r[1]): WeekFacts(r[2], r[3], r[4], r[5], r[7] or 0.0, r[6]) for r in week_rows
        }
        for code, week, sound, count in sounds:
            f = facts.get((code, week))
            if f is None:
                f = facts[(code, week)] = WeekFacts()
            setattr(f, f"sound_{sound}", getattr(f, f"sound_{sound}") + int(count))
        for code, week, seconds in second_rows:
            f = facts.get((code, week))
            if f is None:
                f = facts[(code, week)] = WeekFacts()
            f.dx_seconds = float(seconds)
        topics: dict[str | None, float] = {}
        languages: dict[str | None, float] = {}
        for topic, language, seconds in theme_rows:
            topics[topic or None] = topics.get(topic or None, 0.0) + float(seconds)
            languages[language or None] = languages.get(language or None, 0.0) + float(seconds)
        infos = {}
        for s in self.stations():
            infos[s.code] = StationInfo(
                code=s.code, name=s.name, commune=s.commune, commune_list=s.commune_list,
                last_entry=s.last_entry, last_import=s.last_import,
                expected=s.code in expected, files=files.get(s.code, 0),
            )
        for code, e in expected.items():  # expected, and never sent a file
            if code not in infos:
                infos[code] = StationInfo(code=code, name=e["name"], commune=e["name"],
                                          commune_list=e["list_name"] or None, expected=True)
        report = build_report(
            start, end, [infos[c] for c in sorted(infos)], facts, coverage,
            topics, languages, today=self._today(),
            silent_after_weeks=silent_after or settings.silent_weeks,
            topic_order=[t.id for t in TOPICS], language_order=[lang.id for lang in LANGUAGES],
            take_facts=True,
        )
        report.packs = pack_summary(pack_rows)
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
        with self.odb.read() as conn:
            rows = office_repo.broadcasts_between(conn, code, monday,
                                                  monday + dt.timedelta(days=6))
            items = office_repo.items_of(conn, [r["rid"] for r in rows])
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

    def week_events(self, code: str, week: str) -> list[dict]:
        """One station's running periods and events of one ISO week (v2 files): when the
        station program was on, dead air, a lost output … shown beside the slots."""
        try:
            monday = week_monday(week)
        except (ValueError, TypeError):
            raise RejectedInput("office.bad_week", value=week) from None
        # the stored moments carry the station's offset: a day's margin, then the exact week
        since = (monday - dt.timedelta(days=1)).isoformat()
        until = (monday + dt.timedelta(days=8)).isoformat()
        with self.odb.read() as conn:
            rows = office_repo.station_events(conn, code, since, until)
        end = (monday + dt.timedelta(days=7)).isoformat()
        return [r for r in rows if r["at"][:10] < end
                and (r["until"] or r["at"])[:10] >= monday.isoformat()]

    def current_week(self) -> str:
        """The ISO week of today (station time of Việt Nam), e.g. for the heat-map's focus."""
        return iso_week_key(self._today())


def split_period(start: dt.date, end: dt.date
                 ) -> tuple[tuple[str, str] | None, list[tuple[dt.date, dt.date]]]:
    """[start, end] as its whole ISO weeks (first, last key; None when there is none) and the
    day ranges of the weeks it cuts (at most two)."""
    first_monday = start + dt.timedelta(days=(7 - start.weekday()) % 7)
    last_sunday = end - dt.timedelta(days=(end.weekday() + 1) % 7)
    if first_monday > last_sunday:  # inside one week, or two cut weeks
        if iso_week_key(start) == iso_week_key(end):
            return None, [(start, end)]
        return None, [(start, first_monday - dt.timedelta(days=1)),
                      (first_monday, end)]
    edges = []
    if start < first_monday:
        edges.append((start, first_monday - dt.timedelta(days=1)))
    if last_sunday < end:
        edges.append((last_sunday + dt.timedelta(days=1), end))
    return (iso_week_key(first_monday), iso_week_key(last_sunday)), edges


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
