"""The playout engine: what plays next and what gets logged. Qt-free.

The engine plays a programme item by item through a ``Sink`` (QtMultimedia, a file, or a fake
in tests) and writes the as-played log as it goes: the broadcast row before the first sample,
each item as it ends. A missing file or an item the sink cannot play is logged ``failed`` with
its reason and the next item goes on; when nothing could play the broadcast ends ``failed``.
An emergency bulletin interrupts whatever plays: the interrupted broadcast is logged
``partial`` (reason ``emergency``) and the bulletin is its own broadcast.

Sinks may report synchronously (the file sink) or later from an event loop (the Qt sink); the
engine's step loop handles both without recursion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from commune_radio.core.broadcast_log import REASON_NO_DEVICE, REASON_PRIORITY, BroadcastRecord
from commune_radio.core.broadcasts import (
    REASON_DEVICE_LOST,
    REASON_EMERGENCY,
    REASON_FILE_MISSING,
    ItemStatus,
    Priority,
    Trigger,
)
from commune_radio.core.errors import KnownError, RejectedInput
from commune_radio.core.programmes import Programme, ProgrammeItem
from commune_radio.core.segments import Segment
from commune_radio.playout.feeder import Evidence

if TYPE_CHECKING:
    from commune_radio.playout.ports import BroadcastLog


class SinkEvents(Protocol):
    """What a sink tells the engine about the item it plays."""

    def sink_finished(self, played_s: float, *, evidence: Evidence | None = None) -> None:
        """The item played to its end; ``evidence`` is what was measured as sent."""

    def sink_failed(self, reason: str, detail: str, played_s: float, *,
                    evidence: Evidence | None = None) -> None:
        """The item could not start or stopped on an error (``reason`` is a log reason);
        ``device_lost`` ends the whole broadcast ``partial``."""

    def sink_position(self, position_ms: int) -> None:
        """Playback of the item reached ``position_ms``."""


class Sink(Protocol):
    """Where audio goes. ``play`` must end in exactly one ``sink_finished``/``sink_failed``
    (unless ``stop`` comes first), either synchronously or later."""

    def attach(self, events: SinkEvents) -> None:
        """Say whom to report to."""

    def device_name(self) -> str | None:
        """The output as the log records it."""

    def begin_broadcast(self, paths: list[Path], *, start_at: dt.datetime | None = None) -> None:
        """A broadcast of these files (in order) starts, its first sample at ``start_at``
        (a wall-clock instant the sink cues on its device clock) or at once."""

    def play(self, path: Path) -> None:
        """Start playing one file."""

    def stop(self) -> float:
        """Stop the file playing now, without reporting it; return the seconds that played."""

    def stopped_evidence(self) -> Evidence | None:
        """What the item cut by the last ``stop`` had sent (None when unknown)."""

    def end_broadcast(self) -> None:
        """The broadcast is over (stopped or finished)."""


@dataclass(frozen=True)
class NowPlaying:
    """What is on air: the broadcast, the item and where the programme stands."""

    broadcast_id: str
    programme: Programme
    trigger: Trigger
    priority: Priority
    item: ProgrammeItem
    started_at: str
    elapsed_before_s: float  # audio aired by the items before this one
    remaining_after_s: float  # planned length of the items after this one

    @property
    def total_planned_s(self) -> float:
        """The programme's planned length."""
        return self.programme.duration_s


class EngineListener:
    """Hooks for whoever shows the engine's state (the Qt ``StationPlayer``); all no-ops."""

    def broadcast_started(self, record: BroadcastRecord) -> None:
        """A broadcast row was written and its first item is about to start."""

    def item_started(self, now: NowPlaying) -> None:
        """An item went on air."""

    def item_ended(self, broadcast_id: str, item: ProgrammeItem, status: ItemStatus,
                   played_s: float, reason: str | None) -> None:
        """An item ended (also a missing file that never started)."""

    def position(self, now: NowPlaying, item_ms: int) -> None:
        """Playback moved within the item on air."""

    def broadcast_ended(self, record: BroadcastRecord) -> None:
        """The broadcast is closed in the log; ``record`` is its final row."""

    def problem(self, error: KnownError) -> None:
        """Something a person should know about (a failed item, a log write that failed)."""


