"""A full disk ends in "the disk is full" (exit 2) with the data unchanged, never in a raw
OSError or in "cannot rollback - no transaction is active" hiding the cause.

The real thing is a small tmpfs (the tests run as root on CI; elsewhere they are skipped), and
the transaction helper is also checked with SQLite's own SQLITE_FULL (``max_page_count``).
"""

import contextlib
import os
import shutil
import subprocess
import uuid

import pytest

from commune_radio.app import AppContext
from commune_radio.cli import main
from commune_radio.core.errors import EnvironmentProblem
from commune_radio.storage import office_repo
from commune_radio.storage.database import Database


def office_dump(ctx):
    """Every office table as text, on the office's own database."""
    with ctx.office.odb.read() as conn:
        return office_repo.dump(conn)


def test_transaction_after_sqlite_full_reports_the_full_disk(tmp_path):
    db = Database(tmp_path / "x.sqlite3")
    db.conn.execute("CREATE TABLE t (v BLOB)")
    with db.transaction():
        db.conn.execute("INSERT INTO t VALUES (?)", (b"keep",))
    pages = db.query("PRAGMA page_count")[0][0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(EnvironmentProblem) as caught, db.transaction():
        db.conn.execute("INSERT INTO t VALUES (?)", (b"x" * 4000,))
        db.conn.execute("INSERT INTO t VALUES (?)", (b"y" * 400_000,))
    assert caught.value.message_id == "db.disk_full"
    assert not db.conn.in_transaction
    assert [r[0] for r in db.query("SELECT v FROM t")] == [b"keep"]
    db.close()


def test_rollback_is_not_sent_twice(tmp_path):
    """When SQLite has already ended the transaction, the original error is what comes out."""
    db = Database(tmp_path / "x.sqlite3")
    with pytest.raises(EnvironmentProblem) as caught, db.transaction():
        db.conn.execute("ROLLBACK")  # what SQLite does by itself on SQLITE_FULL
        raise OSError(28, "No space left on device")
    assert caught.value.message_id == "db.disk_full"
    db.close()


@contextlib.contextmanager
def small_disk(where, size_kb):
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                           str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk, leave_bytes):
    """Fill ``disk`` until only about ``leave_bytes`` are free."""
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    with open(disk / f"filler-{uuid.uuid4().hex}", "wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(0, free - leave_bytes))


def _files(root):
    return sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*")
                  if p.is_file() and not p.name.startswith("filler"))


def test_library_import_on_a_full_disk(tmp_path, speech_wav_path, capsys):
    with small_disk(tmp_path / "disk", 4096) as disk:
        data = disk / "data"
        ctx = AppContext.open(data)
        ctx.close()
        fill(disk, 64 * 1024)
        before = _files(data)
        code = main(["--data-dir", str(data), "--lang", "en", "library", "import",
                     str(speech_wav_path)])
        out = capsys.readouterr()
        assert code == 2, out
        assert "the disk is full" in out.err.lower()
        assert "Traceback" not in out.err and "Errno" not in out.err
        ctx = AppContext.open(data)
        assert ctx.library.list() == []
        ctx.close()
        assert not (data / "audio").exists() or _files(data / "audio") == []  # no .part-* left
        assert {f for f, _ in before} >= {f for f, _ in _files(data)
                                          if not f.endswith(("-wal", "-shm"))}


def test_office_import_on_a_full_disk(tmp_path, capsys, office_file):
    with small_disk(tmp_path / "disk", 1024) as disk:
        data = disk / "office"
        ctx = AppContext.open(data)
        before = office_dump(ctx)
        ctx.close()
        fill(disk, 8 * 1024)
        code = main(["--data-dir", str(data), "--lang", "en", "office", "import",
                     str(office_file)])
        out = capsys.readouterr()
        assert code == 2, out
        assert "the disk is full" in out.err.lower()
        assert "no transaction is active" not in out.err and "Traceback" not in out.err
        for filler in disk.glob("filler-*"):
            filler.unlink()
        ctx = AppContext.open(data)
        assert office_dump(ctx) == before
        ctx.close()


@pytest.fixture
def speech_wav_path(tmp_path):
    path = tmp_path / "ban-tin.wav"
    subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", "-c", "1", str(path), "synth",
                    "20", "sine", "440", "vol", "0.3"], check=True)
    return path


@pytest.fixture
def office_file(tmp_path):
    """A real signed export of a month with many broadcasts (a few hundred kB of rows)."""
    import datetime as dt

    from commune_radio.core.clock import FixedClock
    from commune_radio.exchange.samples import sample_entries
    from commune_radio.storage.log_repo import insert_log_rows

    now = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)
    period = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    ctx = AppContext.open(tmp_path / "station", clock=FixedClock(now))
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    insert_log_rows(ctx.db, sample_entries("02785", *period, seed=1, per_day=20, items=8))
    path = tmp_path / "02785_2026-11.crlog"
    ctx.export.export(*period, path)
    ctx.close()
    shutil.copy(path, tmp_path / "copy.crlog")
    return path
