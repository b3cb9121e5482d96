"""PySide6 6.12.0 loses a reference to ``True`` on every Python-side emit; ours must not."""

import sys

from PySide6.QtCore import QObject, Signal

from commune_radio.playout.qt_compat import emit


class Emitter(QObject):
    moved = Signal(int, int, int)


def test_thousands_of_emits_leave_true_untouched():
    source, seen = Emitter(), []
    source.moved.connect(lambda *args: seen.append(args))
    # hold the GIL through the loop: another thread's Python code (a pool's handler thread
    # left by an earlier test) must not move True's count while it is measured
    interval = sys.getswitchinterval()
    sys.setswitchinterval(100)
    try:
        before = sys.getrefcount(True)
        for n in range(5000):  # a 15-minute broadcast reports its position about this often
            emit(source.moved, n, n, n)
        after = sys.getrefcount(True)
    finally:
        sys.setswitchinterval(interval)
    assert len(seen) == 5000
    assert abs(after - before) < 50
