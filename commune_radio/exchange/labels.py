"""Vietnamese labels of the log's words for the spreadsheets people forward as they are."""

from __future__ import annotations

from commune_radio.core.compliance import WeekStatus
from commune_radio.core.languages import language_by_id
from commune_radio.core.topics import topic_by_id

STATUS_VI = {
    "started": "Đang phát",
    "played": "Đã phát đủ",
    "partial": "Phát không trọn",
    "missed": "Bị lỡ",
    "skipped": "Bỏ qua",
    "failed": "Lỗi, không phát được",
}
ITEM_STATUS_VI = {
    "pending": "Chưa phát",
    "playing": "Đang phát",
    "played": "Đã phát đủ",
    "partial": "Phát không trọn",
    "failed": "Lỗi",
    "skipped": "Bỏ qua",
}
TRIGGER_VI = {
    "schedule": "Theo lịch",
    "manual": "Phát thủ công",
    "catch_up": "Phát bù",
    "emergency": "Khẩn cấp",
}
WEEK_STATUS_VI = {
    WeekStatus.COMPLIANT: "Đạt",
    WeekStatus.NOT_COMPLIANT: "Không đạt",
    WeekStatus.NO_DATA: "Chưa có số liệu",
}
LEVEL_VI = {"district": "cấp huyện", "province": "cấp tỉnh", "commune": "cấp xã"}
NO_TOPIC_VI = "Không gắn chủ đề (nhạc hiệu, giới thiệu…)"
NO_LANGUAGE_VI = "Không rõ ngôn ngữ"


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
    return "Có" if value else "Không"
