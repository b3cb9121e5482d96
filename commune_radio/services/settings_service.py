"""Reading and writing the station's typed settings (declared in ``core.settings``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from commune_radio.core.settings import Setting
from commune_radio.services.changes import Changes
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_setting, set_setting

T = TypeVar("T")


class SettingsService:
    """The one door to the settings table: typed values in, typed values out."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, setting: Setting[T]) -> T:
        """The stored value of ``setting``, or its default."""
        return setting.parse(get_setting(self.db, setting.key))

    def set(self, setting: Setting[T], value: T) -> Changes:
        """Store ``value`` (refused with ``RejectedInput`` when not allowed)."""
        set_setting(self.db, setting.key, setting.format(value))
        return Changes(settings=True)

    def set_many(self, values: Mapping[Setting[Any], Any]) -> Changes:
        """Store several values; every one is checked before any is written."""
        texts = [(s.key, s.format(v)) for s, v in values.items()]
        for key, text in texts:
            set_setting(self.db, key, text)
        return Changes(settings=True) if texts else Changes()
