"""Broadcast languages of the commune stations, with stable ids.

Stations air in Vietnamese and in the ethnic languages of Lào Cai; the ids are used in export
files and reports, so they never change.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One broadcast language."""

    id: str
    vi: str
    en: str


LANGUAGES: tuple[Language, ...] = (
    Language("vi", "Tiếng Việt", "Vietnamese"),
    Language("hmong", "Tiếng H'Mông", "Hmong"),
    Language("dao", "Tiếng Dao", "Dao"),
    Language("tay", "Tiếng Tày", "Tày"),
    Language("giay", "Tiếng Giáy", "Giáy"),
    Language("nung", "Tiếng Nùng", "Nùng"),
    Language("phula", "Tiếng Phù Lá", "Phù Lá"),
    Language("hanhi", "Tiếng Hà Nhì", "Hà Nhì"),
    Language("thai", "Tiếng Thái", "Thái"),
    Language("xapho", "Tiếng Xá Phó", "Xá Phó"),
    Language("lachi", "Tiếng La Chí", "La Chí"),
    Language("bo_y", "Tiếng Bố Y", "Bố Y"),
)

DEFAULT_LANGUAGE = "vi"

_BY_ID = {lang.id: lang for lang in LANGUAGES}


def language_by_id(language_id: str) -> Language | None:
    """The language with this id, or None when the id is unknown."""
    return _BY_ID.get(language_id)


def is_language(language_id: str) -> bool:
    """Whether ``language_id`` names a known broadcast language."""
    return language_id in _BY_ID
