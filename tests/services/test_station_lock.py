"""One station program per data directory: the lock, who holds it, and a dead holder."""

import os
import signal
import subprocess
import sys
import time

import pytest

from commune_radio.core.errors import EnvironmentProblem
from commune_radio.services.station_lock import StationLock, read_holder

HOLD = """
import sys, time
from commune_radio.services.station_lock import StationLock
lock = StationLock(sys.argv[1])
lock.acquire("headless")
print("held", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(tmp_path):
    data = tmp_path / "data"
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(data)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.stdout.readline().strip() == "held"
    yield data, proc
    proc.kill()
    proc.wait(10)


def test_a_second_program_is_told_who_holds_the_station(holder):
    data, proc = holder
    with pytest.raises(EnvironmentProblem) as refused:
        StationLock(data).acquire("window")
    text_vi, text_en = refused.value.render("vi"), refused.value.render("en")
    assert "chạy nền" in text_vi and f"mã tiến trình {proc.pid}" in text_vi
    assert f"process {proc.pid}" in text_en and "headless" in text_en
    assert read_holder(data).kind == "headless"


def test_the_os_drops_the_lock_of_a_killed_holder(holder):
    data, proc = holder
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    lock = StationLock(data)
    deadline = time.monotonic() + 5
    while True:
        try:
            lock.acquire("window")
            break
        except EnvironmentProblem:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    assert read_holder(data).pid == os.getpid() and read_holder(data).kind == "window"
    lock.release()
    assert read_holder(data) is None
    again = StationLock(data)
    again.acquire("headless")  # free again once released
    again.release()
