"""The Settings dialog's values, read and saved in one place, Qt-free.

What an operator may change by hand: the output device, the air-monitor input, the pre-roll, the
dead-air alarm, the catch-up window, the window's language, the station's loudness target, and
(for a receiving office) the office's name. ``load`` reads them all; ``save`` checks every value
before it writes any (all or nothing) and returns what it changed, for the window's operation
helper. The output device itself is switched by the window's player (it reopens the stream), so
``save`` only says whether it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from commune_radio.core import settings as S
from commune_radio.core.errors import RejectedInput
from commune_radio.core.limits import MAX_SHORT_TEXT
from commune_radio.core.station import TARGET_LUFS_RANGE, validate_target_lufs
from commune_radio.services.changes import Changes
from commune_radio.services.settings_service import SettingsService
from commune_radio.services.station_service import StationService

if TYPE_CHECKING:  # the office side loads only where an office works
    from commune_radio.services.office_service import OfficeService

MIN_TARGET_LUFS, MAX_TARGET_LUFS = TARGET_LUFS_RANGE
ROLE_OFFICE = "office"


@dataclass(frozen=True)
class StationSettings:
    """Every value the Settings dialog shows; ``None`` for a part this computer does not have
    (no station yet: no loudness target; not an office: no office name)."""

    output_device: str | None
    monitor: str | None
    preroll_s: float
    dead_air_s: float
    catch_up_minutes: float
    language: str
    target_lufs: float | None = None
    office_name: str | None = None


class StationSettingsService:
    """Reads and saves the Settings dialog's values through the services that own them."""

    def __init__(self, settings: SettingsService, station: StationService,
                 office: Callable[[], OfficeService] | None = None) -> None:
        self.settings = settings
        self.station = station
        self._office = office  # made on first need: a station never opens the office database

    def is_office(self) -> bool:
        """Whether this data directory belongs to a receiving office."""
        return self.settings.get(S.ROLE) == ROLE_OFFICE

    def load(self) -> StationSettings:
        """The values as stored now."""
        get = self.settings.get
        station = self.station.get()
        office_name = None
        if self._office is not None and self.is_office():
            office_name = self._office().settings().name
        return StationSettings(
            output_device=get(S.OUTPUT_DEVICE) or None, monitor=get(S.AIR_MONITOR) or None,
            preroll_s=get(S.PREROLL_S), dead_air_s=get(S.DEAD_AIR_S),
            catch_up_minutes=get(S.CATCH_UP_MINUTES), language=get(S.LANGUAGE),
            target_lufs=station.target_lufs if station is not None else None,
            office_name=office_name)

    def check(self, values: StationSettings) -> None:
        """Raise ``RejectedInput`` for the first value that may not be stored; write nothing."""
        for setting, value in self._plain(values).items():
            setting.format(value)
        if values.target_lufs is not None:
            validate_target_lufs(values.target_lufs)
        if values.office_name is not None:
            name = values.office_name.strip()
            if not name or len(name) > MAX_SHORT_TEXT:
                raise RejectedInput("office.bad_setting", name="name", value=name)

    def save(self, values: StationSettings) -> Changes:
        """Store every value after checking them all; what changed comes back."""
        self.check(values)
        before = self.load()
        changes = self.settings.set_many(self._plain(values))
        station = self.station.get()
        if (values.target_lufs is not None and station is not None
                and values.target_lufs != station.target_lufs):
            changes |= self.station.set_target_lufs(values.target_lufs).changes
        if (values.office_name is not None and self._office is not None
                and values.office_name.strip() != (before.office_name or "")):
            self._office().save_settings(name=values.office_name.strip())
            changes |= Changes(office=True)
        return changes

    @staticmethod
    def _plain(values: StationSettings) -> dict:
        return {S.AIR_MONITOR: values.monitor or "", S.PREROLL_S: values.preroll_s,
                S.DEAD_AIR_S: values.dead_air_s, S.CATCH_UP_MINUTES: values.catch_up_minutes,
                S.LANGUAGE: values.language}
