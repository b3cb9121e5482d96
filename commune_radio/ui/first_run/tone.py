"""The wizard's test tone: a 1 kHz beep written with the wave module, played on a chosen output.

Qt Multimedia is loaded on the first ``play`` (as the preview player does), so opening the
wizard never waits for the sound system.
"""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

TONE_HZ = 1000
TONE_SECONDS = 1.0
RATE = 44_100


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
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None

    def _ensure(self) -> QMediaPlayer:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._output.setVolume(1.0)
            self._player.setAudioOutput(self._output)
            self._player.playbackStateChanged.connect(self._on_state)
            self._player.errorOccurred.connect(lambda _e, message: self.error.emit(message))
        return self._player

    def play(self, device_id: str | None) -> None:
        """Play the tone on the output with this id (None: the system default)."""
        from commune_radio.playout.devices import default_output, find_output

        if self.path is None:
            self._dir = tempfile.TemporaryDirectory(prefix="commune-radio-tone-")
            self.path = write_tone(Path(self._dir.name) / "tone-1khz.wav")
        player = self._ensure()
        player.stop()
        device = find_output(device_id) if device_id else default_output()
        if device is not None:
            self._output.setDevice(device)
        player.setSource(QUrl.fromLocalFile(str(self.path)))
        player.play()

    def stop(self) -> None:
        """Stop the tone (nothing happens when it is not playing)."""
        if self._player is not None:
            self._player.stop()

    def close(self) -> None:
        """Stop and remove the temporary file."""
        self.stop()
        if self._player is not None:
            self._player.setSource(QUrl())
        if self._dir is not None:
            self._dir.cleanup()
            self._dir, self.path = None, None

    def _on_state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if state == QMediaPlayer.PlaybackState.PlayingState:
            self.started.emit()
        elif state == QMediaPlayer.PlaybackState.StoppedState:
            self.finished.emit()
