"""The window's one way to run a change (after Anki's ``CollectionOp``): run, show, refresh.

``run_op`` runs a job on the thread pool through ``tasks.run_task``, drives an optional
progress panel (its Cancel stops the job), says what went wrong (a ``KnownError`` as its
sentence in the window's language; anything else goes the crash path: logged, the crash dialog
shown, and a short line in the panel), and when the job returns a ``Changes`` or a ``Result``
fires ``AppSignals.changed`` with them. ``run_now`` does the same for a short call on the GUI
thread (saving a dialog). Screens never emit "changed" themselves: what a call returns drives
every view's refresh.

A job may post such values while it runs (one imported file); their changes are fired at once,
so a long import fills the table file by file, and the value goes to ``on_post``.

Service methods return a ``Result``, a ``Changes``, or a value carrying its ``changes`` (an
import's result); the few that do not say it yet are listed in ``_ADAPTERS`` (keyed by the
method), the one place that derives it; an entry goes when its method says it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from commune_radio.core.errors import KnownError
from commune_radio.services.changes import Changes, Result
from commune_radio.ui.signals import AppSignals
from commune_radio.ui.tasks import Task, TaskContext, run_task
from commune_radio.ui.text import error_text

log = logging.getLogger("commune_radio.crash")

# service method -> what it changed, for the methods that do not say it yet (the office's)
_ADAPTERS: dict[str, Changes] = {
    "OfficeService.import_paths": Changes(office=True),
    "OfficeService.import_file": Changes(office=True),
    "OfficeService.reregister": Changes(office=True),
    "OfficeService.save_settings": Changes(office=True, settings=True),
    "OfficeService.seed_expected": Changes(office=True),
}


def method_key(fn: Callable[..., Any]) -> str:
    """``Class.method`` of a bound service method (the adapter table's key); "" otherwise."""
    owner = getattr(fn, "__self__", None)
    name = getattr(fn, "__name__", "")
    return f"{type(owner).__name__}.{name}" if owner is not None and name else ""


def split(value: Any, key: str = "") -> tuple[Any, Changes]:
    """A call's value and what it changed: from a ``Result`` or ``Changes``, from a value that
    carries its own ``changes`` (an import's result, an export's), else from the table."""
    if isinstance(value, Result):
        return value.value, value.changes
    if isinstance(value, Changes):
        return None, value
    own = getattr(value, "changes", None)
    if isinstance(own, Changes):
        return value, own
    return value, _ADAPTERS.get(key, Changes())


class ProgressPanel(Protocol):
    """What ``run_op`` drives in a panel: the bar, and Cancel (a signal without arguments)."""

    cancel_requested: Any

    def set_progress(self, fraction: float) -> None: ...


def unexpected_text(exc: BaseException) -> str:
    """Log an error that is ours (a bug) with its traceback, show the crash dialog when the
    window has one, and return the short line a panel shows."""
    log.error("unexpected error in an operation", exc_info=(type(exc), exc, exc.__traceback__))
    from commune_radio.ui import crash_dialog

    crash_dialog.report_unexpected(f"{type(exc).__name__}: {exc}")
    return QCoreApplication.translate(
        "Operations", "An unexpected error stopped this (%1); the details are in the log."
    ).replace("%1", type(exc).__name__)


def error_message(exc: BaseException, lang: str) -> str:
    """What to show for an error: a known one's sentence, or the crash path's short line."""
    if isinstance(exc, KnownError):
        return error_text(exc, lang)
    return unexpected_text(exc)


def run_op(
    signals: AppSignals,
    lang: str,
    job: Callable[[TaskContext], Any],
    *,
    key: str = "",
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_post: Callable[[Any], None] | None = None,
    panel: ProgressPanel | None = None,
) -> Task:
    """Run ``job(context)`` off the GUI thread; fire its changes, then ``on_done(value)``.

    ``on_error`` gets the sentence to show (the crash path has already run for a bug).
    ``key`` names the service method the job calls, for the adapter table.
    """

    def done(value: Any) -> None:
        value, changes = split(value, key)
        if changes:
            signals.changed.emit(changes)
        if on_done is not None:
            on_done(value)

    def failed(exc: BaseException) -> None:
        message = error_message(exc, lang)
        if on_error is not None:
            on_error(message)

    def posted(item: Any) -> None:
        item, changes = split(item)
        if changes:
            signals.changed.emit(changes)
        if on_post is not None:
            on_post(item)

    task = run_task(job, done, on_error=failed, on_post=posted,
                    on_progress=panel.set_progress if panel is not None else None)
    if panel is not None:
        panel.cancel_requested.connect(task.cancel)
        task.ended.connect(lambda: _disconnect(panel.cancel_requested, task.cancel))
    return task


def run_call(signals: AppSignals, lang: str, fn: Callable[..., Any], *args: Any,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[str], None] | None = None,
             panel: ProgressPanel | None = None, **kwargs: Any) -> Task:
    """``run_op`` for one service method called with these arguments (no progress of its own)."""
    return run_op(signals, lang, lambda _ctx: fn(*args, **kwargs), key=method_key(fn),
                  on_done=on_done, on_error=on_error, panel=panel)


@dataclass(frozen=True)
class Outcome:
    """How a ``run_now`` call ended: its value, or the sentence saying why it did not."""

    ok: bool
    value: Any = None
    error: str = ""


def run_now(signals: AppSignals, lang: str, fn: Callable[..., Any], *args: Any,
            **kwargs: Any) -> Outcome:
    """Call a short service method on the GUI thread; fire what it changed; never raise."""
    try:
        value = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - a bug goes the crash path inside error_message
        return Outcome(False, error=error_message(exc, lang))
    value, changes = split(value, method_key(fn))
    if changes:
        signals.changed.emit(changes)
    return Outcome(True, value)


def tell(signals: AppSignals, changes: Changes) -> None:
    """Fire changes that happened outside a service call of this window (the on-air player
    wrote the log, another process changed the database)."""
    if changes:
        signals.changed.emit(changes)


def watch_player(player: Any, signals: AppSignals) -> None:
    """The on-air player writes the log as a broadcast starts and ends: views of the log
    refresh on both."""
    for name in ("broadcast_started", "broadcast_ended"):
        getattr(player, name).connect(lambda *_: tell(signals, Changes(log=True)))


def _disconnect(signal: Any, slot: Callable[..., Any]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # already gone with its panel
        signal.disconnect(slot)
