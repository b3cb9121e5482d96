"""``programme render``: exactly the audio that airs, as one WAV file.

The prepared items are joined sample for sample (the loudspeakers get the same samples), in the
programme's order, with mono items copied to both channels when any item is stereo. A missing
or damaged item stops the render with its name, and no half-written file is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.errors import RejectedInput
from commune_radio.core.programmes import Programme
from commune_radio.core.segments import Segment
from commune_radio.playout.wav import (
    SAMPLE_RATE,
    WavError,
    WavInfo,
    WavJoiner,
    check_prepared,
    output_channels,
    read_info,
)


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

    def render(self, programme: Programme, target: Path | str) -> RenderResult:
        """Write ``programme`` to ``target``; the file appears only when complete."""
        target = Path(target)
        infos = self.check(programme)
        channels = output_channels(infos)
        try:
            joiner = WavJoiner(target, channels)
        except OSError as exc:
            raise RejectedInput("render.cannot_write", file=str(target),
                                detail=exc.strerror or str(exc)) from None
        try:
            for item in programme.items:
                joiner.append(self.audio_path(item.segment))
            joiner.close()
        except WavError as exc:
            joiner.abort()
            raise RejectedInput("programme.audio_bad", title="?", segment_id="?",
                                detail=str(exc)) from None
        except OSError as exc:
            joiner.abort()
            raise RejectedInput("render.cannot_write", file=str(target),
                                detail=exc.strerror or str(exc)) from None
        return RenderResult(target, channels, joiner.frames, len(programme.items))
