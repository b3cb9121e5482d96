"""``StationPlayer``: the on-air player the playout screen, the scheduler and `play` drive.

After Picard's ``ui/player``: one QObject owns the engine and the stream sink (one output
stream that stays open, fed with our own PCM) and re-emits typed signals; the screen only calls
``play_programme`` / ``emergency`` / ``stop`` / ``set_volume`` / ``set_output_device`` and
listens. Every broadcast goes through the engine, so the log is the same whoever pressed play.
"""

from __future__ import annotations

import datetime as dt
import math
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from commune_radio.core.broadcast_log import BroadcastRecord
from commune_radio.core.broadcasts import ItemStatus, Priority, Trigger
from commune_radio.core.errors import EnvironmentProblem, KnownError
from commune_radio.core.programmes import Programme, ProgrammeItem
from commune_radio.core.segments import Segment
from commune_radio.playout.devices import (
    OutputDevice,
    default_output,
    describe,
    find_input,
    find_output,
    input_devices,
    output_devices,
)
from commune_radio.playout.engine import EngineListener, NowPlaying, PlayoutEngine
from commune_radio.playout.feeder import Evidence
from commune_radio.playout.qt_compat import emit
from commune_radio.playout.stream_sink import StreamSink

if TYPE_CHECKING:
    from commune_radio.playout.ports import BroadcastLog, OutputPreferences, ProgrammeLookup


@dataclass(frozen=True)
class ItemEnd:
    """An item that left the air, as ``item_ended`` carries it."""

    broadcast_id: str
    item: ProgrammeItem
    status: ItemStatus
    played_s: float
    reason: str | None
    evidence: Evidence | None = None  # what the item sent, measured from the samples


class _Bridge(EngineListener):
    """Engine hooks turned into the player's Qt signals."""

    def __init__(self, player: StationPlayer) -> None:
        # weak: a player dropped by its owner is freed at once by reference counting, never
        # later by the cycle collector in the middle of one of its own timer slots
        self._player = weakref.ref(player)

    @property
    def player(self) -> StationPlayer:
        return self._player()

    def broadcast_started(self, record: BroadcastRecord) -> None:
        emit(self.player.broadcast_started, record)
        emit(self.player.playing_changed, True)

    def item_started(self, now: NowPlaying) -> None:
        emit(self.player.item_started, now)

    def item_ended(self, broadcast_id, item, status, played_s, reason) -> None:
        emit(self.player.item_ended, ItemEnd(broadcast_id, item, status, played_s, reason,
                                             self.player.engine.last_evidence))

    def position(self, now: NowPlaying, item_ms: int) -> None:
        elapsed = int(now.elapsed_before_s * 1000) + item_ms
        remaining = max(0, int(now.item.duration_s * 1000) - item_ms) + int(
            now.remaining_after_s * 1000)
        emit(self.player.position_changed, item_ms, elapsed, remaining)

    def broadcast_ended(self, record: BroadcastRecord) -> None:
        emit(self.player.broadcast_ended, record)
        if not self.player.is_playing():
            emit(self.player.playing_changed, False)

    def problem(self, error: KnownError) -> None:
        emit(self.player.problem, error)


