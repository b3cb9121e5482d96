"""The main window: Vietnamese by default, English on request, every page a real screen."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from commune_radio.ui.app_main import VIETNAMESE_FONTS
from commune_radio.ui.main_window import (
    PAGE_LIBRARY,
    PAGE_LOG,
    PAGE_OFFICE,
    PAGE_PLAYOUT,
    PAGE_PROGRAMMES,
    PAGE_SCHEDULE,
)

ROOT = Path(__file__).resolve().parents[2]


def nav_labels(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_vietnamese_by_default(make_window):
    window = make_window()
    assert nav_labels(window) == [
        "Phát sóng", "Thư viện", "Chương trình", "Lịch phát", "Nhật ký phát",
        "Báo cáo văn phòng",
    ]
    assert window.stack.currentIndex() == PAGE_LIBRARY  # nothing to air yet: start the library
    screen = window.library_screen
    assert screen.import_files_button.text() == "Nhập tệp…"
    assert screen.search_edit.placeholderText() == "Tìm theo tên mục hoặc tên tệp…"
    assert screen.topic_filter.itemText(0) == "Tất cả chủ đề"
    assert screen.topic_filter.itemText(2) == "Mục tiêu, lợi ích của chuyển đổi số"
    assert screen.language_filter.itemText(1) == "Tiếng Việt"
    assert screen.play_button.text() == "▶ Nghe thử"
    assert window.station_label.text().startswith("Chưa thiết lập đài")
    assert screen.body.currentWidget() is screen.empty_label
    assert screen.empty_label.text().startswith("Thư viện đang trống.")
    assert screen.count_label.text() == "0 mục"


def test_english_with_lang_en(make_window):
    window = make_window("en")
    assert nav_labels(window)[1:] == [
        "Library", "Programmes", "Schedule", "Broadcast log", "Office report",
    ]
    screen = window.library_screen
    assert screen.import_files_button.text() == "Import files…"
    assert screen.topic_filter.itemText(2) == "Goals and benefits of digital transformation"
    assert screen.count_label.text() == "0 items"
    assert window.station_label.text().startswith("Station not set up")


def test_station_code_and_name_in_the_status_bar(make_window, ctx):
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    window = make_window()
    assert window.station_label.text() == "Đài 02785 – Đài truyền thanh xã Bản Phiệt"
    assert "Bản Phiệt" in window.windowTitle()


def test_station_change_signal_refreshes_the_status_bar(make_window, ctx):
    window = make_window()
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    window.signals.emit_changed(station=True)
    assert window.station_label.text().startswith("Đài 02785")


def test_every_page_is_a_real_screen(make_window):
    window = make_window()
    names = {}
    for page in (PAGE_PLAYOUT, PAGE_LIBRARY, PAGE_PROGRAMMES, PAGE_SCHEDULE, PAGE_LOG,
                 PAGE_OFFICE):
        window.show_page(page)
        names[page] = type(window.stack.currentWidget()).__name__
    assert "PlaceholderPage" not in names.values()
    assert len(set(names.values())) == 6


RUN_GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from commune_radio.app import AppContext
from commune_radio.ui.app_main import run_gui
from commune_radio.ui.main_window import MainWindow

def look_and_close():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    print(app.applicationName(), app.font().family(), sep="|")
    print(*(w.nav.item(0).text() for w in windows), sep="|")
    for window in windows:
        window.close()  # the last window closing ends the event loop

ctx = AppContext.open(sys.argv[1])
ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")  # set up: no first-run wizard
QTimer.singleShot(0, look_and_close)
sys.exit(run_gui(ctx, sys.argv[2]))
"""


@pytest.mark.parametrize(("lang", "first_page"), [("vi", "Phát sóng"), ("en", "On air")])
def test_run_gui_opens_the_window_and_returns_its_exit_code(tmp_path, lang, first_page):
    # its own process: QApplication.exec() must not run inside the test session's application
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", RUN_GUI, str(tmp_path / "data"), lang], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    name_font, pages = done.stdout.splitlines()
    app_name, font = name_font.split("|")
    assert app_name == "Commune Radio"
    assert font in VIETNAMESE_FONTS
    assert pages == first_page
