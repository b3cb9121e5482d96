"""One file on an output, outside the log: the library preview and the wizard's test tone.

It plays through the same ``StreamSink`` and ``Feeder`` as the station's broadcasts (no media
player object), so what a preview sounds like is what airs. Nothing is logged: a preview is not
a broadcast.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from commune_radio.audio.wav import WavError, read_info
from commune_radio.playout.feeder import RATE, Evidence


class ClipPlayer(QObject):
    """Plays one prepared WAV at a time; says when it starts, ends, moves and fails."""

    started = Signal()
    stopped = Signal()  # ended: played out, stopped or failed
    position_changed = Signal(int)  # ms
    duration_changed = Signal(int)  # ms
    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = None
        self._device_id: str | None = None
        self._playing = False
        self.source: Path | None = None
        self.tag: object = None

    def _ensure(self, device_id: str | None):
        from commune_radio.playout.devices import find_output
        from commune_radio.playout.stream_sink import StreamSink

        if self._sink is not None and device_id == self._device_id:
            return self._sink
        if self._sink is not None:
            self._sink.close()
            self._sink.deleteLater()
        device = find_output(device_id) if device_id else None
        self._sink = StreamSink(device, require_device=False, parent=self)
        self._sink.attach(self)
        self._sink.position_changed.connect(self.position_changed)
        self._device_id = device_id
        return self._sink

    def play(self, path: Path | str, tag: object = None, *, device_id: str | None = None) -> None:
        """Play ``path`` from the start on ``device_id`` (None: the system default),
        stopping whatever played before. ``tag`` is kept so controls know what plays."""
        sink = self._ensure(device_id)
        if self._playing:
            sink.stop()
            sink.end_broadcast()
        self.source, self.tag = Path(path), tag
        try:
            frames = read_info(self.source).frames
        except (OSError, WavError) as exc:
            self.error.emit(str(exc))
            return
        sink.begin_broadcast([self.source])
        sink.play(self.source)
        self.duration_changed.emit(int(frames * 1000 / RATE))
        self._set_playing(True)

    def stop(self) -> None:
        """Stop (a 10 ms fade; nothing happens when already stopped)."""
        if self._sink is not None and self._playing:
            self._sink.stop()
            self._sink.end_broadcast()
            self._set_playing(False)

    def is_playing(self) -> bool:
        """Whether a clip is playing now."""
        return self._playing

    def close(self) -> None:
        """Stop and release the output."""
        self.stop()
        if self._sink is not None:
            self._sink.close()

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            (self.started if playing else self.stopped).emit()

    # what the sink reports (SinkEvents)

    def sink_finished(self, played_s: float, *, evidence: Evidence | None = None) -> None:
        """The clip played out."""
        self._sink.end_broadcast()
        self._set_playing(False)

    def sink_failed(self, reason: str, detail: str, played_s: float, *,
                    evidence: Evidence | None = None) -> None:
        """The clip could not play (no device, unreadable file)."""
        self._sink.end_broadcast()
        self.error.emit(detail or reason)
        self._set_playing(False)

    def sink_position(self, position_ms: int) -> None:
        """Positions come through the sink's own signal."""
