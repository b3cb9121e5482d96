"""Cài đặt: output, air monitor, pre-roll, dead-air time, catch-up window and language are
stored where the station program reads them; Cancel changes nothing."""

from __future__ import annotations

import pytest

from commune_radio.core import settings as S
from commune_radio.scheduling.runner import preroll_seconds
from commune_radio.services.reconcile_service import ReconcileService
from commune_radio.storage.station_repo import get_setting
from commune_radio.ui import i18n
from commune_radio.ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    i18n.install("vi")


def test_defaults_shown_in_vietnamese(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cài đặt"
    assert dialog.output_combo.itemText(0) == "Đầu ra mặc định của máy tính"
    assert dialog.monitor_combo.itemText(0) == "Không có đường kiểm tra"
    assert dialog.preroll_spin.value() == 3.0
    assert dialog.dead_air_spin.value() == 20
    assert dialog.catch_up_spin.value() == 30
    assert dialog.language_combo.currentData() == "vi"
    assert dialog.catch_up_spin.suffix() == " phút"


def test_save_stores_every_value_where_the_program_reads_it(qtbot, ctx):
    chosen = []
    dialog = SettingsDialog(ctx, set_output=chosen.append)
    qtbot.addWidget(dialog)
    dialog.output_combo.addItem("Loa truyền thanh (USB Audio)", "usb-1")
    dialog.output_combo.setCurrentIndex(dialog.output_combo.findData("usb-1"))
    dialog.monitor_combo.addItem("Line-in", "Line-in")
    dialog.monitor_combo.setCurrentIndex(dialog.monitor_combo.findData("Line-in"))
    dialog.preroll_spin.setValue(5.5)
    dialog.dead_air_spin.setValue(45)
    dialog.catch_up_spin.setValue(0)  # never air late
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.buttons.accepted.emit()
    assert chosen == ["usb-1"]  # the window's player switches (and remembers) the output
    assert ctx.output.monitor() == "Line-in"
    assert preroll_seconds(ctx) == 5.5  # the slot clock's own reading of the setting
    assert ctx.output.preroll_s() == 5.5
    assert ctx.output.dead_air_s() == 45.0
    assert ReconcileService(ctx.db, ctx.schedule).catch_up_minutes() == 0.0
    assert get_setting(ctx.db, "language") == "en"
    assert dialog.catch_up_spin.text() == "tắt (không phát bù)"

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.monitor_combo.currentData() == "Line-in"
    assert again.preroll_spin.value() == 5.5
    assert again.language_combo.currentData() == "en"


def test_cancel_changes_nothing(qtbot, ctx):
    dialog = SettingsDialog(ctx, set_output=lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.dead_air_spin.setValue(99)
    dialog.buttons.rejected.emit()
    assert ctx.output.dead_air_s() == 20.0
    assert get_setting(ctx.db, "dead_air_seconds") is None


def test_the_window_menu_opens_it(make_window):
    window = make_window()
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_loudness_target_is_the_stations_and_a_refused_value_writes_nothing(qtbot, ctx):
    ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")
    dialog = SettingsDialog(ctx, set_output=lambda _d: None)
    qtbot.addWidget(dialog)
    assert dialog.target_spin.value() == -16.0
    assert not dialog.form.isRowVisible(dialog.office_edit)  # a station has no office name
    dialog.target_spin.setValue(-18.0)
    dialog.dead_air_spin.setValue(30)
    changed = []
    dialog.signals.changed.connect(changed.append)
    dialog.buttons.accepted.emit()
    assert ctx.station.get().target_lufs == -18.0
    assert ctx.output.dead_air_s() == 30.0
    assert changed and changed[0].station and changed[0].settings  # views refresh from it

    again = SettingsDialog(ctx, set_output=lambda _d: None)
    qtbot.addWidget(again)
    again.show()
    again.dead_air_spin.setValue(99)
    again.language_combo.addItem("??", "xx")  # a value the typed setting refuses
    again.language_combo.setCurrentIndex(again.language_combo.findData("xx"))
    again.buttons.accepted.emit()
    assert again.isVisible() and again.error_label.isVisible()
    assert "xx" in again.error_label.text()
    assert ctx.output.dead_air_s() == 30.0  # checked before anything was written


def test_an_office_edits_its_name_and_language_only(qtbot, ctx):
    ctx.settings.set(S.ROLE, "office")
    ctx.office.save_settings(name="Phòng Văn hóa huyện Bát Xát")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.office_edit.text() == "Phòng Văn hóa huyện Bát Xát"
    assert dialog.form.isRowVisible(dialog.office_edit)
    assert not dialog.form.isRowVisible(dialog.output_combo)
    assert not dialog.form.isRowVisible(dialog.target_spin)  # no station, no target
    dialog.office_edit.setText("Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai")
    dialog.buttons.accepted.emit()
    assert ctx.office.settings().name == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai"
