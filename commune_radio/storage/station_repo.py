"""Reading and writing the one station row and the settings table."""

from __future__ import annotations

import datetime as dt

from commune_radio.core.station import Station
from commune_radio.storage.database import Database


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def get_station(db: Database) -> Station | None:
    """The station of this database, or None before `station init`."""
    rows = db.query("SELECT * FROM station WHERE id = 1")
    if not rows:
        return None
    r = rows[0]
    return Station(
        code=r["code"], name=r["name"], province=r["province"] or "", office=r["office"] or "",
        timezone=r["timezone"], public_key=r["public_key"], target_lufs=r["target_lufs"],
        true_peak_dbtp=r["true_peak_dbtp"],
    )


def save_station(db: Database, station: Station) -> None:
    """Insert or replace the station row (there is only ever one)."""
    with db.transaction() as t:
        existing = t.execute("SELECT created_at FROM station WHERE id = 1").fetchone()
        t["station"].upsert(
            {
                "id": 1, "code": station.code, "name": station.name,
                "province": station.province, "office": station.office,
                "timezone": station.timezone, "public_key": station.public_key,
                "target_lufs": station.target_lufs, "true_peak_dbtp": station.true_peak_dbtp,
                "created_at": existing[0] if existing else _now(), "updated_at": _now(),
            },
            pk="id",
        )


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    """A stored setting (language, role, output device …), or ``default``."""
    rows = db.query("SELECT value FROM settings WHERE key = ?", (key,))
    return rows[0][0] if rows else default


def set_setting(db: Database, key: str, value: str) -> None:
    """Store a setting."""
    with db.transaction() as t:
        t["settings"].upsert({"key": key, "value": value}, pk="key")


def set_settings(db: Database, values: list[tuple[str, str]]) -> None:
    """Store several settings in one transaction: all of them, or none."""
    with db.transaction() as t:
        for key, value in values:
            t["settings"].upsert({"key": key, "value": value}, pk="key")
