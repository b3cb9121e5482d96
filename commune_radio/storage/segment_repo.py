"""Segments of the library: insert, find duplicates, list, edit metadata."""

from __future__ import annotations

import datetime as dt
import sqlite3

from commune_radio.core.segments import Segment, SegmentMeta
from commune_radio.storage.database import Database

_COLUMNS = (
    "id, title, topic, language, duration_s, loudness_lufs, true_peak_dbtp, prepared_lufs, "
    "sha256, source_file, source_sha256, valid_from, valid_until, imported_at, pack_id, "
    "pack_segment_id"
)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _segment(r: sqlite3.Row) -> Segment:
    return Segment(
        id=r["id"], title=r["title"], topic=r["topic"], language=r["language"],
        duration_s=r["duration_s"], loudness_lufs=r["loudness_lufs"],
        true_peak_dbtp=r["true_peak_dbtp"], prepared_lufs=r["prepared_lufs"],
        sha256=r["sha256"], source_file=r["source_file"], source_sha256=r["source_sha256"],
        valid_from=_date(r["valid_from"]), valid_until=_date(r["valid_until"]),
        imported_at=r["imported_at"], pack_id=r["pack_id"],
        pack_segment_id=r["pack_segment_id"],
    )


def list_segments(db: Database) -> list[Segment]:
    """Every segment, newest first."""
    return [_segment(r) for r in db.query(f"SELECT {_COLUMNS} FROM segments ORDER BY id DESC")]


def get_segment(db: Database, segment_id: int) -> Segment | None:
    """One segment by id."""
    rows = db.query(f"SELECT {_COLUMNS} FROM segments WHERE id = ?", (segment_id,))
    return _segment(rows[0]) if rows else None


def find_by_source(db: Database, source_sha256: str) -> Segment | None:
    """The segment imported from a file with exactly these bytes, if any."""
    rows = db.query(f"SELECT {_COLUMNS} FROM segments WHERE source_sha256 = ?", (source_sha256,))
    return _segment(rows[0]) if rows else None


def find_by_sha256(db: Database, sha256: str) -> Segment | None:
    """The segment whose prepared audio has this hash, if any."""
    rows = db.query(f"SELECT {_COLUMNS} FROM segments WHERE sha256 = ?", (sha256,))
    return _segment(rows[0]) if rows else None


def insert_segment(db: Database, row: dict) -> int:
    """Add a segment row; return its id."""
    with db.transaction() as t:
        return t["segments"].insert(row).last_pk


def update_meta(db: Database, segment_id: int, meta: SegmentMeta) -> None:
    """Replace the operator-set metadata of a segment."""
    with db.transaction() as t:
        t["segments"].update(
            segment_id,
            {
                "title": meta.title, "topic": meta.topic, "language": meta.language,
                "valid_from": meta.valid_from.isoformat() if meta.valid_from else None,
                "valid_until": meta.valid_until.isoformat() if meta.valid_until else None,
            },
        )


def set_provenance(db: Database, segment_id: int, pack_id: str, pack_segment_id: str) -> bool:
    """Record the pack a segment came from, unless it already records one; True if written.

    Audio the station already had keeps its first origin: provenance is never rewritten.
    """
    with db.transaction() as t:
        cur = t.conn.execute(
            "UPDATE segments SET pack_id = ?, pack_segment_id = ? WHERE id = ? AND pack_id IS NULL",
            (pack_id, pack_segment_id, segment_id),
        )
        return cur.rowcount == 1


def pack_segments(db: Database) -> list[Segment]:
    """Every segment that came from a content pack, oldest first."""
    return [_segment(r) for r in db.query(
        f"SELECT {_COLUMNS} FROM segments WHERE pack_id IS NOT NULL ORDER BY id"
    )]
