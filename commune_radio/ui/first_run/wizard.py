"""The first-run wizard: four short pages for a station, two for an office, then the window.

Defaults are what most stations want (station role, the system's output, the plan's weekly
schedule, start with the computer), so a person who only reads and clicks "Next" ends with a
working station. "Finish" runs the set-up on the thread pool (the sample items may need a few
seconds to level) and closes the wizard when it is done; an error keeps the wizard open and
says what to do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from commune_radio.app import AppContext
from commune_radio.ui import i18n
from commune_radio.ui.first_run.commune_page import CommunePage
from commune_radio.ui.first_run.finish_page import FinishPage
from commune_radio.ui.first_run.ids import (
    PAGE_COMMUNE,
    PAGE_FINISH,
    PAGE_OFFICE,
    PAGE_OUTPUT,
    PAGE_ROLE,
)
from commune_radio.ui.first_run.look import FONT_SCALE, STYLE
from commune_radio.ui.first_run.output_page import OutputPage
from commune_radio.ui.first_run.role_page import OfficePage, RolePage
from commune_radio.ui.first_run.setup import (
    ROLE_OFFICE,
    SetupAnswers,
    SetupResult,
    apply_setup,
)
from commune_radio.ui.operations import run_now, run_op
from commune_radio.ui.signals import AppSignals
from commune_radio.ui.tasks import Task


class FirstRunWizard(QWizard):
    """Sets up a new data directory; ``setup_result`` says what was done once it is accepted."""

    def __init__(self, ctx: AppContext, lang: str = i18n.DEFAULT_LANG,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = i18n.use(lang)
        self.setup_result: SetupResult | None = None
        self.signals = AppSignals(self)  # no window yet: nothing else listens
        self.task: Task | None = None
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Commune Radio – first set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # our own words: Qt ships no Vietnamese for its wizard buttons
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Quit")),
        ):
            self.setButtonText(button, text)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
            self.button(button).setFont(font)  # QWizard gives these two a font of their own
        self.setStyleSheet(STYLE)

        self.role_page = RolePage(self)
        self.office_page = OfficePage(self)
        self.commune_page = CommunePage(self)
        self.output_page = OutputPage(self)
        self.finish_page = FinishPage(ctx, self)
        self.setPage(PAGE_ROLE, self.role_page)
        self.setPage(PAGE_OFFICE, self.office_page)
        self.setPage(PAGE_COMMUNE, self.commune_page)
        self.setPage(PAGE_OUTPUT, self.output_page)
        self.setPage(PAGE_FINISH, self.finish_page)
        self.setStartId(PAGE_ROLE)
        self.resize(760, 600)

    def answers(self) -> SetupAnswers:
        """What the pages say now."""
        role = self.role_page.role()
        if role == ROLE_OFFICE:
            return SetupAnswers(role=role, language=self.lang,
                                office_name=self.office_page.office_name(),
                                office_level=self.office_page.office_level())
        commune = self.commune_page.commune()
        return SetupAnswers(
            role=role, language=self.lang, code=commune.code if commune else "",
            station_name=self.commune_page.station_name(),
            output_device_id=self.output_page.device_id(),
            output_device_name=self.output_page.device_name(),
            use_template=self.finish_page.template_check.isChecked(),
            autostart=self.finish_page.autostart_check.isChecked(),
        )

    def is_busy(self) -> bool:
        """Whether the set-up is running."""
        return self.task is not None

    # --- finishing ------------------------------------------------------------------------

    def accept(self) -> None:
        if self.setup_result is not None:
            super().accept()
            return
        if self.is_busy():
            return
        answers = self.answers()
        if answers.role == ROLE_OFFICE:
            # two settings: no reason to leave the GUI thread
            outcome = run_now(self.signals, self.lang, apply_setup, self.ctx, answers)
            if outcome.ok:
                self._on_done(outcome.value)
            else:
                self.office_page.error_label.setText(outcome.error)
                self.office_page.error_label.show()
            return
        self._set_busy(True)
        ctx = self.ctx
        self.task = run_op(
            self.signals, self.lang, lambda context: apply_setup(ctx, answers, context.progress),
            on_done=self._on_done, on_error=self._on_error, panel=self.finish_page,
        )

    def _set_busy(self, busy: bool) -> None:
        self.finish_page.set_busy(busy)
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not busy)

    def _on_done(self, result: SetupResult) -> None:
        self.task = None
        self._set_busy(False)
        self.setup_result = result
        if result.autostart_error:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The station is set up, but starting with the computer could not be "
                "switched on: %1").replace("%1", result.autostart_error))
        self.accept()

    def _on_error(self, message: str) -> None:
        # a bug has gone the crash path already (logged, the crash dialog shown)
        self.task = None
        self._set_busy(False)
        self.finish_page.show_error(message)

    def reject(self) -> None:
        if self.is_busy():
            return  # half a set-up is worse than a short wait
        super().reject()

    def done(self, result: int) -> None:
        self.output_page.stop_tone()
        super().done(result)
