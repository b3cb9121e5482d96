"""Programmes: an optional intro jingle, ordered segments, an optional outro, and what airs.

A programme is what a slot or the "play now" button airs. The rules here (length against a
target, segments outside their validity dates on a given day) are what the builder screen and
``programme list`` show, so the operator sees a problem before the loudspeakers do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from commune_radio.core.errors import RejectedInput
from commune_radio.core.segments import Segment

MAX_NAME_LENGTH = 120
MAX_TARGET_S = 6 * 60 * 60


class Role(StrEnum):
    """Where an item sits in a programme."""

    INTRO = "intro"
    SEGMENT = "segment"
    OUTRO = "outro"


@dataclass(frozen=True)
class ProgrammeItem:
    """One item as it airs: its place (0-based), its role and the library segment."""

    position: int
    role: Role
    segment: Segment

    @property
    def duration_s(self) -> float:
        """The planned length of the item (the prepared audio's length)."""
        return self.segment.duration_s


@dataclass(frozen=True)
class ValidityProblem:
    """A segment that may not air on the day asked about."""

    position: int
    segment: Segment
    day: dt.date

    @property
    def too_early(self) -> bool:
        """True when the segment is not valid yet (False: it has expired)."""
        return bool(self.segment.valid_from and self.day < self.segment.valid_from)


@dataclass(frozen=True)
class Programme:
    """A named programme with its segments resolved from the library."""

    id: int | None
    name: str
    dx: bool = True
    intro: Segment | None = None
    segments: tuple[Segment, ...] = ()
    outro: Segment | None = None
    target_s: float | None = None

    @property
    def items(self) -> tuple[ProgrammeItem, ...]:
        """Everything that airs, in order: intro, segments, outro."""
        out: list[ProgrammeItem] = []
        if self.intro is not None:
            out.append(ProgrammeItem(len(out), Role.INTRO, self.intro))
        for segment in self.segments:
            out.append(ProgrammeItem(len(out), Role.SEGMENT, segment))
        if self.outro is not None:
            out.append(ProgrammeItem(len(out), Role.OUTRO, self.outro))
        return tuple(out)

    @property
    def duration_s(self) -> float:
        """The total planned length: the sum of every item."""
        return sum(item.duration_s for item in self.items)

    @property
    def overrun_s(self) -> float:
        """How far the programme runs past its target (0 without a target or when it fits)."""
        if not self.target_s:
            return 0.0
        return max(0.0, self.duration_s - self.target_s)

    @property
    def overruns(self) -> bool:
        """Whether the programme is longer than its target length."""
        return self.overrun_s > 0.0

    def outside_validity(self, day: dt.date) -> list[ValidityProblem]:
        """The items that may not air on ``day`` (station date): not valid yet, or expired."""
        return [
            ValidityProblem(item.position, item.segment, day)
            for item in self.items
            if not item.segment.is_valid_on(day)
        ]


@dataclass(frozen=True)
class ProgrammeDraft:
    """What the operator asks for when creating or changing a programme: segment ids only."""

    name: str
    segment_ids: tuple[int, ...]
    intro_id: int | None = None
    outro_id: int | None = None
    dx: bool = True
    target_s: float | None = None


def validate_name(name: str) -> str:
    """A programme name: trimmed, not empty, not absurdly long."""
    name = " ".join((name or "").split())
    if not name:
        raise RejectedInput("programme.empty_name")
    if len(name) > MAX_NAME_LENGTH:
        raise RejectedInput("programme.name_too_long", limit=MAX_NAME_LENGTH)
    return name


def validate_draft(draft: ProgrammeDraft) -> ProgrammeDraft:
    """The draft checked and normalised, or ``RejectedInput`` saying what is wrong.

    A programme needs at least one segment besides its jingles; a target length, when given,
    is a positive number of seconds.
    """
    name = validate_name(draft.name)
    ids = tuple(int(i) for i in draft.segment_ids)
    if not ids:
        raise RejectedInput("programme.no_segments", name=name)
    target = draft.target_s
    if target is not None:
        target = float(target)
        if not 0 < target <= MAX_TARGET_S:
            raise RejectedInput("programme.bad_target", value=f"{draft.target_s}")
    return ProgrammeDraft(
        name=name, segment_ids=ids,
        intro_id=int(draft.intro_id) if draft.intro_id is not None else None,
        outro_id=int(draft.outro_id) if draft.outro_id is not None else None,
        dx=bool(draft.dx), target_s=target,
    )


def parse_target(text: str | None) -> float | None:
    """A target length typed as seconds (``900``), ``MM:SS`` or ``HH:MM:SS``; None when empty."""
    if text is None or not str(text).strip():
        return None
    parts = str(text).strip().split(":")
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise RejectedInput("programme.bad_target", value=text) from None
    if len(numbers) > 3 or any(n < 0 for n in numbers):
        raise RejectedInput("programme.bad_target", value=text)
    seconds = 0.0
    for n in numbers:
        seconds = seconds * 60 + n
    if not 0 < seconds <= MAX_TARGET_S:
        raise RejectedInput("programme.bad_target", value=text)
    return seconds
