"""PySide6 6.12.0 loses a reference to ``True`` on every Python-side emit; ours must not.

Measured in a fresh interpreter: a thread of an earlier test (a pool's handler, a stream
writer) could otherwise move ``True``'s count while PySide releases the GIL during an emit.
"""

import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QObject, Signal
from commune_radio.playout.qt_compat import emit

class Emitter(QObject):
    moved = Signal(int, int, int)

source, seen = Emitter(), []
source.moved.connect(lambda *args: seen.append(args))
before = sys.getrefcount(True)
for n in range(5000):  # a 15-minute broadcast reports its position about this often
    emit(source.moved, n, n, n)
after = sys.getrefcount(True)
print(len(seen), after - before)
"""


def test_thousands_of_emits_leave_true_untouched():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=60, check=True)
    seen, moved = map(int, done.stdout.split())
    assert seen == 5000
    assert abs(moved) < 50
