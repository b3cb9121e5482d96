"""What the programme builder keeps saying before air, and the buttons under it.

``ChecksPanel``: the total length against the target, and the items that may not air today.
``ActionBar``: listen (whole draft, one item, stop), export, undo and save, and the message
line. Both only show; the screen decides what a click does.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commune_radio.core.programmes import Programme
from commune_radio.ui.programmes.items import ProgrammeItemsModel
from commune_radio.ui.text import format_date, format_duration

RED, GREEN, GREY = "#b00020", "#1b5e20", "#6b6b6b"


class ChecksPanel(QWidget):
    """Total length, overrun (or time left) and validity warnings of the draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("programmeTotal")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.total_label.setFont(font)
        self.overrun_label = QLabel(self)
        self.overrun_label.setObjectName("programmeOverrun")
        self.overrun_label.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.validity_label = QLabel(self)
        self.validity_label.setObjectName("programmeValidity")
        self.validity_label.setStyleSheet(f"color: {RED};")
        self.validity_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_label)
        total_row.addSpacing(16)
        total_row.addWidget(self.overrun_label, 1)
        layout.addLayout(total_row)
        layout.addWidget(self.validity_label)

    def show_checks(self, programme: Programme, day: dt.date,
                    items: ProgrammeItemsModel) -> None:
        """Say what matters about ``programme`` if it airs on ``day``."""
        total = programme.duration_s
        if programme.target_s:
            self.total_label.setText(
                self.tr("Total length %1 of a target of %2")
                .replace("%1", format_duration(total))
                .replace("%2", format_duration(programme.target_s)))
        else:
            self.total_label.setText(self.tr("Total length %1").replace(
                "%1", format_duration(total)))
        if programme.overruns:
            self.overrun_label.setText(
                self.tr("⚠ %1 longer than the target: remove an item or raise the target")
                .replace("%1", format_duration(programme.overrun_s)))
            self.overrun_label.setStyleSheet(f"color: {RED}; font-weight: bold;")
        elif programme.target_s:
            self.overrun_label.setText(self.tr("%1 left before the target").replace(
                "%1", format_duration(programme.target_s - total)))
            self.overrun_label.setStyleSheet(f"color: {GREEN};")
        else:
            self.overrun_label.setText("")
        problems = programme.outside_validity(day)
        if problems:
            lines = [self.tr("⚠ %n item(s) may not air today (%1):", "", len(problems))
                     .replace("%1", format_date(day))]
            for problem in problems:
                why = items.validity_problem(problem.segment)
                lines.append(f"• “{problem.segment.title}”: {why}")
            self.validity_label.setText("\n".join(lines))
            self.validity_label.show()
        else:
            self.validity_label.setText("")
            self.validity_label.hide()


class ActionBar(QWidget):
    """Listen / export / undo / save, and the line that says how the last action went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.play_button = QPushButton(self.tr("▶ Listen from the start"), self)
        self.play_button.setObjectName("programmePreview")
        self.play_item_button = QPushButton(self.tr("▶ Listen to the item"), self)
        self.play_item_button.setObjectName("programmePreviewItem")
        self.stop_button = QPushButton(self.tr("■ Stop"), self)
        self.stop_button.setObjectName("programmePreviewStop")
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("programmePreviewLabel")
        self.export_button = QPushButton(self.tr("Export WAV…"), self)
        self.export_button.setObjectName("programmeExport")
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.setObjectName("programmeRevert")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("programmeSave")
        self.save_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("programmeMessage")
        self.message.setWordWrap(True)
        listen = QHBoxLayout()
        listen.addWidget(self.play_button)
        listen.addWidget(self.play_item_button)
        listen.addWidget(self.stop_button)
        listen.addWidget(self.preview_label, 1)
        keep = QHBoxLayout()
        keep.addWidget(self.export_button)
        keep.addStretch(1)
        keep.addWidget(self.revert_button)
        keep.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(listen)
        layout.addLayout(keep)

    def say(self, text: str, colour: str = GREY) -> None:
        """Show how the last action went (nothing when ``text`` is empty)."""
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setVisible(bool(text))
