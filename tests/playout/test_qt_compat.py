"""PySide6 6.12.0 loses a reference to ``True`` on every Python-side emit; ours must not."""

import sys

from PySide6.QtCore import QObject, Signal

from commune_radio.playout.qt_compat import emit


class Emitter(QObject):
    moved = Signal(int, int, int)


def test_thousands_of_emits_leave_true_untouched():
    source, seen = Emitter(), []
    source.moved.connect(lambda *args: seen.append(args))
    before = sys.getrefcount(True)
    for n in range(5000):  # a 15-minute broadcast reports its position about this often
        emit(source.moved, n, n, n)
    assert len(seen) == 5000
    assert abs(sys.getrefcount(True) - before) < 50
