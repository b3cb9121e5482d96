"""Setting up and reading the station: identity, signing key, loudness target."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from commune_radio.core.errors import EnvironmentProblem, RejectedInput
from commune_radio.core.station import (
    DEFAULT_PROVINCE,
    DEFAULT_TIMEZONE,
    Station,
    validate_code,
    validate_name,
    validate_place,
    validate_target_lufs,
    validate_timezone,
)
from commune_radio.services.changes import Changes, Result
from commune_radio.storage import keys
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_station, save_station

CHANGED = Changes(station=True)


class StationService:
    """The station's identity and key in one data directory."""

    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = Path(data_dir)

    def get(self) -> Station | None:
        """The station, or None before set-up."""
        return get_station(self.db)

    def require(self) -> Station:
        """The station, or a message telling how to set it up."""
        station = self.get()
        if station is None:
            raise EnvironmentProblem("station.missing")
        return station

    def init(
        self,
        code: str,
        name: str,
        *,
        province: str = DEFAULT_PROVINCE,
        office: str = "",
        timezone: str = DEFAULT_TIMEZONE,
        force: bool = False,
        new_key: bool = False,
    ) -> Result[Station]:
        """Create (or with ``force`` update) the station; make its key unless one is kept."""
        code, name = validate_code(code), validate_name(name)
        timezone = validate_timezone(timezone or DEFAULT_TIMEZONE)
        province = validate_place("province", province)
        office = validate_place("office", office)
        existing = self.get()
        if existing and not force:
            raise RejectedInput("station.already", code=existing.code)
        key = None if new_key else keys.load_key(self.data_dir)
        if key is None:
            key = keys.create_key(self.data_dir)
        station = Station(
            code=code, name=name, province=province or "", office=office or "",
            timezone=timezone, public_key=keys.public_key_b64(key),
        )
        if existing:
            station = replace(
                station, target_lufs=existing.target_lufs,
                true_peak_dbtp=existing.true_peak_dbtp,
            )
        save_station(self.db, station)
        return Result(station, CHANGED)

    def set_target_lufs(self, target_lufs: float) -> Result[Station]:
        """Change the loudness every item is levelled to (items imported from now on; the
        Settings dialog). Refused outside ``TARGET_LUFS_RANGE``."""
        station = replace(self.require(), target_lufs=validate_target_lufs(target_lufs))
        save_station(self.db, station)
        return Result(station, CHANGED)
