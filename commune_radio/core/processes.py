"""Processes that leave nothing behind: helpers die with their parent, and what a killed
process left (scratch folders, half-written files, named after its pid) is found and removed.

A killed `office import` used to leave its helper processes (about 500 MB each, blocked
forever) and its stage databases; a killed `library import` its ``audio/.part-*`` files.
Standard library only (ctypes), so a freshly spawned helper imports it in no time.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 1.0


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (a pid reused by another program counts as
    alive: leftovers are then kept a little longer, never removed from under someone)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it on Windows
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def die_with_parent(parent_pid: int) -> None:
    """Run in a helper process (a pool ``initializer``): end it when ``parent_pid`` ends.

    On Linux the kernel sends SIGKILL the moment the parent dies (``PR_SET_PDEATHSIG``; it
    follows the thread that started the helper, and the import starts and shuts its pool down
    on one thread). Elsewhere a daemon thread watches the parent's pid.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0:
                if os.getppid() != parent_pid:  # the parent died before the call
                    os._exit(1)
                return
    threading.Thread(target=_watch, args=(parent_pid,), name="watch-parent",
                     daemon=True).start()


def start_helper(parent_pid: int) -> None:
    """The ``initializer`` of a helper pool: it dies with its parent, and leaves Ctrl-C (sent
    by a terminal to the whole process group) to the parent, which stops the batch cleanly
    instead of every helper printing a traceback."""
    with contextlib.suppress(ValueError, OSError):  # not the main thread / no such signal
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent_pid)


def _watch(parent_pid: int) -> None:
    while pid_alive(parent_pid):
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def owned_name(prefix: str) -> str:
    """A name prefix carrying this process's pid, e.g. ``office-import-1234-``."""
    return f"{prefix}{os.getpid()}-"


def remove_orphans(folder: Path, prefix: str) -> list[Path]:
    """Remove the entries of ``folder`` named ``<prefix><pid>-…`` whose process is gone;
    return what was removed. Unreadable folders and entries in use are left alone."""
    pattern = re.compile(re.escape(prefix) + r"(\d+)-")
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = pattern.match(entry.name)
        if not match or pid_alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
    return removed
