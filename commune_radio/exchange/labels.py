"""Vietnamese labels of the log's words for the spreadsheets people forward as they are.

The words themselves live in the message catalogue (``core.messages``, ``label.*``); this module
lays them out as the tables the spreadsheet writers look values up in.
"""

from __future__ import annotations

from commune_radio.core.compliance import WeekStatus
from commune_radio.core.languages import language_by_id
from commune_radio.core.messages import render
from commune_radio.core.topics import topic_by_id


def label(kind: str, value: str, lang: str = "vi") -> str:
    """The word for a stored ``value`` of ``kind`` (status, item, trigger, week, level)."""
    return render(f"label.{kind}.{value}", lang)


def _table(kind: str, values) -> dict:
    return {v: label(kind, str(v)) for v in values}


STATUS_VI = _table("status", ("started", "played", "partial", "missed", "skipped", "failed"))
ITEM_STATUS_VI = _table("item", ("pending", "playing", "played", "partial", "failed", "skipped"))
TRIGGER_VI = _table("trigger", ("schedule", "manual", "catch_up", "emergency"))
WEEK_STATUS_VI = _table("week", tuple(WeekStatus))
LEVEL_VI = _table("level", ("district", "province", "commune"))
NO_TOPIC_VI = render("label.no_topic", "vi")
NO_LANGUAGE_VI = render("label.no_language", "vi")


def topic_vi(topic_id: str | None) -> str:
    """The theme's Vietnamese label (the id itself when unknown)."""
    if not topic_id:
        return NO_TOPIC_VI
    topic = topic_by_id(topic_id)
    return topic.vi if topic else topic_id


def language_vi(language_id: str | None) -> str:
    """The language's Vietnamese label (the id itself when unknown)."""
    if not language_id:
        return NO_LANGUAGE_VI
    lang = language_by_id(language_id)
    return lang.vi if lang else language_id


def yes_no_vi(value: bool) -> str:
    """Có / Không."""
    return render("label.yes" if value else "label.no", "vi")
