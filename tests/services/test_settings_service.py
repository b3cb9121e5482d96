"""The settings service stores typed values in the station's real SQLite settings table."""

import pytest

from commune_radio.core import settings as S
from commune_radio.core.errors import RejectedInput
from commune_radio.services.settings_service import SettingsService
from commune_radio.storage.database import Database


def test_values_survive_a_reopen_and_a_bad_batch_writes_nothing(tmp_path):
    svc = SettingsService(Database.in_dir(tmp_path))
    assert svc.get(S.PREROLL_S) == 3.0
    assert svc.set(S.PREROLL_S, 4.5).settings
    with pytest.raises(RejectedInput):
        svc.set_many({S.LANGUAGE: "en", S.CATCH_UP_MINUTES: -5})
    again = SettingsService(Database.in_dir(tmp_path))
    assert again.get(S.PREROLL_S) == 4.5
    assert again.get(S.LANGUAGE) == "vi"


def test_role_and_language_reads(tmp_path):
    svc = SettingsService(Database.in_dir(tmp_path))
    assert (svc.role(), svc.is_office(), svc.language()) == ("", False, "vi")
    svc.set_many({S.ROLE: "office", S.LANGUAGE: "en"})
    assert (svc.role(), svc.is_office(), svc.language()) == ("office", True, "en")
