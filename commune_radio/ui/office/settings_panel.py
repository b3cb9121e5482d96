"""The office's own settings: its name and level (never a hard-coded "district"), the heading of
its reports, and after how many silent weeks a station is flagged."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.errors import KnownError
from commune_radio.services.office_service import LEVELS, OfficeService, OfficeSettings
from commune_radio.ui.text import error_text


class OfficeSettingsPanel(QWidget):
    """Edit ``OfficeService.settings``; ``saved`` carries the settings as stored."""

    saved = Signal(object)

    def __init__(self, office: OfficeService, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.lang = lang
        self.setObjectName("officeSettings")

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("officeName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Sở Văn hóa, Thể thao và Du lịch tỉnh "
                                                  "Lào Cai"))
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("officeLevel")
        for level in LEVELS:
            self.level_combo.addItem(self.level_label(level), level)
        self.parent_edit = QLineEdit(self)
        self.parent_edit.setObjectName("officeParent")
        self.parent_edit.setPlaceholderText(self.tr("e.g. UBND TỈNH LÀO CAI"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("officePlace")
        self.silent_spin = QSpinBox(self)
        self.silent_spin.setObjectName("officeSilentWeeks")
        self.silent_spin.setRange(1, 52)
        self.silent_spin.setSuffix(self.tr(" week(s)"))

        form = QFormLayout()
        form.addRow(self.tr("Name of the office:"), self.name_edit)
        form.addRow(self.tr("Level:"), self.level_combo)
        form.addRow(self.tr("Body above it (first line of the report heading):"),
                    self.parent_edit)
        form.addRow(self.tr("Place written on reports:"), self.place_edit)
        form.addRow(self.tr("Flag a station as silent after:"), self.silent_spin)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("officeSettingsSave")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("officeSettingsStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def level_label(self, level: str) -> str:
        """The level in words."""
        return {"district": self.tr("District"), "province": self.tr("Province")}.get(
            level, level)

    def load(self) -> OfficeSettings | None:
        """Show the stored settings."""
        try:
            settings = self.office.settings()
        except KnownError as exc:
            self.status.setText(error_text(exc, self.lang))
            return None
        self.name_edit.setText(settings.name)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(settings.level)))
        self.parent_edit.setText(settings.parent)
        self.place_edit.setText(settings.place)
        self.silent_spin.setValue(settings.silent_weeks)
        self.status.clear()
        return settings

    def save(self) -> OfficeSettings | None:
        """Store what the fields say."""
        try:
            settings = self.office.save_settings(
                name=self.name_edit.text(), level=self.level_combo.currentData(),
                parent=self.parent_edit.text(), place=self.place_edit.text(),
                silent_weeks=self.silent_spin.value(),
            ).value
        except KnownError as exc:
            self.status.setText(error_text(exc, self.lang))
            return None
        self.status.setText(self.tr("Saved."))
        self.saved.emit(settings)
        return settings
