"""One station program per data directory: the window and `run` take the same OS file lock.

The lock is an exclusive lock on ``station.lock`` in the data directory, held for the life of
the process; the operating system drops it when the process dies (crash, power cut), so a
stale lock never blocks a restart. Beside it ``station-holder.json`` says who holds it (window
or headless, process id, since when), so a second start can tell the person in words.
Commands that only read, and `library import` / `log export`, never take it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.atomic import write_atomically
from commune_radio.core.clock import Clock, station_iso, system_clock
from commune_radio.core.errors import EnvironmentProblem
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.services.broadcast_lock import try_lock as _try_lock  # one OS lock

LOCK_FILE = "station.lock"
HOLDER_FILE = "station-holder.json"
HOLDERS = ("window", "headless")


@dataclass(frozen=True)
class Holder:
    """Who holds the station lock."""

    kind: str  # "window" | "headless"
    pid: int
    since: str  # UTC ISO 8601


def read_holder(data_dir: Path) -> Holder | None:
    """What the holder wrote about itself (None when unreadable or absent)."""
    try:
        data = json.loads((Path(data_dir) / HOLDER_FILE).read_text(encoding="utf-8"))
        return Holder(str(data["kind"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class StationLock:
    """The lock of one data directory, taken by the station program of this process."""

    def __init__(self, data_dir: Path, clock: Clock = system_clock) -> None:
        self.data_dir = Path(data_dir)
        self.clock = clock
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._fd is not None

    def acquire(self, kind: str, timezone: str = DEFAULT_TIMEZONE) -> None:
        """Take the lock as ``kind`` (window or headless).

        Raises ``EnvironmentProblem("station.locked_<kind>")`` naming the holder when another
        process has it.
        """
        if kind not in HOLDERS:
            raise ValueError(kind)
        if self._fd is not None:
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            raise self.refusal(timezone)
        self._fd = fd
        holder = {"kind": kind, "pid": os.getpid(),
                  "since": self.clock().astimezone(dt.UTC).isoformat(timespec="seconds")}
        write_atomically(self.data_dir / HOLDER_FILE,
                         lambda fh: fh.write(json.dumps(holder).encode("utf-8")))

    def refusal(self, timezone: str) -> EnvironmentProblem:
        """The error a second start shows: who holds the station, since when (``kind`` in its
        parameters tells a window holder, which can be brought forward, from a headless one)."""
        holder = read_holder(self.data_dir)
        if holder is None or holder.kind not in HOLDERS:
            return EnvironmentProblem("station.locked_unknown", kind="",
                                      pid=holder.pid if holder else "?",
                                      since=station_iso(holder.since, timezone)
                                      if holder else "?")
        return EnvironmentProblem(f"station.locked_{holder.kind}", kind=holder.kind,
                                  pid=holder.pid, since=station_iso(holder.since, timezone))

    def release(self) -> None:
        """Let another station program start (also done by the OS when the process ends)."""
        if self._fd is None:
            return
        (self.data_dir / HOLDER_FILE).unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None
