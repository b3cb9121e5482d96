"""The one PCM stream every output plays: items joined sample to sample, measured as sent. Qt-free.

The feeder composes the station's output as a single endless stream of 48 kHz 16-bit frames:
silence while idle, the items of a broadcast back to back with no inserted silence, a short
fade-out when stopped or cut by an emergency. Every output (the sound card through Qt, the clocked
"no device" output, a WAV file) pulls frames from it with ``render``; nothing else decides what
airs. Positions are stream frames, so a start can be placed on an exact sample ahead of time
(pre-roll) and each item's start and end are known to the sample.

What was sent is measured from the very samples written, after volume and fades: RMS and peak
in dBFS and seconds of silence per item (``Evidence``), so the log can say sound went out.
"""

from __future__ import annotations

import math
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where it is used: this module is on the window's start path
    import numpy as np

from commune_radio.core.broadcast_log import REASON_MEDIA_ERROR
from commune_radio.core.broadcasts import REASON_FILE_MISSING

RATE = 48_000
SILENCE_DBFS = -50.0  # a 10 ms block quieter than this counts as silence
BLOCK = RATE // 100  # 10 ms: the unit of the silence count
FLOOR_DBFS = -120.0  # what digital silence reads as (log of zero)
FULL_SCALE = 32768.0


def dbfs(value: float) -> float:
    """A linear level (1.0 = full scale) in dBFS, floored for digital silence."""
    return max(FLOOR_DBFS, 20 * math.log10(value)) if value > 0 else FLOOR_DBFS


@dataclass(frozen=True)
class Evidence:
    """What an item sent to the output, measured from the samples written."""

    rms_dbfs: float
    peak_dbfs: float
    silent_s: float
    frames: int
    monitor_rms_dbfs: float | None = None  # what came back on the air-monitor input

    def with_monitor(self, monitor_rms_dbfs: float | None) -> Evidence:
        """The same, with the level heard on the air monitor."""
        return Evidence(self.rms_dbfs, self.peak_dbfs, self.silent_s, self.frames,
                        monitor_rms_dbfs)


class Meter:
    """Running RMS, peak and silence count over interleaved int16 frames."""

    def __init__(self) -> None:
        import numpy as np
        self.frames = 0
        self._sum_sq = 0.0
        self._peak = 0
        self._silent_blocks = 0
        self._tail = np.zeros((0,), dtype=np.float64)  # squares of the unfinished 10 ms block

    def add(self, frames: np.ndarray) -> None:
        """Account for ``frames`` (shape (n, channels), int16)."""
        import numpy as np
        if not len(frames):
            return
        samples = frames.astype(np.float64)
        self._peak = max(self._peak, int(np.abs(frames.astype(np.int32)).max()))
        per_frame = (samples * samples).mean(axis=1)
        self._sum_sq += float(per_frame.sum())
        self.frames += len(frames)
        squares = np.concatenate([self._tail, per_frame])
        whole = len(squares) // BLOCK * BLOCK
        if whole:
            blocks = squares[:whole].reshape(-1, BLOCK).mean(axis=1)
            threshold = (FULL_SCALE * 10 ** (SILENCE_DBFS / 20)) ** 2
            self._silent_blocks += int((blocks < threshold).sum())
        self._tail = squares[whole:]

    def evidence(self) -> Evidence:
        """The figures so far."""
        rms = math.sqrt(self._sum_sq / self.frames) / FULL_SCALE if self.frames else 0.0
        return Evidence(rms_dbfs=round(dbfs(rms), 2),
                        peak_dbfs=round(dbfs(self._peak / FULL_SCALE), 2),
                        silent_s=round(self._silent_blocks * BLOCK / RATE, 2), frames=self.frames)


