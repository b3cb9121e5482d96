"""The one atomic file write: the final name holds the old content or the whole new one."""

import os
import stat

import pytest

from commune_radio.core.atomic import PART_PREFIX, atomic_write, part_path, write_atomically
from commune_radio.core.errors import EnvironmentProblem


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(tmp_path):
    target = tmp_path / "out" / "report.csv"
    atomic_write(target, lambda fh: fh.write(b"old"))

    def broken(fh):
        fh.write(b"half")
        raise RuntimeError("the writer failed")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["report.csv"]


def test_an_os_error_becomes_the_persons_message(tmp_path):
    (tmp_path / "a-file").write_bytes(b"")
    target = tmp_path / "a-file" / "x.bin"  # its folder is a file: the OS refuses
    with pytest.raises(EnvironmentProblem) as err:
        atomic_write(target, lambda fh: fh.write(b"x"))
    assert err.value.message_id == "file.write_failed" and str(target) in str(err.value.params)
    with pytest.raises(OSError):
        write_atomically(target, lambda fh: fh.write(b"x"))


def test_parts_carry_the_pid_and_a_key_is_private_from_the_start(tmp_path):
    part = part_path(tmp_path / "a.wav", suffix=".wav")
    assert part.name.startswith(f"{PART_PREFIX}{os.getpid()}-") and part.suffix == ".wav"
    key = write_atomically(tmp_path / "keys" / "k.pem", lambda fh: fh.write(b"pem"), mode=0o600)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and key.read_bytes() == b"pem"
