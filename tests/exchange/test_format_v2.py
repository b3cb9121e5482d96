"""Format v2: the evidence of sound per item and the station's events travel to the office.

The office reads both versions; a v2 file's broadcasts get their proof of sound (heard on the
air monitor, sent without one, or dead air), and the report says it per station and week.
"""

import datetime as dt
import io
import json
import zipfile

import pytest
from exchange_helpers import NOV, office_query

from commune_radio.exchange import format as fmt
from commune_radio.exchange.samples import sample_entries
from commune_radio.exchange.writer import entries_bytes

pytestmark = pytest.mark.office_db  # every test on SQLite and on PostgreSQL


def _dx_played(entries):
    return [e for e in entries if e["dx"] and e["status"] == "played"]


@pytest.fixture
def evidence_station(make_station):
    """A station whose DX broadcasts show the three kinds of evidence, and a running record."""
    entries = sample_entries("02785", *NOV, seed=5, per_day=2, items=2)
    dx = _dx_played(entries)
    heard, silent, sent = dx[0], dx[1], dx[2]  # three different weeks
    for item in heard["items"]:
        item["monitor_rms_dbfs"] = -19.0  # heard back on the air monitor
    for item in silent["items"]:
        item["monitor_rms_dbfs"] = -80.0  # the monitor heard nothing: the amplifier was off
    ctx = make_station(entries=entries)
    start = dt.datetime.fromisoformat(heard["started_at"]) - dt.timedelta(minutes=3)
    ctx.events.record("start", "window", at=start)
    for minute in range(1, 4):
        ctx.events.record("heartbeat", "", at=start + dt.timedelta(minutes=minute))
    ctx.events.record("stop", "window closed", at=start + dt.timedelta(minutes=40))
    dead = dt.datetime.fromisoformat(sent["started_at"]) + dt.timedelta(seconds=1)
    ctx.events.record("dead_air", "silence on the air monitor “AirMonitor”", at=dead)
    return ctx, {"heard": heard, "silent": silent, "sent": sent}


def test_the_file_carries_levels_events_and_running_periods(evidence_station, tmp_path):
    ctx, chosen = evidence_station
    path = tmp_path / "02785_2026-11.crlog"
    ctx.export.export(*NOV, path)
    with zipfile.ZipFile(path) as zf:
        assert [i.filename for i in zf.infolist()] == list(fmt.MEMBERS_BY_VERSION[2])
        manifest = json.loads(zf.read(fmt.MANIFEST))
        events = [json.loads(line) for line in zf.read(fmt.EVENTS).decode().splitlines()]
        first = json.loads(zf.read(fmt.ENTRIES).decode().splitlines()[0])
    assert manifest["format_version"] == 2 and manifest["counts"]["events"] == len(events)
    assert set(first["items"][0]) == set(fmt.ITEM_KEYS_V2)
    kinds = [e["kind"] for e in events]
    assert "heartbeat" not in kinds  # folded into the running period
    (running,) = [e for e in events if e["kind"] == "running"]
    assert running["at"].endswith("+07:00") and running["until"] > running["at"]
    assert kinds.count("dead_air") == 1


def test_the_office_reads_the_evidence_and_says_it_per_week(evidence_station, office,
                                                            tmp_path):
    ctx, chosen = evidence_station
    path = tmp_path / "02785_2026-11.crlog"
    ctx.export.export(*NOV, path)
    result = office.office.import_file(path)
    assert result.ok, result.error
    sound = {r["id"]: r["sound"] for r in office_query(
        office, "SELECT id, sound FROM office_broadcasts WHERE dx = 1 AND status = 'played'")}
    assert sound[chosen["heard"]["id"]] == "verified"
    assert sound[chosen["silent"]["id"]] == "dead_air"  # the monitor heard silence
    assert sound[chosen["sent"]["id"]] == "dead_air"  # the station logged dead air during it
    others = set(sound) - {c["id"] for c in chosen.values()}
    assert {sound[i] for i in others} == {"sent"}  # measured as sent, no monitor
    levels = office_query(office, "SELECT sent_rms_dbfs, monitor_rms_dbfs FROM office_items"
                                  " WHERE sent_rms_dbfs IS NOT NULL LIMIT 1")
    assert levels[0]["sent_rms_dbfs"] == -18.5

    report = office.office.report(*NOV).as_json()
    (row,) = [s for s in report["stations"] if s["code"] == "02785"]

    def week_of(entry):
        moment = dt.datetime.fromisoformat(entry["started_at"])
        iso = moment.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"

    assert row["weeks"][week_of(chosen["silent"])]["sound"] == "dead_air"
    heard_week = row["weeks"][week_of(chosen["heard"])]
    assert heard_week["sound_counts"]["verified"] == 1
    assert {w["sound"] for w in row["weeks"].values()} >= {"dead_air", "sent"}

    # the drill-down shows when the station program ran, beside the slots
    events = office.office.week_events("02785", week_of(chosen["heard"]))
    assert [e["kind"] for e in events] == ["running"]
    # importing the same file again adds no event twice
    assert office.office.import_file(path).ok
    assert len(office_query(office, "SELECT * FROM office_station_events")) == 2


def test_a_version_1_file_is_still_read(station, office, crafter, nov_file):
    manifest, entries = crafter.parts(nov_file.read_bytes())
    manifest["format_version"] = 1
    del manifest["members"][fmt.EVENTS]
    v1_entries = [dict(e, items=[{k: i[k] for k in fmt.ITEM_KEYS_V1} for i in e["items"]])
                  for e in entries]
    blob = crafter.build(manifest, v1_entries)  # three members, v1 item keys
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        assert fmt.EVENTS not in zf.namelist()
    path = nov_file.with_name("02785_v1.crlog")
    path.write_bytes(blob)
    result = office.office.import_file(path)
    assert result.ok, result.error
    rows = office_query(office, "SELECT sound FROM office_broadcasts")
    assert {r["sound"] for r in rows} == {None}  # no evidence in a v1 file
    report = office.office.report(*NOV).as_json()
    played = [w for s in report["stations"] for w in s["weeks"].values() if w["dx_played"]]
    assert played and {w["sound"] for w in played} == {"unmeasured"}


def test_v2_items_and_events_are_validated(office, crafter, nov_file, tmp_path):
    manifest, entries = crafter.parts(nov_file.read_bytes())
    loud = json.loads(json.dumps(entries))
    loud[0]["items"][0]["sent_rms_dbfs"] = 99.0  # no such level
    path = tmp_path / "02785_loud.crlog"
    path.write_bytes(crafter.build(manifest, loud))
    result = office.office.import_file(path)
    assert not result.ok and "sent_rms_dbfs" in result.error.render("en")
    missing = json.loads(json.dumps(entries))
    del missing[0]["items"][0]["monitor_rms_dbfs"]  # a v2 item needs every v2 key
    path.write_bytes(crafter.build(manifest, missing))
    assert not office.office.import_file(path).ok
    crafter.events_data = entries_bytes([{"at": "2026-11-03T05:00:00.000+07:00",
                                          "kind": "party", "detail": "", "until": None}])
    path.write_bytes(crafter.build(manifest, entries))
    result = office.office.import_file(path)
    assert not result.ok and "kind" in result.error.render("en")
    crafter.events_data = entries_bytes([{"at": "2026-11-03T05:00:00.000+07:00",
                                          "kind": "running", "detail": "", "until": None}])
    path.write_bytes(crafter.build(manifest, entries))
    assert not office.office.import_file(path).ok  # a running period needs its end
