"""What playout needs from the layers above it, as protocols: the broadcast log it writes, the
programmes it looks up by name and the output preferences it remembers.

Playout sits below services in the layering, so it names the shapes it uses here and the app
hands it the real services (``LogService``, ``ProgrammeService``, ``OutputSettings``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from commune_radio.core.broadcast_log import BroadcastRecord
from commune_radio.core.broadcasts import ItemStatus, Priority, Trigger
from commune_radio.core.programmes import Programme


class BroadcastLog(Protocol):
    """The as-played log's writes, in the order the engine makes them."""

    def begin(self, programme: Programme, *, trigger: Trigger = ..., priority: Priority = ...,
              device: str | None = None, slot_id: int | None = None,
              scheduled_at: dt.datetime | None = None,
              started_at: dt.datetime | None = None) -> BroadcastRecord: ...

    def item_started(self, broadcast_id: str, position: int,
                     at_moment: dt.datetime | None = None) -> str: ...

    def item_progress(self, broadcast_id: str, position: int, played_s: float) -> None: ...

    def item_ended(self, broadcast_id: str, position: int, status: ItemStatus,
                   played_s: float, reason: str | None = None, evidence: Any = None) -> None: ...

    def end(self, broadcast_id: str, stop_reason: str | None = None) -> BroadcastRecord: ...


class ProgrammeLookup(Protocol):
    """Finds a programme by name or id (``play "Chuyên mục …"``)."""

    def find(self, name_or_id: str | int) -> Programme: ...


class OutputPreferences(Protocol):
    """The remembered output and volume (the settings table, through services)."""

    def device_id(self) -> str | None: ...

    def set_device(self, device_id: str | None, description: str | None = None) -> Any: ...

    def volume(self) -> float: ...

    def set_volume(self, volume: float) -> Any: ...
