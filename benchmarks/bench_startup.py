"""Start-up of the desktop program, against a bare ``QApplication`` + ``QMainWindow`` process.

Each launch is a fresh process running the real entry point (``commune_radio.main.main`` with
``--data-dir``, as the `commune-radio` command and the bundle's launcher do) on a station with
the demo segments and programme, on the offscreen platform. Timed from the moment the process
is started to two lines it prints:

* the start window painted: the window the program puts on screen before it loads its data,
  services and screens (``ui.app_main.show_start_window``);
* the main window painted: the on-air screen of the station (``ui.app_main.after_first_paint``).

The baseline process, started alternately with ours (five rounds each, medians), creates a
QApplication and a QMainWindow and is timed to its first paint the same way.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 5

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("MAIN", flush=True), app.quit()))
        return False

app = QApplication(sys.argv)
window = QMainWindow()
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""

OURS = """
import sys
import commune_radio.ui.app_main as app_main

real_show, real_after = app_main.show_start_window, app_main.after_first_paint

def show_start_window(*args, **kwargs):
    window = real_show(*args, **kwargs)
    print("START", flush=True)
    return window

def after_first_paint(window, callback, fallback_ms=1000):
    def painted():
        print("MAIN", flush=True)
        window.close()
    return real_after(window, painted, fallback_ms=30_000)

app_main.show_start_window, app_main.after_first_paint = show_start_window, after_first_paint
from commune_radio.main import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def launch(code: str, *args: str) -> dict[str, float]:
    """Milliseconds from the process start to each line it prints."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    seen: dict[str, float] = {}
    for line in proc.stdout:
        seen[line.strip()] = (time.perf_counter() - started) * 1000
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or "MAIN" not in seen:
        raise RuntimeError(f"launch failed ({proc.returncode}): {err[-2000:]}")
    return seen


def run() -> list[dict]:
    import compileall

    import commune_radio
    from commune_radio.app import AppContext
    from commune_radio.services.demo import ensure_demo_station

    # A station runs the bundle, whose modules are compiled once at build time; a checkout
    # run with PYTHONDONTWRITEBYTECODE would otherwise compile every module at every launch
    # (a quarter of a second here), which no station ever pays. PySide6 on the bare side is
    # compiled by pip already.
    compileall.compile_dir(Path(commune_radio.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Path(tmp))
        ensure_demo_station(ctx)
        ctx.close()
        launch(OURS, tmp)  # the first start makes the day's backup; a station's later starts do not
        bare, start, main = [], [], []
        for _ in range(ROUNDS):  # alternately, so both see the same machine state
            bare.append(launch(BARE)["MAIN"])
            ours = launch(OURS, tmp)
            start.append(ours["START"])
            main.append(ours["MAIN"])
    b = statistics.median(bare)
    rows = []
    for figure, values in (("start-up: first window painted (start window)", start),
                           ("start-up: main window painted (demo station, on-air screen)", main)):
        m = statistics.median(values)
        rows.append({"figure": figure, "ms": round(m), "baseline_ms": round(b),
                     "baseline": "bare QApplication + QMainWindow process, first paint",
                     "ratio": round(m / b, 2), "target_ratio": 1.5,
                     "all_ms": [round(v) for v in values],
                     "all_baseline_ms": [round(v) for v in bare]})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