class PcmReader:
    """Reads a prepared WAV (16-bit, 48 kHz, mono or stereo) as frames of ``channels``."""

    def __init__(self, path: Path, channels: int) -> None:
        self.path = Path(path)
        self.channels = channels
        self._wav = wave.open(str(path), "rb")  # noqa: SIM115 - closed by close()
        try:
            rate, width = self._wav.getframerate(), self._wav.getsampwidth()
            self._in_channels = self._wav.getnchannels()
            if rate != RATE or width != 2 or self._in_channels not in (1, 2):
                raise wave.Error(f"{self._in_channels} ch, {rate} Hz, {8 * width}-bit "
                                 f"(expected 16-bit 48000 Hz mono or stereo)")
            if self._in_channels > channels:
                raise wave.Error(f"{self._in_channels} channels into a {channels}-channel output")
        except BaseException:
            self._wav.close()
            raise
        self.frames = self._wav.getnframes()

    def read(self, n: int) -> np.ndarray:
        """Up to ``n`` frames, shape (k, channels); fewer only at the end of the file."""
        import numpy as np
        data = self._wav.readframes(n)
        samples = np.frombuffer(data, dtype="<i2")
        usable = len(samples) // self._in_channels * self._in_channels
        frames = samples[:usable].reshape(-1, self._in_channels)
        if self._in_channels != self.channels:
            frames = np.repeat(frames, self.channels, axis=1)
        return frames

    def close(self) -> None:
        """Release the file."""
        self._wav.close()


@dataclass
class FeedEvent:
    """Something that happened at a stream frame: an item began, ended or could not play."""

    frame: int
    kind: str  # "start" | "end" | "failed"
    index: int  # the item's place in the broadcast's list
    path: Path
    played_frames: int = 0
    evidence: Evidence | None = None
    reason: str | None = None
    detail: str = ""


@dataclass
class _Item:
    index: int
    path: Path
    reader: PcmReader | None = None
    meter: Meter = field(default_factory=Meter)
    start_frame: int = 0


