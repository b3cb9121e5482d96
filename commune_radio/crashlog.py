"""Crash reporting: a rotating log file in the data directory and a last-resort exception hook.

An unhandled exception must never leave the operator with a traceback or a vanished window: it
is written to ``logs/commune-radio.log`` (rotated, 5 x 1 MB) and shown as a plain message that
says where the log is. The broadcast log is in SQLite and written before audio starts, so it
survives whatever happens here.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from commune_radio.core.safe_text import display_text

LOG_NAME = "commune-radio.log"


def log_path(data_dir: Path) -> Path:
    """Where the rotating log of a data directory is."""
    return Path(data_dir) / "logs" / LOG_NAME


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the program's logging to the rotating file (once per process)."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(getattr(h, "_commune_radio", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler._commune_radio = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    return path


def install_excepthook(data_dir: Path, show: Callable[[str, Path], None] | None = None) -> None:
    """Log every unhandled exception (main and other threads) and tell the person.

    ``show(summary, log_file)`` is the window's dialog; without one the summary goes to stderr.
    """
    path = setup_logging(data_dir)
    log = logging.getLogger("commune_radio.crash")

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unhandled exception\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        summary = f"{exc_type.__name__}: {exc}"
        if show is not None:
            try:
                show(summary, path)
                return
            except Exception:  # the dialog itself failed: fall back to stderr
                log.exception("crash dialog failed")
        print(f"Commune Radio: lỗi không mong muốn ({display_text(summary)}). Nhật ký: {path}",
              file=sys.stderr)

    sys.excepthook = hook

    def thread_hook(args) -> None:
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    import threading

    threading.excepthook = thread_hook
