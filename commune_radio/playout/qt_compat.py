"""A guard against PySide6 6.12.0's ``SignalInstance.emit()``, which loses a reference to ``True``.

In PySide6 6.12.0 (not 6.11.3) every ``signal.emit(...)`` made from Python returns ``True``
without taking a reference, so each call takes one reference away from ``True``. On Python 3.11
``True`` is an ordinary counted object with a few hundred references: after a few hundred emits
the interpreter aborts with "Fatal Python error: bool_dealloc". A player that reports its
position ten times a second would bring the station down within a minute.

``emit`` measures once whether the running PySide6 has the defect and gives the reference back
after each call only if it does, so it is harmless on fixed versions and on Python 3.12+
(where ``True`` is immortal). The real cure is a PySide6 without the defect (pin ``!=6.12.0``).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 32


class _Probe(QObject):
    ping = Signal()


def _references_lost_per_emit() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    # another thread may touch True meanwhile: only a loss of about one per emit counts
    return 1 if abs(lost - _PROBES) <= _PROBES // 4 else 0


LOST_PER_EMIT = _references_lost_per_emit()
if LOST_PER_EMIT:  # give back what the probe itself took
    for _ in range(_PROBES):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def emit(signal: SignalInstance, *args) -> None:
    """``signal.emit(*args)``, without the reference leak of PySide6 6.12.0."""
    signal.emit(*args)
    if LOST_PER_EMIT:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
