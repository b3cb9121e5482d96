"""The question asked when a station's file is signed by another key than the trusted one.

The office trusts the first key it sees for a station code. A new key is normal after a station
PC is reinstalled, and it is also what a forged file looks like, so the window never accepts it on
its own: it shows both fingerprints, tells the officer to compare them with the station by phone,
and re-registers only on an explicit "yes".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from commune_radio.services.office_service import OfficeImportResult
from commune_radio.ui.office.import_panel import file_name


class KeyChangePrompt(QMessageBox):
    """Asks whether to re-register a station with the key of one refused file.

    ``decided`` carries the result and True only when the officer chose to re-register.
    """

    decided = Signal(object, bool)

    def __init__(self, result: OfficeImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        params = result.error.reason.params
        self.code = str(params.get("code", result.station_code or ""))
        self.new_fingerprint = str(params.get("fingerprint", ""))
        self.trusted_fingerprint = str(params.get("trusted", ""))
        self.setObjectName("keyChangePrompt")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("A station's key has changed"))
        self.setText(
            self.tr("The file “%1” of station %2 is signed with a different key than the one "
                    "the office trusts.")
            .replace("%1", file_name(result.file)).replace("%2", self.code))
        self.setInformativeText("\n\n".join([
            self.tr("Trusted key fingerprint: %1\nFingerprint in this file: %2")
            .replace("%1", self.trusted_fingerprint).replace("%2", self.new_fingerprint),
            self.tr("This happens when the station's computer was reinstalled or made a new "
                    "key, but a forged file looks the same. Call the station and ask them to "
                    "read out their key fingerprint; re-register only if it matches the one in "
                    "this file."),
            self.tr("Re-register station %1 with the new key and import this file?")
            .replace("%1", self.code),
        ]))
        self.accept_button = self.addButton(self.tr("Re-register and import"),
                                            QMessageBox.ButtonRole.YesRole)
        self.accept_button.setObjectName("keyChangeAccept")
        self.keep_button = self.addButton(self.tr("No, keep the trusted key"),
                                          QMessageBox.ButtonRole.NoRole)
        self.keep_button.setObjectName("keyChangeKeep")
        self.setDefaultButton(self.keep_button)  # Enter must never re-register by accident
        self.setEscapeButton(self.keep_button)
        self.buttonClicked.connect(self._on_clicked)

    def _on_clicked(self, button) -> None:
        self.decided.emit(self.result, button is self.accept_button)
