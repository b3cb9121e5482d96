"""What the first-run wizard decides, and carrying it out (no widgets here, so it runs on a pool
thread and a test can call it directly).

``needs_first_run`` says whether a data directory was never set up; ``apply_setup`` makes the
station (and its key) or stores the office, remembers the output, builds the weekly DX section
from the template and registers the start at login, in that order, so whatever fails later
leaves a usable station behind.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from commune_radio.app import AppContext
from commune_radio.core import settings as S
from commune_radio.core.errors import RejectedInput
from commune_radio.core.segments import Segment
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.paths import assets_dir
from commune_radio.services import autostart
from commune_radio.services.library_service import ImportOptions
from commune_radio.services.programme_service import station_today

log = logging.getLogger(__name__)

ROLE_STATION = "station"
ROLE_OFFICE = "office"

# the template's programme name: every station of the province airs a programme of this name
DX_PROGRAMME = "Chuyên mục Chuyển đổi số"
TEMPLATE_FILE = "laocai-dx-weekly.toml"

DEFAULT_OFFICE_NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai"
DEFAULT_OFFICE_LEVEL = "province"


def default_template_path() -> Path:
    """The plan's weekly template (Monday 06:00, rerun Thursday 17:00), beside the assets."""
    return assets_dir().parent / "schedules" / TEMPLATE_FILE


def needs_first_run(ctx: AppContext) -> bool:
    """True for a data directory with neither a station nor a chosen role (never set up)."""
    return ctx.station.get() is None and not ctx.settings.get(S.ROLE)


def default_station_name(commune_name: str) -> str:
    """"Đài truyền thanh xã Bản Phiệt" for "Xã Bản Phiệt" (the unit's kind in lower case)."""
    name = commune_name.strip()
    return f"Đài truyền thanh {name[:1].lower()}{name[1:]}" if name else ""


@dataclass(frozen=True)
class SetupAnswers:
    """Everything the person chose in the wizard."""

    role: str = ROLE_STATION
    language: str = "vi"
    # station
    code: str = ""
    station_name: str = ""
    output_device_id: str | None = None  # None: the system's default output
    output_device_name: str = ""
    use_template: bool = True
    autostart: bool = True
    # office
    office_name: str = DEFAULT_OFFICE_NAME
    office_level: str = DEFAULT_OFFICE_LEVEL


@dataclass
class SetupResult:
    """What ``apply_setup`` did, for the wizard's last word and for tests."""

    role: str
    station_code: str = ""
    programme_created: bool = False
    sample_items: int = 0
    slots_added: int = 0
    autostart_where: str = ""
    autostart_error: str = ""


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


def library_dx_segments(ctx: AppContext) -> list[Segment]:
    """The library's items with a DX theme that may air today, oldest first."""
    station = ctx.station.get()
    today = station_today(station.timezone) if station else station_today(DEFAULT_TIMEZONE)
    found = [s for s in ctx.library.list() if s.topic and s.is_valid_on(today)]
    return sorted(found, key=lambda s: s.id)


def has_programme(ctx: AppContext, name: str) -> bool:
    """Whether a programme of that exact name exists."""
    try:
        ctx.programmes.find(name)
    except RejectedInput:
        return False
    return True


Progress = Callable[[float], None]


def _import_samples(ctx: AppContext, progress: Progress) -> tuple[list[int], int | None]:
    """Import the shipped items; return the DX segment ids and the intro jingle's id."""
    items = sample_items()
    dx_ids: list[int] = []
    intro_id = None
    for n, item in enumerate(items):
        result = ctx.library.import_file(item.path, ImportOptions(
            topic=item.topic, language=item.language, title=item.title,
        ))
        progress(0.2 + 0.6 * (n + 1) / len(items))
        if not result.ok:
            continue  # one damaged sample must not stop the set-up
        if item.intro:
            intro_id = result.segment.id
        elif item.topic:
            dx_ids.append(result.segment.id)
    return dx_ids, intro_id


def _weekly_section(ctx: AppContext, result: SetupResult, progress: Progress) -> None:
    """Make the DX programme when absent (from the library, else from the samples), then add
    the template's slots unless the schedule already airs that programme."""
    if not has_programme(ctx, DX_PROGRAMME):
        segment_ids = [s.id for s in library_dx_segments(ctx)]
        intro_id = None
        if not segment_ids:
            segment_ids, intro_id = _import_samples(ctx, progress)
            result.sample_items = len(segment_ids)
        if not segment_ids:
            raise RejectedInput("programme.no_segments", name=DX_PROGRAMME)
        ctx.programmes.create(DX_PROGRAMME, segment_ids, intro_id=intro_id, dx=True)
        result.programme_created = True
    if any(slot.programme == DX_PROGRAMME for slot in ctx.schedule.list()):
        return  # set up before (e.g. on the command line): never double the slots
    result.slots_added = len(ctx.schedule.import_template(default_template_path()))


def apply_setup(ctx: AppContext, answers: SetupAnswers,
                progress: Progress = lambda _f: None) -> SetupResult:
    """Carry out the wizard's answers on ``ctx``; raises ``KnownError`` for what a person can fix.

    The station comes first: once it exists, a later failure leaves a station that works and a
    second press of "Finish" only does what is left. A start-at-login entry that cannot be
    written is reported in the result, never fatal.
    """
    progress(0.0)
    if answers.role == ROLE_OFFICE:
        ctx.office.save_settings(name=answers.office_name.strip(), level=answers.office_level)
        if answers.office_level == "province" and not ctx.office.expected():
            # the province's office expects every commune of the list since 1/7/2025
            ctx.office.seed_expected()
        ctx.settings.set_many({S.LANGUAGE: answers.language, S.ROLE: ROLE_OFFICE})
        progress(1.0)
        return SetupResult(role=ROLE_OFFICE)

    result = SetupResult(role=ROLE_STATION)
    station = ctx.station.get()
    if station is None:
        station = ctx.station.init(answers.code, answers.station_name)
    result.station_code = station.code
    ctx.settings.set(S.LANGUAGE, answers.language)
    ctx.output.set_device(answers.output_device_id, answers.output_device_name)
    progress(0.2)
    if answers.use_template:
        _weekly_section(ctx, result, progress)
    progress(0.9)
    if answers.autostart:
        try:
            result.autostart_where = autostart.enable(False, ctx.data_dir)
        except OSError as exc:
            log.warning("start at login not registered: %s", exc)
            result.autostart_error = str(exc)
    ctx.settings.set(S.ROLE, ROLE_STATION)
    progress(1.0)
    return result
