"""The SQLite module on real temporary files: WAL, migrations, transactions, error sorting."""

import sqlite3

import pytest

from commune_radio.core.errors import BugError, EnvironmentProblem
from commune_radio.storage import schema
from commune_radio.storage.database import DB_FILE, Database, translate_error


def test_new_file_is_migrated_to_the_latest_version_in_wal_mode(tmp_path):
    db = Database.in_dir(tmp_path)
    assert db.schema_version == len(schema.MIGRATIONS)
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert {"station", "segments", "settings"} <= set(db.db.table_names())
    assert db.integrity_ok()
    db.close()


def test_reopening_runs_no_migration_twice(tmp_path):
    Database.in_dir(tmp_path).close()
    db = Database.in_dir(tmp_path)
    assert db.schema_version == len(schema.MIGRATIONS)
    db.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_FILE)
    conn.execute(f"PRAGMA user_version = {len(schema.MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(EnvironmentProblem) as info:
        Database.in_dir(tmp_path)
    assert info.value.message_id == "db.too_new"


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path):
    (tmp_path / DB_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(EnvironmentProblem) as info:
        Database.in_dir(tmp_path)
    assert info.value.message_id == "db.corrupt"


def test_transaction_rolls_back_everything_on_error(tmp_path):
    db = Database.in_dir(tmp_path)
    with pytest.raises(RuntimeError), db.transaction() as t:
        t["settings"].insert({"key": "a", "value": "1"})
        raise RuntimeError("boom")
    assert db.query("SELECT count(*) FROM settings")[0][0] == 0
    with db.transaction() as t:
        t["settings"].insert({"key": "a", "value": "1"})
        with db.transaction() as inner:  # nested joins the outer one
            inner["settings"].insert({"key": "b", "value": "2"})
    assert db.query("SELECT count(*) FROM settings")[0][0] == 2
    db.close()


def test_a_locked_database_is_the_environment_not_a_bug(tmp_path):
    db = Database.in_dir(tmp_path)
    other = sqlite3.connect(tmp_path / DB_FILE, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    db.conn.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(EnvironmentProblem) as info, db.transaction():
        pass
    assert info.value.message_id == "db.locked"
    other.rollback()
    other.close()
    db.close()


def test_error_sorting():
    full = translate_error(sqlite3.OperationalError("database or disk is full"), "x")
    assert full.message_id == "db.disk_full"
    assert translate_error(
        sqlite3.OperationalError("attempt to write a readonly database"), "x"
    ).message_id == "db.read_only"
    assert isinstance(translate_error(sqlite3.IntegrityError("UNIQUE failed"), "x"), BugError)
