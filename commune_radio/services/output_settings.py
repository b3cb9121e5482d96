"""The remembered output device, volume, air monitor, stream and pre-roll of the station.

A thin, named front over the typed settings of ``core.settings`` (through ``SettingsService``):
the player, the settings dialog and the commands ask for "the dead-air time", not for a key.
Setters clamp into the setting's bounds (a slider or an old database never raises here) and
return the ``Changes`` they made.
"""

from __future__ import annotations

from typing import Any

from commune_radio.core import settings as S
from commune_radio.core.settings import Setting
from commune_radio.services.changes import Changes
from commune_radio.services.settings_service import SettingsService
from commune_radio.storage.database import Database

DEFAULT_DEAD_AIR_S = S.DEAD_AIR_S.default
DEFAULT_PREROLL_S = S.PREROLL_S.default


def _clamped(setting: Setting[Any], value: float) -> float:
    low = setting.minimum if setting.minimum is not None else value
    high = setting.maximum if setting.maximum is not None else value
    return max(low, min(high, float(value)))


class OutputSettings:
    """Which audio output the station plays on, and how loud; None means the system default."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.settings = SettingsService(db)

    def device_id(self) -> str | None:
        """The id of the chosen output, or None for the system default."""
        return self.settings.get(S.OUTPUT_DEVICE) or None

    def device_name(self) -> str | None:
        """The description the chosen output had when it was chosen (shown when it is absent)."""
        return self.settings.get(S.OUTPUT_DEVICE_NAME) or None

    def set_device(self, device_id: str | None, description: str | None = None) -> Changes:
        """Remember an output (None or "" goes back to the system default)."""
        return self.settings.set_many({
            S.OUTPUT_DEVICE: device_id or "",
            S.OUTPUT_DEVICE_NAME: (description or "") if device_id else "",
        })

    def volume(self) -> float:
        """The remembered volume, 0.0 to 1.0 (full volume by default: the amplifier sets it)."""
        return self.settings.get(S.OUTPUT_VOLUME)

    def set_volume(self, volume: float) -> Changes:
        """Remember the volume."""
        return self.settings.set(S.OUTPUT_VOLUME, round(_clamped(S.OUTPUT_VOLUME, volume), 3))

    def monitor(self) -> str | None:
        """The air-monitor input (a line-in wired to the transmitter's monitor), if any."""
        return self.settings.get(S.AIR_MONITOR) or None

    def set_monitor(self, name: str | None) -> Changes:
        """Name the air-monitor input (None or "": no monitor)."""
        return self.settings.set(S.AIR_MONITOR, name or "")

    def dead_air_s(self) -> float:
        """Seconds of silence on air, while something plays, that raise the dead-air alarm."""
        return self.settings.get(S.DEAD_AIR_S)

    def set_dead_air_s(self, seconds: float) -> Changes:
        """Change the dead-air alarm time."""
        return self.settings.set(S.DEAD_AIR_S, round(_clamped(S.DEAD_AIR_S, seconds), 1))

    def stream(self) -> tuple[str | None, str]:
        """The IP stream output (Icecast URL or None) and its format (mp3 | opus)."""
        return self.settings.get(S.STREAM_URL) or None, self.settings.get(S.STREAM_FORMAT)

    def set_stream(self, url: str | None, fmt: str = "mp3") -> Changes:
        """Remember the IP stream output (None or "": no stream)."""
        return self.settings.set_many({S.STREAM_URL: url or "", S.STREAM_FORMAT: fmt})

    def preroll_s(self) -> float:
        """How long before a slot the stream is cued (the output already runs silence)."""
        return self.settings.get(S.PREROLL_S)

    def set_preroll_s(self, seconds: float) -> Changes:
        """Change the pre-roll."""
        return self.settings.set(S.PREROLL_S, round(_clamped(S.PREROLL_S, seconds), 1))
