"""How values look on screen: dd/mm/yyyy dates, mm:ss durations, LUFS, theme/language labels.

Kept apart from the widgets so the table, the dialogs and the reports of later screens all show a
value the same way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import unicodedata

from commune_radio.core.errors import KnownError
from commune_radio.core.languages import language_by_id
from commune_radio.core.safe_text import display_text
from commune_radio.core.topics import topic_by_id


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` exactly: Qt renders a tooltip that looks like markup as rich
    text, so station text (``<b>``, ``<img>``) is escaped inside a wrapper; lines are kept."""
    lines = (html.escape(display_text(line), quote=False) for line in text.split("\n"))
    return "<qt>" + "<br>".join(lines) + "</qt>"


def format_date(day: dt.date | None) -> str:
    """A date as dd/mm/yyyy (how Vietnamese offices write it); empty for none."""
    return day.strftime("%d/%m/%Y") if day else ""


def format_duration(seconds: float | None) -> str:
    """A duration as mm:ss (minutes may exceed 59 for long items)."""
    if seconds is None:
        return ""
    total = int(round(seconds))
    return f"{total // 60:02d}:{total % 60:02d}"


def format_lufs(value: float | None, lang: str) -> str:
    """A loudness with one decimal, with the decimal comma in Vietnamese."""
    if value is None:
        return ""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "vi" else text


def topic_label(topic_id: str | None, lang: str) -> str:
    """The theme's label in ``lang``; the id itself when unknown; empty for none."""
    if not topic_id:
        return ""
    topic = topic_by_id(topic_id)
    if topic is None:
        return topic_id
    return topic.en if lang == "en" else topic.vi


def language_label(language_id: str | None, lang: str) -> str:
    """The broadcast language's label in ``lang``; the id itself when unknown."""
    if not language_id:
        return ""
    language = language_by_id(language_id)
    if language is None:
        return language_id
    return language.en if lang == "en" else language.vi


def error_text(error: KnownError, lang: str) -> str:
    """The error's sentence in ``lang``, with ISO dates in its parameters shown as dd/mm/yyyy."""
    params = {}
    for key, value in error.params.items():
        if isinstance(value, str) and len(value) == 10:
            with contextlib.suppress(ValueError):
                value = format_date(dt.date.fromisoformat(value))
        params[key] = value
    return KnownError(error.message_id, **params).render(lang)


def fold(text: str) -> str:
    """Lower case without diacritics, so "chuyen doi so" finds "Chuyển đổi số"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
