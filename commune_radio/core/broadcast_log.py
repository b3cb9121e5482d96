"""The as-played log: what one broadcast and its items record, and how an outcome is decided.

The playout engine, crash recovery and the scheduler's missed/skipped records all end a
broadcast through ``decide_outcome`` so one rule says when a broadcast counts as ``played``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from commune_radio.core.broadcasts import (
    REASON_INTERRUPTED,
    ItemStatus,
    Priority,
    Status,
    Trigger,
)
from commune_radio.core.dates import week_bounds  # noqa: F401  (the log's week)

# reasons written by playout, beside those of core.broadcasts
REASON_MEDIA_ERROR = "media_error"  # the file is there but could not be decoded or played
REASON_PRIORITY = "priority"  # a priority broadcast took the output
REASON_NO_DEVICE = "no_device"  # no output device at all: nothing can air
REASON_STALLED = "stalled"  # the output stopped taking audio (hung device or driver)

ITEM_DONE = frozenset({ItemStatus.PLAYED, ItemStatus.PARTIAL, ItemStatus.FAILED,
                       ItemStatus.SKIPPED})


@dataclass(frozen=True)
class ItemRecord:
    """One item of a broadcast as logged (times are stored UTC ISO strings)."""

    position: int
    segment_id: int | None
    sha256: str | None
    title: str
    topic: str | None
    language: str | None
    planned_s: float
    played_s: float
    started_at: str | None
    ended_at: str | None
    status: ItemStatus
    reason: str | None = None
    sent_rms_dbfs: float | None = None  # measured from the samples written to the output
    sent_peak_dbfs: float | None = None
    silent_s: float | None = None  # seconds below -50 dBFS among them
    monitor_rms_dbfs: float | None = None  # heard back on the air-monitor input, if any
    pack_id: str | None = None  # the office content pack the segment came from, if any
    pack_segment_id: str | None = None  # the office's stable id of the segment in that pack


@dataclass(frozen=True)
class BroadcastRecord:
    """One broadcast as logged: a slot's outcome or a manual/emergency play."""

    id: str
    station_code: str
    programme: str
    programme_id: int | None
    dx: bool
    trigger: Trigger
    priority: Priority
    slot_id: int | None
    scheduled_at: str | None
    started_at: str | None
    ended_at: str | None
    status: Status
    reason: str | None
    device: str | None
    items: tuple[ItemRecord, ...] = ()

    @property
    def planned_s(self) -> float:
        """The planned length of every item together."""
        return sum(i.planned_s for i in self.items)

    @property
    def played_s(self) -> float:
        """How much audio actually aired."""
        return sum(i.played_s or 0.0 for i in self.items)


@dataclass(frozen=True)
class Outcome:
    """How a broadcast ends: its status and, unless it played in full, why."""

    status: Status
    reason: str | None = None


def decide_outcome(
    items: Sequence[tuple[ItemStatus, str | None]], stop_reason: str | None = None
) -> Outcome:
    """The broadcast's outcome from its items' outcomes and the reason it was stopped, if any.

    - stopped early (operator, emergency, crash) -> ``partial`` with that reason;
    - every item to its end -> ``played``;
    - nothing aired at all (every item failed) -> ``failed`` with the first item's reason;
    - otherwise some audio aired but not all of it -> ``partial`` with the first failure's reason.
    """
    if stop_reason:
        return Outcome(Status.PARTIAL, stop_reason)
    if items and all(status == ItemStatus.PLAYED for status, _ in items):
        return Outcome(Status.PLAYED)
    first_failure = next(
        (reason for status, reason in items if status != ItemStatus.PLAYED and reason), None
    )
    aired = any(status in (ItemStatus.PLAYED, ItemStatus.PARTIAL) for status, _ in items)
    if not aired:
        return Outcome(Status.FAILED, first_failure or "nothing_played")
    return Outcome(Status.PARTIAL, first_failure)


def recovered_outcome(items: Iterable[tuple[ItemStatus, str | None]]) -> Outcome:
    """The outcome of a broadcast found ``started`` after a crash: interrupted, unless it had
    in fact played every item (the crash fell between the last item and the final write)."""
    items = list(items)
    if items and all(status == ItemStatus.PLAYED for status, _ in items):
        return Outcome(Status.PLAYED)
    return Outcome(Status.PARTIAL, REASON_INTERRUPTED)


def dx_compliant(broadcasts: Iterable[BroadcastRecord]) -> bool:
    """The rule of CLI.md for one week: at least one ``dx`` broadcast with status ``played``."""
    return any(b.dx and b.status == Status.PLAYED for b in broadcasts)
