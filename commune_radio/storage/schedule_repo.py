"""Slots and their exceptions in SQLite: the schedule's source of truth."""

from __future__ import annotations

import datetime as dt
import sqlite3

from commune_radio.core.schedule import DAY_NAMES, Slot
from commune_radio.storage.database import Database


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _slot(r: sqlite3.Row, exceptions: dict[int, set[dt.date]]) -> Slot:
    days = frozenset(DAY_NAMES.index(d) for d in (r["days"] or "").split(",") if d)
    return Slot(
        id=r["id"], programme_id=r["programme_id"], at=dt.time.fromisoformat(r["at"]),
        days=days, from_date=_d(r["from_date"]), until_date=_d(r["until_date"]),
        one_off_date=_d(r["one_off_date"]), exceptions=frozenset(exceptions.get(r["id"], ())),
        enabled=bool(r["enabled"]), programme=r["programme"] or "",
    )


def list_slots(db: Database) -> list[Slot]:
    """Every slot with its programme's name and its exception dates, by time of day."""
    exceptions: dict[int, set[dt.date]] = {}
    for r in db.query("SELECT slot_id, date FROM slot_exceptions"):
        exceptions.setdefault(r["slot_id"], set()).add(dt.date.fromisoformat(r["date"]))
    rows = db.query(
        "SELECT s.*, p.name AS programme FROM slots s LEFT JOIN programmes p "
        "ON p.id = s.programme_id ORDER BY s.at, s.id"
    )
    return [_slot(r, exceptions) for r in rows]


def slot_row(slot: Slot, created_at: dt.datetime | None = None) -> dict:
    """The table row of a slot (without its id when it has none yet).

    ``created_at`` comes from the caller's clock, so a test with a fixed clock (and reconcile,
    which never looks before a slot existed) never depends on the real date."""
    row = {
        "programme_id": slot.programme_id, "days": slot.days_text(),
        "at": slot.at.isoformat(timespec="seconds"),
        "from_date": slot.from_date.isoformat() if slot.from_date else None,
        "until_date": slot.until_date.isoformat() if slot.until_date else None,
        "one_off_date": slot.one_off_date.isoformat() if slot.one_off_date else None,
        "enabled": int(slot.enabled),
        "created_at": (created_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        .isoformat(timespec="seconds"),
    }
    return row


def insert_slot(db: Database, slot: Slot, created_at: dt.datetime | None = None) -> int:
    """Add a slot and its exceptions; return the new id."""
    with db.transaction() as t:
        slot_id = t["slots"].insert(slot_row(slot, created_at)).last_pk
        for day in slot.exceptions:
            t["slot_exceptions"].insert({"slot_id": slot_id, "date": day.isoformat(),
                                         "reason": ""})
        return slot_id


def update_slot(db: Database, slot: Slot) -> None:
    """Replace a slot's fields and exceptions."""
    with db.transaction() as t:
        row = slot_row(slot)
        row.pop("created_at")
        t["slots"].update(slot.id, row)
        t.execute("DELETE FROM slot_exceptions WHERE slot_id = ?", (slot.id,))
        for day in slot.exceptions:
            t["slot_exceptions"].insert({"slot_id": slot.id, "date": day.isoformat(),
                                         "reason": ""})


def delete_slot(db: Database, slot_id: int) -> bool:
    """Remove a slot; whether it existed. Its past log rows stay (they are history)."""
    with db.transaction() as t:
        t.execute("DELETE FROM slot_exceptions WHERE slot_id = ?", (slot_id,))
        return t.execute("DELETE FROM slots WHERE id = ?", (slot_id,)).rowcount > 0


def slot_created_times(db: Database) -> dict[int, str]:
    """When each slot was made (UTC ISO): a slot never owes a broadcast from before it existed."""
    return {r[0]: r[1] for r in db.query("SELECT id, created_at FROM slots")}
