"""The receiving office: one door to its database, its stations, settings, imports and report.

``OfficeService`` is what the window and `office …` commands call. Its import side lives in
``services.office_import`` (``import_paths``, ``import_file``) and its reading side in
``services.office_report`` (``report``, ``week_broadcasts``, ``week_events``); this module
holds the database, the stations and their keys, the expected stations and the settings. A
rejected file changes nothing; methods that write return what they changed
(``services.changes``), so the window refreshes its views from one place.
"""

from __future__ import annotations

import base64
import binascii
import csv
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from commune_radio.core.clock import Clock, station_iso, system_clock, to_utc_iso
from commune_radio.core.communes import Commune, load_communes
from commune_radio.core.compliance import DEFAULT_SILENT_WEEKS
from commune_radio.core.errors import EnvironmentProblem, RejectedInput
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.exchange.trust import fingerprint
from commune_radio.paths import assets_dir
from commune_radio.services.changes import Changes, Result
from commune_radio.services.office_import import (  # noqa: F401  (the names callers import)
    PARALLEL_MIN_BYTES,
    STAGE_PREFIX,
    OfficeImportBatch,
    OfficeImportResult,
    OfficeImports,
    default_workers,
    expand_paths,
    reclaim_stages,
)
from commune_radio.services.office_report import (  # noqa: F401
    OfficeReports,
    split_period,
    write_report_csv,
    write_report_xlsx,
)
from commune_radio.storage import office_repo
from commune_radio.storage.database import DB_FILE, Database
from commune_radio.storage.office_db import OfficeDatabase, resolve_url

LEVELS = ("district", "province")
ROLES = ("importer", "viewer")  # on SQLite a setting; on PostgreSQL the database's grants


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



class OfficeService(OfficeImports, OfficeReports):
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

    def reregister(self, code: str, public_key: str | None = None) -> Result[StationView]:
        """Re-register a station on purpose: forget its trusted key (the next file's key is
        trusted) or, with ``public_key`` (read from the station's `station show`), trust that one.
        Returns the station as it now is."""
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
        return Result(next(s for s in self.stations() if s.code == code), Changes(office=True))

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

    def seed_expected(self, province: str | None = None) -> Result[int]:
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
        return Result(len(rows), Changes(office=True, settings=True))

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
                      role: str | None = None) -> Result[OfficeSettings]:
        """Change the given settings (None leaves one as it is); returns them all."""
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
        return Result(self.settings(), Changes(office=True, settings=True))