class Feeder:
    """Composes the output stream; outputs call ``render`` and read ``events``.

    Not thread-safe by design: it is driven from one thread (the Qt thread that owns the
    output, or the caller of a file render).
    """

    def __init__(self, channels: int = 2, *, fade_ms: float = 10.0, chunk: int = 4800) -> None:
        self.channels = channels
        self.position = 0  # stream frames rendered so far
        self.fade_frames = max(1, int(RATE * fade_ms / 1000))
        self.chunk = chunk
        self.gain = 1.0
        self.events: list[FeedEvent] = []
        self._queue: list[Path] = []
        self._next = 0  # index in _queue of the next item to open
        self._item: _Item | None = None
        self._start_frame: int | None = None  # the broadcast waits for this frame
        self._armed = False
        self._fade_left = 0  # frames of fade-out still to render (after stop)
        self._fade_src: np.ndarray | None = None

    # what plays

    @property
    def active(self) -> bool:
        """Whether a broadcast is queued or on air (not idle silence)."""
        return self._armed

    def load(self, paths: list[Path], *, start_frame: int | None = None) -> None:
        """Queue a broadcast's items; it starts at ``start_frame`` (the next frame when None).

        A broadcast already on air is cut with a short fade first (an emergency cuts in)."""
        if self._armed:
            self.stop()
        self._queue = [Path(p) for p in paths]
        self._next = 0
        self._start_frame = max(self.position, start_frame if start_frame is not None
                                else self.position)
        self._armed = True

    def stop(self) -> FeedEvent | None:
        """Fade out what plays and drop the rest of the queue; return the cut item's end."""
        ended = None
        if self._item is not None:
            item = self._item
            self._fade_left = self.fade_frames
            self._fade_src = item.reader
            item.reader = None
            ended = self._end(item, "end", reason="stopped")
            self._item = None
        self._queue, self._next, self._armed, self._start_frame = [], 0, False, None
        return ended

    def current_index(self) -> int | None:
        """The list index of the item being rendered now."""
        return self._item.index if self._item is not None else None

    def current_evidence(self) -> Evidence | None:
        """The measurement of the item being rendered so far."""
        return self._item.meter.evidence() if self._item is not None else None

    # rendering

    def render(self, n: int) -> np.ndarray:
        """The next ``n`` frames of the stream, shape (n, channels), int16."""
        import numpy as np
        out = np.zeros((n, self.channels), dtype=np.int16)
        done = 0
        if self._fade_left and self._fade_src is not None:
            done = self._render_fade(out)
        while done < n:
            if not self._armed:
                break
            if self._item is None:
                if self._start_frame is not None and self.position + done < self._start_frame:
                    done = min(n, self._start_frame - self.position)  # silence until the cue
                    continue
                self._start_frame = None
                if not self._open_next(self.position + done):
                    self._armed = False
                    break
                continue
            item = self._item
            want = min(n - done, self.chunk)
            frames = item.reader.read(want)
            if len(frames):
                block = self._apply_gain(frames)
                out[done:done + len(block)] = block
                item.meter.add(block)
                done += len(block)
            if len(frames) < want:  # end of the file: the next item starts on the next sample
                self._end(item, "end", frame=self.position + done)
                self._item = None
        self.position += n
        return out

    def _render_fade(self, out: np.ndarray) -> int:
        import numpy as np
        count = min(self._fade_left, len(out))
        frames = self._fade_src.read(count) if self._fade_src is not None else None
        if frames is not None and len(frames):
            start = self.fade_frames - self._fade_left
            ramp = 1.0 - (np.arange(start, start + len(frames)) + 1) / self.fade_frames
            faded = (frames.astype(np.float64) * self.gain * ramp[:, None])
            out[:len(frames)] = np.clip(faded, -32768, 32767).astype(np.int16)
        self._fade_left -= count
        if self._fade_left <= 0 or frames is None or not len(frames):
            self._fade_left = 0
            if self._fade_src is not None:
                self._fade_src.close()
            self._fade_src = None
        return count

    def _apply_gain(self, frames: np.ndarray) -> np.ndarray:
        import numpy as np
        if self.gain == 1.0:
            return frames
        scaled = frames.astype(np.float64) * self.gain
        return np.clip(scaled, -32768, 32767).astype(np.int16)

    def _open_next(self, frame: int) -> bool:
        """Open the next readable item at ``frame``; unreadable ones become ``failed`` events."""
        while self._next < len(self._queue):
            index, path = self._next, self._queue[self._next]
            self._next += 1
            if not path.is_file():
                self.events.append(FeedEvent(frame, "failed", index, path,
                                             reason=REASON_FILE_MISSING, detail=str(path)))
                continue
            try:
                reader = PcmReader(path, self.channels)
            except (OSError, wave.Error, EOFError) as exc:
                self.events.append(FeedEvent(frame, "failed", index, path,
                                             reason=REASON_MEDIA_ERROR, detail=str(exc)))
                continue
            self._item = _Item(index, path, reader, start_frame=frame)
            self.events.append(FeedEvent(frame, "start", index, path))
            return True
        self.events.append(FeedEvent(frame, "done", len(self._queue), Path()))
        return False

    def _end(self, item: _Item, kind: str, *, frame: int | None = None,
             reason: str | None = None) -> FeedEvent:
        if item.reader is not None:
            item.reader.close()
            item.reader = None
        event = FeedEvent(frame if frame is not None else self.position, kind, item.index,
                          item.path, played_frames=item.meter.frames,
                          evidence=item.meter.evidence(), reason=reason)
        if reason != "stopped":
            self.events.append(event)
        return event

    def take_events(self, upto_frame: int) -> list[FeedEvent]:
        """Remove and return the events at or before ``upto_frame`` (what the device reached)."""
        due = [e for e in self.events if e.frame <= upto_frame]
        if due:
            self.events = [e for e in self.events if e.frame > upto_frame]
        return due
