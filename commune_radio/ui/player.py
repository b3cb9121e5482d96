"""Preview playback (after Picard's ui/player): one QMediaPlayer behind typed signals.

Controls never talk to QMediaPlayer: they call ``play``/``stop`` and listen to ``started``,
``stopped``, ``position_changed`` and ``error``. Qt Multimedia is loaded, and the media player
and its audio output created, on the first ``play``: opening the window never touches the sound
system (nor waits for it, nor logs its probing of PipeWire/PulseAudio).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer


class Player(QObject):
    """Plays one file at a time for preview; says when it starts, stops, moves and fails."""

    started = Signal()
    stopped = Signal()
    position_changed = Signal(int)  # milliseconds
    duration_changed = Signal(int)  # milliseconds
    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._playing = False
        self.source: Path | None = None
        self.tag: object = None

    def _ensure(self) -> QMediaPlayer:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._output.setVolume(1.0)
            self._player.setAudioOutput(self._output)
            self._player.playbackStateChanged.connect(self._on_state)
            self._player.positionChanged.connect(self._on_position)
            self._player.durationChanged.connect(self._on_duration)
            self._player.errorOccurred.connect(self._on_error)
        return self._player

    def play(self, path: Path | str, tag: object = None) -> None:
        """Play ``path`` from the start, stopping whatever played before.

        ``tag`` (e.g. a segment id) is kept so controls know what is playing.
        """
        player = self._ensure()
        if self._playing:
            player.stop()
        self.source = Path(path)
        self.tag = tag
        player.setSource(QUrl.fromLocalFile(str(self.source)))
        player.play()

    def stop(self) -> None:
        """Stop playback (nothing happens when already stopped)."""
        if self._player is not None:
            self._player.stop()

    def is_playing(self) -> bool:
        """Whether audio is playing now."""
        return self._playing

    def position_ms(self) -> int:
        """Where playback is, in milliseconds."""
        return self._player.position() if self._player else 0

    def _on_state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if playing == self._playing:
            return
        self._playing = playing
        (self.started if playing else self.stopped).emit()

    def _on_position(self, ms: int) -> None:
        self.position_changed.emit(int(ms))

    def _on_duration(self, ms: int) -> None:
        self.duration_changed.emit(int(ms))

    def _on_error(self, _error, message: str) -> None:
        self.error.emit(message)
