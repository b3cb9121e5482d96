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


def test_one_catalogue_joined_from_its_domains_refuses_an_id_defined_twice():
    import pytest

    from commune_radio.core import messages
    from commune_radio.core.messages.cli_help import CLI_HELP
    from commune_radio.core.messages.labels import LABELS

    parts = (messages.STATION, messages.EXCHANGE, LABELS, messages.CLI, CLI_HELP)
    assert sum(len(p) for p in parts) == len(MESSAGES)
    with pytest.raises(ValueError, match="label.yes"):
        messages._join(LABELS, {"label.yes": ("Vâng", "Yes indeed")})


def test_the_log_words_of_the_spreadsheets_come_from_the_catalogue():
    from commune_radio.core.compliance import WeekStatus
    from commune_radio.exchange.labels import STATUS_VI, WEEK_STATUS_VI, label, yes_no_vi

    assert STATUS_VI["partial"] == MESSAGES["label.status.partial"][0] == "Phát không trọn"
    assert WEEK_STATUS_VI[WeekStatus.NO_DATA] == "Chưa có số liệu"
    assert label("trigger", "catch_up", "en") == "Caught up late"
    assert (yes_no_vi(True), yes_no_vi(False)) == ("Có", "Không")


def test_no_human_sentence_is_written_inline_in_the_command_line():
    """The CLI's words come from the catalogue: no {"vi": …, "en": …} tables in cli/."""
    import re
    from pathlib import Path

    import commune_radio.cli

    for path in Path(commune_radio.cli.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\{\s*\"vi\"\s*:\s*f?\"", text), path
        assert not re.search(r"if lang == .{4} else", text), path
