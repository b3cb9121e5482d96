"""The embedded demo station: set up on first use so a newcomer sees a working program at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from commune_radio.core import settings as S
from commune_radio.services.changes import Changes
from commune_radio.services.seeding import DX_PROGRAMME, StationServices, seed_dx_section

if TYPE_CHECKING:
    from commune_radio.services.settings_service import SettingsService

DEMO_CODE = "04465"
DEMO_NAME = "Đài truyền thanh xã Khao Mang (trình diễn)"
DEMO_OFFICE = "Trung tâm Văn hóa - Thông tin tỉnh Lào Cai"
DEMO_PROGRAMME = DX_PROGRAMME


class DemoServices(StationServices, Protocol):
    """What the demo needs: the seeding services and the settings (``AppContext`` has them)."""

    settings: SettingsService


def ensure_demo_station(ctx: DemoServices,
                        log: Callable[[str], None] = lambda _m: None) -> Changes:
    """Create the demo station and seed its weekly DX section, once per data directory."""
    changes = Changes()
    if ctx.station.get() is None:
        ctx.station.init(DEMO_CODE, DEMO_NAME, office=DEMO_OFFICE)
        changes |= Changes(station=True)
    if ctx.settings.get(S.DEMO_SEEDED):
        return changes
    changes |= seed_dx_section(ctx, log=lambda msg: log(f"demo: {msg}")).changes
    return changes | ctx.settings.set(S.DEMO_SEEDED, True)
