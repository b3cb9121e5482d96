"""The Vietnamese catalogue is complete, current with the code, and compiled into its .qm."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from commune_radio.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_VI = i18n.translations_dir() / "commune_radio_vi.ts"


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_every_vietnamese_string_is_translated():
    seen = 0
    for _context, message in messages(TS_VI):
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
            message.findtext("source")
        )
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(t and t.strip() for t in texts), message.findtext("source")
        seen += 1
    assert seen > 50


def test_the_qm_files_match_their_ts(qapp):
    translator = QTranslator()
    assert translator.load("commune_radio_vi", str(i18n.translations_dir()))
    for context, message in messages(TS_VI):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            expected = translation.findall("numerusform")[0].text
            assert translator.translate(context, source, None, 2) == expected, source
        else:
            assert translator.translate(context, source) == translation.text, source
    assert (i18n.translations_dir() / "commune_radio_en.qm").is_file()


def test_the_catalogue_holds_every_string_of_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if not lupdate:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (ROOT / "commune_radio" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {(c, m.findtext("source")) for c, m in messages(fresh)}
    in_catalogue = {(c, m.findtext("source")) for c, m in messages(TS_VI)}
    assert in_code - in_catalogue == set(), "run pyside6-lupdate (assets/translations/README.md)"
    assert in_catalogue - in_code == set(), "strings no longer in the code: lupdate -no-obsolete"


def test_unknown_languages_fall_back_to_vietnamese():
    assert i18n.normalise("en_GB") == "en"
    assert i18n.normalise("fr") == "vi"
    assert i18n.normalise(None) == "vi"
