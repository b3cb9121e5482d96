"""The window's start path stays lean: heavy modules load when first needed, not before the
first paint (the start-up target is 1.5x a bare QApplication + QMainWindow).

The check is on *which* modules are loaded when the window first paints, not on milliseconds,
so it does not flake on a busy two-core machine; ``python -X importtime`` names the culprits
when it fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from commune_radio.app import AppContext
from commune_radio.services.demo import ensure_demo_station

ROOT = Path(__file__).resolve().parents[2]

# Each of these costs tens of milliseconds or more to import, and none is needed to show a
# screen: numpy, sqlite-utils (with dateutil and pluggy), the spreadsheet writer, the signing
# library, the sound modules (the output stream opens after the first
# paint), the loudness measurement and the office's report writer.
NOT_BEFORE_FIRST_PAINT = (
    "numpy",
    "sqlite_utils",
    "dateutil",
    "openpyxl",
    "apscheduler",
    "scipy",
    "av",
    "cryptography",
    "PySide6.QtMultimedia",
    "commune_radio.audio.loudness",
    "commune_radio.audio.prepare",
    "commune_radio.exchange.xlsx",
    "commune_radio.playout.player",
    # the office's database layer and the command modules that need it (the window's path
    # reads only the global options of the command line)
    "sqlalchemy",
    "psycopg",
    "commune_radio.services.office_service",
    "commune_radio.cli.office",
    "commune_radio.cli.stream",
)

START = """
import sys
import commune_radio.ui.app_main as app_main

# the real entry point (the `commune-radio` command, as the bundle's launcher runs it), stopped
# at the window's first paint
real_after_first_paint = app_main.after_first_paint
real_show_start_window = app_main.show_start_window
start_geometry = []

def show_start_window(*args, **kwargs):
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        seen = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.seen.append(watched.objectName())
            return False

    before = set(sys.modules)
    app = app_main.make_application(lang="vi", light=True)
    paints = Paints()
    app.installEventFilter(paints)
    start = real_show_start_window(*args, **kwargs)
    app.removeEventFilter(paints)
    print("START_MODULES", " ".join(sorted(before)), flush=True)
    print("START_PAINTED", ",".join(Paints.seen) or "-", flush=True)
    start_geometry.append(start.geometry().getRect())
    return start

def after_first_paint(window, callback, fallback_ms=1000):
    def painted():
        from PySide6.QtWidgets import QApplication

        print("PAINTED", window.stack.currentIndex(), flush=True)
        print("MODULES", " ".join(sorted(sys.modules)), flush=True)
        shown = [w.objectName() or type(w).__name__
                 for w in QApplication.topLevelWidgets() if w.isVisible()]
        print("VISIBLE", ",".join(shown), flush=True)
        print("SAME_PLACE", start_geometry == [window.geometry().getRect()], flush=True)
        window.close()
    return real_after_first_paint(window, painted, fallback_ms=30_000)

app_main.after_first_paint = after_first_paint
app_main.show_start_window = show_start_window
from commune_radio.main import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "vi"]))
"""


def _start(data: Path, lines: dict | None = None) -> tuple[int, set[str], str]:
    """(page shown, modules loaded at the first paint, -X importtime report) of a window;
    every line the start printed goes into ``lines``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", START, str(data)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    printed = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    if lines is not None:
        lines.update(printed)
    return int(printed["PAINTED"]), set(printed["MODULES"].split()), done.stderr


def _culprits(loaded: set[str], report: str) -> list[str]:
    heavy = [m for m in NOT_BEFORE_FIRST_PAINT if m in loaded]
    # the import tree lines of the heavy modules and what imported them, for the failure text
    return heavy + [line for line in report.splitlines()
                    if any(line.rstrip().endswith(" " + m) for m in heavy)
                    or "commune_radio" in line]


@pytest.fixture(scope="module")
def demo_station(tmp_path_factory) -> Path:
    """A station with the demo segments and programme (it opens on the on-air screen)."""
    data = tmp_path_factory.mktemp("demo")
    ctx = AppContext.open(data)
    try:
        ensure_demo_station(ctx)
    finally:
        ctx.close()
    return data


def test_the_on_air_window_paints_before_any_heavy_import(demo_station):
    page, loaded, report = _start(demo_station)
    assert page == 0  # on air: the screen of a station with programmes
    assert "commune_radio.ui.playout.screen" in loaded  # the page shown is really built
    assert not [m for m in NOT_BEFORE_FIRST_PAINT if m in loaded], _culprits(loaded, report)
    # screens not shown are not even imported (the log screen's words are the on-air screen's)
    for other in ("commune_radio.ui.schedule.screen", "commune_radio.ui.library.screen",
                  "commune_radio.ui.programmes.screen", "commune_radio.ui.office.screen",
                  "commune_radio.ui.send_report.dialog"):
        assert other not in loaded


def test_a_new_station_opens_on_its_library_as_lean(tmp_path):
    ctx = AppContext.open(tmp_path)
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    ctx.close()
    page, loaded, report = _start(tmp_path)
    assert page == 1  # the library, where a new station's work starts
    assert "commune_radio.ui.library.screen" in loaded
    assert not [m for m in NOT_BEFORE_FIRST_PAINT if m in loaded], _culprits(loaded, report)


RUN_GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from commune_radio.app import AppContext
from commune_radio.ui.app_main import run_gui
from commune_radio.ui.main_window import MainWindow

def poll():
    app = QApplication.instance()
    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow) and window._station_player is not None:
            print("ON AIR PLAYER", type(window._station_player).__name__, flush=True)
            window.close()
            return
    QTimer.singleShot(50, poll)

QTimer.singleShot(0, poll)
sys.exit(run_gui(AppContext.open(sys.argv[1]), "vi"))
"""


def test_the_window_still_starts_its_scheduler_after_the_first_paint(demo_station):
    # the station runner (which airs the schedule through the window's player) is started
    # just after the first paint rather than before it: it must still start by itself
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "COMMUNE_RADIO_ALLOW_NO_DEVICE": "1"}
    done = subprocess.run([sys.executable, "-c", RUN_GUI, str(demo_station)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ON AIR PLAYER StationPlayer" in done.stdout


def test_a_window_is_on_screen_before_the_program_loads_its_data(demo_station):
    """The start window paints when only Qt and the entry point are loaded; the main window
    then takes its place (same geometry) and it is gone."""
    lines: dict = {}
    _start(demo_station, lines)
    before = set(lines["START_MODULES"].split())
    assert "PySide6.QtWidgets" in before
    too_early = [m for m in before if m.startswith((
        "commune_radio.app", "commune_radio.services", "commune_radio.storage",
        "commune_radio.scheduling", "commune_radio.ui.main_window", "commune_radio.cli.station",
        "sqlite3", "cryptography", "numpy"))]
    assert not too_early
    assert "startWindow" in lines["START_PAINTED"].split(",")  # painted when it returned
    shown = lines["VISIBLE"].split(",")
    assert "mainWindow" in shown and "startWindow" not in shown
    assert lines["SAME_PLACE"] == "True"
