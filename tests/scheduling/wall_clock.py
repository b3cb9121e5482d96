"""Move the wall clock of this running process, which runs under Debian's ``datefudge``.

datefudge (1.24, Debian 12) reads ``DATEFUDGE`` (seconds to subtract from the real time) once,
into a variable of its preloaded library, and every later ``time()``, ``gettimeofday()`` and
``clock_gettime(CLOCK_REALTIME)`` subtracts it: Python, APScheduler and Qt all read the wall
clock through those. Changing the environment afterwards has no effect, so a jump inside one
running process rewrites that variable: found in the library's writable pages as the one
8-byte word equal to the current offset. The monotonic clock is untouched, exactly as when NTP
or an operator moves a real clock.
"""

from __future__ import annotations

import ctypes
import os
import struct
import time


def _writable_regions() -> list[tuple[int, int]]:
    regions = []
    with open("/proc/self/maps", encoding="ascii") as maps:
        for line in maps:
            parts = line.split()
            if len(parts) >= 6 and parts[5].endswith("datefudge.so") and parts[1][:2] == "rw":
                low, high = (int(x, 16) for x in parts[0].split("-"))
                regions.append((low, high))
    if not regions:
        raise RuntimeError("this process does not run under datefudge")
    return regions


def move_wall_clock(seconds: float) -> None:
    """Jump the wall clock by ``seconds`` (negative: back) from now on, for the whole process."""
    time.time()  # datefudge reads its offset on first use
    current = int(os.environ["DATEFUDGE"])
    needle = struct.pack("<q", current)
    hits = []
    for low, high in _writable_regions():
        data = ctypes.string_at(low, high - low)
        hits += [low + i for i in range(0, len(data) - 7, 8) if data[i:i + 8] == needle]
    if len(hits) != 1:
        raise RuntimeError(f"datefudge's offset not found exactly once ({len(hits)} hits)")
    new = current - int(round(seconds))
    ctypes.memmove(hits[0], struct.pack("<q", new), 8)
    os.environ["DATEFUDGE"] = str(new)  # children started from here inherit the moved clock
