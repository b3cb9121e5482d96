"""The on-air screen's output panel: which sound output airs, the volume, and the air status.

Before anything needed the player (opening the window must not wait for the sound system) it
shows the remembered output and volume from the settings; once the player exists it lists the
computer's outputs fresh each time the chooser opens and sets the volume through the player.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSlider, QWidget

from commune_radio.core.errors import KnownError
from commune_radio.services.output_settings import OutputSettings
from commune_radio.ui.playout.air_status import AirStatus
from commune_radio.ui.playout.panels import Panel

if TYPE_CHECKING:
    from commune_radio.playout.player import StationPlayer


class DeviceCombo(QComboBox):
    """The output chooser; says when it is about to open, so the list can be read fresh."""

    about_to_open = Signal()

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.about_to_open.emit()
        super().showPopup()


class OutputPanel(Panel):
    """Output chooser, volume slider and the air status of the station player."""

    problem = Signal(object)  # a KnownError to show in the screen's banner

    def __init__(self, output: OutputSettings, ensure_player: Callable[[], StationPlayer],
                 parent: QWidget | None = None) -> None:
        super().__init__("outputPanel", parent)
        self.output = output
        self._ensure_player = ensure_player
        self.player: StationPlayer | None = None
        self.device_combo = DeviceCombo(self)
        self.device_combo.setObjectName("outputDevice")
        self.device_combo.setMinimumContentsLength(12)
        self.device_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device_combo.about_to_open.connect(self.refresh_devices)
        self.device_combo.activated.connect(self._on_device_chosen)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setObjectName("volume")
        self.volume_slider.setRange(0, 100)
        self.volume_slider.valueChanged.connect(self._on_volume)
        self.volume_slider.sliderReleased.connect(self._remember_volume)
        self.volume_label = QLabel(self)
        self.volume_label.setObjectName("volumeValue")
        self.volume_label.setMinimumWidth(44)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Output:"), self), 0, 0)
        grid.addWidget(self.device_combo, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Volume:"), self), 1, 0)
        grid.addWidget(self.volume_slider, 1, 1)
        grid.addWidget(self.volume_label, 1, 2)
        self.air_status = AirStatus(self)
        grid.addWidget(self.air_status, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def attach(self, player: StationPlayer) -> None:
        """Follow the station player: its volume, its outputs, what it hears on air."""
        self.player = player
        player.volume_changed.connect(self.show_volume)
        player.device_changed.connect(lambda _name: self.refresh_devices())
        player.device_lost.connect(lambda _name: self.refresh_devices())
        self.air_status.attach(player)
        self.show_volume(player.volume())
        self.refresh_devices()

    def show_remembered(self) -> None:
        """The output and volume from the settings (no player yet)."""
        self.show_volume(self.output.volume())
        self.device_combo.clear()
        name = self.output.device_name()
        if self.output.device_id():
            self.device_combo.addItem(name or self.output.device_id(), self.output.device_id())
        else:
            self.device_combo.addItem(self.tr("System default"), None)

    def refresh_devices(self) -> None:
        """List this computer's outputs (loads the sound system on first use)."""
        player = self._ensure_player()
        remembered = self.output.device_id()
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        default = next((d for d in player.output_devices() if d.is_default), None)
        self.device_combo.addItem(
            self.tr("System default (%1)").replace("%1", default.description)
            if default else self.tr("System default (no output found)"), None)
        found = False
        for device in player.output_devices():
            self.device_combo.addItem(device.description, device.id)
            found = found or device.id == remembered
        if remembered and not found:
            self.device_combo.addItem(
                self.tr("%1 (not connected)").replace(
                    "%1", self.output.device_name() or remembered), remembered)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(remembered)))
        self.device_combo.setToolTip(self.device_combo.currentText())
        self.device_combo.blockSignals(False)

    def _on_device_chosen(self, index: int) -> None:
        device_id = self.device_combo.itemData(index)
        try:
            self._ensure_player().set_output_device(device_id)
        except KnownError as exc:
            self.problem.emit(exc)
        self.refresh_devices()

    def _on_volume(self, value: int) -> None:
        self.volume_label.setText(f"{value} %")
        if self.volume_slider.signalsBlocked():
            return
        remember = not self.volume_slider.isSliderDown()
        if self.player is not None:
            self.player.set_volume(value / 100, remember=remember)
        elif remember:
            self.output.set_volume(value / 100)

    def _remember_volume(self) -> None:
        value = self.volume_slider.value() / 100
        if self.player is not None:
            self.player.set_volume(value)
        else:
            self.output.set_volume(value)

    def show_volume(self, volume: float) -> None:
        """Put the slider at ``volume`` (0.0 to 1.0) without telling the player."""
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(round(volume * 100))
        self.volume_slider.blockSignals(False)
        self.volume_label.setText(f"{self.volume_slider.value()} %")
