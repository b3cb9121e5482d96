"""The remembered output device and volume of the station (the settings table)."""

from __future__ import annotations

from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_setting, set_setting

DEVICE_KEY = "output_device"
DEVICE_NAME_KEY = "output_device_name"
VOLUME_KEY = "output_volume"
MONITOR_KEY = "air_monitor_input"
DEAD_AIR_KEY = "dead_air_seconds"
PREROLL_KEY = "preroll_s"  # the key the slot clock reads (scheduling.slot_clock)
STREAM_URL_KEY = "stream_url"  # icecast://host:port/mount, without the password
STREAM_FORMAT_KEY = "stream_format"
DEFAULT_DEAD_AIR_S = 20.0
DEFAULT_PREROLL_S = 3.0


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

    def monitor(self) -> str | None:
        """The air-monitor input (a line-in wired to the transmitter's monitor), if any."""
        return get_setting(self.db, MONITOR_KEY) or None

    def set_monitor(self, name: str | None) -> None:
        """Name the air-monitor input (None or "": no monitor)."""
        set_setting(self.db, MONITOR_KEY, name or "")

    def _seconds(self, key: str, default: float) -> float:
        try:
            return max(0.0, float(get_setting(self.db, key, str(default))))
        except ValueError:
            return default

    def dead_air_s(self) -> float:
        """Seconds of silence on air, while something plays, that raise the dead-air alarm."""
        return self._seconds(DEAD_AIR_KEY, DEFAULT_DEAD_AIR_S) or DEFAULT_DEAD_AIR_S

    def set_dead_air_s(self, seconds: float) -> None:
        """Change the dead-air alarm time."""
        set_setting(self.db, DEAD_AIR_KEY, f"{max(1.0, float(seconds)):.1f}")

    def stream(self) -> tuple[str | None, str]:
        """The IP stream output (Icecast URL or None) and its format (mp3 | opus)."""
        return (get_setting(self.db, STREAM_URL_KEY) or None,
                get_setting(self.db, STREAM_FORMAT_KEY) or "mp3")

    def set_stream(self, url: str | None, fmt: str = "mp3") -> None:
        """Remember the IP stream output (None or "": no stream)."""
        set_setting(self.db, STREAM_URL_KEY, url or "")
        set_setting(self.db, STREAM_FORMAT_KEY, fmt)

    def preroll_s(self) -> float:
        """How long before a slot the stream is cued (the output already runs silence)."""
        return self._seconds(PREROLL_KEY, DEFAULT_PREROLL_S)

    def set_preroll_s(self, seconds: float) -> None:
        """Change the pre-roll."""
        set_setting(self.db, PREROLL_KEY, f"{max(0.0, float(seconds)):.1f}")
