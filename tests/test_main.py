"""The `commune-radio` program: the window without a command, the command line with one; the
command line alone never opens a window."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from commune_radio.app import AppContext
from commune_radio.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent

OPEN_AND_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from commune_radio.main import main
from commune_radio.ui.main_window import MainWindow

def look_and_close():
    # the start window comes first; look once the main window has taken its place
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, look_and_close)
        return
    print(*(w.nav.item(0).text() for w in windows), sep="|")
    for window in windows:
        window.close()  # the last window closing ends the event loop

QTimer.singleShot(0, look_and_close)
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(("args", "first_page"), [((), "Phát sóng"),
                                                  (("--lang", "en"), "On air")])
def test_the_program_opens_the_window_without_a_command(tmp_path, args, first_page):
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")  # set up: no first-run wizard
    ctx.close()
    env = {k: v for k, v in os.environ.items() if k != "COMMUNE_RADIO_LANG"}
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_CLOSE, "--data-dir", str(data), *args],
        env={**env, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, capture_output=True, text=True,
        encoding="utf-8", timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == first_page


def test_the_command_line_alone_asks_for_a_command(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("COMMUNE_RADIO_LANG", raising=False)
    assert cli_main(["--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: commune-radio") and "Cần một lệnh" in err
    assert not (tmp_path / "commune_radio.sqlite3").exists()  # nothing was opened
