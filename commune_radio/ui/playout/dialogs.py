"""The two questions the playout screen asks before it cuts the air: why stop, which bulletin.

Both are window-modal and opened with ``open()`` (never a blocking ``exec()``), and say what
was decided through a signal, so the broadcast's signals keep flowing while they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.programmes import Programme


class StopDialog(QDialog):
    """Asks why the broadcast on air is being stopped; ``confirmed`` carries the reason."""

    confirmed = Signal(str)

    def __init__(self, programme_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopDialog")
        self.setWindowTitle(self.tr("Stop the broadcast"))
        intro = QLabel(
            self.tr("Stop “%1” now? The log will record it as partly played, with the reason "
                    "you give.").replace("%1", programme_name), self)
        intro.setWordWrap(True)
        self.reasons = [
            self.tr("Wrong programme started"),
            self.tr("Urgent announcement of the commune"),
            self.tr("Bad weather (storm, lightning)"),
            self.tr("Problem with the equipment or the loudspeakers"),
            self.tr("At the request of the commune leadership"),
        ]
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        for n, text in enumerate(self.reasons):
            button = QRadioButton(text, self)
            button.setObjectName(f"stopReason{n}")
            self.group.addButton(button, n)
            self.buttons.append(button)
            layout.addWidget(button)
        self.other = QRadioButton(self.tr("Other reason:"), self)
        self.other.setObjectName("stopReasonOther")
        self.group.addButton(self.other, len(self.reasons))
        layout.addWidget(self.other)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("stopReasonText")
        self.text_edit.setPlaceholderText(self.tr("Write the reason or a note"))
        self.text_edit.textEdited.connect(lambda _t: self.other.setChecked(True)
                                          if not self.group.checkedButton() else None)
        layout.addWidget(self.text_edit)

        box = QDialogButtonBox(self)
        self.stop_button = QPushButton(self.tr("Stop broadcast"), self)
        self.stop_button.setObjectName("stopConfirm")
        self.stop_button.setStyleSheet(
            "QPushButton { background: #b00020; color: white; font-weight: bold;"
            " padding: 6px 14px; } QPushButton:disabled { background: #d9a0a8; }")
        box.addButton(self.stop_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = box.addButton(self.tr("Keep playing"),
                                         QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.group.buttonToggled.connect(self._update)
        self.text_edit.textChanged.connect(self._update)
        self._update()

    def reason(self) -> str:
        """The reason as it goes into the log: the choice, with the note after it if any."""
        note = " ".join(self.text_edit.text().split())
        checked = self.group.checkedId()
        if 0 <= checked < len(self.reasons):
            return f"{self.reasons[checked]}: {note}" if note else self.reasons[checked]
        return note

    def _update(self, *_args) -> None:
        self.stop_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        reason = self.reason()
        if not reason:
            return
        super().accept()  # closed first: what the stop sets off may close it otherwise
        self.confirmed.emit(reason)


class EmergencyDialog(QDialog):
    """Chooses the bulletin to air now; ``confirmed`` carries its programme id."""

    confirmed = Signal(int)

    def __init__(self, programmes: list[Programme], on_air: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyDialog")
        self.setWindowTitle(self.tr("Emergency bulletin"))
        layout = QVBoxLayout(self)
        text = self.tr("The bulletin goes on air at once, with emergency priority.")
        if on_air:
            text += " " + self.tr("“%1” is cut off now and logged as partly played (reason: "
                                  "emergency).").replace("%1", on_air)
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("Bulletin to air:"), self))
        self.combo = QComboBox(self)
        self.combo.setObjectName("emergencyProgramme")
        # bulletins are not the weekly DX section: those come first
        for programme in sorted(programmes, key=lambda p: (p.dx, p.name.casefold())):
            self.combo.addItem(programme.name, programme.id)
        layout.addWidget(self.combo)
        box = QDialogButtonBox(self)
        self.air_button = QPushButton(self.tr("Air the emergency bulletin"), self)
        self.air_button.setObjectName("emergencyConfirm")
        self.air_button.setStyleSheet(
            "QPushButton { background: #e65100; color: white; font-weight: bold;"
            " padding: 6px 14px; }")
        self.air_button.setEnabled(self.combo.count() > 0)
        box.addButton(self.air_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def accept(self) -> None:
        programme_id = self.combo.currentData()
        if programme_id is None:
            return
        super().accept()
        self.confirmed.emit(int(programme_id))
