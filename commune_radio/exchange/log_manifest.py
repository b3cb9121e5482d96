"""The manifest of a station log file: every field checked, and the Ed25519 signature over its
exact bytes (the manifest names the entries' hash, so the signature covers them too)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import IN_MANIFEST, FileRejected, Reason, field_error
from commune_radio.exchange.log_container import _LIMITS, _reject
from commune_radio.exchange.strict import DECODER, public_key, signature_ok

_CODE = re.compile(r"[0-9]{5}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_VERSION = re.compile(r"[0-9A-Za-z.+\-]{1,40}")
_TZ = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,3}")
_DT_CORE = (
    r"2[01][0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
)
_DT = re.compile(_DT_CORE)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB]")
_MANIFEST_KEYS = frozenset({
    "format", "format_version", "app_version", "created_at", "station", "period", "counts",
    "members", "signature_algorithm",
})
_STATION_KEYS = frozenset({"code", "name", "province", "office", "timezone", "public_key"})
_FINAL = frozenset(fmt.FINAL_STATUSES)


@dataclass(frozen=True)
class Manifest:
    """The checked manifest of one file."""

    raw: bytes  # the exact signed bytes
    sha256: str  # of ``raw``: identifies the signed content, so a re-import is recognised
    format_version: int
    app_version: str
    created_at: str
    station_code: str
    station_name: str
    province: str
    office: str
    timezone: str
    public_key: str
    period_from: dt.date
    period_to: dt.date
    broadcasts: int
    items: int
    by_status: dict[str, int]
    entries_sha256: str
    entries_size: int
    events: int = 0  # v2: lines of events.jsonl
    events_sha256: str | None = None
    events_size: int = 0


_DECODER = DECODER


def _has_bad_text(value: Any) -> bool:
    """Whether a parsed value holds a string SQLite cannot store (a lone surrogate)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_bad_text(k) or _has_bad_text(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_bad_text(v) for v in value)
    return False


# --- the manifest -------------------------------------------------------------------------


def _m_field(field: str, expected: str, **params: Any) -> Reason:
    return field_error(IN_MANIFEST, field, expected, **params)


def _text(obj: dict, key: str, field: str, *, limit: int, empty: bool = True) -> str:
    value = obj[key]
    if type(value) is not str or len(value) > limit or (not empty and not value.strip()):
        raise _Invalid(_m_field(field, "text", limit=limit))
    return value


def _date(value: Any, field: str) -> dt.date:
    if type(value) is not str or not _DATE.fullmatch(value):
        raise _Invalid(_m_field(field, "date"))
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(_m_field(field, "date")) from None
    if not 2000 <= day.year <= 2200:
        raise _Invalid(_m_field(field, "date"))
    return day


def _count(value: Any, field: str) -> int:
    if type(value) is not int or not 0 <= value <= fmt.MAX_BROADCASTS * fmt.MAX_ITEMS_PER_BROADCAST:
        raise _Invalid(_m_field(field, "count"))
    return value


def _object(value: Any, field: str, keys: frozenset[str]) -> dict:
    if type(value) is not dict:
        raise _Invalid(_m_field(field, "object"))
    if value.keys() != keys:
        raise _Invalid(_m_field(field, "keys", keys=", ".join(sorted(keys))))
    return value


