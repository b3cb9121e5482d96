"""`--help` speaks the catalogue: Vietnamese by default, English with --lang en, every option
explained with what it accepts, and argparse's own words translated too."""

import argparse
import re
import subprocess
import sys

import pytest

from commune_radio.cli import build_parser
from commune_radio.cli.common import argparse_words, language_of, walk_commands
from commune_radio.core.messages import ARGPARSE

VIETNAMESE = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                        re.IGNORECASE)
# what argparse writes in English when nobody translates it
ARGPARSE_ENGLISH = ("usage:", "positional arguments:", "options:", "show this help message")


def parsers(lang):
    root = build_parser(lang)
    yield (), root, None
    yield from walk_commands(root)


def arguments(parser):
    """The options and positionals a person types (not -h, not the sub-command choice)."""
    return [a for a in parser._actions
            if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_command_has_help_and_a_description(lang):
    for path, parser, short in parsers(lang):
        assert parser.description and parser.description.strip(), path
        if path:
            assert short and short.strip(), path


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_option_has_help_naming_what_it_accepts(lang):
    seen = 0
    for path, parser, _ in parsers(lang):
        for action in arguments(parser):
            name = "/".join(action.option_strings) or action.dest
            assert action.help and action.help.strip(), (path, name)
            if action.choices:
                missing = [c for c in action.choices if str(c) not in action.help]
                assert not missing, (path, name, missing)
            if action.metavar == "DATE":
                assert "YYYY-MM-DD" in action.help, (path, name)
            if getattr(action.type, "__name__", "") in ("whole_number", "number"):
                form = r"\bsố\b" if lang == "vi" else r"\bnumber\b|\bids?\b"
                assert re.search(form, action.help), (path, name)
            seen += 1
    assert seen > 100


def test_vietnamese_is_the_default_and_english_follows_lang(monkeypatch):
    monkeypatch.delenv("COMMUNE_RADIO_LANG", raising=False)
    assert language_of([]) == "vi"
    assert language_of(["--lang", "en", "library", "list"]) == "en"
    assert language_of(["--lang=en"]) == "en"
    assert language_of(["--lang", "fr"]) == "vi"  # argparse then refuses it, in Vietnamese
    assert language_of([], {"COMMUNE_RADIO_LANG": "en"}) == "en"
    assert language_of(["--lang", "vi"], {"COMMUNE_RADIO_LANG": "en"}) == "vi"


def test_every_help_page_is_vietnamese_with_no_argparse_english():
    for path, parser, _ in parsers("vi"):
        page = parser.format_help()
        assert VIETNAMESE.search(page), path
        assert page.startswith("cách dùng: "), path
        for english in ARGPARSE_ENGLISH:
            assert english not in page, (path, english)
        for action in arguments(parser):  # every option's help is shown, in Vietnamese
            assert VIETNAMESE.search(action.help), (path, action.dest, action.help)


def test_every_help_page_is_english_with_lang_en():
    for path, parser, _ in parsers("en"):
        page = parser.format_help()
        assert page.startswith("usage: "), path
        assert "cách dùng" not in page and "tùy chọn" not in page, path
        for action in arguments(parser):
            if action.dest not in ("lang",):  # --lang names "vi" in both
                assert not VIETNAMESE.search(action.help.replace("Lào Cai", "")
                                             .replace("Bảo Hà", "")
                                             .replace("Đài truyền thanh xã", "")), \
                    (path, action.dest, action.help)


def test_argparse_errors_are_translated_and_argparse_is_left_as_it_was(capsys):
    parser = build_parser("vi")
    with pytest.raises(SystemExit) as stop:
        parser.parse_args(["library", "import"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "lỗi: thiếu các đối số bắt buộc: FILE|DIR" in err and "cách dùng:" in err
    with pytest.raises(SystemExit):
        parser.parse_args(["log", "list", "--status", "lost"])
    assert "lựa chọn không hợp lệ: 'lost'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args(["office", "report", "--from", "2026-13-01", "--to", "2026-11-30"])
    assert "không phải ngày (cần YYYY-MM-DD" in capsys.readouterr().err
    # outside our parsers argparse speaks English again
    assert argparse._("usage: ") == "usage: "
    with argparse_words("vi"):
        assert argparse._("usage: ") == ARGPARSE["usage: "]
    assert argparse._("usage: ") == "usage: "


def test_help_in_a_real_process_follows_lang_and_the_environment(tmp_path):
    def help_of(*args, env=None):
        import os

        environ = {k: v for k, v in os.environ.items() if k != "COMMUNE_RADIO_LANG"}
        environ.update(env or {})
        out = subprocess.run([sys.executable, "-m", "commune_radio", *args, "--help"],
                             capture_output=True, text=True, encoding="utf-8", timeout=60,
                             env=environ)
        assert out.returncode == 0, out.stderr
        return out.stdout

    assert help_of("schedule", "add").startswith("cách dùng: commune-radio schedule add")
    assert "giờ phát HH:MM" in help_of("schedule", "add")
    english = help_of("--lang", "en", "schedule", "add")
    assert english.startswith("usage: ") and "air time HH:MM" in english
    assert help_of("schedule", "add", env={"COMMUNE_RADIO_LANG": "en"}).startswith("usage: ")
