"""Run slow work on a thread pool and hear about it on the GUI thread (after Picard's run_task).

A job gets a ``TaskContext`` (a cancel ``threading.Event``, ``progress(fraction)`` and
``post(item)`` for partial results) and never sees a widget. Everything it reports comes back as
signals of a ``Task`` emitted on the GUI thread, so slots may touch widgets freely.

The worker only ever holds plain Python objects and the long-lived dispatcher: the ``Task``
QObject is created, used and dropped on the GUI thread alone, which keeps its destruction out of
the pool threads.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

_PROGRESS, _POST, _DONE, _FAILED = range(4)


class TaskContext:
    """What a job may use: the cancel flag and two ways to report back to the window."""

    def __init__(self, task_id: int, cancel: threading.Event, dispatcher: _Dispatcher) -> None:
        self.cancel = cancel
        self._task_id = task_id
        self._dispatcher = dispatcher
        self._last_progress = -1.0

    @property
    def cancelled(self) -> bool:
        """Whether the person asked to stop; a job checks it between steps."""
        return self.cancel.is_set()

    def progress(self, fraction: float) -> None:
        """Report how far the job is, from 0.0 to 1.0 (steps under 0.1 % are not sent)."""
        fraction = float(fraction)
        if abs(fraction - self._last_progress) < 0.001 and fraction not in (0.0, 1.0):
            return
        self._last_progress = fraction
        self._dispatcher.relay.emit((self._task_id, _PROGRESS, fraction))

    def post(self, item: Any) -> None:
        """Hand a partial result to the window (e.g. one file's outcome) while the job goes on."""
        self._dispatcher.relay.emit((self._task_id, _POST, item))


class Task(QObject):
    """The GUI-thread handle of one running job; its signals arrive on the GUI thread."""

    progress = Signal(float)
    posted = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, task_id: int, cancel: threading.Event) -> None:
        super().__init__()
        self.task_id = task_id
        self._cancel = cancel
        self.running = True

    def cancel(self) -> None:
        """Ask the job to stop at its next check; it still ends with ``finished`` or ``failed``."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether ``cancel`` was called."""
        return self._cancel.is_set()

    def _deliver(self, kind: int, payload: Any) -> None:
        if kind == _PROGRESS:
            self.progress.emit(payload)
        elif kind == _POST:
            self.posted.emit(payload)
        else:
            self.running = False
            (self.finished if kind == _DONE else self.failed).emit(payload)
            self.ended.emit()


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole process; turns worker emissions into Task signals."""

    relay = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task] = {}
        self.relay.connect(self._on_relay, Qt.ConnectionType.QueuedConnection)

    def _on_relay(self, message: tuple[int, int, Any]) -> None:
        task_id, kind, payload = message
        task = self.tasks.get(task_id)
        if task is None:
            return
        if kind in (_DONE, _FAILED):
            del self.tasks[task_id]
        task._deliver(kind, payload)


_dispatcher: _Dispatcher | None = None
_pool: QThreadPool | None = None
_ids = itertools.count(1)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


def thread_pool() -> QThreadPool:
    """The pool the window's jobs run on (separate from the global one so closing can wait)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
    return _pool


def run_task(
    fn: Callable[[TaskContext], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[float], None] | None = None,
    on_post: Callable[[Any], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start ``fn(context)`` on the pool; callbacks run on the GUI thread. Call from the GUI thread.

    ``on_done`` gets the return value, ``on_error`` the exception the job raised.
    """
    dispatcher = _get_dispatcher()
    task_id = next(_ids)
    cancel = threading.Event()
    task = Task(task_id, cancel)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_post is not None:
        task.posted.connect(on_post)
    dispatcher.tasks[task_id] = task
    context = TaskContext(task_id, cancel, dispatcher)

    def work() -> None:
        try:
            result = fn(context)
        except BaseException as exc:  # the window decides what to say; the pool must survive
            dispatcher.relay.emit((task_id, _FAILED, exc))
        else:
            dispatcher.relay.emit((task_id, _DONE, result))

    (pool or thread_pool()).start(work)
    return task


def running_tasks() -> list[Task]:
    """The jobs that have not ended yet."""
    return list(_dispatcher.tasks.values()) if _dispatcher else []


def cancel_all_and_wait(msecs: int = 10_000) -> bool:
    """Cancel every job and wait for the pool to drain (window closing); True if it did."""
    for task in running_tasks():
        task.cancel()
    return thread_pool().waitForDone(msecs)
