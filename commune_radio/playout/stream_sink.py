"""The loudspeaker sink: one output stream that stays open, fed with our own PCM.

A ``Feeder`` composes the stream; a ``QtOutput`` (or ``ClockOutput`` with no device) takes its
frames. A precise QTimer on the thread that owns this object (the GUI thread, or the main
thread of `run`) keeps a short lead of frames written ahead of what the device has taken, and
turns the feeder's events into the engine's reports once the device has really reached them:
an item is ``finished`` when its last sample was taken, not when it was written. Items of a
broadcast are queued whole at its start, so the next one follows on the very next sample.

A start can be cued on a wall-clock instant (``begin_broadcast(..., start_at=...)``): the
device clock (frames taken against the monotonic clock, fitted over the last seconds) tells
which stream frame leaves at that instant, and silence is written up to it.
"""

from __future__ import annotations

import collections
import datetime as dt
import time
import weakref
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from commune_radio.core.broadcast_log import REASON_NO_DEVICE, REASON_STALLED
from commune_radio.core.broadcasts import REASON_DEVICE_ERROR, REASON_DEVICE_LOST
from commune_radio.playout.devices import default_output, device_id
from commune_radio.playout.engine import SinkEvents
from commune_radio.playout.feeder import RATE, Evidence, Feeder, FeedEvent
from commune_radio.playout.outputs import AirMonitor, ClockOutput, QtOutput, level_dbfs
from commune_radio.playout.qt_compat import emit

NO_DEVICE = "none"
TICK_MS = 5
LEAD_MS = 80  # written ahead of the device: enough for a busy GUI thread, short for a stop
MAX_LEAD_MS = 200  # how far the lead grows when the thread was starved and the device ran dry
POSITION_EVERY_MS = 100
DEAD_AIR_S = 20.0
DEAD_AIR_DBFS = -50.0
STALL_S = 10.0  # a device that takes nothing for this long while on air has hung


class ClockFit:
    """Maps the device's frame count to the monotonic clock (least squares over recent points).

    The device takes audio in chunks, so one reading is a few ms off; a line through the last
    seconds of readings is far steadier.
    """

    def __init__(self, keep: int = 200) -> None:
        self._points: collections.deque[tuple[float, int]] = collections.deque(maxlen=keep)

    def add(self, mono: float, consumed: int) -> None:
        """Record a reading when the count moved."""
        if not self._points or consumed != self._points[-1][1]:
            self._points.append((mono, consumed))

    def reset(self) -> None:
        """Forget the readings (a new output)."""
        self._points.clear()

    def frame_at(self, mono: float) -> int | None:
        """The stream frame the device takes at monotonic time ``mono`` (None: too few points)."""
        if len(self._points) < 8:
            return None
        pts = np.array(self._points, dtype=np.float64)
        t, f = pts[:, 0] - pts[-1, 0], pts[:, 1]
        # the device's rate is the nominal one to within parts per million: fit the offset only
        offset = float(np.median(f - t * RATE))
        return int(round(offset + (mono - self._points[-1][0]) * RATE))

    def time_of(self, frame: int) -> float | None:
        """The monotonic time at which the device takes ``frame``."""
        if len(self._points) < 8:
            return None
        pts = np.array(self._points, dtype=np.float64)
        t, f = pts[:, 0] - pts[-1, 0], pts[:, 1]
        offset = float(np.median(f - t * RATE))
        return self._points[-1][0] + (frame - offset) / RATE


