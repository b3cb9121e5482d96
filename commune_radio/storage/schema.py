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


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_station_and_library,
]
