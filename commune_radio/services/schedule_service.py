"""The weekly schedule: slots in our table, their checks, templates and what comes next."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from commune_radio.core.clock import Clock, system_clock
from commune_radio.core.errors import RejectedInput
from commune_radio.core.schedule import (
    Clash,
    Occurrence,
    Slot,
    clashes,
    next_occurrences,
    parse_days,
    parse_time,
)
from commune_radio.core.segments import parse_date
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.scheduling import templates
from commune_radio.services.changes import Changes, Result
from commune_radio.storage import programme_repo, schedule_repo
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_station

CHECK_WEEKS = 8
CHANGED = Changes(schedule=True)


class ScheduleService:
    """Slots of one station; every change returns what changed and calls ``on_change``."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock
        self.on_change: list = []  # callables run after every change (the scheduler rebuilds)

    def timezone(self) -> ZoneInfo:
        """The station's zone (Hà Nội time before set-up)."""
        station = get_station(self.db)
        return ZoneInfo(station.timezone if station else DEFAULT_TIMEZONE)

    def _changed(self) -> None:
        for callback in list(self.on_change):
            callback()

    def list(self) -> list[Slot]:
        """Every slot, by time of day."""
        return schedule_repo.list_slots(self.db)

    def get(self, slot_id: int) -> Slot:
        """One slot, or a clear message."""
        for slot in self.list():
            if slot.id == slot_id:
                return slot
        raise RejectedInput("schedule.slot_not_found", slot_id=slot_id)

    def build_slot(
        self,
        programme: str,
        *,
        days: str | None = None,
        at: str,
        from_date: str | dt.date | None = None,
        until_date: str | dt.date | None = None,
        one_off: str | dt.date | None = None,
        skip: tuple = (),
        slot_id: int = 0,
    ) -> Slot:
        """A checked, unsaved slot from what a person typed."""
        ids = programme_repo.programme_ids_by_name(self.db)
        if programme not in ids:
            raise RejectedInput("schedule.no_programme", name=programme)
        one_off_date = parse_date(one_off)
        if not one_off_date and not days:
            raise RejectedInput("schedule.no_days")
        since, until = parse_date(from_date), parse_date(until_date)
        if since and until and until < since:
            raise RejectedInput("meta.dates_reversed", since=since.isoformat(),
                                until=until.isoformat())
        return Slot(
            id=slot_id, programme_id=ids[programme], at=parse_time(at),
            days=frozenset() if one_off_date else parse_days(days),
            from_date=since, until_date=until, one_off_date=one_off_date,
            exceptions=frozenset(parse_date(d) for d in skip), programme=programme,
        )

    def add(self, slot: Slot) -> Result[Slot]:
        """Save a new slot built by ``build_slot``."""
        slot_id = schedule_repo.insert_slot(self.db, slot, self.clock())
        self._changed()
        return Result(self.get(slot_id), CHANGED)

    def update(self, slot: Slot) -> Result[Slot]:
        """Save changes to an existing slot."""
        self.get(slot.id)
        schedule_repo.update_slot(self.db, slot)
        self._changed()
        return Result(self.get(slot.id), CHANGED)

    def remove(self, slot_id: int) -> Changes:
        """Delete a slot (its past broadcasts stay in the log)."""
        if not schedule_repo.delete_slot(self.db, slot_id):
            raise RejectedInput("schedule.slot_not_found", slot_id=slot_id)
        self._changed()
        return CHANGED

    def skip_date(self, slot_id: int, day: dt.date) -> Result[Slot]:
        """Add an exception date to a slot (e.g. Tết)."""
        slot = self.get(slot_id)
        return self.update(replace(slot, exceptions=slot.exceptions | {day}))

    def next(self, count: int) -> list[Occurrence]:
        """The next ``count`` occurrences from now."""
        return next_occurrences(self.list(), self.clock(), count, self.timezone())

    def check(self, candidate: Slot | None = None, weeks: int = CHECK_WEEKS) -> list[Clash]:
        """Conflicts and overruns over the next weeks; with ``candidate``, as if it were saved.

        The window shows this before saving a slot; `schedule check` prints it.
        """
        slots = [s for s in self.list() if candidate is None or s.id != candidate.id]
        if candidate is not None:
            slots.append(candidate if candidate.id else replace(candidate, id=-1))
        found = clashes(slots, programme_repo.programme_durations(self.db), self.clock(),
                        self.timezone(), weeks)
        if candidate is None:
            return found
        touching = candidate.id or -1
        return [c for c in found if touching in (c.first.slot_id, c.second.slot_id)]

    def import_template(self, path: Path) -> Result[list[Slot]]:
        """Add every slot of a template in one transaction; a bad template changes nothing."""
        _, entries = templates.read_template(path)
        ids = programme_repo.programme_ids_by_name(self.db)
        for entry in entries:
            if entry.programme not in ids:
                raise RejectedInput("schedule.no_programme", name=entry.programme)
        new_ids = []
        with self.db.transaction():
            for entry in entries:
                slot = replace(entry.slot, programme_id=ids[entry.programme])
                new_ids.append(schedule_repo.insert_slot(self.db, slot, self.clock()))
        self._changed()
        return Result([self.get(i) for i in new_ids], CHANGED)

    def export_template(self, path: Path, name: str = "Commune Radio") -> int:
        """Write the current slots as a template; return how many."""
        slots = self.list()
        templates.write_template(Path(path), name, slots)
        return len(slots)
