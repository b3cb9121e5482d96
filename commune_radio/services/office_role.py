"""Whether this data directory is a receiving office's: the role the first-run wizard stores.

Light on purpose (no office database, no SQLAlchemy): the main window asks it before its first
paint, to choose between the station's screens and the office's.
"""

from __future__ import annotations

from commune_radio.core.errors import KnownError
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_setting

ROLE_KEY = "role"
ROLE_OFFICE = "office"


def is_office(db: Database) -> bool:
    """True when the wizard (or the settings) made this computer a receiving office's."""
    try:
        return get_setting(db, ROLE_KEY) == ROLE_OFFICE
    except KnownError:
        return False
