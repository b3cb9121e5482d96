"""A second window on the same data directory names the holder and brings the first forward."""

import os
import subprocess
import sys
from pathlib import Path

from commune_radio.ui.playout.preflight_line import PreflightLine
from commune_radio.ui.single_instance import WindowServer, ask_to_raise

ROOT = Path(__file__).resolve().parents[2]

FIRST = """
import sys
from PySide6.QtCore import QTimer
from commune_radio.app import AppContext
from commune_radio.ui import app_main, single_instance

def raised(window):
    print("raised", flush=True)
    window.close()  # the last window closing ends the event loop

single_instance.bring_to_front = raised
ctx = AppContext.open(sys.argv[1])
ctx.station.init("02785", "Đài xã")
QTimer.singleShot(0, lambda: print("open", flush=True))
sys.exit(app_main.run_gui(ctx, "vi"))
"""

SECOND = """
import sys
from commune_radio.app import AppContext
from commune_radio.ui.app_main import run_gui
sys.exit(run_gui(AppContext.open(sys.argv[1]), sys.argv[2]))
"""


def test_a_second_window_exits_2_and_raises_the_first(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMMUNE_RADIO_ALLOW_NO_DEVICE": "1",
           "PYTHONPATH": str(ROOT)}
    data = str(tmp_path / "data")
    first = subprocess.Popen([sys.executable, "-c", FIRST, data], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "open", first.stderr.read()
        second = subprocess.run([sys.executable, "-c", SECOND, data, "vi"], env=env, cwd=ROOT,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 2
        assert "cửa sổ chương trình" in second.stderr
        assert f"mã tiến trình {first.pid}" in second.stderr
        assert first.stdout.readline().strip() == "raised"
        assert first.wait(30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)


def test_the_local_server_hears_a_raise_request(qtbot, tmp_path):
    server = WindowServer(tmp_path / "data")
    assert server.listen()
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=3000):
            assert ask_to_raise(tmp_path / "data")
        assert not ask_to_raise(tmp_path / "other")  # nobody listens for that directory
    finally:
        server.close()
        server.deleteLater()  # with its sockets, while the application still exists
        qtbot.wait(50)


class _Report:
    """The three colours as a pre-flight report gives them."""

    def __init__(self, colour, text):
        self._colour, self._text, self.checks = colour, text, ()

    def colour(self):
        return self._colour

    def summary(self, lang):
        return self._text


class _SpyLine(PreflightLine):
    """The line with its desktop notification recorded instead of shown."""

    def __init__(self, lang):
        super().__init__(lang)
        self.notified = []

    def notify(self, text):
        self.notified.append(text)
        return True


def test_the_preflight_line_shows_colour_and_reason_as_plain_text(qtbot):
    line = _SpyLine("vi")
    qtbot.addWidget(line)
    assert line.isHidden()
    notified = line.notified
    line.show_report(_Report("amber", "<b>7 ngày tới</b> chưa có lịch phát"))
    assert line.colour == "amber" and "<b>7 ngày tới</b>" in line.text()  # never markup
    assert not notified
    line.show_report(_Report("red", "Thiếu tệp"))
    assert "Thiếu tệp" in line.text() and notified == ["Thiếu tệp"]
