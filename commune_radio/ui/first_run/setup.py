"""What the first-run wizard decides, and carrying it out (no widgets here, so it runs on a pool
thread and a test can call it directly).

``needs_first_run`` says whether a data directory was never set up; ``apply_setup`` makes the
station (and its key) or stores the office, remembers the output, builds the weekly DX section
(``services.seeding``, the same seeding the demo station gets) and registers the start at login,
in that order, so whatever fails later leaves a usable station behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from commune_radio.app import AppContext
from commune_radio.core import settings as S
from commune_radio.services import autostart, seeding

log = logging.getLogger(__name__)

ROLE_STATION = "station"
ROLE_OFFICE = "office"

DEFAULT_OFFICE_NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai"
DEFAULT_OFFICE_LEVEL = "province"


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


def apply_setup(ctx: AppContext, answers: SetupAnswers,
                progress: Callable[[float], None] = lambda _f: None) -> SetupResult:
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
        station = ctx.station.init(answers.code, answers.station_name).value
    result.station_code = station.code
    ctx.settings.set(S.LANGUAGE, answers.language)
    ctx.output.set_device(answers.output_device_id, answers.output_device_name)
    progress(0.2)
    if answers.use_template:
        report = seeding.seed_dx_section(ctx, progress=lambda f: progress(0.2 + 0.7 * f)).value
        result.programme_created = report.programme_created
        result.sample_items = report.sample_items
        result.slots_added = report.slots_added
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
