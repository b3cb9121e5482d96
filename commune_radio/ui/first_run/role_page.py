"""The wizard's first question (station or receiving office) and the office's own page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from commune_radio.ui.first_run.ids import PAGE_COMMUNE, PAGE_OFFICE
from commune_radio.ui.first_run.look import page_title
from commune_radio.ui.first_run.setup import (
    DEFAULT_OFFICE_LEVEL,
    DEFAULT_OFFICE_NAME,
    ROLE_OFFICE,
    ROLE_STATION,
)


class ChoiceButton(QPushButton):
    """A large checkable button with a bold title and a plain sentence under it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("choice", True)  # the wizard's style sheet draws these large
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        for label in (self.title_label, self.text_label):
            # clicks on the words belong to the button
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setAccessibleName(title)


class RolePage(QWizardPage):
    """Who this computer is for: a commune station (most people) or the receiving office."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolePage")
        self.setTitle(page_title(self.tr("Welcome! Who is this computer for?")))
        self.setSubTitle(self.tr("Click the one that fits, then press Next."))
        self.station_button = ChoiceButton(
            self.tr("Commune radio station"),
            self.tr("Plays the programmes on schedule and keeps the broadcast log."), self)
        self.station_button.setObjectName("roleStation")
        self.office_button = ChoiceButton(
            self.tr("Office receiving the reports"),
            self.tr("Collects the log files of the stations and makes the report."), self)
        self.office_button.setObjectName("roleOffice")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.station_button)
        self.group.addButton(self.office_button)
        self.station_button.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.station_button)
        layout.addSpacing(8)
        layout.addWidget(self.office_button)
        layout.addStretch(1)

    def role(self) -> str:
        """The role chosen."""
        return ROLE_OFFICE if self.office_button.isChecked() else ROLE_STATION

    def nextId(self) -> int:
        return PAGE_OFFICE if self.role() == ROLE_OFFICE else PAGE_COMMUNE


class OfficePage(QWizardPage):
    """The receiving office's name and level (they head its reports); the office's last page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officePage")
        self.setTitle(page_title(self.tr("Your office")))
        self.setSubTitle(self.tr("This name heads the reports. Change it if yours is different."))
        self.name_edit = QLineEdit(DEFAULT_OFFICE_NAME, self)
        self.name_edit.setObjectName("officeName")
        self.name_edit.textChanged.connect(self.completeChanged)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("officeLevel")
        self.level_combo.addItem(self.tr("Province"), "province")
        self.level_combo.addItem(self.tr("District"), "district")
        self.level_combo.setCurrentIndex(self.level_combo.findData(DEFAULT_OFFICE_LEVEL))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("officeError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Office name:"), self.name_edit)
        form.addRow(self.tr("Level:"), self.level_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def nextId(self) -> int:
        return -1

    def office_name(self) -> str:
        """The name as typed, without surrounding blanks."""
        return self.name_edit.text().strip()

    def office_level(self) -> str:
        """"province" or "district"."""
        return self.level_combo.currentData()
