"""Daily verified backups (7 daily + 4 weekly kept) and `station backup|restore`: a damaged,
emptied or key-less station is named with the way out and brought back from its backup."""

import datetime as dt
import json
import os
import sqlite3

import pytest

from commune_radio.app import AppContext
from commune_radio.cli import main
from commune_radio.core.clock import FixedClock
from commune_radio.core.errors import EnvironmentProblem
from commune_radio.exchange.samples import sample_entries
from commune_radio.services.backup_service import BackupService
from commune_radio.storage import backup as store
from commune_radio.storage.database import DB_FILE
from commune_radio.storage.keys import KEY_FILE
from commune_radio.storage.log_repo import insert_log_rows

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)
NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture
def station_dir(tmp_path):
    data = tmp_path / "station"
    ctx = AppContext.open(data, clock=FixedClock(NOW))
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    insert_log_rows(ctx.db, sample_entries("02785", *NOV, seed=1, per_day=2, items=2))
    ctx.close()
    return data


def _count(data):
    conn = sqlite3.connect(data / DB_FILE)
    try:
        return conn.execute("SELECT count(*) FROM broadcasts").fetchone()[0]
    finally:
        conn.close()


def test_a_start_makes_the_days_backup_once(station_dir):
    clock = FixedClock(NOW + dt.timedelta(hours=1))
    AppContext.open(station_dir, clock=clock).close()  # the station exists: a backup now
    backups = store.list_backups(station_dir)
    assert len(backups) == 1 and store.verify(backups[0])
    assert backups[0].key.read_bytes() == (station_dir / KEY_FILE).read_bytes()
    assert oct(backups[0].key.stat().st_mode & 0o777) == "0o600"
    AppContext.open(station_dir, clock=clock).close()
    assert len(store.list_backups(station_dir)) == 1  # not twice the same day


def test_seven_daily_and_four_weekly_are_kept(station_dir):
    ctx = AppContext.open(station_dir, clock=FixedClock(NOW))
    clock = FixedClock(NOW)
    service = BackupService(station_dir, ctx.db, clock=clock)
    for day in range(60):
        clock.now = NOW + dt.timedelta(days=day)
        service.backup_now()
    ctx.close()
    kept = store.list_backups(station_dir)
    days = {b.made_at.date() for b in kept}
    last = (NOW + dt.timedelta(days=59)).date()
    assert {last - dt.timedelta(days=n) for n in range(7)} <= days
    weeks = {b.made_at.isocalendar()[:2] for b in kept}
    assert len(weeks) >= 4 and len(kept) <= 7 + 4
    assert all(store.verify(b) for b in kept)


def _flip_bytes(path, every=997):
    data = bytearray(path.read_bytes())
    for at in range(4096, len(data), every):
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))


def _run(data, capsys, *args):
    capsys.readouterr()
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    return code, capsys.readouterr()


def test_flipped_bytes_are_named_and_restored(station_dir, capsys):
    code, out = _run(station_dir, capsys, "station", "backup", "--json")
    assert code == 0, out.err
    made = json.loads(out.out)
    assert made["verified"] is True
    before = _count(station_dir)
    _flip_bytes(station_dir / DB_FILE)
    code, out = _run(station_dir, capsys, "log", "list", "--json")
    assert code == 2
    assert "damaged" in out.err and "station restore" in out.err
    assert "Traceback" not in out.err and "BugError" not in out.err
    code, out = _run(station_dir, capsys, "run", "--for", "1")
    assert code == 2 and "station restore" in out.err  # never airs with no log
    code, out = _run(station_dir, capsys, "station", "restore", "--json")
    assert code == 0, out.err
    doc = json.loads(out.out)
    assert doc["restored"] is True and doc["name"] == made["name"]
    assert os.path.exists(doc["replaced_database"])  # nothing deleted
    assert _count(station_dir) == before


def test_vietnamese_names_the_damage(station_dir, capsys):
    (station_dir / DB_FILE).write_bytes(b"")
    capsys.readouterr()
    code = main(["--data-dir", str(station_dir), "station", "show"])
    err = capsys.readouterr().err
    assert code == 2 and "rỗng (0 byte)" in err and "station restore" in err


