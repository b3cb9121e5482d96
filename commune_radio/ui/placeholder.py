"""A page for a screen that a later version fills: its name and a plain sentence, nothing fake."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Says plainly that this part of the program is not there yet."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("placeholderTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("placeholderText")
        self.text_label.setWordWrap(True)
        for label in (self.title_label, self.text_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.text_label)
        layout.addStretch(2)
