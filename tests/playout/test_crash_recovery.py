"""A `play` killed with SIGKILL mid-programme, then a new start: the log tells what aired.

The child is a real `commune-radio play` process on the real Qt player (no sound card needed:
``COMMUNE_RADIO_ALLOW_NO_DEVICE`` lets it play to nowhere, logged as device ``none``). The test
polls the database until item 1 is logged played, kills the child with SIGKILL, checks the row
is still ``started`` (nothing could tidy up), then starts the program again.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from commune_radio.playout import ALLOW_NO_DEVICE_ENV

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _items(db_path):
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(
            "SELECT b.id, b.status, i.position, i.status, i.played_s FROM broadcasts b"
            " JOIN broadcast_items i ON i.broadcast_id = b.id ORDER BY i.position").fetchall()
    finally:
        conn.close()


def test_sigkill_mid_programme_leaves_partial_interrupted_with_the_played_items(station):
    ctx = station.ctx
    p = station.programme("Chuyên mục CĐS", seconds=(0.8, 4.0, 4.0))
    db_path = ctx.db.path
    env = {**os.environ, ALLOW_NO_DEVICE_ENV: "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(ctx.data_dir), "play", p.name,
         "--json"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            assert child.poll() is None, child.stderr.read().decode()
            rows = _items(db_path)
            if rows and rows[0][3] == "played" and rows[1][3] == "playing":
                break
            assert time.monotonic() < deadline, f"item 1 never logged played: {rows}"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    crashed = _items(db_path)
    assert {r[1] for r in crashed} == {"started"}  # the dead process could not close it
    assert list((ctx.data_dir / "run").glob("*.lock"))  # ... nor remove its lock file

    ctx.close()

    # start again: opening the data directory recovers, then the log is listed
    again = subprocess.run(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(ctx.data_dir), "log", "list",
         "--json"], capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert again.returncode == 0, again.stderr
    (record,) = json.loads(again.stdout)
    assert (record["status"], record["reason"]) == ("partial", "interrupted")
    items = record["items"]
    assert [i["status"] for i in items] == ["played", "partial", "skipped"]
    assert items[0]["played_s"] == pytest.approx(0.8, abs=0.05)
    assert items[0]["ended_at"] and items[1]["started_at"]
    assert record["ended_at"] >= items[0]["ended_at"]
    assert record["started_at"].endswith("+07:00")
    assert not list((ctx.data_dir / "run").glob("*.lock"))
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
