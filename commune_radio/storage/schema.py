"""Schema migrations; migration N brings ``PRAGMA user_version`` from N-1 to N.

Append new migrations at the end and never edit a published one: station databases in the
field are upgraded by running the ones they lack, in order, each in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


def _v1_station_and_library(db: sqlite_utils.Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["station"].create(
        {
            "id": int,
            "code": str,
            "name": str,
            "province": str,
            "office": str,
            "timezone": str,
            "public_key": str,
            "target_lufs": float,
            "true_peak_dbtp": float,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"code", "name", "timezone", "public_key"},
    )
    db["segments"].create(
        {
            "id": int,
            "title": str,
            "topic": str,
            "language": str,
            "duration_s": float,
            "loudness_lufs": float,
            "true_peak_dbtp": float,
            "prepared_lufs": float,
            "sha256": str,
            "source_file": str,
            "source_sha256": str,
            "original_path": str,
            "valid_from": str,
            "valid_until": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"title", "language", "duration_s", "sha256", "source_sha256"},
    )
    db["segments"].create_index(["sha256"], unique=True)
    db["segments"].create_index(["source_sha256"])
    db["segments"].create_index(["topic"])


def _v2_programmes_and_broadcast_log(db: sqlite_utils.Database) -> None:
    """Programmes and the as-played log (CLI.md `log list`).

    Times are UTC ISO 8601 strings with offset; the station's zone is in ``station``. A
    broadcast row is written (status ``started``) before any audio plays; ``broadcast_items``
    rows are written ``pending`` with it and updated as each item ends.
    """
    db["programmes"].create(
        {
            "id": int, "name": str, "dx": int, "intro_segment_id": int,
            "outro_segment_id": int, "target_s": float, "created_at": str, "updated_at": str,
        },
        pk="id", not_null={"name", "dx"},
        foreign_keys=[("intro_segment_id", "segments", "id"),
                      ("outro_segment_id", "segments", "id")],
    )
    db["programmes"].create_index(["name"], unique=True)
    db["programme_items"].create(
        {"programme_id": int, "position": int, "segment_id": int},
        pk=("programme_id", "position"),
        foreign_keys=[("programme_id", "programmes", "id"), ("segment_id", "segments", "id")],
    )
    db["broadcasts"].create(
        {
            "id": str,  # a UUID made at the station: the office keys on (station code, id)
            "station_code": str,
            "programme": str,  # the name as it was when it aired
            "programme_id": int,
            "dx": int,
            "trigger": str,  # schedule | manual | catch_up | emergency
            "priority": str,  # normal | priority | emergency
            "slot_id": int,
            "scheduled_at": str,
            "started_at": str,
            "ended_at": str,
            "status": str,  # started | played | partial | missed | skipped | failed
            "reason": str,
            "device": str,
            "created_at": str,
        },
        pk="id", not_null={"station_code", "programme", "dx", "trigger", "status", "created_at"},
    )
    db.execute(
        "CREATE INDEX idx_broadcasts_when ON broadcasts (coalesce(started_at, scheduled_at))"
    )
    db["broadcasts"].create_index(["status"])
    # one outcome per slot occurrence, whatever happens (reconcile twice, clock jumps)
    db.execute(
        "CREATE UNIQUE INDEX idx_broadcasts_slot_occurrence ON broadcasts (slot_id, scheduled_at)"
        " WHERE slot_id IS NOT NULL"
    )
    db["broadcast_items"].create(
        {
            "broadcast_id": str, "position": int, "segment_id": int, "sha256": str,
            "title": str, "topic": str, "language": str, "planned_s": float,
            "played_s": float, "started_at": str, "ended_at": str,
            "status": str,  # pending | playing | played | partial | failed | skipped
            "reason": str,
        },
        pk=("broadcast_id", "position"),
        foreign_keys=[("broadcast_id", "broadcasts", "id")],
    )


def _v3_schedule(db: sqlite_utils.Database) -> None:
    """Weekly slots, one-off dates and exceptions: our table is the truth, APScheduler the clock."""
    db["slots"].create(
        {
            "id": int, "programme_id": int,
            "days": str,  # "mon,thu" (ISO weekday names), empty for a one-off
            "at": str,  # "HH:MM:SS" station time
            "from_date": str, "until_date": str,  # inclusive, station dates, may be null
            "one_off_date": str,  # a single date instead of weekdays
            "enabled": int, "created_at": str,
        },
        pk="id", not_null={"programme_id", "at", "enabled"},
        foreign_keys=[("programme_id", "programmes", "id")],
    )
    db["slot_exceptions"].create(
        {"slot_id": int, "date": str, "reason": str},
        pk=("slot_id", "date"), foreign_keys=[("slot_id", "slots", "id")],
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_station_and_library,
    _v2_programmes_and_broadcast_log,
    _v3_schedule,
]
