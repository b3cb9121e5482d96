"""Every station setting, declared once with its type, default and allowed values (after
Picard's ``options.py``).

The settings table stores text; a ``Setting`` turns that text into a typed value and back, and
is the one place that knows a key, its default and its bounds. A stored value that is missing or
does not parse reads as the default (a hand-edited database never stops the station); a value
outside its bounds is clamped when read and refused when written. ``SettingsService`` reads and
writes them; no other module spells a key.

Office settings live in the office database and are declared by ``OfficeSettings``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from commune_radio.core.errors import RejectedInput
from commune_radio.core.schedule import DEFAULT_CATCH_UP_MINUTES

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in the settings table, its type, default and allowed values."""

    key: str
    kind: type
    default: T
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None

    def parse(self, raw: str | None) -> T:
        """The typed value of ``raw`` as stored (None or unreadable: the default)."""
        if raw is None:
            return self.default
        try:
            value = self._from_text(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        if self.kind in (int, float):
            if self.minimum is not None and value < self.minimum:
                value = self.kind(self.minimum)
            if self.maximum is not None and value > self.maximum:
                value = self.kind(self.maximum)
        return value

    def format(self, value: T) -> str:
        """The text stored for ``value``; raises ``RejectedInput`` when it is not allowed."""
        try:
            value = self._from_text(value) if isinstance(value, str) and self.kind is not str \
                else self.kind(value) if self.kind is not object else value
        except (TypeError, ValueError):
            raise RejectedInput("settings.bad_value", key=self.key, value=value) from None
        if self.choices is not None and value not in self.choices:
            raise RejectedInput("settings.bad_value", key=self.key, value=value)
        if self.kind in (int, float) and (
                (self.minimum is not None and value < self.minimum)
                or (self.maximum is not None and value > self.maximum)):
            raise RejectedInput("settings.bad_value", key=self.key, value=value)
        if self.kind is bool:
            return "1" if value else "0"
        if self.kind is object:
            return json.dumps(value, ensure_ascii=False)
        if self.kind is float:
            return repr(float(value))
        return str(value)

    def _from_text(self, raw: Any) -> Any:
        if self.kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes"):
                return True
            if text in ("0", "false", "no", ""):
                return False
            raise ValueError(raw)
        if self.kind is object:
            return json.loads(raw)
        return self.kind(raw)


# --- the window and the station's role ------------------------------------------------------
LANGUAGE = Setting("language", str, "vi", choices=("vi", "en"))
ROLE = Setting("role", str, "", choices=("", "station", "office"))
DEMO_SEEDED = Setting("demo_seeded", bool, False)

# --- the on-air output ------------------------------------------------------------------------
OUTPUT_DEVICE = Setting("output_device", str, "")  # "" is the system default
OUTPUT_DEVICE_NAME = Setting("output_device_name", str, "")  # shown when the device is absent
OUTPUT_VOLUME = Setting("output_volume", float, 1.0, minimum=0.0, maximum=1.0)
AIR_MONITOR = Setting("air_monitor_input", str, "")  # "" is no monitor
DEAD_AIR_S = Setting("dead_air_seconds", float, 20.0, minimum=1.0, maximum=600.0)
STREAM_URL = Setting("stream_url", str, "")  # icecast://host:port/mount, without the password
STREAM_FORMAT = Setting("stream_format", str, "mp3", choices=("mp3", "opus"))

# --- the slot clock ---------------------------------------------------------------------------
PREROLL_S = Setting("preroll_s", float, 3.0, minimum=0.0, maximum=30.0)
CATCH_UP_MINUTES = Setting("catch_up_minutes", float, float(DEFAULT_CATCH_UP_MINUTES),
                           minimum=0.0, maximum=24 * 60.0)
RECONCILED_THROUGH = Setting("reconciled_through", str, "")  # UTC ISO instant, "" is never
PREFLIGHT_MINUTES = Setting("preflight_minutes", float, 10.0, minimum=0.0, maximum=24 * 60.0)

# --- the send-report dialog -------------------------------------------------------------------
EXPORT_HISTORY = Setting("export.history", object, [])

# --- content packs (written with the pack rows by ``storage.pack_repo``) -----------------------
OFFICE_PUBLIC_KEY = Setting("office_public_key", str, "")  # the full base64 key, once shown
OFFICE_FINGERPRINT = Setting("office_fingerprint", str, "")  # pinned from one read aloud
THEME_CATALOGUE = Setting("theme_catalogue", object, [])  # the newest a pack brought

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE, ROLE, DEMO_SEEDED, OUTPUT_DEVICE, OUTPUT_DEVICE_NAME, OUTPUT_VOLUME, AIR_MONITOR,
    DEAD_AIR_S, STREAM_URL, STREAM_FORMAT, PREROLL_S, CATCH_UP_MINUTES, RECONCILED_THROUGH,
    PREFLIGHT_MINUTES, EXPORT_HISTORY, OFFICE_PUBLIC_KEY, OFFICE_FINGERPRINT, THEME_CATALOGUE,
)
