"""The hand-over table: files written for a vendor platform (never counted as airing)."""

from __future__ import annotations

import sqlite3

from commune_radio.storage.database import Database

COLUMNS = ("id", "programme", "programme_id", "file", "sha256", "duration_s", "loudness_lufs",
           "bitrate", "created_at")


def insert(db: Database, row: dict) -> None:
    """Record one hand-over."""
    with db.transaction() as t:
        t["handovers"].insert({k: row.get(k) for k in COLUMNS})


def all_rows(db: Database) -> list[sqlite3.Row]:
    """Every hand-over, oldest first."""
    return db.query("SELECT * FROM handovers ORDER BY created_at, rowid")
