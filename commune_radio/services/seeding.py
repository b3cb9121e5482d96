"""Seeding a station's weekly DX section: the one place that knows the plan's programme name,
the shipped sample items and the weekly template.

The first-run wizard and the embedded demo station both call ``seed_dx_section``: it makes the
DX programme when there is none (from the library's DX items, else from the shipped samples)
and adds the template's slots unless the schedule already airs that programme, so a second call
never doubles anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from commune_radio.core.dates import station_today
from commune_radio.core.errors import RejectedInput
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.paths import assets_dir
from commune_radio.services.changes import Changes, Result
from commune_radio.services.library_service import ImportOptions

if TYPE_CHECKING:
    from commune_radio.core.segments import Segment
    from commune_radio.services.library_service import LibraryService
    from commune_radio.services.programme_service import ProgrammeService
    from commune_radio.services.schedule_service import ScheduleService
    from commune_radio.services.station_service import StationService

# the template's programme name: every station of the province airs a programme of this name
DX_PROGRAMME = "Chuyên mục Chuyển đổi số"
TEMPLATE_FILE = "laocai-dx-weekly.toml"

Progress = Callable[[float], None]


class StationServices(Protocol):
    """The services seeding needs (``AppContext`` has them)."""

    station: StationService
    library: LibraryService
    programmes: ProgrammeService
    schedule: ScheduleService


def default_template_path() -> Path:
    """The plan's weekly template (Monday 06:00, rerun Thursday 17:00), beside the assets."""
    return assets_dir().parent / "schedules" / TEMPLATE_FILE


@dataclass(frozen=True)
class SampleItem:
    """One shipped demo file (assets/demo/segments.json)."""

    path: Path
    title: str
    topic: str | None
    language: str
    intro: bool


def sample_items() -> list[SampleItem]:
    """The DX items and the intro jingle that come with the program."""
    demo = assets_dir() / "demo"
    out = []
    for entry in json.loads((demo / "segments.json").read_text(encoding="utf-8")):
        out.append(SampleItem(
            path=demo / entry["file"], title=entry["title"], topic=entry.get("topic"),
            language=entry.get("language") or "vi", intro=entry.get("role") == "intro",
        ))
    return out


def sample_dx_count() -> int:
    """How many DX sample items a new section would start with."""
    return sum(1 for item in sample_items() if item.topic and not item.intro)


def library_dx_segments(ctx: StationServices) -> list[Segment]:
    """The library's items with a DX theme that may air today, oldest first."""
    station = ctx.station.get()
    today = station_today(station.timezone if station else DEFAULT_TIMEZONE)
    found = [s for s in ctx.library.list() if s.topic and s.is_valid_on(today)]
    return sorted(found, key=lambda s: s.id)


def has_programme(ctx: StationServices, name: str = DX_PROGRAMME) -> bool:
    """Whether a programme of that exact name exists."""
    try:
        ctx.programmes.find(name)
    except RejectedInput:
        return False
    return True


@dataclass(frozen=True)
class SeedReport:
    """What ``seed_dx_section`` did."""

    programme_created: bool = False
    sample_items: int = 0  # shipped DX items imported into the library
    slots_added: int = 0


def _import_samples(ctx: StationServices, progress: Progress,
                    log: Callable[[str], None]) -> tuple[list[int], int | None]:
    """Import the shipped items; return the DX segment ids and the intro jingle's id."""
    items = sample_items()
    dx_ids: list[int] = []
    intro_id = None
    for n, item in enumerate(items):
        log(f"sample: {item.path.name}")
        result = ctx.library.import_file(item.path, ImportOptions(
            topic=item.topic, language=item.language, title=item.title,
        ))
        progress((n + 1) / len(items))
        if not result.ok:  # one damaged sample must not stop the set-up
            log(f"sample: {item.path.name}: {result.error.render('en')}")
            continue
        if item.intro:
            intro_id = result.segment.id
        elif item.topic:
            dx_ids.append(result.segment.id)
    return dx_ids, intro_id


def seed_dx_section(ctx: StationServices, *, progress: Progress | None = None,
                    log: Callable[[str], None] | None = None) -> Result[SeedReport]:
    """Give the station its weekly DX section, doing only what is missing.

    The programme ``DX_PROGRAMME`` is made when absent, from the library's DX items that may
    air today, else from the shipped samples (imported first, the intro jingle in front); the
    template's slots are added unless a slot already airs it. ``progress`` gets 0.0..1.0 while
    samples import; ``log`` gets one line per sample. Raises ``RejectedInput`` when no DX item
    could be had at all.
    """
    progress = progress or (lambda _f: None)
    log = log or (lambda _m: None)
    created, imported, changes = False, 0, Changes()
    if not has_programme(ctx, DX_PROGRAMME):
        segment_ids = [s.id for s in library_dx_segments(ctx)]
        intro_id = None
        if not segment_ids:
            segment_ids, intro_id = _import_samples(ctx, progress, log)
            imported = len(segment_ids)
            changes |= Changes(library=True)
        if not segment_ids:
            raise RejectedInput("programme.no_segments", name=DX_PROGRAMME)
        ctx.programmes.create(DX_PROGRAMME, segment_ids, intro_id=intro_id, dx=True)
        created = True
        changes |= Changes(programmes=True)
    slots = 0
    if not any(slot.programme == DX_PROGRAMME for slot in ctx.schedule.list()):
        slots = len(ctx.schedule.import_template(default_template_path()).value)
        changes |= Changes(schedule=True)
    progress(1.0)
    return Result(SeedReport(created, imported, slots), changes)
