"""``programme render``: exactly the audio that airs, as one WAV file.

The prepared items are joined sample for sample (the loudspeakers get the same samples), in the
programme's order, with mono items copied to both channels when any item is stereo. A missing
or damaged item stops the render with its name, and no half-written file is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from commune_radio.audio.wav import (
    SAMPLE_RATE,
    WavError,
    WavInfo,
    WavJoiner,
    check_prepared,
    output_channels,
    read_info,
)
from commune_radio.core.errors import RejectedInput
from commune_radio.core.programmes import Programme
from commune_radio.core.segments import Segment


@dataclass(frozen=True)
class RenderResult:
    """What was written."""

    path: Path
    channels: int
    frames: int
    items: int

    @property
    def duration_s(self) -> float:
        """Length of the written audio."""
        return self.frames / SAMPLE_RATE


class RenderService:
    """Writes programmes to single WAV files."""

    def __init__(self, audio_path: Callable[[Segment], Path]) -> None:
        self.audio_path = audio_path

    def check(self, programme: Programme) -> list[WavInfo]:
        """The audio of every item, or ``RejectedInput`` naming the first unusable one."""
        infos = []
        for item in programme.items:
            path = self.audio_path(item.segment)
            if not path.is_file():
                raise RejectedInput("programme.audio_missing", title=item.segment.title,
                                    segment_id=item.segment.id)
            try:
                info = read_info(path)
                check_prepared(info)
            except WavError as exc:
                raise RejectedInput("programme.audio_bad", title=item.segment.title,
                                    segment_id=item.segment.id, detail=str(exc)) from None
            infos.append(info)
        return infos

    def render(self, programme: Programme, target: Path | str, *,
               progress: Callable[[float], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> RenderResult | None:
        """Write ``programme`` to ``target``; the file appears only when complete.

        ``progress(fraction)`` is called after each item (by audio length, 0.0 first);
        ``cancelled()`` is asked before each item: when it says True the render stops there,
        the half-written file is removed and None is returned. The command and the window's
        Render button both call this, so the file is exactly what airs either way.
        """
        target = Path(target)
        infos = self.check(programme)
        total = sum(info.frames for info in infos) or 1
        try:
            joiner = WavJoiner(target, output_channels(infos))
        except OSError as exc:
            raise RejectedInput("render.cannot_write", file=str(target),
                                detail=exc.strerror or str(exc)) from None
        done = 0
        if progress is not None:
            progress(0.0)
        item = None
        try:
            for item in programme.items:
                if cancelled is not None and cancelled():
                    joiner.abort()
                    return None
                done += joiner.append(self.audio_path(item.segment))
                if progress is not None:
                    progress(done / total)
            joiner.close()
        except WavError as exc:
            joiner.abort()
            raise RejectedInput(
                "programme.audio_bad", title=item.segment.title if item else "?",
                segment_id=item.segment.id if item else "?", detail=str(exc)) from None
        except OSError as exc:
            joiner.abort()
            raise RejectedInput("render.cannot_write", file=str(target),
                                detail=exc.strerror or str(exc)) from None
        except BaseException:
            joiner.abort()
            raise
        return RenderResult(target, joiner.channels, joiner.frames, len(programme.items))
