"""Memory stays bounded on any input: bombs built in the test (small on disk), read by a child
process under an address-space limit, whose peak resident memory must stay under 300 MB; and
in a batch the bad file is explained while the good one after it is still imported."""

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from bombs import Member, signed_bomb, small_values_block

from commune_radio.exchange import format as fmt

PEAK_LIMIT = 300 * 2**20
# a regression must fail with MemoryError, not swap the CI machine: the address space is
# capped well above what the program needs (libraries map far more than they touch)
ADDRESS_LIMIT = 2 * 2**30

CHILD = r"""
import json, resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
import datetime as dt
from commune_radio.core.clock import FixedClock
from commune_radio.services.office_service import OfficeService
from commune_radio.storage.database import Database

clock = FixedClock(dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC))
service = OfficeService(Database(sys.argv[2]), clock=clock)
results = service.import_paths(sys.argv[4:], workers=int(sys.argv[3]))
# VmHWM: this process image's own peak (ru_maxrss would carry the forking parent's size
# across exec); helpers' peaks come from RUSAGE_CHILDREN
with open("/proc/self/status") as fh:
    own = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
usage = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"peak": usage * 1024, "results": [r.as_json("en") for r in results]}))
"""


@pytest.fixture(autouse=True)
def _linux_only():
    if not sys.platform.startswith("linux"):
        pytest.skip("measures peak memory through /proc")


def import_in_child(tmp_path, files, workers=0):
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ADDRESS_LIMIT), str(tmp_path / "office.sqlite3"),
         str(workers), *map(str, files)],
        capture_output=True, text=True, timeout=80, env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout)
    print(f"peak resident memory of the import: {out['peak'] / 2**20:.0f} MB")
    return out["peak"], out["results"]


@pytest.fixture
def manifest(crafter, nov_file):
    return crafter.parts(nov_file.read_bytes())[0]


def test_a_long_line_of_small_values(tmp_path, crafter, manifest, nov_file):
    """256 MB of ``0,1,…`` in one honest, signed line, 24 MB on disk (the reported file held
    525 MB and drove the reader past 4 GB)."""
    block = small_values_block()
    entries = Member(fmt.ENTRIES, head=b"[", block=block, repeat=256, tail=b"0]\n")
    bomb = signed_bomb(tmp_path / "02785_long-line.crlog", crafter.key, manifest, entries)
    assert bomb.stat().st_size < fmt.MAX_FILE_BYTES
    peak, results = import_in_child(tmp_path, [bomb, nov_file])
    assert results[0]["ok"] is False and results[0]["reason"] == "exchange.line_too_long"
    assert results[1]["ok"] is True and results[1]["new"] > 0  # the batch went on
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.0f} MB"


def test_zero_byte_header_over_a_2gb_deflate_stream(tmp_path, crafter, manifest, nov_file):
    """The entries' headers say 0 bytes; 2 GB of zeros follow (2 MB on disk)."""
    entries = Member(fmt.ENTRIES, block=b"\0" * 2**20, repeat=2048, header_size=0)
    bomb = signed_bomb(tmp_path / "02785_zero-header.crlog", crafter.key, manifest, entries,
                       signed_size=400 * 2**20, signed_sha256="0" * 64)
    peak, results = import_in_child(tmp_path, [bomb, nov_file])
    assert results[0]["ok"] is False
    assert results[0]["reason"] in ("exchange.damaged", "exchange.hash_mismatch",
                                    "exchange.zip_bomb")
    assert results[1]["ok"] is True
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.0f} MB"


def test_honest_sizes_over_the_member_limit(tmp_path, crafter, manifest, nov_file):
    """Headers say 0, the stream holds 600 MB of valid-looking lines: stopped at the limit."""
    line = b'{"a":' + b"1" * 1000 + b"}\n"
    block = line * (2**20 // len(line))
    entries = Member(fmt.ENTRIES, block=block, repeat=600, header_size=0)
    bomb = signed_bomb(tmp_path / "02785_many-lines.crlog", crafter.key, manifest, entries,
                       signed_size=fmt.MAX_ENTRIES_BYTES, signed_sha256="0" * 64)
    peak, results = import_in_child(tmp_path, [bomb, nov_file])
    assert results[0]["ok"] is False and results[1]["ok"] is True
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.0f} MB"


def test_a_line_of_millions_of_containers(tmp_path, crafter, manifest, nov_file):
    """7 MB of ``[],`` and ``{},`` in one line (under the line limit, a ratio under the zip
    bomb's) would be 2.4 million lists and dicts."""
    rng = random.Random(3)
    block = b"".join(rng.choice((b"[],", b"{},")) for _ in range(2**20 // 3))
    entries = Member(fmt.ENTRIES, head=b"[", block=block, repeat=7, tail=b"[]]\n")
    bomb = signed_bomb(tmp_path / "02785_containers.crlog", crafter.key, manifest, entries)
    peak, results = import_in_child(tmp_path, [nov_file, bomb], workers=2)
    assert results[0]["ok"] is True
    assert results[1]["ok"] is False and results[1]["reason"] == "exchange.entry_too_big"
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.0f} MB"
