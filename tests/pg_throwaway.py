"""A throwaway PostgreSQL cluster on 127.0.0.1 for the office tests (and `.ci/run`).

``initdb`` + ``pg_ctl`` in a temporary directory, run as a non-root user (``nobody`` when we
are root, since PostgreSQL refuses to run as root), password authentication (SCRAM) with the
superuser's password in a PGPASSFILE, as libpq wants it: the URL carries no password.
Durability is switched off: the cluster lives for one test run.

As a script: ``python tests/pg_throwaway.py start DIR`` prints ``URL PGPASSFILE`` (one line)
and leaves the server running; ``python tests/pg_throwaway.py stop DIR`` stops it and
deletes DIR.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PG_BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin",
               "/usr/lib/postgresql/17/bin")
SUPERUSER = "postgres"


def pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl ($PG_BIN first), or None when absent."""
    for folder in (os.environ.get("PG_BIN", ""), *PG_BIN_DIRS):
        if folder and (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@dataclass
class Cluster:
    """A running cluster: its URL (no password in it) and the PGPASSFILE that holds one."""

    root: Path
    port: int
    url: str
    passfile: Path

    def stop(self) -> None:
        """Stop the server at once and delete its files."""
        stop(self.root)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner(root: Path) -> dict:
    """subprocess arguments that run a command as the cluster's owner (not root)."""
    if os.geteuid() != 0:
        return {}
    owner = pwd.getpwnam(os.environ.get("PG_TEST_USER", "nobody"))
    return {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": [],
            "env": {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8",
                    "HOME": str(root)}}


def start(root: Path | str) -> Cluster:
    """initdb and start a cluster in ``root`` (created; must not hold one yet)."""
    try:
        return _start(root)
    except subprocess.CalledProcessError as exc:
        stop(root)
        raise RuntimeError(f"{exc.cmd[0]} failed: {exc.stderr or exc.stdout}") from exc


def _start(root: Path | str) -> Cluster:
    bin_dir = pg_bin()
    if bin_dir is None:
        raise FileNotFoundError("initdb not found (Debian package postgresql)")
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(18)
    port = _free_port()
    pwfile = root / "pw"
    pwfile.write_text(password + "\n")
    run_as = _as_owner(root)
    if run_as:
        os.chown(root, run_as["user"], run_as["group"])
        os.chown(pwfile, run_as["user"], run_as["group"])
    root.chmod(0o700)
    pwfile.chmod(0o600)
    data = root / "data"
    subprocess.run(
        [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "scram-sha-256",
         f"--pwfile={pwfile}", "-E", "UTF8", "--no-locale", "--no-sync"],
        check=True, capture_output=True, timeout=120, cwd=root, **run_as,
    )
    pwfile.unlink()
    options = (f"-p {port} -h 127.0.0.1 -k {root} -c fsync=off -c synchronous_commit=off"
               " -c full_page_writes=off -c max_connections=60")
    subprocess.run(
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"),
         "-w", "-t", "60", "start"],
        check=True, capture_output=True, timeout=90, cwd=root, **run_as,
    )
    # the PGPASSFILE belongs to whoever connects (this process): libpq wants it 0600
    passfile = root.parent / f"{root.name}.pgpass"
    passfile.write_text(f"127.0.0.1:{port}:*:{SUPERUSER}:{password}\n")
    passfile.chmod(0o600)
    url = f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/postgres"
    return Cluster(root, port, url, passfile)


def stop(root: Path | str) -> None:
    """Stop the cluster in ``root`` (immediately) and delete it."""
    root = Path(root)
    bin_dir = pg_bin()
    if bin_dir is not None and (root / "data" / "postmaster.pid").exists():
        subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate",
                        "-w", "stop"], capture_output=True, timeout=60, cwd="/",
                       **_as_owner(root))
    shutil.rmtree(root, ignore_errors=True)
    Path(root.parent / f"{root.name}.pgpass").unlink(missing_ok=True)
    if root.parent.name.startswith("commune-radio-pg-"):  # the test fixture's own folder
        shutil.rmtree(root.parent, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit("usage: pg_throwaway.py start|stop DIR")
    if sys.argv[1] == "start":
        cluster = start(sys.argv[2])
        print(cluster.url, cluster.passfile)
    else:
        stop(sys.argv[2])
