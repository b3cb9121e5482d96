"""The window follows changes other processes make: next broadcast, week, library, log."""

import os
import subprocess
import sys
import time
from pathlib import Path

from commune_radio.ui.app_main import watch_other_processes
from commune_radio.ui.main_window import PAGE_LOG

ROOT = Path(__file__).resolve().parents[2]
DX = "Chuyên mục Chuyển đổi số"


def other_process(data, *args):
    done = subprocess.run([sys.executable, "-m", "commune_radio", "--data-dir", str(data), *args],
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "COMMUNE_RADIO_ALLOW_NO_DEVICE": "1"},
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return time.monotonic()


def test_the_window_shows_what_the_command_line_changed_within_2s(qtbot, make_window, ctx,
                                                                  seeded, make_tone, tmp_path):
    ctx.station.init("02785", "Đài xã")
    ctx.programmes.create(DX, [seeded[0].id])
    window = make_window("vi")
    watcher = watch_other_processes(ctx, window)
    assert window.playout_screen.next_occurrence is None
    rows = window.library_screen.model.rowCount()

    committed = other_process(ctx.data_dir, "schedule", "add", DX, "--days", "daily", "--at",
                              "06:00")
    qtbot.waitUntil(lambda: window.playout_screen.next_occurrence is not None, timeout=2000)
    qtbot.waitUntil(lambda: len(window.schedule_screen.slots) == 1, timeout=2000)
    assert time.monotonic() - committed < 2.0
    assert DX in window.playout_screen.next_label.text()

    wav = make_tone(tmp_path / "moi.wav", 1.0, 620.0)
    committed = other_process(ctx.data_dir, "library", "import", str(wav))
    qtbot.waitUntil(lambda: window.library_screen.model.rowCount() == rows + 1, timeout=2000)
    assert time.monotonic() - committed < 2.0

    window.show_page(PAGE_LOG)  # the log reloads when in sight (it may hold a million rows)
    logged = window.log_screen.model.rowCount()
    committed = other_process(ctx.data_dir, "play", DX, "--to-file", str(tmp_path / "o.wav"))
    qtbot.waitUntil(lambda: window.log_screen.model.rowCount() == logged + 1, timeout=2000)
    assert time.monotonic() - committed < 2.0
    watcher.stop()
