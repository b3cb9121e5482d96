"""Killed mid-work leaves nothing behind: an `office import` killed with SIGKILL or SIGTERM
takes its helper processes with it and its stage folder is reclaimed at the next start; a
killed `library import`'s ``audio/.part-*`` files go at the next start; Ctrl-C prints a
sentence, not a traceback. Each import runs in a child process with a memory limit."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from exchange_helpers import NOV

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.core.processes import pid_alive
from commune_radio.exchange.samples import sample_entries
from commune_radio.services.office_service import STAGE_PREFIX, OfficeService
from commune_radio.storage.log_repo import insert_log_rows

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 3 * 2**30

CHILD = r"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
from commune_radio.cli import main
sys.exit(main(["--data-dir", sys.argv[2], "--lang", "en", "office", "import", *sys.argv[3:]]))
"""


@pytest.fixture(scope="module")
def many_files(tmp_path_factory):
    """Twelve copies of a busy month (a few MB in all, so the import uses helper processes)."""
    root = tmp_path_factory.mktemp("killed")
    from exchange_helpers import NOW

    ctx = AppContext.open(root / "station", clock=FixedClock(NOW))
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    insert_log_rows(ctx.db, sample_entries("02785", *NOV, seed=5, per_day=40, items=10))
    first = root / "in" / "02785_2026-11.crlog"
    first.parent.mkdir()
    ctx.export.export(*NOV, first)
    ctx.close()
    for n in range(1, 12):
        shutil.copy(first, first.with_name(f"02785_2026-11-copy{n}.crlog"))
    return first.parent


def _state(pid):
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None


def _running(pid):
    return _state(pid) not in (None, "Z", "X")


def _children(pid):
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
                out.append(int(entry.name))
    return out


def _start(tmp_path, folder):
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(LIMIT), str(tmp_path / "office"), str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True,
    )


def _wait_for_helpers(proc, at_least=2, timeout=40):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        helpers = _children(proc.pid)
        if len(helpers) >= at_least:
            return helpers
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    pytest.fail("the import never started its helper processes")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_office_import_leaves_no_helper_and_no_stage(tmp_path, many_files, sig):
    proc = _start(tmp_path, many_files)
    helpers = _wait_for_helpers(proc)
    stages = list((tmp_path / "tmp").glob(f"{STAGE_PREFIX}*"))
    assert stages, "the stage folder is named after the importing process"
    os.kill(proc.pid, sig)
    proc.communicate(timeout=30)
    end = time.monotonic() + 10
    while any(map(_running, helpers)) and time.monotonic() < end:
        time.sleep(0.05)
    assert not any(map(_running, helpers)), "helpers outlived their parent"
    assert not pid_alive(proc.pid) or not _running(proc.pid)
    # the next start of an import reclaims the stage folder the killed one left
    old_tmp = tempfile.tempdir
    tempfile.tempdir = str(tmp_path / "tmp")
    try:
        office = AppContext.open(tmp_path / "office2")
        OfficeService(office.db).import_paths([])
        office.close()
    finally:
        tempfile.tempdir = old_tmp
    assert not any(s.exists() for s in stages)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_prints_a_sentence_not_a_traceback(tmp_path, many_files):
    proc = _start(tmp_path, many_files)
    _wait_for_helpers(proc)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends: the whole process group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "Stopped on request (Ctrl-C)" in err
    assert not list((tmp_path / "tmp").glob(f"{STAGE_PREFIX}*"))  # cleaned on the way out


def test_part_files_of_a_killed_library_import_go_at_the_next_start(tmp_path):
    data = tmp_path / "station"
    AppContext.open(data).close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    audio = data / "audio"
    audio.mkdir(exist_ok=True)
    (data / "originals" / "ab").mkdir(parents=True)
    left = [audio / f".part-{dead.pid}-x1y2z3", data / "originals" / "ab" / f".part-{dead.pid}-q"]
    for path in left:
        path.write_bytes(b"\0" * 4096)
    live = audio / f".part-{os.getpid()}-inprogress"  # another import still writing
    live.write_bytes(b"\0")
    AppContext.open(data).close()
    assert not any(p.exists() for p in left)
    assert live.exists()
