"""Typed settings: parse tolerates what a hand-edited table may hold, format refuses bad values."""

import pytest

from commune_radio.core import settings as S
from commune_radio.core.errors import RejectedInput


def test_missing_or_unreadable_values_read_as_the_default():
    assert S.PREROLL_S.parse(None) == 3.0
    assert S.PREROLL_S.parse("abc") == 3.0
    assert S.LANGUAGE.parse("fr") == "vi"
    assert S.DEMO_SEEDED.parse("maybe") is False
    assert S.EXPORT_HISTORY.parse("{not json") == []


def test_values_out_of_bounds_are_clamped_when_read():
    assert S.PREROLL_S.parse("99") == 30.0
    assert S.OUTPUT_VOLUME.parse("-1") == 0.0


def test_format_round_trips_and_refuses_bad_values():
    for setting, value in ((S.PREROLL_S, 2.5), (S.LANGUAGE, "en"), (S.DEMO_SEEDED, True),
                           (S.EXPORT_HISTORY, [{"a": "Lào Cai"}]), (S.STREAM_FORMAT, "opus")):
        assert setting.parse(setting.format(value)) == value
    with pytest.raises(RejectedInput):
        S.LANGUAGE.format("fr")
    with pytest.raises(RejectedInput):
        S.PREROLL_S.format(-1)
    with pytest.raises(RejectedInput):
        S.PREROLL_S.format("soon")


def test_every_key_is_declared_once():
    keys = [s.key for s in S.ALL]
    assert len(keys) == len(set(keys))
