"""The wizard's last station page: the weekly DX schedule and the start with the computer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from commune_radio.app import AppContext
from commune_radio.services import seeding
from commune_radio.ui.first_run.look import page_title


def _note(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setIndent(32)  # under the check box's text, not its box
    label.setStyleSheet("color: #555;")
    return label


class FinishPage(QWizardPage):
    """Two ticked boxes and a summary; "Finish" carries everything out.

    It is the set-up's progress panel for the operation helper; the set-up has no Cancel (half
    a set-up is worse than a short wait), so ``cancel_requested`` is never emitted.
    """

    cancel_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("finishPage")
        self.setTitle(page_title(self.tr("Almost done")))
        self.setSubTitle(self.tr("Keep these two boxes ticked unless you know otherwise, then "
                                 "press Finish."))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("stationSummary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.template_check = QCheckBox(
            self.tr("Use the standard schedule: Monday 06:00, rerun Thursday 17:00"), self)
        self.template_check.setObjectName("useTemplate")
        self.template_check.setChecked(True)
        self.template_note = _note("", self, "templateNote")
        self.template_check.toggled.connect(self.template_note.setEnabled)

        self.autostart_check = QCheckBox(self.tr("Start with the computer"), self)
        self.autostart_check.setObjectName("autostart")
        self.autostart_check.setChecked(True)
        autostart_note = _note(self.tr("So the schedule goes on after a restart or a power cut."),
                               self, "autostartNote")
        self.autostart_check.toggled.connect(autostart_note.setEnabled)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("setupProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("setupStatus")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("setupError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addSpacing(12)
        layout.addWidget(self.template_check)
        layout.addWidget(self.template_note)
        layout.addSpacing(12)
        layout.addWidget(self.autostart_check)
        layout.addWidget(autostart_note)
        layout.addStretch(1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        commune_page = self.wizard().commune_page
        commune = commune_page.commune()
        self.summary_label.setText(
            self.tr("Station: %1 (code %2)").replace("%1", commune_page.station_name())
            .replace("%2", commune.code if commune else "—"))
        if seeding.has_programme(self.ctx, seeding.DX_PROGRAMME):
            note = self.tr("The programme “%1” is already there: only its times are added.")
        elif seeding.library_dx_segments(self.ctx):
            note = self.tr("The programme “%1” is made from the digital transformation items "
                           "already in the library.")
        else:
            note = self.tr("The library has no digital transformation items yet: “%1” starts "
                           "with %2 sample items that come with the program. Replace them with "
                           "this week's items.")
        self.template_note.setText(note.replace("%1", seeding.DX_PROGRAMME)
                                   .replace("%2", str(seeding.sample_dx_count())))

    def set_busy(self, busy: bool) -> None:
        """While the set-up runs: a moving bar, the boxes locked."""
        self.template_check.setEnabled(not busy)
        self.autostart_check.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status_label.setText(self.tr("Setting up, please wait…") if busy else "")
        if busy:
            self.progress.setValue(0)
            self.error_label.hide()

    def show_error(self, text: str) -> None:
        """Say what went wrong; the person may press Finish again."""
        self.error_label.setText(text)
        self.error_label.show()

    def set_progress(self, fraction: float) -> None:
        """Move the bar (0.0 to 1.0 of the set-up)."""
        self.progress.setValue(int(fraction * 100))
