"""The wizard's sound page: where the sound goes (the amplifier's input), with a test beep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from commune_radio.ui.first_run.ids import PAGE_FINISH
from commune_radio.ui.first_run.look import page_title
from commune_radio.ui.first_run.tone import TonePlayer


class OutputPage(QWizardPage):
    """Lists the computer's audio outputs; the person may go on with none (chosen later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputPage")
        self.setTitle(page_title(self.tr("Sound output")))
        self.setSubTitle(self.tr("Choose the output wired to the amplifier, then press Test."))
        self.device_combo = QComboBox(self)
        self.device_combo.setObjectName("outputDevice")
        self.device_combo.setMinimumContentsLength(30)
        self.test_button = QPushButton(self.tr("▶ Test"), self)
        self.test_button.setObjectName("testToneButton")
        self.test_button.setMinimumHeight(48)
        self.test_button.clicked.connect(self.play_tone)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("outputStatus")
        self.status_label.setWordWrap(True)
        self.tone: TonePlayer | None = None
        self._tone_failed = False
        self.devices_found = 0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Output:"), self))
        layout.addWidget(self.device_combo)
        layout.addSpacing(8)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.refresh_devices()

    def refresh_devices(self) -> None:
        """Read the outputs afresh (a USB sound card may have been plugged in meanwhile)."""
        from commune_radio.playout.devices import output_devices

        chosen = self.device_combo.currentData()
        devices = output_devices()
        self.devices_found = len(devices)
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("The computer's default output"), None)
        for device in devices:
            self.device_combo.addItem(device.description, device.id)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(chosen)))
        has_output = bool(devices)
        self.device_combo.setEnabled(has_output)
        self.test_button.setEnabled(has_output)
        if has_output:
            self.status_label.setText(self.tr("Press Test: the loudspeakers should give a "
                                              "short beep."))
        else:
            self.status_label.setText(self.tr("No sound output was found on this computer. "
                                              "You can go on and choose one later."))

    def device_id(self) -> str | None:
        """The id of the output chosen; None for the computer's default."""
        return self.device_combo.currentData()

    def device_name(self) -> str:
        """The chosen output's description (remembered in case it is unplugged later)."""
        return self.device_combo.currentText() if self.device_id() else ""

    def play_tone(self) -> None:
        """Play the 1 kHz test beep on the chosen output."""
        if self.tone is None:
            self.tone = TonePlayer(self)
            self.tone.error.connect(self._on_tone_error)
            self.tone.finished.connect(self._on_tone_finished)
        self._tone_failed = False
        self.status_label.setText(self.tr("Playing the test beep…"))
        self.tone.play(self.device_id())

    def _on_tone_finished(self) -> None:
        if self._tone_failed:
            return
        self.status_label.setText(self.tr("Did you hear the beep? If not, choose another output "
                                          "and press Test again."))

    def _on_tone_error(self, message: str) -> None:
        self._tone_failed = True
        self.status_label.setText(
            self.tr("The beep could not be played: %1").replace("%1", message))

    def stop_tone(self) -> None:
        """Stop the beep and remove its file (leaving the page, closing the wizard)."""
        if self.tone is not None:
            self.tone.close()
            self.tone = None

    def validatePage(self) -> bool:
        self.stop_tone()
        return True

    def nextId(self) -> int:
        return PAGE_FINISH
