"""Writing a file so that its final name holds either the old content or the complete new one.

The content goes to a temporary file in the same folder, is flushed and fsync'ed, then renamed
over the final name with ``os.replace`` (atomic on POSIX and Windows). A full disk or a crash
leaves at most a stray temporary file, never a half file under the final name.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from commune_radio.core.errors import EnvironmentProblem


def atomic_write(path: Path | str, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write(fh)`` on a temporary file, then move it to ``path`` in one step."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise write_error(exc, path) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


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
