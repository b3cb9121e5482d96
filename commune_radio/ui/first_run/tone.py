"""The wizard's test tone: a 1 kHz beep written with the wave module, played on a chosen output.

It plays through the same output stream as the station's broadcasts (``playout.clip``), opened
on the first ``play``, so opening the wizard never waits for the sound system.
"""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, Signal

TONE_HZ = 1000
TONE_SECONDS = 1.0
RATE = 48_000  # the stream's own rate: prepared audio and the tone need no resampling


def write_tone(path: Path, seconds: float = TONE_SECONDS, freq: float = TONE_HZ,
               rate: int = RATE) -> Path:
    """A 16-bit mono sine at half scale, faded in and out over 10 ms so it does not click."""
    frames = int(seconds * rate)
    fade = max(1, int(0.01 * rate))
    samples = bytearray()
    for n in range(frames):
        gain = min(1.0, n / fade, (frames - 1 - n) / fade)
        value = int(0.5 * 32767 * gain * math.sin(2 * math.pi * freq * n / rate))
        samples += struct.pack("<h", value)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(samples))
    return path


class TonePlayer(QObject):
    """Plays the test tone on one output; says when it starts, ends or fails."""

    started = Signal()
    finished = Signal()
    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dir: tempfile.TemporaryDirectory | None = None
        self.path: Path | None = None
        self._clip = None

    def play(self, device_id: str | None) -> None:
        """Play the tone on the output with this id (None: the system default)."""
        from commune_radio.playout.clip import ClipPlayer

        if self.path is None:
            self._dir = tempfile.TemporaryDirectory(prefix="commune-radio-tone-")
            self.path = write_tone(Path(self._dir.name) / "tone-1khz.wav")
        if self._clip is None:
            self._clip = ClipPlayer(self)
            self._clip.started.connect(self.started)
            self._clip.stopped.connect(self.finished)
            self._clip.error.connect(self.error)
        self._clip.play(self.path, device_id=device_id)

    def stop(self) -> None:
        """Stop the tone (nothing happens when it is not playing)."""
        if self._clip is not None:
            self._clip.stop()

    def close(self) -> None:
        """Stop, release the output and remove the temporary file."""
        if self._clip is not None:
            self._clip.close()
        if self._dir is not None:
            self._dir.cleanup()
            self._dir, self.path = None, None
