"""Joining prepared items into one WAV: what ``programme render`` and the file sink write.

Prepared audio is 16-bit 48 kHz PCM, mono or stereo. The joined file takes the widest channel
count among its items and mono items are copied to both channels, so every item keeps its
level and its exact length in samples.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from commune_radio.core.atomic import commit, part_path

if TYPE_CHECKING:  # numpy is imported where it is used: this module is on the window's start path
    import numpy as np

SAMPLE_RATE = 48_000
SAMPLE_WIDTH = 2  # bytes: 16-bit
CHUNK_FRAMES = SAMPLE_RATE  # one second at a time keeps memory flat for an hour-long item


class WavError(Exception):
    """A prepared file that is not the 16-bit 48 kHz PCM the store promises."""


@dataclass(frozen=True)
class WavInfo:
    """The shape of a WAV file's audio."""

    channels: int
    rate: int
    sample_width: int
    frames: int

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return self.frames / self.rate if self.rate else 0.0


def read_info(path: Path) -> WavInfo:
    """The shape of ``path``'s audio, or ``WavError`` if it cannot be read as PCM WAV."""
    try:
        with wave.open(str(path), "rb") as w:
            return WavInfo(w.getnchannels(), w.getframerate(), w.getsampwidth(), w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise WavError(str(exc) or "not a PCM WAV file") from exc


def check_prepared(info: WavInfo) -> None:
    """Refuse anything but 16-bit 48 kHz mono/stereo PCM."""
    if info.rate != SAMPLE_RATE or info.sample_width != SAMPLE_WIDTH or info.channels not in (1, 2):
        raise WavError(
            f"{info.channels} ch, {info.rate} Hz, {8 * info.sample_width}-bit"
            f" (expected 16-bit 48000 Hz mono or stereo)"
        )


def output_channels(infos: list[WavInfo]) -> int:
    """Stereo when any item is stereo, mono otherwise."""
    return max((i.channels for i in infos), default=1)


def upmix(data: bytes, channels_in: int, channels_out: int) -> bytes:
    """Interleaved 16-bit samples with ``channels_in`` copied out to ``channels_out``."""
    import numpy as np
    if channels_in == channels_out:
        return data
    if channels_in != 1:
        raise WavError(f"cannot turn {channels_in} channels into {channels_out}")
    samples = np.frombuffer(data, dtype="<i2")
    return np.repeat(samples, channels_out).astype("<i2").tobytes()


class WavJoiner:
    """Appends prepared WAV files to one output written under a temporary name until closed."""

    def __init__(self, target: Path, channels: int) -> None:
        self.target = Path(target)
        self.channels = channels
        self.frames = 0
        self._tmp = part_path(self.target, suffix=".wav")
        self._out = wave.open(str(self._tmp), "wb")  # noqa: SIM115 - closed by close()/abort()
        self._out.setnchannels(channels)
        self._out.setsampwidth(SAMPLE_WIDTH)
        self._out.setframerate(SAMPLE_RATE)

    def append(self, path: Path, *, max_frames: int | None = None) -> int:
        """Copy the audio of ``path`` (or its first ``max_frames``); return frames written."""
        info = read_info(path)
        check_prepared(info)
        if info.channels > self.channels:
            raise WavError(f"{info.channels} channels into a {self.channels}-channel output")
        wanted = info.frames if max_frames is None else min(info.frames, max_frames)
        written = 0
        try:
            with wave.open(str(path), "rb") as w:
                while written < wanted:
                    data = w.readframes(min(CHUNK_FRAMES, wanted - written))
                    if not data:
                        break
                    self._out.writeframes(upmix(data, info.channels, self.channels))
                    written += len(data) // (SAMPLE_WIDTH * info.channels)
        except (wave.Error, EOFError) as exc:
            raise WavError(str(exc)) from exc
        self.frames += written
        return written

    def write(self, frames: np.ndarray) -> None:
        """Append interleaved int16 frames, shape (n, channels), as rendered by a feeder."""
        import numpy as np
        if frames.ndim != 2 or frames.shape[1] != self.channels:
            raise WavError(f"{frames.shape} frames into a {self.channels}-channel output")
        self._out.writeframes(np.ascontiguousarray(frames, dtype="<i2").tobytes())
        self.frames += len(frames)

    def close(self) -> Path:
        """Finish the file and move it to its final name."""
        self._out.close()
        return commit(self._tmp, self.target)

    def abort(self) -> None:
        """Drop the unfinished output."""
        try:
            self._out.close()
        finally:
            self._tmp.unlink(missing_ok=True)
