"""What a mutating service call changed (after Anki's ``OpChanges``), Qt-free.

Every service method that writes returns a ``Changes`` (or a ``Result`` carrying its value and
its ``Changes``). The window runs the call through one operation helper, which fires the single
app-wide change signal with what came back; views refresh from that, and no screen says
"changed" by hand. The CLI ignores the value or prints the result.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which kinds of data a call touched; ``Changes()`` means nothing did."""

    library: bool = False
    station: bool = False
    programmes: bool = False
    schedule: bool = False
    log: bool = False
    settings: bool = False
    office: bool = False
    handovers: bool = False  # MP3s made for an IP loudspeaker platform

    @classmethod
    def everything(cls) -> Changes:
        """Every kind at once: a restored backup, a station set up anew."""
        return cls(**{f.name: True for f in fields(cls)})

    def __or__(self, other: Changes) -> Changes:
        """Both calls' changes together."""
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class Result(Generic[T]):
    """A service call's value together with what it changed."""

    value: T
    changes: Changes