class StreamSink(QObject):
    """Plays broadcasts on one continuous output stream and reports to the engine."""

    position_changed = Signal(int)  # ms into the item
    duration_changed = Signal(int)  # ms, the item's length
    device_lost = Signal(str)  # description of the output that disappeared
    device_changed = Signal(str)  # description of the output now used
    dead_air = Signal(bool, str)  # silence on air began (True) or ended; what heard it
    monitor_level = Signal(float)  # dBFS heard on the air monitor, every 100 ms
    stream_state = Signal(str, str)  # "stream_up" | "stream_down", where / why

    def __init__(
        self,
        device: QAudioDevice | None = None,
        *,
        require_device: bool = True,
        monitor: QAudioDevice | None = None,
        lead_ms: int = LEAD_MS,
        dead_air_s: float = DEAD_AIR_S,
        dead_air_dbfs: float = DEAD_AIR_DBFS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.require_device = require_device
        self.lead_frames = int(RATE * lead_ms / 1000)
        self.max_lead_frames = max(self.lead_frames, int(RATE * MAX_LEAD_MS / 1000))
        self.underruns = 0  # times the device took everything written (a dropout on air)
        self.dead_air_s = dead_air_s
        self.dead_air_dbfs = dead_air_dbfs
        self.feeder = Feeder(2)
        self.fit = ClockFit()
        self._chosen = device if device is not None and not device.isNull() else None
        self._output: QtOutput | ClockOutput | None = None
        self._written = 0  # frames handed to the output since it opened
        self._base = 0  # stream frame that was the output's first frame
        self._paths: list[Path] = []
        self._cursor = 0  # where the engine's next play() looks in the broadcast's list
        self._engine_index: int | None = None  # the item the engine thinks is on air
        self._outcomes: dict[int, FeedEvent] = {}
        self._starts: dict[int, int] = {}
        self._last_position_ms = 0.0
        self._problem: tuple[str, str] | None = None
        self._token = 0
        self._monitor: AirMonitor | None = AirMonitor(monitor, self) if monitor else None
        self._monitor_levels: list[float] = []
        self._quiet_since: float | None = None
        self._dead = False
        self._last_consumed = (-1, 0.0)  # (frames taken, monotonic time they last moved)
        self._tee = None  # the IP stream output (IcecastTee), fed the same frames
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._open()
        self._timer.start()

    # the output

    def _pick(self) -> tuple[QAudioDevice | None, str | None]:
        """The device to open, or why there is none. A chosen output that is absent is an
        error, never a silent switch: the PC's own speakers do not reach the loudspeakers."""
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

    def _open(self) -> None:
        if self._output is not None:
            self._output.close()
        device, problem = self._pick()
        self.fit.reset()
        self._base, self._written = self.feeder.position, 0
        if problem is not None:
            self._output = None
            self._problem = (problem, "no audio output device" if problem == REASON_NO_DEVICE
                             else f"output “{self._chosen.description()}” is not connected")
            return
        output = QtOutput(device, parent=self) if device is not None else ClockOutput()
        if not output.open():
            self._output = None
            self._problem = (REASON_DEVICE_ERROR, f"output “{output.description}” did not open")
            return
        self._output, self._problem = output, None
        emit(self.device_changed, output.description)

    def output_problem(self) -> tuple[str, str] | None:
        """(reason, detail) when no output is open, None when one is."""
        return self._problem

    def flowing(self) -> bool:
        """Whether the device is taking audio (so a cue can be placed on its clock)."""
        return self._output is not None and self._output.flowing()

    def set_device(self, device: QAudioDevice | None) -> None:
        """Use ``device`` (None: the system default); the stream reopens on it now."""
        self._chosen = device if device is not None and not device.isNull() else None
        if not self.feeder.active:
            self._open()

    def device_name(self) -> str:
        """The output as the log records it (``none`` when the computer has none)."""
        if self._output is not None:
            return self._output.description
        if self._chosen is not None:
            return self._chosen.description()
        return NO_DEVICE

    def volume(self) -> float:
        """Output volume, 0.0 to 1.0 (linear, applied to the samples we write)."""
        return self.feeder.gain

    def set_volume(self, volume: float) -> None:
        """Set the output volume, 0.0 to 1.0."""
        self.feeder.gain = max(0.0, min(1.0, float(volume)))

    def attach(self, events: SinkEvents) -> None:
        """Report to ``events`` (held weakly: the engine owns the sink, not the reverse)."""
        self._events_ref = weakref.ref(events)

    @property
    def _events(self) -> SinkEvents | None:
        ref = getattr(self, "_events_ref", None)
        return ref() if ref is not None else None

    # the Sink protocol

    def begin_broadcast(self, paths: list[Path], *, start_at: dt.datetime | None = None) -> None:
        """Queue every item now, so each follows the last on the next sample."""
        self._paths = [Path(p) for p in paths]
        self._cursor, self._engine_index = 0, None
        self._outcomes.clear()
        self._starts.clear()
        self._last_position_ms = 0.0
        self._token += 1
        if self._output is None:
            self._open()  # a device plugged back in since
        if self._output is None:
            return  # play() reports the problem for the first item
        self.feeder.load(self._paths, start_frame=self._cue_frame(start_at))

    def _cue_frame(self, start_at: dt.datetime | None) -> int | None:
        if start_at is None:
            return None
        mono = time.monotonic() + (start_at - dt.datetime.now(dt.UTC)).total_seconds()
        device_frame = self.fit.frame_at(mono)
        if device_frame is None:
            return None  # the device is not flowing yet: start as soon as possible
        return self._base + device_frame

    def play(self, path: Path) -> None:
        """The engine's turn for the next item: it is already queued (or reported)."""
        if self._output is None:
            reason, detail = self._problem or (REASON_NO_DEVICE, "no audio output device")
            self._post(lambda ev: ev.sink_failed(reason, detail, 0.0))
            return
        index = self._cursor
        while index < len(self._paths) and self._paths[index] != Path(path):
            index += 1
        if index >= len(self._paths):  # not part of the broadcast: queue it alone
            self._paths.append(Path(path))
            self.feeder.load(self._paths[index:])
        self._engine_index, self._cursor = index, index + 1
        self._last_position_ms = 0.0
        if index in self._outcomes:
            self._deliver(self._outcomes.pop(index))

    def stop(self) -> float:
        """Fade out the item on air (10 ms) without reporting it; return the seconds aired."""
        self._token += 1
        index, self._engine_index = self._engine_index, None
        cut = self.feeder.stop()
        self._stopped_evidence = cut.evidence if cut is not None else None
        if index is None or index not in self._starts:
            return 0.0
        return max(0.0, (self._device_frame() - self._starts[index]) / RATE)

    def stopped_evidence(self) -> Evidence | None:
        """What the item cut by the last ``stop`` had sent."""
        return self.with_monitor(getattr(self, "_stopped_evidence", None))

    def end_broadcast(self) -> None:
        """The broadcast is over; the stream goes on with silence."""
        self._paths, self._cursor, self._engine_index = [], 0, None
        self._outcomes.clear()

    # the clock tick (the owning thread)

    def _device_frame(self) -> int:
        return self._base + (self._output.consumed() if self._output is not None else 0)

    def _tick(self) -> None:
        output = self._output
        if output is None:
            return
        if output.failed():
            self._lose_device(output.description)
            return
        consumed = output.consumed()
        now = time.monotonic()
        self.fit.add(now, consumed)
        if consumed != self._last_consumed[0]:
            self._last_consumed = (consumed, now)
        if (self._written and consumed >= self._written and self.feeder.active
                and isinstance(output, QtOutput)):
            # this thread was late and the device ran dry: a short dropout went on air; write
            # further ahead from now on, trading a little stop latency for no more dropouts
            self.underruns += 1
            self.lead_frames = min(self.max_lead_frames, self.lead_frames + RATE // 50)
        elif (self._engine_index is not None and output.flowing()
              and now - self._last_consumed[1] > STALL_S):
            self._lose_device(output.description, REASON_STALLED,
                              "the audio output stopped taking audio")
            return
        want = min(self.lead_frames - (self._written - consumed), output.room())
        if want > 0:
            frames = self.feeder.render(want)
            output.write(frames)
            self._written += want
            if self._tee is not None:
                self._tee.feed(frames)
        if self._tee is not None:
            for kind, detail in self._tee.take_changes():
                emit(self.stream_state, kind, detail)
        for event in self.feeder.take_events(self._base + consumed):
            self._route(event)
        self._report_position(self._base + consumed)
        if self._monitor is not None:
            self._read_monitor()

    def _route(self, event: FeedEvent) -> None:
        if event.kind == "start":
            self._starts[event.index] = event.frame
            emit(self.duration_changed, 0)
            return
        if event.kind not in ("end", "failed"):
            return
        if event.index == self._engine_index:
            self._deliver(event)
        else:
            self._outcomes[event.index] = event

    def _deliver(self, event: FeedEvent) -> None:
        self._engine_index = None
        played = event.played_frames / RATE
        evidence = self.with_monitor(event.evidence)
        self._monitor_levels = []
        if event.kind == "end":
            self._post(lambda ev: ev.sink_finished(played, evidence=evidence))
        else:
            reason, detail = event.reason or "", event.detail
            self._post(lambda ev: ev.sink_failed(reason, detail, played, evidence=evidence))

    def with_monitor(self, evidence: Evidence | None) -> Evidence | None:
        """``evidence`` with the level heard on the air monitor during the item."""
        if evidence is None or self._monitor is None:
            return evidence
        return evidence.with_monitor(level_dbfs(self._monitor_levels))

    def _report_position(self, device_frame: int) -> None:
        index = self._engine_index
        if index is None or index not in self._starts or self._events is None:
            return
        ms = max(0.0, (device_frame - self._starts[index]) * 1000 / RATE)
        if ms - self._last_position_ms >= POSITION_EVERY_MS:
            self._last_position_ms = ms
            emit(self.position_changed, int(ms))
            self._events.sink_position(int(ms))

    # proof of sound on the air monitor

    def _read_monitor(self) -> None:
        levels = self._monitor.poll()
        if not levels:
            return
        playing = self._engine_index is not None
        if playing:
            self._monitor_levels.extend(levels)
        emit(self.monitor_level, level_dbfs(levels[-1:]) or -120.0)
        quiet = all(level_dbfs([v]) < self.dead_air_dbfs for v in levels)
        now = time.monotonic()
        if playing and quiet:
            self._quiet_since = self._quiet_since or now
            if not self._dead and now - self._quiet_since >= self.dead_air_s:
                self._dead = True
                emit(self.dead_air, True, self._monitor.description)
        else:
            self._quiet_since = None
            if self._dead:
                self._dead = False
                emit(self.dead_air, False, self._monitor.description)

    # device changes

    def _on_outputs_changed(self) -> None:
        if self._output is None or isinstance(self._output, ClockOutput):
            if self._output is None and not self.feeder.active:
                self._open()  # an output came (back): open it while idle
            return
        ids = {device_id(d) for d in QMediaDevices.audioOutputs()}
        if device_id(self._output.device) not in ids:
            self._lose_device(self._output.description)

    def _lose_device(self, description: str, reason: str = REASON_DEVICE_LOST,
                     detail: str | None = None) -> None:
        detail = detail or f"output “{description}” disappeared"
        index = self._engine_index
        cut = self.feeder.stop()
        if self._output is not None:
            self._output.close()
        self._output = None
        self._problem = (reason, detail)
        emit(self.device_lost, description)
        if index is not None:
            self._engine_index = None
            played = cut.played_frames / RATE if cut is not None else 0.0
            evidence = cut.evidence if cut is not None else None
            self._post(lambda ev: ev.sink_failed(reason, detail, played, evidence=evidence))
        if self._chosen is None:
            self._open()  # the system default may be another output now

    # reporting, posted through the event loop so the engine may start the next item

    def _post(self, report) -> None:
        token = self._token

        def deliver() -> None:
            if token == self._token and self._events is not None:
                report(self._events)

        QTimer.singleShot(0, self, deliver)

    def set_tee(self, tee) -> None:
        """Send what airs to an IP stream too (an ``IcecastTee``; None stops it)."""
        if self._tee is not None:
            self._tee.close()
        self._tee = tee

    def close(self) -> None:
        """Stop the tick and release the output, the monitor and the stream."""
        self._timer.stop()
        self.set_tee(None)
        if self._output is not None:
            self._output.close()
            self._output = None
        if self._monitor is not None:
            self._monitor.close()
            self._monitor = None
