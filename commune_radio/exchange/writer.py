"""Making a signed station log file (format v2; see docs/export-format.md).

The caller gives the station, the period and the entries (dicts in the shape of `log list`);
this module serialises them, hashes them into the manifest, signs the manifest's exact bytes with
the station's Ed25519 key, and writes the ZIP atomically.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from commune_radio.core.atomic import atomic_write
from commune_radio.core.clock import to_utc_iso
from commune_radio.core.signing import public_key_b64
from commune_radio.core.station import Station
from commune_radio.exchange import format as fmt


@dataclass(frozen=True)
class WrittenLog:
    """What was written: enough for the export dialog's summary and for `log export --json`."""

    path: Path
    sha256: str
    broadcasts: int
    items: int
    by_status: dict[str, int]
    manifest: dict


def entries_bytes(entries: Iterable[dict]) -> bytes:
    """JSON Lines, UTF-8 (no \\u escapes of non-ASCII text), one broadcast per line."""
    out = io.StringIO()
    for entry in entries:
        out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":"),
                             allow_nan=False))
        out.write("\n")
    return out.getvalue().encode("utf-8")


def build_manifest(
    station: Station,
    period: tuple[dt.date, dt.date],
    entries: Sequence[dict],
    entries_data: bytes,
    *,
    app_version: str,
    created_at: dt.datetime,
    public_key: str,
    events_data: bytes = b"",
    events: int = 0,
) -> dict:
    """The manifest of format v2 for these entries and events."""
    by_status = dict.fromkeys(fmt.FINAL_STATUSES, 0)
    for entry in entries:
        by_status[entry["status"]] += 1
    return {
        "format": fmt.FORMAT_NAME,
        "format_version": fmt.FORMAT_VERSION,
        "app_version": app_version,
        "created_at": to_utc_iso(created_at),
        "station": {
            "code": station.code, "name": station.name, "province": station.province,
            "office": station.office, "timezone": station.timezone, "public_key": public_key,
        },
        "period": {"from": period[0].isoformat(), "to": period[1].isoformat()},
        "counts": {
            "broadcasts": len(entries),
            "items": sum(len(e["items"]) for e in entries),
            "by_status": by_status,
            "events": events,
        },
        "members": {
            fmt.ENTRIES: {
                "sha256": hashlib.sha256(entries_data).hexdigest(), "size": len(entries_data),
            },
            fmt.EVENTS: {
                "sha256": hashlib.sha256(events_data).hexdigest(), "size": len(events_data),
            },
        },
        "signature_algorithm": fmt.SIGNATURE_ALGORITHM,
    }


def manifest_bytes(manifest: dict) -> bytes:
    """The manifest as signed: UTF-8 JSON, keys sorted, indented for people who open the ZIP."""
    return (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The ``signature`` member: base64 of the 64-byte Ed25519 signature of ``data``."""
    return base64.b64encode(key.sign(data)) + b"\n"


def zip_members(
    members: Sequence[tuple[str, bytes]], when: dt.datetime
) -> bytes:
    """A ZIP (deflate) holding ``members`` in order."""
    buf = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def build_log(
    station: Station,
    key: Ed25519PrivateKey,
    period: tuple[dt.date, dt.date],
    entries: Sequence[dict],
    *,
    app_version: str,
    created_at: dt.datetime,
    events: Sequence[dict] = (),
) -> tuple[bytes, dict]:
    """The bytes of one signed log file, and its manifest; ``events`` are the station's
    running periods and events of the period (``{"at","kind","detail","until"}``)."""
    data = entries_bytes(entries)
    events_data = entries_bytes(events)
    manifest = build_manifest(
        station, period, entries, data, app_version=app_version, created_at=created_at,
        public_key=public_key_b64(key), events_data=events_data, events=len(events),
    )
    raw_manifest = manifest_bytes(manifest)
    members = [
        (fmt.MANIFEST, raw_manifest), (fmt.ENTRIES, data), (fmt.EVENTS, events_data),
        (fmt.SIGNATURE, sign(key, raw_manifest)),
    ]
    return zip_members(members, created_at), manifest


def write_log(path: Path | str, blob: bytes, manifest: dict) -> WrittenLog:
    """Write a built log file atomically; returns what it holds."""
    atomic_write(path, lambda fh: fh.write(blob))
    return WrittenLog(
        path=Path(path), sha256=hashlib.sha256(blob).hexdigest(),
        broadcasts=manifest["counts"]["broadcasts"], items=manifest["counts"]["items"],
        by_status=manifest["counts"]["by_status"], manifest=manifest,
    )
