"""Pre-flight checks: the coming programme's files, free disk, the database, the week's DX slot."""

import datetime as dt
import sqlite3
import subprocess

import pytest

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.services import preflight
from commune_radio.services.preflight import OK, Check

MONDAY_5 = dt.datetime(2026, 11, 23, 5, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


@pytest.fixture
def station(tmp_path):
    ctx = AppContext.open(tmp_path / "data", clock=FixedClock(MONDAY_5))
    ctx.schedule.clock = ctx.clock
    ctx.station.init("02785", "Đài xã")
    ids = []
    for n, freq in enumerate((440, 550)):
        tone = tmp_path / f"t{n}.wav"
        subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", "0.7",
                        "sine", str(freq), "vol", "0.3"], check=True)
        ids.append(ctx.library.import_file(tone).segment.id)
    ctx.programmes.create("Chuyên mục Chuyển đổi số", ids)
    ctx.schedule.add(ctx.schedule.build_slot("Chuyên mục Chuyển đổi số", days="mon",
                                             at="06:00"))
    yield ctx
    ctx.close()


def _segment_path(ctx, n=0):
    programme = ctx.programmes.list()[0]
    item = programme.items[n]
    return item.segment, ctx.library.audio_path(item.segment)


def test_a_ready_station_is_green(station):
    report = preflight.run_all(station, lambda: Check("output_device", OK, "preflight.device_ok",
                                                      {"device": "Loa"}))
    assert report.colour() == "green" and report.ok
    by_id = {c.id: c for c in report.checks}
    assert by_id["programme_files"].params["count"] == 2
    assert "2026-11-23T06:00:00+07:00" in by_id["dx_week"].message("en")
    data = report.as_json("en")
    assert data["ok"] is True
    assert {tuple(sorted(c)) for c in data["checks"]} == {("id", "message", "ok", "severity")}


def test_a_vanished_file_is_red_and_named(station):
    segment, path = _segment_path(station, 1)
    path.unlink()
    check = preflight.check_items(station, station.clock())
    assert check.severity == "error"
    assert segment.title in check.message("vi") and "thiếu tệp" in check.message("vi")


def test_a_changed_file_fails_its_sha256(station):
    _segment, path = _segment_path(station)
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF  # one byte of audio flipped: same size, other content
    path.write_bytes(bytes(data))
    check = preflight.check_items(station, station.clock())
    assert (check.severity, check.message_id) == ("error", "preflight.item_changed")


def test_hashing_stops_at_its_time_limit(station):
    check = preflight.check_items(station, station.clock(), limit_s=-1)
    assert (check.severity, check.message_id) == ("warning", "preflight.timeout")


def test_too_little_free_disk(station):
    assert preflight.check_disk(station).ok
    low = preflight.check_disk(station, min_free_mb=10**12)
    assert low.severity == "error" and "MB" in low.message("en")


def test_a_damaged_database_is_red(station, tmp_path):
    assert preflight.check_database(station).ok
    broken = tmp_path / "broken.sqlite3"
    conn = sqlite3.connect(broken)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    raw = bytearray(broken.read_bytes())
    raw[4096: 4096 + 12] = b"\x0d" + b"\xff" * 11  # the table page header gone bad
    broken.write_bytes(bytes(raw))
    station.db.path, real = broken, station.db.path
    try:
        check = preflight.check_database(station)
    finally:
        station.db.path = real
    assert check.severity == "error", check


def test_a_week_without_a_dx_slot_is_amber(station):
    slot = station.schedule.list()[0]
    station.schedule.remove(slot.id)
    check = preflight.check_dx(station, station.clock())
    assert (check.severity, check.message_id) == ("warning", "preflight.no_dx")
    # a slot beyond the coming 7 days does not count
    station.schedule.add(station.schedule.build_slot(
        "Chuyên mục Chuyển đổi số", one_off="2026-12-07", at="06:00"))
    assert preflight.check_dx(station, station.clock()).severity == "warning"