@dataclass
class _Run:
    record: BroadcastRecord
    programme: Programme
    trigger: Trigger
    priority: Priority
    next_index: int = 0
    playing: ProgrammeItem | None = None
    item_started_at: str = ""
    elapsed_s: float = 0.0
    last_checkpoint_ms: int = 0
    position_ms: int = 0
    first_at: dt.datetime | None = None  # the cued instant of the first item, until it starts


class PlayoutEngine:
    """Plays one broadcast at a time through a sink and keeps the log true to what aired."""

    def __init__(
        self,
        log: BroadcastLog,
        sink: Sink,
        audio_path: Callable[[Segment], Path],
        *,
        listener: EngineListener | None = None,
        checkpoint_s: float = 5.0,
    ) -> None:
        self.log = log
        self.sink = sink
        self.audio_path = audio_path
        self.listener = listener or EngineListener()
        self.checkpoint_ms = int(checkpoint_s * 1000)
        self._run: _Run | None = None
        self.last_evidence: Evidence | None = None  # what the item that ended last had sent
        self._stepping = False
        self._again = False
        sink.attach(self)

    # state

    @property
    def busy(self) -> bool:
        """Whether a broadcast is on air."""
        return self._run is not None

    def current(self) -> NowPlaying | None:
        """The broadcast and item on air, if any."""
        run = self._run
        if run is None or run.playing is None:
            return None
        return self._now(run)

    def current_broadcast(self) -> BroadcastRecord | None:
        """The log row (as written at its start) of the broadcast on air."""
        return self._run.record if self._run else None

    def current_priority(self) -> Priority | None:
        """The priority of the broadcast on air."""
        return self._run.priority if self._run else None

    # commands

    def play(
        self,
        programme: Programme,
        *,
        trigger: Trigger = Trigger.MANUAL,
        priority: Priority = Priority.NORMAL,
        slot_id: int | None = None,
        scheduled_at: dt.datetime | None = None,
        start_at: dt.datetime | None = None,
    ) -> str:
        """Start a broadcast of ``programme``; return its id.

        ``start_at`` cues the first sample on that instant (a slot woken a pre-roll early);
        the log's start times are then that instant.

        While another broadcast is on air only a higher priority may start: the one on air is
        then stopped and logged ``partial`` (reason ``emergency`` or ``priority``). Otherwise
        ``playout.busy`` is raised and nothing changes. A slot occurrence already logged is
        refused by the log (``log.slot_already_logged``) before any audio.
        """
        priority = Priority(priority)
        on_air = self._run
        if on_air is not None and priority.rank() <= on_air.priority.rank():
            raise RejectedInput("playout.busy", programme=on_air.programme.name)
        # the new row first: if the log refuses it, what is on air goes on untouched
        record = self.log.begin(
            programme, trigger=Trigger(trigger), priority=priority,
            device=self.sink.device_name(), slot_id=slot_id, scheduled_at=scheduled_at,
            started_at=start_at,
        )
        if on_air is not None:
            self.stop(REASON_EMERGENCY if priority == Priority.EMERGENCY else REASON_PRIORITY)
        run = _Run(record=record, programme=programme, trigger=Trigger(trigger),
                   priority=priority, first_at=start_at)
        self._run = run
        self.listener.broadcast_started(record)
        self.sink.begin_broadcast([self.audio_path(i.segment) for i in programme.items],
                                  start_at=start_at)
        self._advance()
        return record.id

    def emergency(self, programme: Programme) -> str:
        """Air an emergency bulletin now, interrupting whatever is on air."""
        return self.play(programme, trigger=Trigger.EMERGENCY, priority=Priority.EMERGENCY)

    def stop(self, reason: str) -> BroadcastRecord | None:
        """Stop the broadcast on air for ``reason`` (logged ``partial``); return its final row."""
        run = self._run
        if run is None:
            return None
        if run.playing is not None:
            item, run.playing = run.playing, None
            played = self.sink.stop()
            self._item_ended(run, item, ItemStatus.PARTIAL, played, reason,
                             self.sink.stopped_evidence())
        return self._finish(run, reason)

    # sink events

    def sink_finished(self, played_s: float, *, evidence: Evidence | None = None) -> None:
        """The sink played the item to its end."""
        run = self._run
        if run is None or run.playing is None:
            return
        item, run.playing = run.playing, None
        self._item_ended(run, item, ItemStatus.PLAYED, played_s, None, evidence)
        self._advance()

    def sink_failed(self, reason: str, detail: str, played_s: float, *,
                    evidence: Evidence | None = None) -> None:
        """The sink could not play the item: log it failed and go on with the next.

        A lost output device ends the item ``partial`` and the broadcast with it: nothing
        after it could reach the loudspeakers either."""
        run = self._run
        if run is None or run.playing is None:
            return
        item, run.playing = run.playing, None
        if reason == REASON_DEVICE_LOST:
            self._item_ended(run, item, ItemStatus.PARTIAL, played_s, reason, evidence)
            self.listener.problem(KnownError("playout.media_error", title=item.segment.title,
                                             detail=detail or reason))
            self._finish(run, reason)
            return
        self._item_ended(run, item, ItemStatus.FAILED, played_s, reason, evidence)
        if reason == REASON_NO_DEVICE:
            self.listener.problem(KnownError("playout.no_device"))
        else:
            self.listener.problem(KnownError("playout.media_error", title=item.segment.title,
                                             detail=detail or reason))
        self._advance()

    def sink_position(self, position_ms: int) -> None:
        """Playback moved: tell the listener, checkpoint the log now and then."""
        run = self._run
        if run is None or run.playing is None:
            return
        run.position_ms = position_ms
        if position_ms - run.last_checkpoint_ms >= self.checkpoint_ms:
            run.last_checkpoint_ms = position_ms
            self._safe(self.log.item_progress, run.record.id, run.playing.position,
                       position_ms / 1000)
        self.listener.position(self._now(run), position_ms)

    # the step loop

    def _advance(self) -> None:
        if self._stepping:
            self._again = True
            return
        self._stepping = True
        try:
            while True:
                self._again = False
                self._step()
                if not self._again:
                    break
        finally:
            self._stepping = False

    def _step(self) -> None:
        run = self._run
        if run is None or run.playing is not None:
            return
        items = run.programme.items
        if run.next_index >= len(items):
            self._finish(run, None)
            return
        item = items[run.next_index]
        run.next_index += 1
        path = self.audio_path(item.segment)
        if not path.is_file():
            self._item_ended(run, item, ItemStatus.FAILED, 0.0, REASON_FILE_MISSING)
            self.listener.problem(KnownError("programme.audio_missing", title=item.segment.title,
                                             segment_id=item.segment.id))
            self._again = True
            return
        run.playing = item
        run.position_ms = run.last_checkpoint_ms = 0
        first_at, run.first_at = run.first_at, None
        run.item_started_at = self._safe(self.log.item_started, run.record.id,
                                         item.position, first_at) or ""
        self.listener.item_started(self._now(run))
        self.sink.play(path)  # may report back at once: _advance is re-entered, not recursed

    def _item_ended(self, run: _Run, item: ProgrammeItem, status: ItemStatus, played_s: float,
                    reason: str | None, evidence: Evidence | None = None) -> None:
        run.elapsed_s += max(0.0, played_s)
        self.last_evidence = evidence
        self._safe(self.log.item_ended, run.record.id, item.position, status, played_s, reason,
                   evidence)
        self.listener.item_ended(run.record.id, item, status, played_s, reason)

    def _finish(self, run: _Run, stop_reason: str | None) -> BroadcastRecord | None:
        if self._run is run:
            self._run = None
        self.sink.end_broadcast()
        record = self._safe(self.log.end, run.record.id, stop_reason)
        if record is not None:
            self.listener.broadcast_ended(record)
        return record

    def _now(self, run: _Run) -> NowPlaying:
        item = run.playing
        after = run.programme.items[item.position + 1:]
        return NowPlaying(
            broadcast_id=run.record.id, programme=run.programme, trigger=run.trigger,
            priority=run.priority, item=item, started_at=run.item_started_at,
            elapsed_before_s=run.elapsed_s,
            remaining_after_s=sum(i.duration_s for i in after),
        )

    def _safe(self, fn, *args):
        # a log write that fails mid-broadcast (disk full) must not silence the loudspeakers:
        # the audio goes on and the person is told
        try:
            return fn(*args)
        except KnownError as exc:
            self.listener.problem(exc)
            return None
