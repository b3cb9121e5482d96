"""DX themes and languages: stable ids, Vietnamese labels with diacritics."""

import subprocess
import sys

from commune_radio.core import languages, topics


def test_topics_have_unique_stable_ids_and_vietnamese_labels():
    ids = [t.id for t in topics.TOPICS]
    assert len(ids) == len(set(ids)) == 12
    assert topics.topic_by_id("information_security").vi == "An toàn thông tin"
    assert all(t.vi and t.en for t in topics.TOPICS)
    assert topics.is_topic("digital_skills") and not topics.is_topic("weather")


def test_languages_cover_the_ethnic_languages_of_lao_cai():
    ids = {lang.id for lang in languages.LANGUAGES}
    assert {"vi", "hmong", "dao", "tay", "giay", "nung", "phula", "hanhi"} <= ids
    assert languages.language_by_id("hmong").vi == "Tiếng H'Mông"
    assert languages.language_by_id("klingon") is None


def test_core_does_not_import_qt():
    """Importing every core module in a fresh interpreter loads no PySide6."""
    code = (
        "import pkgutil, importlib, sys, commune_radio.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module(f'{c.__name__}.{m.name}')\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