class StationPlayer(QObject):
    """Plays programmes on the station's output and logs every broadcast.

    Signals carry plain data: ``BroadcastRecord`` (the log row), ``NowPlaying`` (programme,
    item, where it stands), ``ItemEnd``, ``KnownError`` (render with ``.render(lang)``).
    """

    broadcast_started = Signal(object)  # BroadcastRecord, written before the first sample
    broadcast_ended = Signal(object)  # BroadcastRecord, final (played/partial/failed + reason)
    item_started = Signal(object)  # NowPlaying
    item_ended = Signal(object)  # ItemEnd
    position_changed = Signal(int, int, int)  # item ms, broadcast elapsed ms, remaining ms
    duration_changed = Signal(int)  # ms of the item on air, once the decoder knows it
    playing_changed = Signal(bool)
    volume_changed = Signal(float)
    device_changed = Signal(str)  # description of the output now in use
    device_lost = Signal(str)  # description of an output that disappeared mid-air
    dead_air = Signal(bool, str)  # silence on air for the alarm time began (True) / ended
    monitor_level = Signal(float)  # dBFS heard on the air-monitor input
    problem = Signal(object)  # KnownError: a failed item, a lost device, a log write that failed

    def __init__(
        self,
        programmes: ProgrammeLookup,
        log: BroadcastLog,
        audio_path: Callable[[Segment], Path],
        settings: OutputPreferences,
        *,
        device: str | None = None,
        require_device: bool = True,
        monitor: str | None = None,
        dead_air_s: float = 20.0,
        checkpoint_s: float = 5.0,
        parent: QObject | None = None,
    ) -> None:
        """``device`` names an output for this player only (``play --device``); without it the
        remembered output is used, and the system default when that is absent.
        ``require_device=False`` lets a computer with no output at all play to nowhere (tests,
        headless CI); the log then records device ``none``. ``monitor`` names an input wired
        to the transmitter's monitor: what comes back is measured per item, and silence on it
        for ``dead_air_s`` while something plays raises ``dead_air``."""
        super().__init__(parent)
        self.programmes = programmes
        self.settings = settings
        if device:
            chosen = find_output(device)
            if chosen is None:
                raise EnvironmentProblem(
                    "playout.no_such_device", name=device,
                    available=", ".join(f"“{d.description}”" for d in output_devices()) or "—",
                )
        else:
            chosen = find_output(settings.device_id()) if settings.device_id() else None
        monitor_device = find_input(monitor) if monitor else None
        if monitor and monitor_device is None:
            raise EnvironmentProblem(
                "playout.no_such_input", name=monitor,
                available=", ".join(f"“{d.description}”" for d in input_devices()) or "—",
            )
        self.sink = StreamSink(chosen, require_device=require_device, monitor=monitor_device,
                               dead_air_s=dead_air_s, parent=self)
        self.sink.set_volume(settings.volume())
        self.sink.duration_changed.connect(self.duration_changed)
        self.sink.device_changed.connect(self.device_changed)
        self.sink.device_lost.connect(self._on_device_lost)
        self.sink.dead_air.connect(self.dead_air)
        self.sink.monitor_level.connect(self.monitor_level)
        self.engine = PlayoutEngine(log, self.sink, audio_path, listener=_Bridge(self),
                                    checkpoint_s=checkpoint_s)

    # playing

    def _programme(self, programme: Programme | str | int) -> Programme:
        return programme if isinstance(programme, Programme) else self.programmes.find(programme)

    def play_programme(
        self,
        programme: Programme | str | int,
        *,
        trigger: Trigger = Trigger.MANUAL,
        priority: Priority = Priority.NORMAL,
        slot_id: int | None = None,
        scheduled_at: dt.datetime | None = None,
        start_at: dt.datetime | None = None,
    ) -> str:
        """Start a programme now ("Phát ngay", or a slot); return the broadcast id.

        ``start_at``: the first sample leaves at that instant (a slot woken a pre-roll ahead).
        The row is written now; the stream carries silence up to the cued sample. When the
        output is not yet taking audio (no device clock to cue on), the start waits on a
        timer instead and the row is written then; the id is returned as ``""``.

        Raises ``KnownError`` before any audio when it cannot start: unknown programme, another
        broadcast on air with the same or higher priority (``playout.busy``), a slot occurrence
        already logged, no station set up. A deferred start that fails then is reported on
        ``problem`` and, for a slot, logged ``missed`` with the reason.
        """
        resolved = self._programme(programme)
        log = self.engine.log
        delay_ms = 0
        if start_at is not None:
            delay_ms = math.ceil((start_at - log.clock()).total_seconds() * 1000)
        if delay_ms <= 0:
            return self.engine.play(resolved, trigger=trigger, priority=priority,
                                    slot_id=slot_id, scheduled_at=scheduled_at)
        on_air = self.engine.current()
        if on_air is not None and Priority(priority).rank() <= on_air.priority.rank():
            raise KnownError("playout.busy", programme=on_air.programme.name)
        if self.sink.flowing():  # cue the first sample on the device clock, row written now
            return self.engine.play(resolved, trigger=trigger, priority=priority,
                                    slot_id=slot_id, scheduled_at=scheduled_at,
                                    start_at=start_at)
        # no device clock yet (the output is still opening): a precise single shot instead
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)

        def start() -> None:
            timer.deleteLater()
            try:
                self.engine.play(resolved, trigger=trigger, priority=priority,
                                 slot_id=slot_id, scheduled_at=scheduled_at)
            except KnownError as exc:
                if exc.message_id == "log.slot_already_logged":
                    return
                if slot_id is not None and scheduled_at is not None:
                    reason = "busy" if exc.message_id == "playout.busy" else exc.message_id
                    log.record_missed(resolved, slot_id, scheduled_at, reason)
                emit(self.problem, exc)

        timer.timeout.connect(start)
        timer.start(delay_ms)
        return ""

    def emergency(self, programme: Programme | str | int) -> str:
        """Air an emergency bulletin now; whatever was on air is logged ``partial``/emergency."""
        return self.engine.emergency(self._programme(programme))

    def stop(self, reason: str) -> BroadcastRecord | None:
        """Stop the broadcast on air for ``reason`` (the operator's words or a REASON_*)."""
        return self.engine.stop(reason)

    # state

    def is_playing(self) -> bool:
        """Whether a broadcast is on air."""
        return self.engine.busy

    def current(self) -> NowPlaying | None:
        """What is on air: programme, item, where it stands."""
        return self.engine.current()

    def current_broadcast(self) -> BroadcastRecord | None:
        """The log row of the broadcast on air."""
        return self.engine.current_broadcast()

    # volume and output

    def volume(self) -> float:
        """Output volume, 0.0 to 1.0."""
        return self.sink.volume()

    def set_volume(self, volume: float, *, remember: bool = True) -> None:
        """Set (and by default remember) the output volume."""
        self.sink.set_volume(volume)
        if remember:
            self.settings.set_volume(self.sink.volume())
        emit(self.volume_changed, self.sink.volume())

    @staticmethod
    def output_devices() -> list[OutputDevice]:
        """The outputs of this computer, the system default marked."""
        return output_devices()

    def output_device(self) -> OutputDevice | None:
        """The output in use (None when the computer has none)."""
        chosen = find_output(self.settings.device_id()) if self.settings.device_id() else None
        device = chosen or default_output()
        return describe(device) if device is not None else None

    def set_output_device(self, name: str | None) -> OutputDevice | None:
        """Choose the output by id or description and remember it; None: the system default.

        Takes effect from the next item. Raises ``playout.no_such_device`` for an unknown name.
        """
        if not name:
            self.settings.set_device(None)
            self.sink.set_device(None)
            return self.output_device()
        device = find_output(name)
        if device is None:
            raise EnvironmentProblem(
                "playout.no_such_device", name=name,
                available=", ".join(f"“{d.description}”" for d in output_devices()) or "—",
            )
        info = describe(device)
        self.settings.set_device(info.id, info.description)
        self.sink.set_device(device)
        return info

    def device_name(self) -> str:
        """The output as the log records it."""
        return self.sink.device_name()

    def stream_to(self, url: str, fmt: str = "mp3") -> str:
        """Also send what airs to an Icecast mount (IP loudspeaker systems); return the URL
        as shown (no password). Raises ``stream.bad_target`` for an unusable address."""
        from commune_radio.audio.ffmpeg import ffmpeg_exe
        from commune_radio.playout.stream_tee import IcecastTee, StreamConfigError, parse_target

        try:
            target = parse_target(url, fmt)
        except StreamConfigError as exc:
            raise EnvironmentProblem("stream.bad_target", detail=str(exc)) from exc
        self.sink.set_tee(IcecastTee(target, ffmpeg_exe()))
        return target.shown

    def close(self) -> None:
        """Release the output stream (the window or `run` is closing)."""
        self.sink.close()

    def _on_device_lost(self, description: str) -> None:
        emit(self.device_lost, description)
        emit(self.problem, KnownError("playout.device_lost", device=description))
