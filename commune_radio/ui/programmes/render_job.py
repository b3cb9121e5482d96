"""Writing a programme to one WAV off the GUI thread, item by item, with progress and Cancel.

The same checks and the same joiner as ``RenderService.render`` (``programme render``), so the
file is exactly what airs; only the loop is here, to report progress after each item and to stop
between items when cancelled (the half-written file is then removed).
"""

from __future__ import annotations

from pathlib import Path

from commune_radio.audio.wav import WavError, WavJoiner, output_channels
from commune_radio.core.errors import RejectedInput
from commune_radio.core.programmes import Programme
from commune_radio.services.render_service import RenderResult, RenderService
from commune_radio.ui.tasks import TaskContext


def make_render_job(render: RenderService, programme: Programme, target: Path):
    """A ``run_task`` job writing ``programme`` to ``target``; returns the ``RenderResult``,
    or None when cancelled (no file is left then)."""

    def job(task: TaskContext) -> RenderResult | None:
        infos = render.check(programme)
        total = sum(info.frames for info in infos) or 1
        try:
            joiner = WavJoiner(target, output_channels(infos))
        except OSError as exc:
            raise RejectedInput("render.cannot_write", file=str(target),
                                detail=exc.strerror or str(exc)) from None
        done = 0
        task.progress(0.0)
        try:
            for item in programme.items:
                if task.cancelled:
                    joiner.abort()
                    return None
                done += joiner.append(render.audio_path(item.segment))
                task.progress(done / total)
            joiner.close()
        except WavError as exc:
            joiner.abort()
            raise RejectedInput("programme.audio_bad", title="?", segment_id="?",
                                detail=str(exc)) from None
        except OSError as exc:
            joiner.abort()
            raise RejectedInput("render.cannot_write", file=str(target),
                                detail=exc.strerror or str(exc)) from None
        return RenderResult(target, joiner.channels, joiner.frames, len(programme.items))

    return job
