"""The station program under a wall clock that jumps back and forward while it runs.

One `commune-radio run` process under datefudge (a fixed fake date: nothing here depends on
the real one) sees three jumps (see clock_jump_station.py). Whatever the clock does, no slot
occurrence airs twice, and every occurrence whose wall-clock time comes airs or is logged
``missed`` with reason ``clock_changed``; jumps over 2 minutes are station events with their
size.
"""

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
START = dt.datetime(2026, 11, 23, 6, 0, 0, tzinfo=HCM)

pytestmark = pytest.mark.skipif(shutil.which("datefudge") is None,
                                reason="datefudge (Debian) is not installed; ./dev installs it")


def _set_up(data, tmp_path):
    ctx = AppContext.open(data, clock=FixedClock(START - dt.timedelta(seconds=30)))
    ctx.schedule.clock = ctx.clock
    ctx.station.init("02785", "Đài xã")
    tone = tmp_path / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", "0.8", "sine",
                    "660", "vol", "0.3"], check=True)
    seg = ctx.library.import_file(tone).segment
    ctx.programmes.create("DX", [seg.id])
    for at in ("06:00:05", "06:00:13", "06:04:30"):
        ctx.schedule.add(ctx.schedule.build_slot("DX", days="daily", at=at))
    ctx.close()


@pytest.mark.timeout(80)
def test_jumps_back_and_forward_neither_replay_nor_drop(tmp_path):
    data = tmp_path / "data"
    _set_up(data, tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMMUNE_RADIO_ALLOW_NO_DEVICE": "1",
           "TZ": "UTC", "PYTHONPATH": str(ROOT)}
    fake = START.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    done = subprocess.run(["datefudge", fake, sys.executable,
                           str(HERE / "clock_jump_station.py"), str(data)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=70)
    assert done.returncode == 0, done.stderr

    ctx = AppContext.open(data, clock=FixedClock(START))
    rows = sorted((r.scheduled_at and dt.datetime.fromisoformat(r.scheduled_at)
                   .astimezone(HCM).strftime("%d %H:%M:%S"), r.trigger.value, r.status.value,
                   r.reason) for r in ctx.log.list())
    events = [(e.kind, e.detail) for e in ctx.events.list()]
    ctx.close()
    assert rows == [
        ("22 06:00:13", "schedule", "played", None),  # yesterday's slot came: it aired
        ("22 06:04:30", "schedule", "missed", "clock_changed"),  # jumped over
        ("23 06:00:05", "schedule", "played", None),  # once, though 06:00:05 came twice
        ("23 06:00:13", "schedule", "missed", "clock_changed"),  # jumped over, 5 min late
        ("23 06:04:30", "schedule", "played", None),  # jumped over by 45 s: still airs
    ], done.stderr
    jumps = [detail for kind, detail in events if kind == "clock_jump"]
    assert len(jumps) == 2, events  # the 6 s step is not an event
    assert jumps[0].startswith("-24 h 0 min") and jumps[1].startswith("+24 h 5 min"), jumps
    kinds = [kind for kind, _ in events]  # in the order of their (jumping) clock
    assert kinds.count("start") == kinds.count("stop") == 1 and "crash" not in kinds
