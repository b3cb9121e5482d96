"""Schema migrations; migration N brings ``PRAGMA user_version`` from N-1 to N.

Append new migrations at the end and never edit a published one: station databases in the
field are upgraded by running the ones they lack, in order, each in its own transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the migrations get one; importing it is for whoever opens a database
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


def _v4_office_exchange(db: sqlite_utils.Database) -> None:
    """The receiving office: stations and their trusted keys, imported files, their broadcasts.

    Broadcasts are keyed by (station code, broadcast id) so a re-import adds nothing; items hang
    off an integer ``rid`` (not the 36-character UUID) to keep a million rows small. Times are
    kept exactly as the station signed them (ISO 8601 with its offset, an unambiguous instant);
    ``day``/``week`` are station-local, which is what the weekly rule needs.
    ``office_daily*`` are sums per station and day kept up to date by each import (and rebuilt
    by ``office_merge.rebuild_aggregates``) so a report reads thousands of rows, not millions.
    Rows are written only by storage/office_merge.py.
    """
    script = """
        CREATE TABLE office_stations (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            province TEXT NOT NULL DEFAULT '',
            office TEXT NOT NULL DEFAULT '',
            timezone TEXT NOT NULL,
            public_key TEXT,            -- trusted, NULL after re-registration until the next file
            key_trusted_at TEXT,
            details_from TEXT,          -- created_at of the manifest the names come from
            first_import TEXT NOT NULL,
            last_import TEXT NOT NULL,
            last_entry TEXT,            -- "at" of the latest broadcast received
            reregistered_at TEXT
        );
        CREATE TABLE office_station_keys (
            code TEXT NOT NULL REFERENCES office_stations(code),
            public_key TEXT NOT NULL,
            trusted_at TEXT NOT NULL,
            retired_at TEXT,
            PRIMARY KEY (code, trusted_at, public_key)
        );
        CREATE TABLE office_imports (
            id INTEGER PRIMARY KEY,
            station_code TEXT NOT NULL REFERENCES office_stations(code),
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            manifest_sha256 TEXT NOT NULL UNIQUE,
            public_key TEXT NOT NULL,
            format_version INTEGER NOT NULL,
            app_version TEXT NOT NULL,
            created_at TEXT NOT NULL,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            broadcasts INTEGER NOT NULL,
            items INTEGER NOT NULL,
            new_broadcasts INTEGER NOT NULL,
            duplicates INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX idx_office_imports_station ON office_imports (station_code, period_from);
        CREATE TABLE office_broadcasts (
            rid INTEGER PRIMARY KEY,
            station_code TEXT NOT NULL,
            id TEXT NOT NULL,
            programme TEXT NOT NULL,
            dx INTEGER NOT NULL,
            trigger TEXT NOT NULL,
            scheduled_at TEXT,
            started_at TEXT,
            ended_at TEXT,
            status TEXT NOT NULL,
            reason TEXT,
            device TEXT,
            day TEXT NOT NULL,          -- station-local date of "at"
            week TEXT NOT NULL,         -- its ISO week, 2026-W45
            at TEXT NOT NULL,           -- started_at, else scheduled_at: places it in a day
            import_id INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX idx_office_broadcasts_key ON office_broadcasts (station_code, id);
        CREATE INDEX idx_office_broadcasts_day ON office_broadcasts (station_code, day, at);
        CREATE TABLE office_items (
            broadcast_rid INTEGER NOT NULL,
            position INTEGER NOT NULL,
            segment_id INTEGER,
            sha256 TEXT,
            title TEXT NOT NULL,
            topic TEXT,
            language TEXT,
            planned_s REAL,
            played_s REAL,
            started_at TEXT,
            ended_at TEXT,
            status TEXT NOT NULL,
            PRIMARY KEY (broadcast_rid, position)
        ) WITHOUT ROWID;
        CREATE TABLE office_daily (
            day TEXT NOT NULL,
            station_code TEXT NOT NULL,
            week TEXT NOT NULL,
            broadcasts INTEGER NOT NULL,
            aired INTEGER NOT NULL,
            dx_broadcasts INTEGER NOT NULL,
            dx_played INTEGER NOT NULL,
            dx_partial INTEGER NOT NULL,
            dx_missed INTEGER NOT NULL,
            PRIMARY KEY (day, station_code)
        ) WITHOUT ROWID;
        CREATE TABLE office_daily_minutes (  -- items of DX broadcasts only
            day TEXT NOT NULL,
            station_code TEXT NOT NULL,
            week TEXT NOT NULL,
            topic TEXT NOT NULL,        -- '' when the item has no DX theme
            language TEXT NOT NULL,     -- '' when unknown
            seconds REAL NOT NULL,
            PRIMARY KEY (day, station_code, topic, language)
        ) WITHOUT ROWID;
    """
    # one statement at a time: executescript would commit the migration's transaction
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


def _v5_log_filter_indexes(db: sqlite_utils.Database) -> None:
    """Indexes that keep the log screen's filters fast on a million broadcasts.

    A status or trigger filter walks (value, moment) in time order instead of sorting every
    match; a theme or language filter can start from the items that carry it when they are few.
    """
    when = "coalesce(started_at, scheduled_at)"
    db.execute(f"CREATE INDEX idx_broadcasts_status_when ON broadcasts (status, {when})")
    db.execute(f"CREATE INDEX idx_broadcasts_trigger_when ON broadcasts (trigger, {when})")
    db.execute("CREATE INDEX idx_broadcast_items_topic ON broadcast_items (topic, broadcast_id)")
    db.execute(
        "CREATE INDEX idx_broadcast_items_language ON broadcast_items (language, broadcast_id)"
    )


def _v6_item_sound_evidence(db: sqlite_utils.Database) -> None:
    """What each item sent to the output (RMS, peak, seconds of silence, measured from the
    samples written) and what came back on the air-monitor input (NULL without one)."""
    for column in ("sent_rms_dbfs", "sent_peak_dbfs", "silent_s", "monitor_rms_dbfs"):
        db.execute(f"ALTER TABLE broadcast_items ADD COLUMN {column} REAL")


def _v7_station_events(db: sqlite_utils.Database) -> None:
    """The station event log: when the station program ran and what happened to it.

    A missed slot's reason becomes evidence: the PC was off (no event at all), the program was
    closed (a ``stop``), it crashed (a ``start`` never followed by its ``stop``), or it ran
    but the device failed. ``run_id`` ties the events of one run of the program together.
    """
    db.execute(
        "CREATE TABLE station_events (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
        "kind TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', run_id TEXT)"
    )
    db.execute("CREATE INDEX idx_station_events_at ON station_events (at)")
    db.execute("CREATE INDEX idx_station_events_kind_at ON station_events (kind, at)")


def _v8_handovers(db: sqlite_utils.Database) -> None:
    """Files written for a vendor's IP loudspeaker platform: a hand-over, not an airing."""
    db["handovers"].create(
        {"id": str, "programme": str, "programme_id": int, "file": str, "sha256": str,
         "duration_s": float, "loudness_lufs": float, "bitrate": str, "created_at": str},
        pk="id", not_null={"programme", "file", "sha256", "created_at"},
    )


def _v9_content_packs(db: sqlite_utils.Database) -> None:
    """Content packs from the office: the packs imported, and where each segment (and every
    logged item) came from, so the office can count per pack who aired which of its items.

    ``pack_id``/``pack_segment_id`` stay NULL for audio the station imported itself.
    """
    for table in ("segments", "broadcast_items"):
        for column in ("pack_id", "pack_segment_id"):
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    db.execute("CREATE INDEX idx_segments_pack ON segments (pack_id, pack_segment_id)")
    db["packs"].create(
        {"id": str, "title": str, "office": str, "province": str, "public_key": str,
         "manifest_sha256": str, "created_at": str, "valid_from": str, "valid_until": str,
         "imported_at": str},
        pk="id", not_null={"public_key", "manifest_sha256", "imported_at"},
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_station_and_library,
    _v2_programmes_and_broadcast_log,
    _v3_schedule,
    _v4_office_exchange,
    _v5_log_filter_indexes,
    _v6_item_sound_evidence,
    _v7_station_events,
    _v8_handovers,
    _v9_content_packs,
]
