"""The message catalogue: every message exists in both languages with the same fields."""

import string

from commune_radio.core.errors import KnownError
from commune_radio.core.messages import MESSAGES, render


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_message_has_vietnamese_and_english_with_the_same_fields():
    for key, (vi, en) in MESSAGES.items():
        assert vi and en and vi != en, key
        assert _fields(vi) == _fields(en), key


def test_render_fills_parameters_in_the_chosen_language():
    expected = "“a.wav” is silence only; there is nothing to broadcast."
    assert render("audio.silent", "en", file="a.wav") == expected
    assert "chỉ có khoảng lặng" in KnownError("audio.silent", file="a.wav").render("vi")
