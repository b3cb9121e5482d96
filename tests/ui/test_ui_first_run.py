"""The first-run wizard driven as a person would: station and office paths, search, defaults."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard

from commune_radio.services import autostart, seeding
from commune_radio.services.programme_service import station_today
from commune_radio.storage import keys
from commune_radio.storage.station_repo import get_setting, set_setting
from commune_radio.ui.first_run import FirstRunWizard, needs_first_run
from commune_radio.ui.first_run.ids import (
    PAGE_COMMUNE,
    PAGE_FINISH,
    PAGE_OFFICE,
    PAGE_OUTPUT,
    PAGE_ROLE,
)
from commune_radio.ui.first_run.setup import default_station_name
from commune_radio.ui.first_run.tone import write_tone

ROOT = Path(__file__).resolve().parents[2]
SETUP_TIMEOUT = 30_000


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    """XDG autostart entries go under the test's folder, never the real ~/.config."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def make_wizard(qtbot, ctx):
    def make(lang: str = "vi") -> FirstRunWizard:
        wizard = FirstRunWizard(ctx, lang)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_wizard_button(qtbot, wizard, which) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    click(qtbot, button)


def type_text(widget, text: str) -> None:
    """Type like a keyboard would, Vietnamese letters too (QTest's key clicks are ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def shown_communes(page) -> list[str]:
    out = []
    for row in range(page.list.count()):
        item = page.list.item(row)
        if not item.isHidden() and item.data(Qt.ItemDataRole.UserRole) is not None:
            out.append(item.text())
    return out


def click_commune(qtbot, page, text: str) -> None:
    item = next(page.list.item(r) for r in range(page.list.count())
                if page.list.item(r).text() == text)
    page.list.scrollToItem(item)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_fresh_data_directory_needs_the_wizard_a_set_up_one_does_not(ctx):
    assert needs_first_run(ctx)
    set_setting(ctx.db, "role", "office")
    assert not needs_first_run(ctx)


def test_the_demo_station_never_gets_the_wizard(ctx, monkeypatch, audio_dir, make_tone):
    from commune_radio.services.demo import ensure_demo_station

    # short tones stand in for the demo's audio, which would take seconds to level
    real_import = ctx.library.import_file
    tones = iter(range(1, 100))

    def quick_import(path, options, **kwargs):
        n = next(tones)
        return real_import(make_tone(audio_dir / f"demo-{n}.wav", 1.0, 300.0 + 50 * n), options)

    monkeypatch.setattr(ctx.library, "import_file", quick_import)
    ensure_demo_station(ctx)
    assert not needs_first_run(ctx)


def test_station_set_up_from_start_to_finish(make_wizard, ctx, seeded, config_home, qtbot):
    wizard = make_wizard()
    assert wizard.windowTitle() == "Commune Radio – thiết lập lần đầu"
    assert wizard.currentId() == PAGE_ROLE
    role = wizard.role_page
    assert role.station_button.title_label.text() == "Đài truyền thanh xã"
    assert role.office_button.title_label.text() == "Cơ quan tiếp nhận báo cáo"
    assert role.station_button.isChecked()  # the common case is the default
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Tiếp tục"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Thoát"
    click(qtbot, role.station_button)
    click_wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_COMMUNE
    page = wizard.commune_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing picked yet
    qtbot.keyClicks(page.search_edit, "ban phiet")  # no diacritics needed
    assert shown_communes(page) == ["Xã Bản Phiệt · mã 02911 · Huyện Bảo Thắng cũ"]
    click_commune(qtbot, page, "Xã Bản Phiệt · mã 02911 · Huyện Bảo Thắng cũ")
    assert page.code_label.text() == "02911"
    assert page.name_edit.text() == "Đài truyền thanh xã Bản Phiệt"
    click_wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_OUTPUT
    out = wizard.output_page
    assert out.test_button.text() == "▶ Phát thử"
    if out.devices_found == 0:  # this machine has no sound card: say so and let them go on
        assert out.status_label.text().startswith("Không tìm thấy đầu ra âm thanh")
        assert not out.test_button.isEnabled()
    assert out.device_id() is None  # the computer's default output
    click_wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PAGE_FINISH
    finish = wizard.finish_page
    assert finish.summary_label.text() == "Đài: Đài truyền thanh xã Bản Phiệt (mã 02911)"
    assert finish.template_check.text() == "Dùng lịch mẫu: Thứ Hai 06:00, phát lại Thứ Năm 17:00"
    assert finish.template_check.isChecked()
    assert finish.autostart_check.text() == "Khởi động cùng máy tính"
    assert finish.autostart_check.isChecked()
    assert "đã có trong thư viện" in finish.template_note.text()
    with qtbot.waitSignal(wizard.accepted, timeout=SETUP_TIMEOUT):
        click_wizard_button(qtbot, wizard, QWizard.WizardButton.FinishButton)

    station = ctx.station.get()
    assert (station.code, station.name) == ("02911", "Đài truyền thanh xã Bản Phiệt")
    assert keys.key_path(ctx.data_dir).is_file()
    assert station.public_key == keys.public_key_b64(keys.load_key(ctx.data_dir))
    assert get_setting(ctx.db, "role") == "station"
    assert get_setting(ctx.db, "language") == "vi"
    programme = ctx.programmes.find(seeding.DX_PROGRAMME)
    today = station_today(station.timezone)
    valid_dx = sorted(s.id for s in seeded if s.topic and s.is_valid_on(today))
    assert valid_dx and [s.id for s in programme.segments] == valid_dx
    slots = sorted((sorted(s.days), s.at.isoformat()) for s in ctx.schedule.list())
    assert slots == [([0], "06:00:00"), ([3], "17:00:00")]
    entry = config_home / "autostart" / "commune-radio.desktop"
    assert entry.is_file() and autostart.is_enabled()
    assert f"--data-dir {ctx.data_dir}" in entry.read_text(encoding="utf-8")
    assert not needs_first_run(ctx)
    assert wizard.setup_result.slots_added == 2


def test_office_path_stores_the_office_and_makes_no_station(make_wizard, ctx, config_home,
                                                          qtbot):
    wizard = make_wizard()
    click(qtbot, wizard.role_page.office_button)
    assert wizard.role_page.role() == "office"
    click_wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_OFFICE
    page = wizard.office_page
    assert page.name_edit.text() == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai"
    assert page.level_combo.currentText() == "Tỉnh"
    page.name_edit.clear()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    type_text(page.name_edit, "Phòng Văn hóa - Thông tin huyện Bảo Thắng")
    page.level_combo.setCurrentIndex(page.level_combo.findData("district"))
    with qtbot.waitSignal(wizard.accepted, timeout=SETUP_TIMEOUT):
        click_wizard_button(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert get_setting(ctx.db, "role") == "office"
    settings = ctx.office.settings()
    assert (settings.name, settings.level) == ("Phòng Văn hóa - Thông tin huyện Bảo Thắng",
                                               "district")
    assert ctx.office.expected() == []  # a district's communes are not the province's list
    assert ctx.station.get() is None
    assert not (config_home / "autostart").exists()
    assert not needs_first_run(ctx)


def test_search_by_code_or_former_district_and_a_typed_name_is_kept(make_wizard, qtbot):
    wizard = make_wizard()
    wizard.next()
    page = wizard.commune_page
    qtbot.keyClicks(page.search_edit, "04465")
    assert shown_communes(page) == ["Xã Khao Mang · mã 04465 · Huyện Mù Căng Chải cũ"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "bao thang")
    shown = shown_communes(page)
    assert len(shown) > 5 and all("Huyện Bảo Thắng" in line for line in shown)
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "khong co xa nay")
    assert shown_communes(page) == [] and page.no_match_label.isVisibleTo(page)

    # the current list comes first, the older units after their own heading
    page.search_edit.clear()
    assert page.list.item(0).text() == "Xã, phường từ 1/7/2025"
    assert page.choices[0].current and not page.choices[-1].current

    assert page.select_code("04465")
    page.name_edit.selectAll()
    type_text(page.name_edit, "Đài Khao Mang")
    assert page.select_code("02911")
    assert page.name_edit.text() == "Đài Khao Mang"  # the person's own words stay
    assert page.code_label.text() == "02911"


def test_default_station_name_lowers_the_kind_of_unit():
    assert default_station_name("Xã Bản Phiệt") == "Đài truyền thanh xã Bản Phiệt"
    assert default_station_name("Phường Cốc Lếu") == "Đài truyền thanh phường Cốc Lếu"


def test_quitting_is_refused_while_the_set_up_runs(make_wizard):
    wizard = make_wizard()
    wizard.task = object()  # as if "Finish" had started the job
    wizard.reject()
    assert wizard.isVisible()
    wizard.task = None
    wizard.reject()
    assert not wizard.isVisible()


def test_the_test_tone_is_one_second_of_1_khz(tmp_path):
    path = write_tone(tmp_path / "tone.wav")
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 48_000)
        assert w.getnframes() == 48_000
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float)
    spectrum = np.abs(np.fft.rfft(samples))
    assert abs(np.argmax(spectrum) * 48_000 / len(samples) - 1000) < 2
    assert 0.4 < np.max(np.abs(samples)) / 32767 < 0.6


RUN_GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from commune_radio.app import AppContext
from commune_radio.ui.app_main import run_gui
from commune_radio.ui.first_run import FirstRunWizard
from commune_radio.ui.main_window import MainWindow

def look():
    app = QApplication.instance()
    shown = [type(w).__name__ for w in app.topLevelWidgets()
             if isinstance(w, (FirstRunWizard, MainWindow)) and w.isVisible()]
    print(*shown, sep="|")
    for w in app.topLevelWidgets():
        if isinstance(w, FirstRunWizard):
            w.reject()  # "Quit"
        elif isinstance(w, MainWindow):
            w.close()

ctx = AppContext.open(sys.argv[1])
if sys.argv[2] == "station":
    ctx.station.init("02911", "Đài truyền thanh xã Bản Phiệt")
QTimer.singleShot(0, look)
code = run_gui(ctx, "vi")
print(code, ctx.station.get() is not None, sep="|")
"""


@pytest.mark.parametrize(("data", "shown"), [("new", "FirstRunWizard"),
                                             ("station", "MainWindow")])
def test_run_gui_shows_the_wizard_only_for_a_new_data_directory(tmp_path, data, shown):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", RUN_GUI, str(tmp_path / "data"), data], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen, result = done.stdout.splitlines()
    assert seen == shown
    # quitting the wizard saves nothing and ends the program
    assert result == ("0|False" if data == "new" else "0|True")
