"""Programmes and their ordered items in SQLite (tables of schema v2).

A programme's items are replaced as a whole in the transaction that changes it, so a reader never
sees half a reordering.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from commune_radio.core.programmes import ProgrammeDraft
from commune_radio.storage.database import Database


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class ProgrammeRow:
    """A programme as stored: segment ids, not segments."""

    id: int
    name: str
    dx: bool
    intro_id: int | None
    outro_id: int | None
    target_s: float | None
    segment_ids: tuple[int, ...]
    created_at: str
    updated_at: str


def _rows(db: Database, where: str = "", params: tuple = ()) -> list[ProgrammeRow]:
    programmes = db.query(
        "SELECT id, name, dx, intro_segment_id, outro_segment_id, target_s, created_at,"
        f" updated_at FROM programmes {where} ORDER BY name COLLATE NOCASE, id", params
    )
    if not programmes:
        return []
    ids = [r["id"] for r in programmes]
    marks = ",".join("?" * len(ids))
    items: dict[int, list[int]] = {i: [] for i in ids}
    for r in db.query(
        f"SELECT programme_id, segment_id FROM programme_items WHERE programme_id IN ({marks})"
        " ORDER BY programme_id, position", tuple(ids)
    ):
        items[r["programme_id"]].append(r["segment_id"])
    return [
        ProgrammeRow(
            id=r["id"], name=r["name"], dx=bool(r["dx"]), intro_id=r["intro_segment_id"],
            outro_id=r["outro_segment_id"], target_s=r["target_s"],
            segment_ids=tuple(items[r["id"]]), created_at=r["created_at"],
            updated_at=r["updated_at"],
        )
        for r in programmes
    ]


def list_programmes(db: Database) -> list[ProgrammeRow]:
    """Every programme, by name."""
    return _rows(db)


def get_programme(db: Database, programme_id: int) -> ProgrammeRow | None:
    """One programme by id."""
    rows = _rows(db, "WHERE id = ?", (programme_id,))
    return rows[0] if rows else None


def find_by_name(db: Database, name: str) -> ProgrammeRow | None:
    """One programme by exact name."""
    rows = _rows(db, "WHERE name = ?", (name,))
    return rows[0] if rows else None


def _write_items(conn: sqlite3.Connection, programme_id: int, segment_ids: tuple[int, ...]) -> None:
    conn.execute("DELETE FROM programme_items WHERE programme_id = ?", (programme_id,))
    conn.executemany(
        "INSERT INTO programme_items (programme_id, position, segment_id) VALUES (?, ?, ?)",
        [(programme_id, pos, sid) for pos, sid in enumerate(segment_ids)],
    )


def insert_programme(db: Database, draft: ProgrammeDraft) -> int:
    """Add a programme (the draft already validated); return its id."""
    now = _now()
    with db.transaction() as t:
        cur = t.conn.execute(
            "INSERT INTO programmes (name, dx, intro_segment_id, outro_segment_id, target_s,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (draft.name, int(draft.dx), draft.intro_id, draft.outro_id, draft.target_s, now, now),
        )
        programme_id = cur.lastrowid
        _write_items(t.conn, programme_id, draft.segment_ids)
        return programme_id


def update_programme(db: Database, programme_id: int, draft: ProgrammeDraft) -> None:
    """Replace name, flags, jingles, target and items of a programme in one transaction."""
    with db.transaction() as t:
        t.conn.execute(
            "UPDATE programmes SET name = ?, dx = ?, intro_segment_id = ?, outro_segment_id = ?,"
            " target_s = ?, updated_at = ? WHERE id = ?",
            (draft.name, int(draft.dx), draft.intro_id, draft.outro_id, draft.target_s, _now(),
             programme_id),
        )
        _write_items(t.conn, programme_id, draft.segment_ids)


def delete_programme(db: Database, programme_id: int) -> None:
    """Remove a programme and its items (the log keeps the name it aired under)."""
    with db.transaction() as t:
        t.conn.execute("DELETE FROM programme_items WHERE programme_id = ?", (programme_id,))
        t.conn.execute("DELETE FROM programmes WHERE id = ?", (programme_id,))


def slot_count(db: Database, programme_id: int) -> int:
    """How many schedule slots use a programme."""
    return db.query("SELECT count(*) FROM slots WHERE programme_id = ?", (programme_id,))[0][0]


def programme_ids_by_name(db: Database) -> dict[str, int]:
    """Programme name -> id."""
    return {r["name"]: r["id"] for r in db.query("SELECT id, name FROM programmes")}


def programme_durations(db: Database) -> dict[int, float]:
    """Programme id -> seconds on air (intro + items + outro), for overrun checks."""
    rows = db.query(
        """
        SELECT p.id,
               coalesce((SELECT sum(s.duration_s) FROM programme_items i
                         JOIN segments s ON s.id = i.segment_id
                         WHERE i.programme_id = p.id), 0)
             + coalesce((SELECT duration_s FROM segments WHERE id = p.intro_segment_id), 0)
             + coalesce((SELECT duration_s FROM segments WHERE id = p.outro_segment_id), 0)
        FROM programmes p
        """
    )
    return {r[0]: float(r[1]) for r in rows}
