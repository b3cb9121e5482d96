"""Which ``started`` broadcasts are really on air: one OS file lock per live broadcast.

The process that plays a broadcast holds an exclusive lock on ``run/<id>.lock`` until the
broadcast ends. The operating system drops the lock when the process dies (crash, SIGKILL,
power cut), so crash recovery can tell a broadcast interrupted by a dead process from one
another process (the window, `run`, a `play` in a terminal) is airing right now.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on the Windows build
    import msvcrt

    def try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


class LiveLocks:
    """The lock files of the broadcasts this process is airing."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "run"
        self._held: dict[str, int] = {}

    def _path(self, broadcast_id: str) -> Path:
        return self.folder / f"{broadcast_id}.lock"

    def hold(self, broadcast_id: str) -> None:
        """Take the lock of a broadcast this process is about to air."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._path(broadcast_id), os.O_RDWR | os.O_CREAT, 0o644)
        if not try_lock(fd):  # a uuid4 collides with nothing; this is a defect
            os.close(fd)
            raise RuntimeError(f"broadcast {broadcast_id} is already locked")
        self._held[broadcast_id] = fd

    def release(self, broadcast_id: str) -> None:
        """Drop the lock of a broadcast that has ended, and its file."""
        fd = self._held.pop(broadcast_id, None)
        if fd is None:
            return
        if sys.platform == "win32":  # pragma: no cover - Windows cannot unlink an open file
            os.close(fd)
            self._path(broadcast_id).unlink(missing_ok=True)
            return
        # unlink first: whoever opens the path afterwards finds nothing, never our stale lock
        self._path(broadcast_id).unlink(missing_ok=True)
        os.close(fd)

    def is_live(self, broadcast_id: str) -> bool:
        """Whether some process (this one included) is airing the broadcast right now."""
        if broadcast_id in self._held:
            return True
        path = self._path(broadcast_id)
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return False
        try:
            return not try_lock(fd)
        finally:
            os.close(fd)  # closing drops the probe's lock, if it got one

    def forget(self, broadcast_id: str) -> None:
        """Remove the lock file a dead process left behind."""
        if broadcast_id not in self._held:
            self._path(broadcast_id).unlink(missing_ok=True)
