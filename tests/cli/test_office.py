"""`log export` and `office import|stations|report` as scripts call them (CLI.md).

Most calls go through ``main()`` in this process (the program's start-up imports take seconds
per subprocess); one real subprocess checks the exit code and stdout of a mixed import.
"""

import datetime as dt
import json
import subprocess
import sys
from dataclasses import dataclass

import pytest

from commune_radio.app import AppContext
from commune_radio.cli import main
from commune_radio.exchange.samples import broadcast
from commune_radio.storage.log_repo import insert_log_rows

pytestmark = pytest.mark.office_db  # every test on SQLite and on PostgreSQL


def subprocess_run(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(capsys):
    """Run a command in this process: (exit code, stdout, stderr) like a subprocess."""
    def call(data_dir, *args):
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)
    return call


@pytest.fixture
def exported(tmp_path_factory, run):
    """A station with two weeks of log, exported by the command."""
    root = tmp_path_factory.mktemp("cli-office")
    station = root / "station"
    assert run(station, "station", "init", "--code", "02785", "--name", "Đài xã Bản Phiệt"
               ).returncode == 0
    ctx = AppContext.open(station)
    insert_log_rows(ctx.db, [
        broadcast("02785", "2026-11-03T05:30:00.000+07:00",
                  items=[("online_services", "vi", 300), ("digital_skills", "hmong", 240)]),
        broadcast("02785", "2026-11-10T05:30:00.000+07:00", status="missed",
                  items=[("online_services", "vi", 0)]),
    ])
    ctx.close()
    out = root / "02785_2026-11.crlog"
    res = run(station, "log", "export", "--from", "2026-11-01", "--to", "2026-11-30",
              "-o", str(out), "--xlsx", str(root / "log.xlsx"), "--json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["broadcasts"] == 2 and doc["by_status"]["missed"] == 1
    assert doc["file"] == str(out) and (root / "log.xlsx").exists()
    return root, out


def test_log_export_usage(exported, run):
    root, _ = exported
    res = run(root / "station", "log", "export", "--from", "2026-11-31", "-o", "x.crlog")
    assert res.returncode == 2
    res = run(root / "station", "log", "export", "--propose", "--json")
    assert res.returncode == 0 and json.loads(res.stdout)["from"] == "2026-12-01"
    res = run(root / "station", "--lang", "en", "log", "export", "--from", "2026-11-01",
              "--to", "2026-11-30", "-o", str(root / "x.zip"))
    assert res.returncode == 1 and ".crlog" in res.stderr


def test_office_import_stations_report(exported, tmp_path, run):
    root, good = exported
    office = tmp_path / "office"
    bad = tmp_path / "bad.crlog"
    bad.write_bytes(good.read_bytes()[:-40])
    res = subprocess_run(office, "office", "import", str(good), str(bad), "--json")
    assert res.returncode == 1
    doc = json.loads(res.stdout)
    assert doc[0] == {"file": str(good), "ok": True, "station_code": "02785",
                      "station_name": "Đài xã Bản Phiệt", "new": 2, "duplicates": 0,
                      "already_imported": False, "new_station": True,
                      "period": {"from": "2026-11-01", "to": "2026-11-30"}}
    assert doc[1]["ok"] is False and "bad.crlog" in doc[1]["error"]
    assert "bị từ chối" in res.stderr
    again = run(office, "office", "import", str(good), "--json")
    assert again.returncode == 0 and json.loads(again.stdout)[0]["duplicates"] == 2

    stations = json.loads(run(office, "office", "stations", "--json").stdout)
    assert [s["code"] for s in stations] == ["02785"]
    assert set(stations[0]) >= {"code", "name", "public_key", "first_import", "last_import",
                                "last_entry"}

    res = run(office, "office", "report", "--from", "2026-11-02", "--to", "2026-11-15",
              "--json", "--csv", str(tmp_path / "r.csv"), "--xlsx", str(tmp_path / "r.xlsx"))
    assert res.returncode == 0, res.stderr
    rep = json.loads(res.stdout)
    assert rep["weeks"] == ["2026-W45", "2026-W46"]
    weeks = rep["stations"][0]["weeks"]
    assert weeks["2026-W45"]["compliant"] and weeks["2026-W45"]["played_minutes"] == 9.0
    assert not weeks["2026-W46"]["compliant"] and weeks["2026-W46"]["missed"] == 1
    assert rep["stations"][0]["compliance_rate"] == 0.5
    assert rep["topics"] == [{"id": "online_services", "minutes": 5.0},
                             {"id": "digital_skills", "minutes": 4.0}]
    assert (tmp_path / "r.csv").exists() and (tmp_path / "r.xlsx").exists()

    human = run(office, "office", "report", "--from", "2026-11-02", "--to", "2026-11-15")
    assert human.returncode == 0 and "02785" in human.stdout and "✓" in human.stdout


def test_reregister_and_settings(exported, tmp_path, run):
    _, good = exported
    office = tmp_path / "office"
    assert run(office, "office", "import", str(good)).returncode == 0
    res = run(office, "office", "stations", "--reregister", "02785", "--json")
    assert res.returncode == 0 and json.loads(res.stdout)[0]["public_key"] is None
    assert run(office, "office", "stations", "--reregister", "99999").returncode == 1
    res = run(office, "office", "settings", "--name", "Sở VHTTDL Lào Cai", "--level",
              "province", "--json")
    assert json.loads(res.stdout)["name"] == "Sở VHTTDL Lào Cai"
    assert run(office, "office", "settings", "--level", "village").returncode == 2
    week = run(office, "office", "week", "02785", "2026-W45", "--json")
    assert [e["status"] for e in json.loads(week.stdout)] == ["played"]
    assert dt.date.fromisoformat(json.loads(week.stdout)[0]["day"]) == dt.date(2026, 11, 3)


def test_log_export_joins_the_log_group_or_makes_one():
    from commune_radio.cli import export, log
    from commune_radio.cli.common import Parser

    for modules in ((export,), (log, export)):
        parser = Parser(prog="t")
        sub = parser.add_subparsers(dest="command", parser_class=Parser)
        for module in modules:
            module.register(sub)
        args = parser.parse_args(["log", "export", "--propose"])
        assert args.handler is export.cmd_log_export
    assert parser.parse_args(["log", "list"]).handler is log.cmd_log


def test_report_lists_every_expected_station_also_the_silent_ones(exported, tmp_path, run,
                                                                   monkeypatch):
    _, good = exported
    # the commands' clock: Wednesday 2 December 2026, whatever today is
    from commune_radio.core.clock import FixedClock

    opened = AppContext.open
    monkeypatch.setattr(AppContext, "open", lambda data_dir, clock=None: opened(
        data_dir, clock=FixedClock(dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC))))
    office = tmp_path / "office"
    assert run(office, "office", "import", str(good)).returncode == 0
    res = run(office, "office", "expected", "--seed", "--json")
    assert res.returncode == 0, res.stderr
    expected = json.loads(res.stdout)
    assert len(expected) == 99 and {e["province"] for e in expected} == {"Lào Cai"}
    assert "99" in res.stderr
    res = run(office, "office", "report", "--from", "2026-11-02", "--to", "2026-11-29", "--json")
    rep = json.loads(res.stdout)
    assert rep["made_on"] == "2026-12-02"
    by_code = {s["code"]: s for s in rep["stations"]}
    assert {e["code"] for e in expected} <= set(by_code)
    silent = [s for s in rep["stations"] if s["code"] != "02785"]
    assert silent and all(s["expected"] is True and s["files"] == 0 for s in silent)
    assert all(s["weeks_not_met"] == 4 and s["no_data_weeks"] == 4 and s["overdue"]
               for s in silent)
    sent = by_code["02785"]
    assert sent["files"] == 1 and sent["expected"] is ("02785" in {e["code"] for e in expected})
    assert not sent["overdue"]  # its file covers November
    assert set(rep["overdue_stations"]) == {s["code"] for s in silent}
    # N is the office's setting: with more weeks than the period has, nobody is overdue yet
    assert run(office, "office", "settings", "--silent-weeks", "5").returncode == 0
    rep = json.loads(run(office, "office", "report", "--from", "2026-11-02", "--to",
                         "2026-11-29", "--json").stdout)
    assert rep["overdue_stations"] == []
    # a province with no commune in the list is refused, the list is kept
    res = run(office, "office", "expected", "--seed", "--province", "Atlantis")
    assert res.returncode == 1 and "Atlantis" in res.stderr
    assert len(json.loads(run(office, "office", "expected", "--json").stdout)) == 99
