"""The office tables as SQLAlchemy Core metadata: one definition for SQLite and PostgreSQL.

The columns match the station-file schema of ``schema._v4_office_exchange`` (an office that has
always used its own SQLite file keeps it as it is); ``office_settings`` and ``office_expected``
exist only here. Every statement on these tables lives in ``storage/office_repo.py``,
``office_merge.py`` and ``office_reads.py``.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

metadata = MetaData()

stations = Table(
    "office_stations", metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("province", Text, nullable=False, server_default=""),
    Column("office", Text, nullable=False, server_default=""),
    Column("timezone", Text, nullable=False),
    Column("public_key", Text),  # NULL after a re-registration, until the next file
    Column("key_trusted_at", Text),
    Column("details_from", Text),
    Column("first_import", Text, nullable=False),
    Column("last_import", Text, nullable=False),
    Column("last_entry", Text),
    Column("reregistered_at", Text),
)

station_keys = Table(
    "office_station_keys", metadata,
    Column("code", Text, ForeignKey("office_stations.code"), nullable=False),
    Column("public_key", Text, nullable=False),
    Column("trusted_at", Text, nullable=False),
    Column("retired_at", Text),
    PrimaryKeyConstraint("code", "trusted_at", "public_key"),
)

imports = Table(
    "office_imports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station_code", Text, ForeignKey("office_stations.code"), nullable=False),
    Column("file_name", Text, nullable=False),
    Column("file_sha256", Text, nullable=False),
    Column("manifest_sha256", Text, nullable=False, unique=True),
    Column("public_key", Text, nullable=False),
    Column("format_version", Integer, nullable=False),
    Column("app_version", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("period_from", Text, nullable=False),
    Column("period_to", Text, nullable=False),
    Column("broadcasts", Integer, nullable=False),
    Column("items", Integer, nullable=False),
    Column("new_broadcasts", Integer, nullable=False),
    Column("duplicates", Integer, nullable=False),
    Column("imported_at", Text, nullable=False),
    Index("idx_office_imports_station", "station_code", "period_from"),
)

broadcasts = Table(
    "office_broadcasts", metadata,
    Column("rid", BigInteger, primary_key=True, autoincrement=False),
    Column("station_code", Text, nullable=False),
    Column("id", Text, nullable=False),
    Column("programme", Text, nullable=False),
    Column("dx", Integer, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("scheduled_at", Text),
    Column("started_at", Text),
    Column("ended_at", Text),
    Column("status", Text, nullable=False),
    Column("reason", Text),
    Column("device", Text),
    Column("day", Text, nullable=False),  # station-local date of "at"
    Column("week", Text, nullable=False),  # its ISO week, 2026-W45
    Column("at", Text, nullable=False),  # started_at, else scheduled_at
    Column("import_id", Integer, nullable=False),
    # format v2: verified (heard on the air monitor) | sent (measured, no monitor) |
    # dead_air; NULL for what never aired and for v1 files
    Column("sound", Text),
    Index("idx_office_broadcasts_key", "station_code", "id", unique=True),
    Index("idx_office_broadcasts_day", "station_code", "day", "at"),
)

items = Table(
    "office_items", metadata,
    Column("broadcast_rid", BigInteger, nullable=False),
    Column("position", Integer, nullable=False),
    Column("segment_id", BigInteger),
    Column("sha256", Text),
    Column("title", Text, nullable=False),
    Column("topic", Text),
    Column("language", Text),
    Column("planned_s", Float),
    Column("played_s", Float),
    Column("started_at", Text),
    Column("ended_at", Text),
    Column("status", Text, nullable=False),
    # format v2: what was sent and heard (dBFS, seconds of silence), and the content pack
    Column("sent_rms_dbfs", Float),
    Column("sent_peak_dbfs", Float),
    Column("silent_s", Float),
    Column("monitor_rms_dbfs", Float),
    Column("pack_id", Text),
    Column("pack_segment_id", Text),
    PrimaryKeyConstraint("broadcast_rid", "position"),
)

station_events = Table(
    "office_station_events", metadata,  # format v2: when each station program ran, and what
    Column("station_code", Text, nullable=False),  # happened to it (dead air, lost output …)
    Column("at", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("detail", Text, nullable=False, server_default=""),
    Column("until", Text),
    Column("import_id", Integer, nullable=False),
    PrimaryKeyConstraint("station_code", "at", "kind"),
)

daily = Table(
    "office_daily", metadata,
    Column("day", Text, nullable=False),
    Column("station_code", Text, nullable=False),
    Column("week", Text, nullable=False),
    Column("broadcasts", Integer, nullable=False),
    Column("aired", Integer, nullable=False),
    Column("dx_broadcasts", Integer, nullable=False),
    Column("dx_played", Integer, nullable=False),
    Column("dx_partial", Integer, nullable=False),
    Column("dx_missed", Integer, nullable=False),
    PrimaryKeyConstraint("day", "station_code"),
)

daily_minutes = Table(
    "office_daily_minutes", metadata,  # items of DX broadcasts only
    Column("day", Text, nullable=False),
    Column("station_code", Text, nullable=False),
    Column("week", Text, nullable=False),
    Column("topic", Text, nullable=False),  # '' when the item has no DX theme
    Column("language", Text, nullable=False),  # '' when unknown
    Column("seconds", Float, nullable=False),
    PrimaryKeyConstraint("day", "station_code", "topic", "language"),
)

weekly = Table(
    "office_weekly", metadata,  # the same sums per station and ISO week: a year's report
    Column("week", Text, nullable=False),  # reads 53 rows a station, not 365
    Column("station_code", Text, nullable=False),
    Column("broadcasts", Integer, nullable=False),
    Column("aired", Integer, nullable=False),
    Column("dx_broadcasts", Integer, nullable=False),
    Column("dx_played", Integer, nullable=False),
    Column("dx_partial", Integer, nullable=False),
    Column("dx_missed", Integer, nullable=False),
    Column("dx_seconds", Float, nullable=False),  # items' played_s of DX broadcasts
    PrimaryKeyConstraint("week", "station_code"),
)

weekly_minutes = Table(
    "office_weekly_minutes", metadata,  # DX seconds per week, theme and language, all stations
    Column("week", Text, nullable=False),
    Column("topic", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("seconds", Float, nullable=False),
    PrimaryKeyConstraint("week", "topic", "language"),
)

settings = Table(
    "office_settings", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

expected = Table(
    "office_expected", metadata,  # the stations the office expects files from
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False, server_default=""),
    Column("province", Text, nullable=False, server_default=""),
    Column("list_name", Text, nullable=False, server_default=""),
)

schema_version = Table(
    "office_schema_version", metadata,
    Column("version", Integer, nullable=False),
)

# what a viewer may read and an importer may also write (PostgreSQL grants)
DATA_TABLES = (stations, station_keys, imports, broadcasts, items, daily, daily_minutes,
               weekly, weekly_minutes, settings, expected, station_events)
