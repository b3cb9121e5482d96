"""Cài đặt (Settings): the few station settings an operator may need to change by hand.

Output device, air-monitor input, pre-roll, dead-air alarm time, catch-up window and the
window's language; each is stored where the program already reads it (the station's settings
table through ``OutputSettings`` and ``ReconcileService``). The output switches at once, the
pre-roll and the catch-up window are re-read by the station program; the on-air player reads the
air monitor and the dead-air time when it starts, and the language is read at the next start
(``--lang`` on the command line still wins).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_radio.app import AppContext
from commune_radio.services.reconcile_service import ReconcileService
from commune_radio.storage.station_repo import get_setting, set_setting

LANGUAGE_KEY = "language"  # the same key the first-run wizard writes and the CLI reads


class SettingsDialog(QDialog):
    """Edits the station settings; Save writes them all, Cancel changes nothing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 set_output: Callable[[str | None], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # the window's on-air player switches outputs itself (and remembers the choice)
        self._set_output = set_output or (lambda device: ctx.output.set_device(device))
        self.reconcile = ReconcileService(ctx.db, ctx.schedule)
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
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("settingsLanguage")
        self.language_combo.addItem("Tiếng Việt", "vi")
        self.language_combo.addItem("English", "en")

        form = QFormLayout()
        form.addRow(self.tr("Sound output:"), self.output_combo)
        form.addRow(self.tr("Air monitor input:"), self.monitor_combo)
        form.addRow(self.tr("Pre-roll before a slot:"), self.preroll_spin)
        form.addRow(self.tr("Dead-air alarm after:"), self.dead_air_spin)
        form.addRow(self.tr("Air a missed slot late, within:"), self.catch_up_spin)
        form.addRow(self.tr("Language:"), self.language_combo)
        hint = QLabel(self.tr("The air monitor is an input wired to what the transmitter sends; "
                              "with it the program hears dead air. The output and the pre-roll "
                              "apply at once; the air monitor, the dead-air time and the "
                              "language at the next start of the program."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        """Show the stored values (and the devices this computer has now)."""
        from commune_radio.playout.devices import input_devices, output_devices

        output = self.ctx.output
        self.output_combo.clear()
        self.output_combo.addItem(self.tr("The computer's default output"), None)
        for device in output_devices():
            self.output_combo.addItem(device.description, device.id)
        remembered = output.device_id()
        if remembered and self.output_combo.findData(remembered) < 0:
            self.output_combo.addItem(self.tr("%1 (not connected)").replace(
                "%1", output.device_name() or remembered), remembered)
        self.output_combo.setCurrentIndex(max(0, self.output_combo.findData(remembered)))

        self.monitor_combo.clear()
        self.monitor_combo.addItem(self.tr("No air monitor"), None)
        for device in input_devices():
            self.monitor_combo.addItem(device.description, device.description)
        monitor = output.monitor()
        if monitor and self.monitor_combo.findData(monitor) < 0:
            self.monitor_combo.addItem(
                self.tr("%1 (not connected)").replace("%1", monitor), monitor)
        self.monitor_combo.setCurrentIndex(max(0, self.monitor_combo.findData(monitor)))

        self.preroll_spin.setValue(output.preroll_s())
        self.dead_air_spin.setValue(round(output.dead_air_s()))
        self.catch_up_spin.setValue(round(self.reconcile.catch_up_minutes()))
        language = get_setting(self.ctx.db, LANGUAGE_KEY, "vi") or "vi"
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def save(self) -> None:
        """Store every value, then close."""
        output = self.ctx.output
        device = self.output_combo.currentData()
        if device != output.device_id():
            self._set_output(device)
        output.set_monitor(self.monitor_combo.currentData())
        output.set_preroll_s(self.preroll_spin.value())
        output.set_dead_air_s(self.dead_air_spin.value())
        self.reconcile.set_catch_up_minutes(self.catch_up_spin.value())
        set_setting(self.ctx.db, LANGUAGE_KEY, self.language_combo.currentData())
        self.accept()
