"""Broadcast outcomes, triggers and priorities: the words of the as-played log (CLI.md)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """How a broadcast (a slot or a manual play) ended. ``started`` only while it plays."""

    STARTED = "started"
    PLAYED = "played"  # every item to its end
    PARTIAL = "partial"  # stopped early: operator, emergency, crash, device loss
    MISSED = "missed"  # a slot that never started
    SKIPPED = "skipped"  # the operator chose not to air it
    FAILED = "failed"  # could not start: device or file error


class ItemStatus(StrEnum):
    """How one item of a broadcast ended."""

    PENDING = "pending"
    PLAYING = "playing"
    PLAYED = "played"
    PARTIAL = "partial"
    FAILED = "failed"
    SKIPPED = "skipped"


class Trigger(StrEnum):
    """What started a broadcast."""

    SCHEDULE = "schedule"
    MANUAL = "manual"
    CATCH_UP = "catch_up"
    EMERGENCY = "emergency"


class Priority(StrEnum):
    """Priorities of the regulation: an emergency bulletin interrupts anything lower."""

    NORMAL = "normal"
    PRIORITY = "priority"
    EMERGENCY = "emergency"

    def rank(self) -> int:
        """Higher interrupts lower."""
        return {"normal": 0, "priority": 1, "emergency": 2}[self.value]


# reasons the program writes itself; an operator's typed reason is stored as given
REASON_INTERRUPTED = "interrupted"  # the process died mid-broadcast (crash, power cut)
REASON_PROGRAM_CLOSED = "program_closed"
REASON_PC_OFF = "pc_off"
REASON_DEVICE_ERROR = "device_error"
REASON_DEVICE_LOST = "device_lost"  # the output disappeared while an item was on air
REASON_EMERGENCY = "emergency"
REASON_OPERATOR_STOP = "operator_stop"
REASON_FILE_MISSING = "file_missing"
