"""Writing a file so that its final name holds either the old content or the complete new one:
the one module every writer uses (exports, reports, packs, keys, the audio store, renders, MP3s).

The content goes to a temporary file in the same folder, named ``.part-<pid>-<random>`` so a
later start can remove what a killed process left (``core.processes.remove_orphans``); it is
flushed and fsync'ed, then renamed over the final name with ``os.replace`` (atomic on POSIX and
Windows), and the folder is synced. A full disk or a crash leaves at most a stray temporary
file, never a half file under the final name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from commune_radio.core.errors import EnvironmentProblem

PART_PREFIX = ".part-"


def part_path(target: Path | str, *, suffix: str = "", mode: int = 0o666) -> Path:
    """A new, empty temporary file beside ``target`` (created here, with ``mode`` before the
    umask, so a key is never readable by others even for a moment); the folder is made."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    while True:
        part = target.with_name(f"{PART_PREFIX}{os.getpid()}-{secrets.token_hex(6)}{suffix}")
        try:
            os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
        except FileExistsError:
            continue
        return part


def commit(part: Path, target: Path | str) -> Path:
    """Move a finished temporary file over ``target`` in one step and make it durable."""
    target = Path(target)
    os.replace(part, target)
    _fsync_dir(target.parent)
    return target


def write_atomically(path: Path | str, write: Callable[[BinaryIO], None], *,
                     mode: int = 0o666) -> Path:
    """Call ``write(fh)`` on a temporary file, then move it to ``path`` in one step; an
    ``OSError`` (after the temporary file is removed) is the caller's to translate."""
    path = Path(path)
    part = part_path(path, mode=mode)
    try:
        with open(part, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        return commit(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def atomic_write(path: Path | str, write: Callable[[BinaryIO], None], *,
                 mode: int = 0o666) -> None:
    """``write_atomically``, with an OS error turned into the person's message."""
    try:
        write_atomically(path, write, mode=mode)
    except OSError as exc:
        raise write_error(exc, Path(path)) from exc


def write_error(exc: OSError, path: Path) -> EnvironmentProblem:
    """The person's message for an OS error while writing ``path``."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return EnvironmentProblem("file.disk_full", file=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return EnvironmentProblem("file.not_writable", file=str(path))
    return EnvironmentProblem("file.write_failed", file=str(path), detail=exc.strerror or str(exc))


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
