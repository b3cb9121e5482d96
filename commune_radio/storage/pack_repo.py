"""Content packs at the station: the office key it trusts, the packs imported, and taking
segments past their validity date out of programmes (tables of schema v9)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from commune_radio.core import settings as S
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_setting, set_setting

# the keys are declared once, with the other settings, in core.settings
OFFICE_KEY = S.OFFICE_PUBLIC_KEY.key  # the full base64 key, once a pack has shown it
OFFICE_FINGERPRINT = S.OFFICE_FINGERPRINT.key  # pinned from a fingerprint read aloud, before that
THEME_CATALOGUE = S.THEME_CATALOGUE.key  # the newest catalogue a pack brought (JSON list)


@dataclass(frozen=True)
class Removed:
    """A segment taken out of a programme because its validity date passed."""

    programme: str
    segment_id: int
    title: str
    valid_until: str


def trusted_office(db: Database) -> tuple[str | None, str | None]:
    """The pinned office key and its pinned fingerprint (either may be None)."""
    return get_setting(db, OFFICE_KEY), get_setting(db, OFFICE_FINGERPRINT)


def pin_office(db: Database, public_key: str | None, fingerprint: str) -> None:
    """Trust this office key (or, without the key, this fingerprint) from now on."""
    with db.transaction():
        if public_key is None:
            db.db.execute("DELETE FROM settings WHERE key = ?", (OFFICE_KEY,))
        else:
            set_setting(db, OFFICE_KEY, public_key)
        set_setting(db, OFFICE_FINGERPRINT, fingerprint)


def theme_catalogue(db: Database) -> list[dict]:
    """The theme catalogue the last pack brought ([] before any)."""
    return S.THEME_CATALOGUE.parse(get_setting(db, THEME_CATALOGUE))


def save_theme_catalogue(db: Database, themes: list[dict]) -> None:
    """Keep a pack's theme catalogue (retired themes included: old logs still name them)."""
    set_setting(db, THEME_CATALOGUE, S.THEME_CATALOGUE.format(themes))


def record_pack(db: Database, row: dict) -> None:
    """Remember an imported pack (a re-import of the same pack replaces its row)."""
    with db.transaction() as t:
        t["packs"].upsert(row, pk="id")


def get_pack(db: Database, pack_id: str) -> dict | None:
    """One imported pack's row."""
    rows = db.query("SELECT * FROM packs WHERE id = ?", (pack_id,))
    return dict(rows[0]) if rows else None


def remove_expired_from_programmes(db: Database, today: dt.date) -> list[Removed]:
    """Take every pack segment whose ``valid_until`` is before ``today`` out of the programmes
    that hold it (items renumbered, intro/outro cleared), in one transaction."""
    day = today.isoformat()
    with db.transaction() as t:
        conn = t.conn
        expired = conn.execute(
            "SELECT p.id, p.name, s.id, s.title, s.valid_until FROM programmes p"
            " JOIN segments s ON s.pack_id IS NOT NULL AND s.valid_until < ?"
            " AND (s.id IN (SELECT segment_id FROM programme_items WHERE programme_id = p.id)"
            " OR s.id = p.intro_segment_id OR s.id = p.outro_segment_id)"
            " ORDER BY p.name, s.id", (day,),
        ).fetchall()
        removed = [Removed(r[1], r[2], r[3], r[4]) for r in expired]
        for programme_id in sorted({r[0] for r in expired}):
            gone = {r[2] for r in expired if r[0] == programme_id}
            keep = [sid for (sid,) in conn.execute(
                "SELECT segment_id FROM programme_items WHERE programme_id = ? ORDER BY position",
                (programme_id,)) if sid not in gone]
            conn.execute("DELETE FROM programme_items WHERE programme_id = ?", (programme_id,))
            conn.executemany(
                "INSERT INTO programme_items (programme_id, position, segment_id) VALUES (?,?,?)",
                [(programme_id, pos, sid) for pos, sid in enumerate(keep)],
            )
            for column in ("intro_segment_id", "outro_segment_id"):
                marks = ",".join("?" * len(gone))
                conn.execute(f"UPDATE programmes SET {column} = NULL WHERE id = ?"
                             f" AND {column} IN ({marks})", (programme_id, *gone))
            conn.execute("UPDATE programmes SET updated_at = ? WHERE id = ?",
                         (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), programme_id))
    return removed
