"""The remembered output device and volume of the station (the settings table)."""

from __future__ import annotations

from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_setting, set_setting

DEVICE_KEY = "output_device"
DEVICE_NAME_KEY = "output_device_name"
VOLUME_KEY = "output_volume"


class OutputSettings:
    """Which audio output the station plays on, and how loud; None means the system default."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def device_id(self) -> str | None:
        """The id of the chosen output, or None for the system default."""
        return get_setting(self.db, DEVICE_KEY) or None

    def device_name(self) -> str | None:
        """The description the chosen output had when it was chosen (shown when it is absent)."""
        return get_setting(self.db, DEVICE_NAME_KEY) or None

    def set_device(self, device_id: str | None, description: str | None = None) -> None:
        """Remember an output (None or "" goes back to the system default)."""
        set_setting(self.db, DEVICE_KEY, device_id or "")
        set_setting(self.db, DEVICE_NAME_KEY, (description or "") if device_id else "")

    def volume(self) -> float:
        """The remembered volume, 0.0 to 1.0 (full volume by default: the amplifier sets it)."""
        try:
            return max(0.0, min(1.0, float(get_setting(self.db, VOLUME_KEY, "1.0"))))
        except ValueError:
            return 1.0

    def set_volume(self, volume: float) -> None:
        """Remember the volume."""
        set_setting(self.db, VOLUME_KEY, f"{max(0.0, min(1.0, float(volume))):.3f}")
