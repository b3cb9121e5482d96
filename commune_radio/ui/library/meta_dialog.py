"""The dialog that edits what the operator says about a segment: title, theme, language, dates.

It saves through ``LibraryService.update_meta`` and, when the service refuses the values, shows
the reason and stays open so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commune_radio.core.languages import LANGUAGES
from commune_radio.core.limits import FIELD_LIMITS
from commune_radio.core.segments import Segment, SegmentMeta
from commune_radio.core.topics import TOPICS
from commune_radio.services.library_service import LibraryService
from commune_radio.ui.operations import run_now
from commune_radio.ui.signals import AppSignals
from commune_radio.ui.text import format_duration

DATE_FORMAT = "dd/MM/yyyy"


class MetaDialog(QDialog):
    """Edit one segment's metadata; emits ``saved`` with the segment as stored."""

    saved = Signal(object)

    def __init__(
        self, segment: Segment, library: LibraryService, lang: str,
        parent: QWidget | None = None, *, signals: AppSignals | None = None,
    ) -> None:
        super().__init__(parent)
        self.segment = segment
        self.library = library
        self.lang = lang
        self.signals = signals or AppSignals(self)
        self.setObjectName("metaDialog")
        self.setWindowTitle(self.tr("Edit item details"))

        self.title_edit = QLineEdit(segment.title, self)
        self.title_edit.setObjectName("metaTitle")
        self.title_edit.setMaxLength(FIELD_LIMITS["title"])  # what the office file carries

        self.topic_combo = QComboBox(self)
        self.topic_combo.setObjectName("metaTopic")
        self.topic_combo.addItem(self.tr("(no theme)"), None)
        for topic in TOPICS:
            self.topic_combo.addItem(topic.en if lang == "en" else topic.vi, topic.id)
        self.topic_combo.setCurrentIndex(max(0, self.topic_combo.findData(segment.topic)))
        self.topic_combo.setMinimumContentsLength(30)
        self.topic_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic_combo.view().setMinimumWidth(self.topic_combo.view().sizeHintForColumn(0) + 24)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("metaLanguage")
        for language in LANGUAGES:
            self.language_combo.addItem(language.en if lang == "en" else language.vi, language.id)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(segment.language)))

        self.from_edit, self.from_none, from_row = self._date_row(segment.valid_from, "metaFrom")
        self.until_edit, self.until_none, until_row = self._date_row(
            segment.valid_until, "metaUntil"
        )

        facts = QLabel(
            self.tr("File: %1 · Duration: %2")
            .replace("%1", segment.source_file)
            .replace("%2", format_duration(segment.duration_s)),
            self,
        )
        facts.setWordWrap(True)
        facts.setObjectName("metaFacts")

        self.error_label = QLabel(self)
        self.error_label.setObjectName("metaError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Theme:"), self.topic_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Valid from:"), from_row)
        form.addRow(self.tr("Valid until:"), until_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        # set our own texts: Qt ships no Vietnamese translation of its standard buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _date_row(self, value: dt.date | None, name: str):
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        day = value or dt.date.today()
        edit.setDate(QDate(day.year, day.month, day.day))
        none = QCheckBox(self.tr("No date"), self)
        none.setObjectName(name + "None")
        none.toggled.connect(lambda checked: edit.setEnabled(not checked))
        none.setChecked(value is None)
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit)
        box.addWidget(none)
        box.addStretch(1)
        return edit, none, row

    @staticmethod
    def _date_of(edit: QDateEdit, none: QCheckBox) -> dt.date | None:
        if none.isChecked():
            return None
        q = edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def meta(self) -> SegmentMeta:
        """The values as the dialog shows them now."""
        return SegmentMeta(
            title=self.title_edit.text(),
            topic=self.topic_combo.currentData(),
            language=self.language_combo.currentData(),
            valid_from=self._date_of(self.from_edit, self.from_none),
            valid_until=self._date_of(self.until_edit, self.until_none),
        )

    def save(self) -> None:
        """Store the values, or show why they were refused and stay open."""
        outcome = run_now(self.signals, self.lang, self.library.update_meta, self.segment.id,
                          self.meta())
        if not outcome.ok:
            self.error_label.setText(outcome.error)
            self.error_label.show()
            return
        segment = self.segment = outcome.value
        self.error_label.hide()
        self.saved.emit(segment)
        self.accept()
