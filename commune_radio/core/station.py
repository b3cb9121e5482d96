"""The station's identity and the rules its fields follow."""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from commune_radio.core.errors import RejectedInput
from commune_radio.core.limits import check_text

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_PROVINCE = "Lào Cai"
DEFAULT_TARGET_LUFS = -16.0
DEFAULT_TRUE_PEAK_DBTP = -1.0
TARGET_LUFS_RANGE = (-30.0, -10.0)  # quieter is lost under street noise; louder only clips

_CODE = re.compile(r"^\d{5}$")


@dataclass(frozen=True)
class Station:
    """Who this installation is: the commune's national code, names, time zone, public key."""

    code: str
    name: str
    province: str
    office: str
    timezone: str
    public_key: str
    target_lufs: float = DEFAULT_TARGET_LUFS
    true_peak_dbtp: float = DEFAULT_TRUE_PEAK_DBTP


def validate_code(code: str) -> str:
    """A 5-digit national administrative-unit code, as the GSO lists give it."""
    code = (code or "").strip()
    if not _CODE.match(code):
        raise RejectedInput("station.bad_code", value=code)
    return code


def validate_name(name: str) -> str:
    """A non-empty station name, stripped of surrounding blanks."""
    name = (name or "").strip()
    if not name:
        raise RejectedInput("station.empty_name")
    return check_text("station.name", name)


def validate_place(field: str, value: str) -> str:
    """The province or office name: optional, within what the export format carries."""
    return check_text(f"station.{field}", (value or "").strip())


def validate_timezone(tz: str) -> str:
    """An IANA time zone that this machine knows."""
    try:
        check_text("station.timezone", tz)
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, RejectedInput):
        raise RejectedInput("station.bad_timezone", value=tz) from None
    return tz


def validate_target_lufs(value: float | str) -> float:
    """A loudness target (integrated LUFS) every item is levelled to, within the sane range."""
    low, high = TARGET_LUFS_RANGE
    try:
        target = float(value)
    except (TypeError, ValueError):
        raise RejectedInput("station.bad_target", value=value, low=low, high=high) from None
    if not low <= target <= high:
        raise RejectedInput("station.bad_target", value=value, low=low, high=high)
    return target
