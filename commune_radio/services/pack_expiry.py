"""Office pack items past their validity date leave the programmes that hold them.

Kept apart from ``pack_service`` (which loads the signing and ZIP reading code) so the station
program can run it at every start without delaying its first slot.
"""

from __future__ import annotations

import datetime as dt

from commune_radio.core.dates import station_today
from commune_radio.storage.database import Database
from commune_radio.storage.pack_repo import Removed, remove_expired_from_programmes


def retire_expired(db: Database, timezone: str, now: dt.datetime) -> list[Removed]:
    """Take pack segments whose ``valid_until`` is before today (station time) out of every
    programme; return what was taken out of which, so the operator can be told."""
    return remove_expired_from_programmes(db, station_today(timezone, now))
