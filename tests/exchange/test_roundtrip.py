"""Station -> office on real files: what the station logged is what the office holds."""

import datetime as dt
import json
import zipfile

import pytest
from exchange_helpers import NOV, office_count, office_dump, office_query

from commune_radio.exchange import format as fmt
from commune_radio.exchange.reader import read_log
from commune_radio.exchange.samples import broadcast, sample_entries
from commune_radio.storage import office_merge, office_reads

pytestmark = pytest.mark.office_db  # every test on SQLite and on PostgreSQL


def _station_log(ctx):
    tz = ctx.station.require().timezone
    entries, _ = ctx.export.entries(*NOV)
    assert entries
    return {e["id"]: e for e in entries}, tz


def test_export_is_a_signed_zip_with_exactly_its_four_members(station, nov_file):
    with zipfile.ZipFile(nov_file) as zf:
        assert [i.filename for i in zf.infolist()] == list(fmt.MEMBERS)
        manifest = json.loads(zf.read(fmt.MANIFEST))
        lines = zf.read(fmt.ENTRIES).decode().splitlines()
    assert manifest["format_version"] == 2
    assert manifest["station"]["code"] == "02785"
    assert manifest["station"]["public_key"] == station.station.require().public_key
    assert manifest["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert manifest["counts"]["broadcasts"] == len(lines) == 60
    assert sum(manifest["counts"]["by_status"].values()) == 60
    first = json.loads(lines[0])
    assert set(first) == set(fmt.BROADCAST_KEYS)
    assert set(first["items"][0]) == set(fmt.ITEM_KEYS)
    assert first["scheduled_at"].endswith("+07:00")


def test_round_trip_keeps_every_broadcast_and_item(station, office, nov_file):
    result = office.office.import_file(nov_file)
    assert result.ok and result.new == 60 and result.duplicates == 0 and result.new_station
    assert result.station_name == "Đài truyền thanh xã Bản Phiệt"
    sent, _ = _station_log(station)
    rows = office_query(office, "SELECT * FROM office_broadcasts ORDER BY rid")
    assert len(rows) == 60
    with office.office.odb.read() as conn:
        items = office_reads.items_of(conn, [r["rid"] for r in rows])
    for r in rows:
        e = sent[r["id"]]
        for key in ("programme", "trigger", "scheduled_at", "started_at", "ended_at", "status",
                    "reason", "device"):
            assert r[key] == e[key], key
        assert bool(r["dx"]) == e["dx"]
        got = [{k: i[k] for k in fmt.ITEM_KEYS} for i in items[r["rid"]]]
        assert got == e["items"]
    assert sum(len(v) for v in items.values()) == 180
    (st,) = office.office.stations()
    assert st.code == "02785" and st.public_key == station.station.require().public_key
    assert st.commune == "Xã Lùng Vai"


def test_reimport_adds_nothing_and_changes_nothing(station, office, nov_file, tmp_path):
    assert office.office.import_file(nov_file).new == 60
    before = office_dump(office)
    again = office.office.import_file(nov_file)
    assert again.ok and again.new == 0 and again.duplicates == 60 and again.already_imported
    assert office_dump(office) == before
    # the same broadcasts in another file (another period, exported again): all duplicates
    half = tmp_path / "half.crlog"
    station.export.export(dt.date(2026, 11, 10), dt.date(2026, 11, 20), half)
    res = office.office.import_file(half)
    assert res.ok and res.new == 0 and res.duplicates == 22
    assert office_count(office, "office_broadcasts") == 60


def test_overlapping_files_merge_new_broadcasts_only(make_station, office, tmp_path):
    entries = sample_entries("02785", *NOV, seed=7, per_day=2, items=2)
    station = make_station(entries=entries[:30])
    first = tmp_path / "a.crlog"
    station.export.export(*NOV, first)
    from commune_radio.storage.log_repo import insert_log_rows

    insert_log_rows(station.db, entries[30:])
    second = tmp_path / "b.crlog"
    station.export.export(*NOV, second)
    results = office.office.import_paths([first, second])
    assert [(r.new, r.duplicates) for r in results] == [(30, 0), (30, 30)]
    n_items = office_count(office, "office_items")
    assert n_items == sum(len(e["items"]) for e in entries)
    # the daily sums kept by each import equal a recomputation from the rows
    daily = office_query(office, "SELECT * FROM office_daily ORDER BY day, station_code")
    minutes = office_query(office, "SELECT * FROM office_daily_minutes ORDER BY 1, 2, 4, 5, 6")
    weekly = office_query(office, "SELECT * FROM office_weekly ORDER BY week, station_code")
    weekly_minutes = office_query(office, "SELECT * FROM office_weekly_minutes ORDER BY 1, 2, 3")
    with office.office.odb.transaction() as conn:
        office_merge.rebuild_aggregates(conn)
    for sql, kept in (("SELECT * FROM office_weekly ORDER BY week, station_code", weekly),
                      ("SELECT * FROM office_weekly_minutes ORDER BY 1, 2, 3", weekly_minutes)):
        again = office_query(office, sql)
        assert kept and len(again) == len(kept)
        for a, b in zip(kept, again, strict=True):
            assert [round(v, 6) if isinstance(v, float) else v for v in a.values()] == [
                round(v, 6) if isinstance(v, float) else v for v in b.values()]
    assert [tuple(r.values()) for r in daily] == [tuple(r.values()) for r in office_query(
        office, "SELECT * FROM office_daily ORDER BY day, station_code")]
    rebuilt = office_query(office, "SELECT * FROM office_daily_minutes ORDER BY 1, 2, 4, 5, 6")
    assert [tuple(r.values())[:5] for r in minutes] == [tuple(r.values())[:5] for r in rebuilt]
    assert all(abs(a["seconds"] - b["seconds"]) < 1e-6 for a, b in zip(minutes, rebuilt,
                                                                         strict=True))


def test_many_stations_and_a_folder(make_station, office, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    for code in ("02785", "04465", "02788"):
        st = make_station(code=code, name=f"Đài {code}")
        st.export.export(*NOV, folder / f"{code}_2026-11.crlog")
    seen = []
    results = office.office.import_paths([folder], progress=lambda d, t, f: seen.append((d, t)))
    assert [r.ok for r in results] == [True] * 3
    assert seen[-1] == (3, 3)
    assert [s.code for s in office.office.stations()] == ["02785", "02788", "04465"]
    empty = tmp_path / "empty"
    empty.mkdir()
    (res,) = office.office.import_paths([empty])
    assert not res.ok and res.error.message_id == "office.no_log_files"


def test_still_airing_broadcast_is_left_out_and_counted(make_station, tmp_path):
    airing = broadcast("02785", "2026-11-30T17:15:00.000+07:00", items=[("dx_goals", "vi", 5)])
    airing["status"] = "played"
    station = make_station(entries=[airing])
    station.db.conn.execute("UPDATE broadcasts SET status = 'started'")
    result = station.export.export(*NOV, tmp_path / "x.crlog")
    assert result.broadcasts == 0 and result.left_out_in_progress == 1
    log, entries = read_log(tmp_path / "x.crlog")
    assert entries.broadcasts == [] and log.manifest.by_status["played"] == 0


def test_station_time_decides_the_day_and_the_week(make_station, office, tmp_path):
    # Monday 00:30 in Việt Nam is still Sunday in UTC: it belongs to the Monday's ISO week
    early = broadcast("02785", "2026-11-16T00:30:00.000+07:00", items=[("dx_goals", "vi", 60)])
    station = make_station(entries=[early])
    path = tmp_path / "w.crlog"
    station.export.export(dt.date(2026, 11, 16), dt.date(2026, 11, 16), path)
    assert office.office.import_file(path).new == 1
    row = office_query(office, "SELECT day, week, at FROM office_broadcasts")[0]
    assert (row["day"], row["week"]) == ("2026-11-16", "2026-W47")
    assert row["at"] == "2026-11-16T00:30:00.000+07:00"
    # the day before is a different period: the broadcast is not in it
    assert station.export.entries(dt.date(2026, 11, 15), dt.date(2026, 11, 15))[0] == []


def test_helper_processes_give_the_same_result(make_station, office, tmp_path, crafter,
                                                 nov_file):
    """Several files read by helper processes: merged in order, rejections reported."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for code in ("02788", "04465"):
        st = make_station(code=code, name=f"Đài {code}")
        st.export.export(*NOV, folder / f"{code}.crlog")
    (folder / "04467.crlog").write_bytes(b"PK\x03\x04 not really a zip")
    results = office.office.import_paths([nov_file, folder], workers=2)
    assert [(r.ok, r.station_code) for r in results] == [
        (True, "02785"), (True, "02788"), (True, "04465"), (False, None)]
    assert results[3].error.reason_id == "exchange.not_zip"
    assert "04467.crlog" in results[3].error.render("vi")
    assert office_count(office, "office_broadcasts") == 180


def test_moments_written_in_another_offset_still_fall_on_the_station_day(
    station, office, nov_file, crafter, tmp_path
):
    manifest, entries = crafter.parts(nov_file.read_bytes())
    # 2026-11-15T17:30Z is Monday 16 November 00:30 in Việt Nam
    entries[0].update(scheduled_at="2026-11-15T17:30:00Z", started_at="2026-11-15T17:30:00Z",
                      ended_at="2026-11-15T17:40:00Z")
    path = tmp_path / "utc.crlog"
    path.write_bytes(crafter.build(manifest, entries))
    assert office.office.import_file(path).ok
    row = next(r for r in office_query(office, "SELECT id, day, week FROM office_broadcasts")
               if r["id"] == entries[0]["id"])
    assert (row["day"], row["week"]) == ("2026-11-16", "2026-W47")
