"""Whether this data directory is a receiving office's (the role the first-run wizard stores)."""

from __future__ import annotations

from commune_radio.app import AppContext
from commune_radio.core.errors import KnownError
from commune_radio.storage.station_repo import get_setting

ROLE_KEY = "role"
ROLE_OFFICE = "office"


def is_office(ctx: AppContext) -> bool:
    """True when the wizard (or the settings) made this computer a receiving office's."""
    try:
        return get_setting(ctx.db, ROLE_KEY) == ROLE_OFFICE
    except KnownError:
        return False
