"""The window's menus (File: Settings, Quit; Help: the guide) and the on-air keys: F5 plays
now, Esc asks before stopping, Ctrl+E opens the emergency bulletin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from commune_radio.core.broadcasts import Status
from commune_radio.services.library_service import ImportOptions
from commune_radio.storage.station_repo import set_setting
from commune_radio.ui.main_window import PAGE_LIBRARY, PAGE_OFFICE, PAGE_PLAYOUT

TIMEOUT_MS = 15_000


@pytest.fixture
def programme(ctx, monkeypatch, make_tone, audio_dir):
    """A station with one short programme; playout allowed with no sound card."""
    monkeypatch.setenv("COMMUNE_RADIO_ALLOW_NO_DEVICE", "1")
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    result = ctx.library.import_file(make_tone(audio_dir / "a.wav", 2.5, 330.0),
                                     ImportOptions(title="Mục 1", topic="dx_goals"))
    assert result.ok
    return ctx.programmes.create("Chuyên mục CĐS", [result.segment.id], dx=True).value


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press on the active window, as the operator's keyboard gives it."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 2000)
    assert QApplication.activeWindow() is window
    QTest.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_menus_in_vietnamese(make_window):
    window = make_window()
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar == ["&Tệp", "&Báo cáo", "Trợ &giúp"]
    assert [a.text() for a in window.program_menu.actions() if not a.isSeparator()] == [
        "Cài đặt…", "Thoát"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert [a.text() for a in window.help_menu.actions()][0] == "Hướng dẫn sử dụng"
    assert window.guide_action.shortcut().toString() == "F1"


def test_quit_closes_the_window(make_window, qtbot):
    window = make_window()
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_f5_plays_now_and_esc_asks_before_stopping(make_window, programme, qtbot):
    window = make_window()
    window.show_page(PAGE_LIBRARY)  # the keys work from any page
    screen = window.playout_screen
    screen.programme_combo.setCurrentIndex(screen.programme_combo.findData(programme.id))
    player = window.station_player
    with qtbot.waitSignal(player.broadcast_started, timeout=TIMEOUT_MS):
        press(window, Qt.Key.Key_F5)
    assert window.stack.currentIndex() == PAGE_PLAYOUT
    assert screen.is_playing()

    press(window, Qt.Key.Key_Escape)
    dialog = screen.stop_dialog
    assert dialog is not None and dialog.isVisible()
    assert player.is_playing()  # Esc only asks
    dialog.buttons[0].setChecked(True)
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        dialog.stop_button.click()
    assert done.args[0].status == Status.PARTIAL


def test_esc_with_nothing_on_air_does_nothing(make_window, programme):
    window = make_window()
    window.show_page(PAGE_LIBRARY)
    press(window, Qt.Key.Key_Escape)
    assert window.playout_screen.stop_dialog is None
    assert window.stack.currentIndex() == PAGE_LIBRARY


def test_ctrl_e_opens_the_emergency_bulletin(make_window, programme):
    window = make_window()
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.playout_screen.emergency_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.stack.currentIndex() == PAGE_PLAYOUT
    dialog.reject()


def test_an_office_window_has_no_on_air_keys(make_window, ctx):
    set_setting(ctx.db, "role", "office")
    window = make_window()
    assert not any(s.isEnabled() for s in window.shortcuts.values())
    assert window.settings_action.isVisible()  # the office names itself there
    assert window.stack.currentIndex() == PAGE_OFFICE
    assert not window.nav.isVisible()  # one page: the report takes the whole width


def test_a_station_has_no_office_page(make_window, ctx):
    ctx.station.init(code="02785", name="Đài truyền thanh xã Bản Phiệt")
    window = make_window()
    hidden = [window.nav.item(i).isHidden() for i in range(window.nav.count())]
    assert hidden == [False, False, False, False, False, True]


def test_the_window_scrolls_rather_than_cuts_on_a_small_screen(make_window, qtbot):
    window = make_window()
    window.resize(640, 480)  # smaller than any screen the program supports
    qtbot.wait(50)
    central = window.scroll.widget()
    assert window.centralWidget() is window.scroll
    bars = (window.scroll.horizontalScrollBar(), window.scroll.verticalScrollBar())
    assert central.width() >= central.minimumSizeHint().width()
    assert any(bar.maximum() > 0 for bar in bars)
