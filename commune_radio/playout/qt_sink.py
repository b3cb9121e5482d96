"""The loudspeaker sink: QMediaPlayer + QAudioOutput on the chosen output device.

It plays one prepared file at a time and reports to the engine: the item's end, its position,
and every way it can go wrong (media error, the output device unplugged, the output hanging),
so the log never says ``played`` for audio that did not flow. Reports to the engine are posted
through the event loop, never made from inside a QMediaPlayer signal, so the engine may start
the next item from its handler.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaDevices, QMediaPlayer

from commune_radio.core.broadcast_log import REASON_MEDIA_ERROR, REASON_NO_DEVICE, REASON_STALLED
from commune_radio.core.broadcasts import REASON_DEVICE_ERROR
from commune_radio.playout.devices import default_output, device_id
from commune_radio.playout.engine import SinkEvents
from commune_radio.playout.qt_compat import emit

NO_DEVICE = "none"


class QtSink(QObject):
    """Plays files on an audio output and reports to a ``SinkEvents`` (the engine)."""

    position_changed = Signal(int)  # ms into the item
    duration_changed = Signal(int)  # ms, the item's length once known
    device_lost = Signal(str)  # description of the output that disappeared
    device_changed = Signal(str)  # description of the output now used
    media_error = Signal(str)

    def __init__(
        self,
        device: QAudioDevice | None = None,
        *,
        require_device: bool = True,
        stall_timeout_s: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.require_device = require_device
        self.stall_timeout_s = stall_timeout_s
        self._events: SinkEvents | None = None
        self._chosen = device if device is not None and not device.isNull() else None
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.positionChanged.connect(self._on_position)
        self._player.durationChanged.connect(self._on_duration)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(500)
        self._watchdog.timeout.connect(self._check_stall)
        self._active: Path | None = None  # the file whose outcome is still owed to the engine
        self._token = 0  # bumps on every play/stop so a late report of an old item is dropped
        self._last_position = 0
        self._last_progress = 0.0
        self._device, _ = self._pick_device()
        if self._device is not None:
            self._output.setDevice(self._device)

    # configuration

    def attach(self, events: SinkEvents) -> None:
        """Report to ``events``."""
        self._events = events

    def set_device(self, device: QAudioDevice | None) -> None:
        """Use ``device`` from the next item on (None: the system default)."""
        self._chosen = device if device is not None and not device.isNull() else None
        self._device, _ = self._pick_device()
        if self._device is not None:
            self._output.setDevice(self._device)
            emit(self.device_changed, self._device.description())

    def device_name(self) -> str:
        """The output as the log records it (``none`` when the computer has none)."""
        if self._chosen is not None:
            return self._chosen.description()
        device = default_output()
        return device.description() if device is not None else NO_DEVICE

    def volume(self) -> float:
        """Output volume, 0.0 to 1.0 (linear)."""
        return self._output.volume()

    def set_volume(self, volume: float) -> None:
        """Set the output volume, 0.0 to 1.0."""
        self._output.setVolume(max(0.0, min(1.0, float(volume))))

    def media_player(self) -> QMediaPlayer:
        """The underlying player (for measurements; controls never touch it)."""
        return self._player

    # the Sink protocol

    def begin_broadcast(self, paths: list[Path]) -> None:
        """Nothing to prepare: each item is opened when its turn comes."""

    def end_broadcast(self) -> None:
        """Nothing to close: the player is reused."""

    def play(self, path: Path) -> None:
        """Start one file on the current output."""
        self._token += 1
        device, problem = self._pick_device()
        if problem is not None:
            self._active = Path(path)
            detail = (f"output “{self._chosen.description()}” is not connected"
                      if problem == REASON_DEVICE_ERROR else "no audio output device")
            self._report_failed(problem, detail, 0.0)
            return
        if device is not None and (self._device is None or device_id(device) != device_id(
                self._device)):
            self._device = device
            self._output.setDevice(device)
            emit(self.device_changed, device.description())
        self._active = Path(path)
        self._last_position = 0
        self._last_progress = time.monotonic()
        self._player.setSource(QUrl.fromLocalFile(str(Path(path).resolve())))
        self._player.play()
        self._watchdog.start()

    def stop(self) -> float:
        """Stop the item on air without reporting it; return the seconds that played."""
        played = self._player.position() / 1000 if self._active is not None else 0.0
        self._token += 1
        self._active = None
        self._watchdog.stop()
        self._player.stop()
        return max(played, self._last_position / 1000)

    # what QMediaPlayer and QMediaDevices say

    def _pick_device(self) -> tuple[QAudioDevice | None, str | None]:
        """The output for the next item, or why there is none.

        A chosen output that is absent is an error, never a silent switch to another output:
        audio on the PC's own speakers does not reach the commune's loudspeakers. Without a
        choice, the system default of the moment is used.
        """
        if self._chosen is not None:
            wanted = device_id(self._chosen)
            for d in QMediaDevices.audioOutputs():
                if device_id(d) == wanted:
                    return d, None
            return None, REASON_DEVICE_ERROR
        device = default_output()
        if device is None and self.require_device:
            return None, REASON_NO_DEVICE
        return device, None

    def _on_position(self, ms: int) -> None:
        if self._active is None:
            return
        if ms != self._last_position:
            self._last_progress = time.monotonic()
        self._last_position = ms
        emit(self.position_changed, ms)
        if self._events is not None:
            self._events.sink_position(ms)

    def _on_duration(self, ms: int) -> None:
        if self._active is not None and ms > 0:
            emit(self.duration_changed, ms)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._active is None:
            return
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            duration = self._player.duration()
            played = (duration if duration > 0 else self._last_position) / 1000
            self._report_finished(played)
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._report_failed(REASON_MEDIA_ERROR, self._player.errorString() or "invalid media",
                                self._last_position / 1000)

    def _on_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        if self._active is None:
            return
        emit(self.media_error, message)
        self._player.stop()
        self._report_failed(REASON_MEDIA_ERROR, message, self._last_position / 1000)

    def _on_outputs_changed(self) -> None:
        if self._device is None:
            return
        ids = {device_id(d) for d in QMediaDevices.audioOutputs()}
        if device_id(self._device) in ids:
            return
        lost = self._device.description()
        self._device = None
        emit(self.device_lost, lost)
        if self._active is not None:
            played = max(self._player.position(), self._last_position) / 1000
            self._player.stop()
            self._report_failed(REASON_DEVICE_ERROR, f"output “{lost}” disappeared", played)

    def _check_stall(self) -> None:
        if self._active is None:
            self._watchdog.stop()
            return
        if time.monotonic() - self._last_progress > self.stall_timeout_s:
            self._player.stop()
            self._report_failed(REASON_STALLED, "the audio output stopped taking audio",
                                self._last_position / 1000)

    # reporting, one outcome per item, posted through the event loop

    def _report_finished(self, played_s: float) -> None:
        self._settle(lambda events: events.sink_finished(played_s))

    def _report_failed(self, reason: str, detail: str, played_s: float) -> None:
        self._settle(lambda events: events.sink_failed(reason, detail, played_s))

    def _settle(self, report) -> None:
        self._active = None
        self._watchdog.stop()
        token = self._token

        def deliver() -> None:
            if token == self._token and self._events is not None:
                report(self._events)

        QTimer.singleShot(0, self, deliver)
