"""Cài đặt (Settings): the few settings an operator may need to change by hand.

A station: the output device, the air-monitor input, the pre-roll, the dead-air alarm time, the
catch-up window, the loudness target new items are levelled to, and the window's language. A
receiving office: its name (the report's heading) and the language. The values are read and
saved by ``services/station_settings.py`` (all checked before any is written) through the
operation helper, so the views that show them refresh. The output switches at once through the
window's player; the pre-roll and the catch-up window are re-read by the station program; the
air monitor and the dead-air time are read when the player starts, and the language at the next
start (``--lang`` on the command line still wins).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_radio.app import AppContext
from commune_radio.core.limits import MAX_SHORT_TEXT
from commune_radio.services.station_settings import (
    MAX_TARGET_LUFS,
    MIN_TARGET_LUFS,
    StationSettings,
    StationSettingsService,
)
from commune_radio.ui import i18n
from commune_radio.ui.operations import error_message, run_now
from commune_radio.ui.signals import AppSignals


class SettingsDialog(QDialog):
    """Edits the settings; Save writes them all (or, when one is refused, none), Cancel
    changes nothing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 set_output: Callable[[str | None], None] | None = None,
                 signals: AppSignals | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signals = signals or AppSignals(self)
        self.lang = lang or i18n.current_language()
        # the window's on-air player switches outputs itself (and remembers the choice)
        self._set_output = set_output or (lambda device: ctx.output.set_device(device))
        self.service = StationSettingsService(ctx.settings, ctx.station, lambda: ctx.office)
        self.values: StationSettings | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        self.output_combo = QComboBox(self)
        self.output_combo.setObjectName("settingsOutput")
        self.output_combo.setMinimumContentsLength(24)
        self.monitor_combo = QComboBox(self)
        self.monitor_combo.setObjectName("settingsMonitor")
        self.monitor_combo.setMinimumContentsLength(24)
        self.preroll_spin = QDoubleSpinBox(self)
        self.preroll_spin.setObjectName("settingsPreroll")
        self.preroll_spin.setRange(0.0, 30.0)
        self.preroll_spin.setDecimals(1)
        self.preroll_spin.setSuffix(self.tr(" s"))
        self.dead_air_spin = QSpinBox(self)
        self.dead_air_spin.setObjectName("settingsDeadAir")
        self.dead_air_spin.setRange(1, 600)
        self.dead_air_spin.setSuffix(self.tr(" s"))
        self.catch_up_spin = QSpinBox(self)
        self.catch_up_spin.setObjectName("settingsCatchUp")
        self.catch_up_spin.setRange(0, 24 * 60)
        self.catch_up_spin.setSuffix(self.tr(" min"))
        self.catch_up_spin.setSpecialValueText(self.tr("off (never air late)"))
        self.target_spin = QDoubleSpinBox(self)
        self.target_spin.setObjectName("settingsTarget")
        self.target_spin.setRange(MIN_TARGET_LUFS, MAX_TARGET_LUFS)
        self.target_spin.setDecimals(1)
        self.target_spin.setSingleStep(0.5)
        self.target_spin.setSuffix(" LUFS")
        self.target_spin.setToolTip(self.tr("Items imported from now on are levelled to this "
                                            "loudness; items already in the library keep "
                                            "theirs."))
        self.office_edit = QLineEdit(self)
        self.office_edit.setObjectName("settingsOfficeName")
        self.office_edit.setMaxLength(MAX_SHORT_TEXT)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("settingsLanguage")
        self.language_combo.addItem("Tiếng Việt", "vi")
        self.language_combo.addItem("English", "en")

        self.form = QFormLayout()
        self.form.addRow(self.tr("Sound output:"), self.output_combo)
        self.form.addRow(self.tr("Air monitor input:"), self.monitor_combo)
        self.form.addRow(self.tr("Pre-roll before a slot:"), self.preroll_spin)
        self.form.addRow(self.tr("Dead-air alarm after:"), self.dead_air_spin)
        self.form.addRow(self.tr("Air a missed slot late, within:"), self.catch_up_spin)
        self.form.addRow(self.tr("Loudness target:"), self.target_spin)
        self.form.addRow(self.tr("Office name:"), self.office_edit)
        self.form.addRow(self.tr("Language:"), self.language_combo)
        self.hint = QLabel(self.tr(
            "The air monitor is an input wired to what the transmitter sends; with it the "
            "program hears dead air. The output and the pre-roll apply at once; the air "
            "monitor, the dead-air time and the language at the next start of the program."),
            self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        """Show the stored values (and the devices this computer has now)."""
        try:
            values = self.values = self.service.load()
        except Exception as exc:  # noqa: BLE001 - a bug goes the crash path in error_message
            self._show_error(error_message(exc, self.lang))
            return
        office = self.service.is_office()
        for widget in (self.output_combo, self.monitor_combo, self.preroll_spin,
                       self.dead_air_spin, self.catch_up_spin):
            self.form.setRowVisible(widget, not office)
        self.form.setRowVisible(self.target_spin, values.target_lufs is not None)
        self.form.setRowVisible(self.office_edit, values.office_name is not None)
        self.hint.setVisible(not office)
        if not office:
            self._fill_devices(values)
        self.preroll_spin.setValue(values.preroll_s)
        self.dead_air_spin.setValue(round(values.dead_air_s))
        self.catch_up_spin.setValue(round(values.catch_up_minutes))
        if values.target_lufs is not None:
            self.target_spin.setValue(values.target_lufs)
        self.office_edit.setText(values.office_name or "")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(values.language)))

    def _fill_devices(self, values: StationSettings) -> None:
        from commune_radio.playout.devices import input_devices, output_devices

        self.output_combo.clear()
        self.output_combo.addItem(self.tr("The computer's default output"), None)
        for device in output_devices():
            self.output_combo.addItem(device.description, device.id)
        remembered = values.output_device
        if remembered and self.output_combo.findData(remembered) < 0:
            self.output_combo.addItem(self.tr("%1 (not connected)").replace(
                "%1", self.ctx.output.device_name() or remembered), remembered)
        self.output_combo.setCurrentIndex(max(0, self.output_combo.findData(remembered)))

        self.monitor_combo.clear()
        self.monitor_combo.addItem(self.tr("No air monitor"), None)
        for device in input_devices():
            self.monitor_combo.addItem(device.description, device.description)
        monitor = values.monitor
        if monitor and self.monitor_combo.findData(monitor) < 0:
            self.monitor_combo.addItem(
                self.tr("%1 (not connected)").replace("%1", monitor), monitor)
        self.monitor_combo.setCurrentIndex(max(0, self.monitor_combo.findData(monitor)))

    def chosen(self) -> StationSettings | None:
        """The values as the dialog shows them now."""
        if self.values is None:
            return None
        office = self.service.is_office()
        return replace(
            self.values,
            output_device=self.values.output_device if office
            else self.output_combo.currentData(),
            monitor=self.values.monitor if office else self.monitor_combo.currentData(),
            preroll_s=self.preroll_spin.value(), dead_air_s=float(self.dead_air_spin.value()),
            catch_up_minutes=float(self.catch_up_spin.value()),
            language=self.language_combo.currentData(),
            target_lufs=self.target_spin.value() if self.values.target_lufs is not None
            else None,
            office_name=self.office_edit.text() if self.values.office_name is not None
            else None)

    def save(self) -> None:
        """Store every value and close; when one is refused say why, store none, stay open."""
        values = self.chosen()
        if values is None:
            return
        outcome = run_now(self.signals, self.lang, self.service.save, values)
        if not outcome.ok:
            self._show_error(outcome.error)
            return
        if values.output_device != self.ctx.output.device_id():
            self._set_output(values.output_device)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
