"""Reading and writing the station's typed settings (declared in ``core.settings``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from commune_radio.core import settings as S
from commune_radio.core.errors import KnownError
from commune_radio.core.settings import Setting
from commune_radio.services.changes import Changes
from commune_radio.storage.database import Database
from commune_radio.storage.station_repo import get_setting, set_setting, set_settings

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
        set_settings(self.db, texts)
        return Changes(settings=True) if texts else Changes()

    # the reads every screen and command asks for

    def role(self) -> str:
        """"station", "office", or "" for a data directory the wizard never set up."""
        return self.get(S.ROLE)

    def is_office(self) -> bool:
        """True when the wizard (or the settings) made this computer a receiving office's; a
        database that cannot be read says False (the station screens then explain why)."""
        try:
            return self.role() == "office"
        except KnownError:
            return False

    def language(self) -> str:
        """The language of the window and the commands ("vi" or "en")."""
        return self.get(S.LANGUAGE)