class _Invalid(Exception):
    """Internal: carries the reason of a field problem up to the one place that names the file."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.message_id)
        self.reason = reason


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    if not _TZ.fullmatch(name) or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _check_manifest(raw: bytes, signature: bytes, file: str) -> Manifest:
    try:
        text = raw.decode("utf-8")
        doc = _DECODER.decode(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _reject(file, "exchange.manifest_unreadable") from None
    if type(doc) is not dict:
        raise _reject(file, "exchange.manifest_unreadable")
    if doc.get("format") != fmt.FORMAT_NAME:
        raise _reject(file, "exchange.not_a_log")
    version = doc.get("format_version")
    if type(version) is int and version > fmt.FORMAT_VERSION:
        raise _reject(file, "exchange.future_version", version=version,
                      supported=fmt.FORMAT_VERSION)
    if version not in fmt.READABLE_VERSIONS or type(version) is not int:
        raise FileRejected(file, _m_field("format_version", "version",
                                          supported=fmt.FORMAT_VERSION))
    if _SURROGATE_ESCAPE.search(text) and _has_bad_text(doc):
        raise FileRejected(file, _m_field("station", "text", limit=fmt.MAX_SHORT_TEXT))
    try:
        manifest = _manifest_fields(doc, raw)
    except _Invalid as exc:
        raise FileRejected(file, exc.reason) from None
    _verify_signature(manifest, signature, file)
    return manifest


def _manifest_fields(doc: dict, raw: bytes) -> Manifest:
    if doc.keys() != _MANIFEST_KEYS:
        raise _Invalid(_m_field("(manifest)", "keys", keys=", ".join(sorted(_MANIFEST_KEYS))))
    app_version = doc["app_version"]
    if type(app_version) is not str or not _VERSION.fullmatch(app_version):
        raise _Invalid(_m_field("app_version", "version_text"))
    created_at = doc["created_at"]
    if type(created_at) is not str or not _valid_moment(created_at):
        raise _Invalid(_m_field("created_at", "datetime"))
    if doc["signature_algorithm"] != fmt.SIGNATURE_ALGORITHM:
        raise _Invalid(_m_field("signature_algorithm", "choice", choices=fmt.SIGNATURE_ALGORITHM))

    station = _object(doc["station"], "station", _STATION_KEYS)
    code = station["code"]
    if type(code) is not str or not _CODE.fullmatch(code):
        raise _Invalid(_m_field("station.code", "code"))
    name = _text(station, "name", "station.name", limit=fmt.MAX_SHORT_TEXT, empty=False)
    province = _text(station, "province", "station.province", limit=fmt.MAX_SHORT_TEXT)
    office = _text(station, "office", "station.office", limit=fmt.MAX_SHORT_TEXT)
    timezone = station["timezone"]
    if type(timezone) is not str or _zone(timezone) is None:
        raise _Invalid(_m_field("station.timezone", "timezone"))
    if public_key(station["public_key"]) is None:
        raise _Invalid(_m_field("station.public_key", "public_key"))

    period = _object(doc["period"], "period", frozenset({"from", "to"}))
    p_from, p_to = _date(period["from"], "period.from"), _date(period["to"], "period.to")
    if p_to < p_from:
        raise _Invalid(_m_field("period.to", "period_order"))

    version = doc["format_version"]
    count_keys = {"broadcasts", "items", "by_status"} | ({"events"} if version >= 2 else set())
    counts = _object(doc["counts"], "counts", frozenset(count_keys))
    n_broadcasts = _count(counts["broadcasts"], "counts.broadcasts")
    n_items = _count(counts["items"], "counts.items")
    by_status_doc = _object(counts["by_status"], "counts.by_status", _FINAL)
    by_status = {s: _count(by_status_doc[s], f"counts.by_status.{s}") for s in fmt.FINAL_STATUSES}
    if sum(by_status.values()) != n_broadcasts or n_broadcasts > fmt.MAX_BROADCASTS:
        raise _Invalid(_m_field("counts.by_status", "count_sum"))

    hashed = (fmt.ENTRIES, fmt.EVENTS) if version >= 2 else (fmt.ENTRIES,)
    members = _object(doc["members"], "members", frozenset(hashed))
    sums = {}
    for member_name in hashed:
        member = _object(members[member_name], f"members.{member_name}",
                         frozenset({"sha256", "size"}))
        digest = member["sha256"]
        if type(digest) is not str or not _HEX64.fullmatch(digest):
            raise _Invalid(_m_field(f"members.{member_name}.sha256", "sha256"))
        size = member["size"]
        if type(size) is not int or not 0 <= size <= _LIMITS[member_name]:
            raise _Invalid(_m_field(f"members.{member_name}.size", "count"))
        sums[member_name] = (digest, size)
    n_events = 0
    if version >= 2:
        n_events = _count(counts["events"], "counts.events")
        if n_events > fmt.MAX_EVENTS:
            raise _Invalid(_m_field("counts.events", "count"))
    digest, size = sums[fmt.ENTRIES]
    events_sum = sums.get(fmt.EVENTS, (None, 0))

    return Manifest(
        raw=raw, sha256=hashlib.sha256(raw).hexdigest(), format_version=doc["format_version"],
        app_version=app_version, created_at=created_at, station_code=code, station_name=name,
        province=province, office=office, timezone=timezone,
        public_key=station["public_key"], period_from=p_from, period_to=p_to,
        broadcasts=n_broadcasts, items=n_items, by_status=by_status,
        entries_sha256=digest, entries_size=size, events=n_events,
        events_sha256=events_sum[0], events_size=events_sum[1],
    )


def _verify_signature(manifest: Manifest, signature: bytes, file: str) -> None:
    if not signature_ok(manifest.public_key, signature, manifest.raw):
        raise _reject(file, "exchange.bad_signature")


def _valid_moment(text: str) -> bool:
    if not _DT.fullmatch(text):
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
