"""`run` as the one station program of a data directory, `log events`, `doctor` (CLI.md)."""

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from commune_radio.app import AppContext
from commune_radio.cli import main
from commune_radio.core.clock import FixedClock

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMMUNE_RADIO_ALLOW_NO_DEVICE": "1",
       "PYTHONPATH": str(ROOT)}
DX = "Chuyên mục Chuyển đổi số"


def cli(data, *args, timeout=60):
    return subprocess.run([sys.executable, "-m", "commune_radio", "--data-dir", str(data), *args],
                          env=ENV, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def station(tmp_path):
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    tone = tmp_path / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", "0.7", "sine",
                    "440", "vol", "0.3"], check=True)
    seg = ctx.library.import_file(tone).segment
    ctx.programmes.create(DX, [seg.id])
    ctx.schedule.add(ctx.schedule.build_slot(DX, days="daily", at="06:00"))
    ctx.close()
    return data, tmp_path


def start_run(data):
    proc = subprocess.Popen([sys.executable, "-m", "commune_radio", "--data-dir", str(data),
                             "run", "--for", "60"], env=ENV, cwd=ROOT, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # up once the start is recorded
        ctx = AppContext.open(data)
        kinds = [e.kind for e in ctx.events.list()]
        ctx.close()
        if kinds.count("start") > kinds.count("stop") + kinds.count("crash"):
            return proc
        time.sleep(0.2)
    proc.kill()
    raise AssertionError(proc.stderr.read())


def stop_run(proc):
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(30) == 0


def test_a_second_run_exits_2_naming_the_holder_while_readers_keep_working(station):
    data, tmp = station
    proc = start_run(data)
    try:
        second = cli(data, "run", "--for", "1")
        assert second.returncode == 2
        assert "chạy nền" in second.stderr and f"mã tiến trình {proc.pid}" in second.stderr
        english = cli(data, "--lang", "en", "run", "--for", "1")
        assert english.returncode == 2 and f"process {proc.pid}" in english.stderr
        # reading, importing and exporting beside the station program
        assert cli(data, "schedule", "list", "--json").returncode == 0
        wav = tmp / "more.wav"
        subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(wav), "synth", "0.6",
                        "sine", "660", "vol", "0.3"], check=True)
        imported = cli(data, "library", "import", str(wav), "--json")
        assert imported.returncode == 0 and json.loads(imported.stdout)[0]["ok"]
        export = cli(data, "log", "export", "--from", "2026-11-01", "--to", "2026-11-30", "-o",
                     str(tmp / "02785_2026-11.crlog"))
        assert export.returncode == 0, export.stderr
    finally:
        stop_run(proc)
    events = json.loads(cli(data, "log", "events", "--json").stdout)
    assert [e["kind"] for e in events if e["kind"] in ("start", "stop")] == ["start", "stop"]
    assert all(set(e) == {"at", "kind", "detail"} and e["at"].endswith("+07:00")
               for e in events)
    assert any(e["kind"] == "preflight" for e in events)


def test_a_killed_run_is_recorded_as_a_crash_at_the_next_start(station):
    data, _tmp = station
    proc = start_run(data)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    again = cli(data, "run", "--for", "1")
    assert again.returncode == 0, again.stderr
    kinds = [e["kind"] for e in json.loads(cli(data, "log", "events", "--json").stdout)]
    assert kinds.count("crash") == 1 and kinds.count("start") == 2
    assert kinds.index("crash") < len(kinds) - 1 - kinds[::-1].index("start")


def test_log_events_by_date(station, capsys):
    data, _tmp = station
    ctx = AppContext.open(data, clock=FixedClock(dt.datetime(2026, 11, 23, 16, 59,
                                                             tzinfo=dt.UTC)))
    ctx.events.record("device_lost", "USB Audio")  # 23:59 on 23/11 in station time
    ctx.events.record("stream_up", at=dt.datetime(2026, 11, 23, 17, 0, tzinfo=dt.UTC))
    ctx.close()
    assert main(["--data-dir", str(data), "log", "events", "--from", "2026-11-23", "--to",
                 "2026-11-23", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == [{"at": "2026-11-23T23:59:00+07:00", "kind": "device_lost",
                    "detail": "USB Audio"}]
    with pytest.raises(SystemExit) as bad:
        main(["--data-dir", str(data), "log", "events", "--from", "23/11/2026"])
    assert bad.value.code == 2


def test_doctor_json_and_exit_codes(station):
    data, _tmp = station
    done = cli(data, "doctor", "--json")
    report = json.loads(done.stdout)
    assert set(report) == {"ok", "checks"}
    ids = [c["id"] for c in report["checks"]]
    assert ids == ["output_device", "programme_files", "disk", "database", "dx_week"]
    assert all(c["severity"] in ("ok", "warning", "error") for c in report["checks"])
    assert done.returncode == (0 if report["ok"] else 1)
    # the programme's file vanishes: red, named, exit 1
    ctx = AppContext.open(data)
    segment = ctx.programmes.list()[0].items[0].segment
    ctx.library.audio_path(segment).unlink()
    ctx.close()
    done = cli(data, "--lang", "en", "doctor", "--json")
    assert done.returncode == 1
    files = next(c for c in json.loads(done.stdout)["checks"] if c["id"] == "programme_files")
    assert files["severity"] == "error" and segment.title in files["message"]
    human = cli(data, "doctor")
    assert human.returncode == 1 and "✗ programme_files" in human.stdout
