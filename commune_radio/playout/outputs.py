"""Where the stream's frames go, and the clock that says how far the device has got.

``QtOutput`` is one ``QAudioSink`` in push mode on the chosen device: the GUI (or main) thread
writes frames into it; Qt's own audio thread moves them to the sound server in C++, so no
Python runs in a thread Qt owns. Its clock is ``processedUSecs``: the audio the device side has
taken, not what we wrote. ``ClockOutput`` is the computer with no output at all (tests,
headless CI with ``require_device=False``): frames go nowhere, consumed at the real-time rate
of the monotonic clock, so a broadcast still takes its real length.

``AirMonitor`` records an input (a line-in wired to the transmitter's monitor) with a
``QAudioSource`` read from the same thread, and reports its level.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QAudio, QAudioDevice, QAudioFormat, QAudioSink, QAudioSource

from commune_radio.playout.feeder import RATE, dbfs

FRAME_BYTES = 4  # 16-bit stereo


def stream_format(channels: int = 2) -> QAudioFormat:
    """48 kHz, 16-bit, interleaved: the prepared audio's own format."""
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(channels)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


class ClockOutput:
    """No device: frames are dropped at the rate a device would take them.

    Like a real device it never takes more than it was given: after the thread was busy for a
    while, the frames written since are taken in real time, not all at once.
    """

    description = "none"

    def __init__(self) -> None:
        self._written = 0
        self._taken = 0.0
        self._last = time.monotonic()

    def open(self) -> bool:
        """Always opens."""
        self._written, self._taken, self._last = 0, 0.0, time.monotonic()
        return True

    def flowing(self) -> bool:
        """A clock is always flowing."""
        return True

    def consumed(self) -> int:
        """Frames taken so far: real time, but never more than was written."""
        now = time.monotonic()
        self._taken = min(float(self._written), self._taken + (now - self._last) * RATE)
        self._last = now
        return int(self._taken)

    def room(self) -> int:
        """No buffer limit of its own."""
        return 1 << 30

    def write(self, frames: np.ndarray) -> None:
        """Frames go nowhere; only their count matters."""
        self._written += len(frames)

    def failed(self) -> bool:
        """A clock never fails."""
        return False

    def close(self) -> None:
        """Nothing to release."""


class QtOutput:
    """A QAudioSink in push mode, written from the thread that created it."""

    def __init__(self, device: QAudioDevice, *, buffer_ms: int = 200,
                 parent: QObject | None = None) -> None:
        self.device = device
        self.description = device.description()
        self._buffer_bytes = int(RATE * buffer_ms / 1000) * FRAME_BYTES
        self._parent = parent
        self._sink: QAudioSink | None = None
        self._io = None
        self._failed = False

    def open(self) -> bool:
        """Start the sink; False when the device refuses."""
        self._sink = QAudioSink(self.device, stream_format(), self._parent)
        self._sink.setBufferSize(self._buffer_bytes)
        self._io = self._sink.start()
        self._failed = self._io is None or self._sink.error() in (
            QAudio.Error.OpenError, QAudio.Error.FatalError)
        return not self._failed

    def flowing(self) -> bool:
        """Whether the device has started taking audio (it takes a moment after opening)."""
        return self._sink is not None and self._sink.processedUSecs() > 0

    def consumed(self) -> int:
        """Frames the device side has taken since opening."""
        return self._sink.processedUSecs() * RATE // 1_000_000 if self._sink else 0

    def room(self) -> int:
        """Frames that fit in the sink's buffer now."""
        return self._sink.bytesFree() // FRAME_BYTES if self._sink else 0

    def write(self, frames: np.ndarray) -> None:
        """Hand frames (int16, stereo) to the sink."""
        if self._io is not None:
            self._io.write(frames.tobytes())

    def failed(self) -> bool:
        """Whether the sink stopped on an error it will not recover from."""
        if self._sink is None:
            return True
        return self._failed or self._sink.error() in (QAudio.Error.OpenError,
                                                      QAudio.Error.FatalError,
                                                      QAudio.Error.IOError)

    def close(self) -> None:
        """Stop and release the sink."""
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink, self._io = None, None


class AirMonitor:
    """An input recorded to check what really went on air (pull mode, read by ``poll``)."""

    def __init__(self, device: QAudioDevice, parent: QObject | None = None) -> None:
        self.device = device
        self.description = device.description()
        self._source = QAudioSource(device, stream_format(), parent)
        self._source.setBufferSize(RATE * FRAME_BYTES // 2)
        self._io = self._source.start()
        self._pending = b""

    def poll(self) -> list[float]:
        """The RMS (linear, 0-1) of every whole 100 ms block recorded since the last call."""
        if self._io is None:
            return []
        data = self._pending + bytes(self._io.readAll().data())
        block = RATE // 10 * FRAME_BYTES
        whole = len(data) // block * block
        self._pending = data[whole:]
        if not whole:
            return []
        samples = np.frombuffer(data[:whole], dtype="<i2").astype(np.float64) / 32768.0
        blocks = samples.reshape(-1, block // 2)
        return [math.sqrt(float(v)) for v in (blocks * blocks).mean(axis=1)]

    def close(self) -> None:
        """Stop recording."""
        self._source.stop()
        self._io = None


def level_dbfs(levels: list[float]) -> float | None:
    """The mean power of some RMS blocks, in dBFS (None without any)."""
    if not levels:
        return None
    return round(dbfs(math.sqrt(sum(v * v for v in levels) / len(levels))), 2)