def test_an_emptied_database_is_not_a_new_station(station_dir, capsys):
    AppContext.open(station_dir, clock=FixedClock(NOW + dt.timedelta(days=1))).close()
    (station_dir / DB_FILE).write_bytes(b"")
    for side in ("-wal", "-shm"):
        (station_dir / (DB_FILE + side)).unlink(missing_ok=True)
    with pytest.raises(EnvironmentProblem) as caught:
        AppContext.open(station_dir)
    assert caught.value.message_id == "db.emptied"
    assert (station_dir / DB_FILE).stat().st_size == 0  # not silently recreated
    code, out = _run(station_dir, capsys, "station", "restore")
    assert code == 0, out.err
    assert _count(station_dir) > 0


@pytest.mark.parametrize("damage", ["truncate", "garble", "empty"])
def test_a_damaged_key_is_named_and_restored(station_dir, capsys, damage):
    AppContext.open(station_dir, clock=FixedClock(NOW + dt.timedelta(days=1))).close()
    key = station_dir / KEY_FILE
    good = key.read_bytes()
    key.write_bytes({"truncate": good[: len(good) // 2],
                     "garble": good.replace(b"M", b"#"), "empty": b""}[damage])
    code, out = _run(station_dir, capsys, "log", "export", "--from", "2026-11-01",
                     "--to", "2026-11-30", "-o", str(station_dir.parent / "x.crlog"))
    assert code == 2, out
    assert "signing key" in out.err and "station restore" in out.err
    assert "Traceback" not in out.err
    code, out = _run(station_dir, capsys, "station", "restore")
    assert code == 0, out.err
    assert key.read_bytes() == good


def test_no_backup_is_said_plainly(tmp_path, capsys):
    code, out = _run(tmp_path / "nothing", capsys, "station", "restore")
    assert code == 2 and "no usable backup" in out.err


def test_the_log_already_exported_survives_a_restore(station_dir, capsys):
    """Each export leaves a backup holding what it sent: restoring after damage never loses
    a broadcast the office already has."""
    ctx = AppContext.open(station_dir, clock=FixedClock(NOW + dt.timedelta(days=1)))
    insert_log_rows(ctx.db, sample_entries("02785", dt.date(2026, 12, 1), dt.date(2026, 12, 2),
                                           seed=9, per_day=3, items=1))
    sent = _count_open(ctx)
    ctx.export.export(dt.date(2026, 11, 1), dt.date(2026, 12, 2),
                      station_dir.parent / "02785_2026-12.crlog")
    ctx.close()
    _flip_bytes(station_dir / DB_FILE)
    code, out = _run(station_dir, capsys, "station", "restore")
    assert code == 0, out.err
    assert _count(station_dir) == sent


def _count_open(ctx):
    return ctx.db.query("SELECT count(*) FROM broadcasts")[0][0]


def test_a_damaged_key_alone_keeps_todays_log(station_dir, capsys):
    AppContext.open(station_dir, clock=FixedClock(NOW + dt.timedelta(days=1))).close()
    ctx = AppContext.open(station_dir, clock=FixedClock(NOW + dt.timedelta(days=1)))
    insert_log_rows(ctx.db, sample_entries("02785", dt.date(2026, 12, 2), dt.date(2026, 12, 2),
                                           seed=4, per_day=2, items=1))
    after_backup = _count_open(ctx)
    ctx.close()
    key = station_dir / KEY_FILE
    good = key.read_bytes()
    key.write_bytes(good[:40])
    code, out = _run(station_dir, capsys, "station", "restore", "--json")
    assert code == 0, out.err
    assert json.loads(out.out)["replaced_database"] is None  # the database was not replaced
    assert key.read_bytes() == good and _count(station_dir) == after_backup


def test_nothing_damaged_restores_nothing_unless_named(station_dir, capsys):
    AppContext.open(station_dir, clock=FixedClock(NOW + dt.timedelta(days=1))).close()
    name = store.list_backups(station_dir)[0].name
    ctx = AppContext.open(station_dir, clock=FixedClock(NOW + dt.timedelta(days=1)))
    insert_log_rows(ctx.db, sample_entries("02785", dt.date(2026, 12, 2), dt.date(2026, 12, 2),
                                           seed=4, per_day=2, items=1))
    newer = _count_open(ctx)
    ctx.close()
    code, out = _run(station_dir, capsys, "station", "restore")
    assert code == 1 and "nothing was restored" in out.err
    assert _count(station_dir) == newer
    code, out = _run(station_dir, capsys, "station", "restore", name, "--json")
    assert code == 0, out.err
    assert _count(station_dir) < newer  # gone back on purpose, the newer file kept aside
    assert os.path.exists(json.loads(out.out)["replaced_database"])
