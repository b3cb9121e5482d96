"""The programme builder's export strip: writes the draft as one WAV through the operation
helper, with progress and Cancel, and says where the file went (or why not).

The loop is ``RenderService.render`` (the same as ``programme render``), so the file is exactly
what airs; Cancel stops it between two items and no half-written file is left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from commune_radio.core.programmes import Programme
from commune_radio.services.render_service import RenderResult, RenderService
from commune_radio.ui import file_dialogs
from commune_radio.ui.operations import run_op
from commune_radio.ui.signals import AppSignals
from commune_radio.ui.tasks import Task
from commune_radio.ui.text import format_duration

PROGRESS_STEPS = 1000


class RenderPanel(QFrame):
    """Progress and Cancel of a WAV export; ``finished`` carries the ``RenderResult`` (None when
    cancelled or failed)."""

    cancel_requested = Signal()
    finished = Signal(object)

    def __init__(self, render: RenderService, signals: AppSignals, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.render = render
        self.signals = signals
        self.lang = lang
        self.task: Task | None = None
        self.setObjectName("renderPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.status = QLabel(self)
        self.status.setObjectName("renderStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("renderCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.addWidget(self.status, 1)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def set_progress(self, fraction: float) -> None:
        """Move the bar (0.0 to 1.0 of the programme)."""
        self.progress.setValue(int(fraction * PROGRESS_STEPS))

    def choose_target(self, name: str) -> Path | None:
        """Ask where to write the WAV of the programme ``name`` (``.wav`` added if left out)."""
        name = name or self.tr("programme")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
        path = file_dialogs.save_file(
            self, "wav", self.tr("Export the programme as one WAV file"),
            f"{safe or 'programme'}.wav", self.tr("WAV audio (*.wav)"))
        if path is not None and path.suffix.lower() != ".wav":
            path = path.with_name(path.name + ".wav")
        return path

    def start(self, programme: Programme, target: Path) -> Task | None:
        """Write ``programme`` to ``target`` off the GUI thread; None when one is running."""
        if self.task is not None:
            return None
        self.show()
        self.status.setText(self.tr("Writing “%1”…").replace("%1", target.name))
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        render = self.render  # the job holds the service only, never the panel

        def job(ctx):
            return render.render(programme, target, progress=ctx.progress,
                                 cancelled=lambda: ctx.cancelled)

        self.task = run_op(self.signals, self.lang, job, on_done=self._done,
                           on_error=self._failed, panel=self)
        return self.task

    def cancel(self) -> None:
        """Stop the export between two items; no half-written file is left."""
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_requested.emit()

    def _done(self, result: RenderResult | None) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        if result is None:
            self.status.setText(self.tr("Export cancelled; no file was written."))
        else:
            self.progress.setValue(PROGRESS_STEPS)
            self.status.setText(
                self.tr("Wrote %1 (%2).").replace("%1", str(result.path))
                .replace("%2", format_duration(result.duration_s)))
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Export failed: %1").replace("%1", message))
        self.finished.emit(None)
