"""Building programmes from library segments: create, list, change, delete.

The builder screen and `programme create|list` both call this; every change is checked first
(name, segments that exist, target length) and written in one transaction, and returns the
programme as now stored so the caller can refresh from what changed.
"""

from __future__ import annotations

from types import EllipsisType

from commune_radio.core.dates import station_today  # noqa: F401  (its callers' old home)
from commune_radio.core.errors import RejectedInput
from commune_radio.core.programmes import Programme, ProgrammeDraft, validate_draft
from commune_radio.core.segments import Segment
from commune_radio.services.changes import Changes, Result
from commune_radio.storage import programme_repo, segment_repo
from commune_radio.storage.database import Database
from commune_radio.storage.programme_repo import ProgrammeRow

CHANGED = Changes(programmes=True)


class ProgrammeService:
    """The programmes of one station."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # reading

    def list(self) -> list[Programme]:
        """Every programme, by name, with its segments resolved."""
        rows = programme_repo.list_programmes(self.db)
        cache = {s.id: s for s in segment_repo.list_segments(self.db)}
        return [self._resolve(r, cache) for r in rows]

    def get(self, programme_id: int) -> Programme:
        """One programme by id, or a clear message."""
        row = programme_repo.get_programme(self.db, programme_id)
        if row is None:
            raise RejectedInput("programme.not_found", name=str(programme_id))
        return self._resolve(row)

    def find(self, name_or_id: str | int) -> Programme:
        """A programme by exact name, else by numeric id (what a command line or a slot gives)."""
        if isinstance(name_or_id, int):
            return self.get(name_or_id)
        row = programme_repo.find_by_name(self.db, " ".join(name_or_id.split()))
        if row is None and name_or_id.strip().isdigit():
            row = programme_repo.get_programme(self.db, int(name_or_id))
        if row is None:
            raise RejectedInput("programme.not_found", name=name_or_id)
        return self._resolve(row)

    # changing

    def create(
        self,
        name: str,
        segment_ids: list[int] | tuple[int, ...],
        *,
        intro_id: int | None = None,
        outro_id: int | None = None,
        dx: bool = True,
        target_s: float | None = None,
    ) -> Result[Programme]:
        """Create a programme; refuse an empty or taken name and unknown segments."""
        draft = validate_draft(ProgrammeDraft(
            name=name, segment_ids=tuple(segment_ids), intro_id=intro_id, outro_id=outro_id,
            dx=dx, target_s=target_s,
        ))
        self._check(draft, None)
        return Result(self.get(programme_repo.insert_programme(self.db, draft)), CHANGED)

    def update(
        self,
        programme_id: int,
        *,
        name: str | None = None,
        segment_ids: list[int] | tuple[int, ...] | None = None,
        intro_id: int | None | EllipsisType = ...,
        outro_id: int | None | EllipsisType = ...,
        dx: bool | None = None,
        target_s: float | None | EllipsisType = ...,
    ) -> Result[Programme]:
        """Change some fields of a programme (``...`` / None keeps a field as it is).

        ``intro_id``, ``outro_id`` and ``target_s`` accept None to remove them, so they use
        ``...`` to mean "unchanged".
        """
        row = programme_repo.get_programme(self.db, programme_id)
        if row is None:
            raise RejectedInput("programme.not_found", name=str(programme_id))
        draft = ProgrammeDraft(
            name=row.name if name is None else name,
            segment_ids=row.segment_ids if segment_ids is None else tuple(segment_ids),
            intro_id=row.intro_id if intro_id is ... else intro_id,
            outro_id=row.outro_id if outro_id is ... else outro_id,
            dx=row.dx if dx is None else dx,
            target_s=row.target_s if target_s is ... else target_s,
        )
        draft = validate_draft(draft)
        self._check(draft, programme_id)
        programme_repo.update_programme(self.db, programme_id, draft)
        return Result(self.get(programme_id), CHANGED)

    def set_items(self, programme_id: int,
                  segment_ids: list[int] | tuple[int, ...]) -> Result[Programme]:
        """Replace the ordered segments (the builder's drag-and-drop and reordering)."""
        return self.update(programme_id, segment_ids=segment_ids)

    def delete(self, programme_id: int) -> Changes:
        """Delete a programme no slot uses; past broadcasts keep the name they aired under."""
        programme = self.get(programme_id)
        used = programme_repo.slot_count(self.db, programme_id)
        if used:
            raise RejectedInput("programme.in_use", name=programme.name, count=used)
        programme_repo.delete_programme(self.db, programme_id)
        return CHANGED

    # helpers

    def _check(self, draft: ProgrammeDraft, programme_id: int | None) -> None:
        same_name = programme_repo.find_by_name(self.db, draft.name)
        if same_name is not None and same_name.id != programme_id:
            raise RejectedInput("programme.exists", name=draft.name)
        wanted = [*draft.segment_ids, draft.intro_id, draft.outro_id]
        for segment_id in wanted:
            if segment_id is not None and segment_repo.get_segment(self.db, segment_id) is None:
                raise RejectedInput("segment.not_found", segment_id=segment_id)

    def _resolve(self, row: ProgrammeRow, cache: dict[int, Segment] | None = None) -> Programme:
        def seg(segment_id: int) -> Segment:
            if cache is not None and segment_id in cache:
                return cache[segment_id]
            found = segment_repo.get_segment(self.db, segment_id)
            if found is None:  # a foreign key keeps this from happening
                raise RejectedInput("segment.not_found", segment_id=segment_id)
            return found

        return Programme(
            id=row.id, name=row.name, dx=row.dx,
            intro=seg(row.intro_id) if row.intro_id is not None else None,
            segments=tuple(seg(s) for s in row.segment_ids),
            outro=seg(row.outro_id) if row.outro_id is not None else None,
            target_s=row.target_s,
        )

