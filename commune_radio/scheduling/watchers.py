"""Two watchers of the station program, on the Qt thread: the database and the wall clock.

``DataWatcher`` polls ``PRAGMA data_version``: it changes when another process (the command
line, a second reader, an import) commits, so the running program picks the change up within
the poll interval and rebuilds what depends on it. ``ClockWatch`` compares the wall clock with
the monotonic clock every second: a difference means the wall clock jumped (NTP, a BIOS clock
fixed, an operator's mistake), and the slot clock must be re-armed.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QObject, QTimer, Signal

from commune_radio.core.clock import Clock, system_clock
from commune_radio.core.errors import KnownError

DATA_POLL_MS = 500  # well inside the 2 s promised
CLOCK_POLL_MS = 1000
JUMP_TOLERANCE_S = 1.5  # timer lateness on a busy PC is not a jump


class DataWatcher(QObject):
    """Emits ``changed`` when another process committed to the database."""

    changed = Signal()

    def __init__(self, db, parent: QObject | None = None, interval_ms: int = DATA_POLL_MS):
        super().__init__(parent)
        self.db = db
        self._last: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Remember where the database stands and poll from now on."""
        self._last = self._version()
        self.timer.start()

    def stop(self) -> None:
        """Stop polling."""
        self.timer.stop()

    def _version(self) -> int | None:
        try:
            return self.db.data_version()
        except KnownError:  # locked for a moment, or closing: try again at the next poll
            return None

    def poll(self) -> bool:
        """Check now; True (and ``changed`` emitted) when another process committed."""
        version = self._version()
        if version is None:
            return False
        moved = self._last is not None and version != self._last
        self._last = version
        if moved:
            self.changed.emit()
        return moved


class ClockWatch(QObject):
    """Emits ``jumped(expected, now)`` (aware UTC) when the wall clock moved by itself."""

    jumped = Signal(object, object)

    def __init__(self, clock: Clock = system_clock, parent: QObject | None = None,
                 interval_ms: int = CLOCK_POLL_MS) -> None:
        super().__init__(parent)
        self.clock = clock
        self._wall: dt.datetime | None = None
        self._mono = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Take the reference and check every second."""
        self._wall, self._mono = self.clock(), time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        """Stop checking."""
        self.timer.stop()

    def check(self) -> float:
        """Compare now; return the jump in seconds (0.0 when none) after emitting it."""
        wall, mono = self.clock(), time.monotonic()
        if self._wall is None:
            self._wall, self._mono = wall, mono
            return 0.0
        expected = self._wall + dt.timedelta(seconds=mono - self._mono)
        self._wall, self._mono = wall, mono
        delta = (wall - expected).total_seconds()
        if abs(delta) <= JUMP_TOLERANCE_S:
            return 0.0
        self.jumped.emit(expected, wall)
        return delta
