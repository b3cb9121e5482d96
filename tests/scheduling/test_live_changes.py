"""Changes made by another process reach the running station program within 2 s."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from commune_radio.app import AppContext
from commune_radio.scheduling.runner import StationRunner

ROOT = Path(__file__).resolve().parents[2]
DX = "Chuyên mục Chuyển đổi số"


def other_process(data, *args):
    """A command in a process of its own; returns when it has committed and exited."""
    done = subprocess.run([sys.executable, "-m", "commune_radio", "--data-dir", str(data), *args],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return time.monotonic()


@pytest.fixture
def running(tmp_path, qapp):
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    ctx.station.init("02785", "Đài xã")
    tone = tmp_path / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", "0.7", "sine",
                    "440", "vol", "0.3"], check=True)
    ctx.programmes.create(DX, [ctx.library.import_file(tone).segment.id])
    player = ctx.player(require_device=False)
    runner = StationRunner(ctx, player, preflight=False)
    runner.start()
    yield data, ctx, runner
    runner.stop()
    ctx.close()


def test_a_slot_added_and_removed_by_the_command_line_is_armed_within_2s(qtbot, running):
    data, ctx, runner = running
    assert runner.slot_clock.next_fire_times() == {}
    committed = other_process(data, "schedule", "add", DX, "--days", "daily", "--at", "06:00")
    with qtbot.waitSignal(runner.data_changed, timeout=2000):
        pass
    qtbot.waitUntil(lambda: len(runner.slot_clock.next_fire_times()) == 1, timeout=2000)
    assert time.monotonic() - committed < 2.0
    (slot_id, at), = runner.slot_clock.next_fire_times().items()
    assert at.astimezone(ctx.schedule.timezone()).time().isoformat() == "06:00:00"
    committed = other_process(data, "schedule", "remove", str(slot_id))
    qtbot.waitUntil(lambda: runner.slot_clock.next_fire_times() == {}, timeout=2000)
    assert time.monotonic() - committed < 2.0
