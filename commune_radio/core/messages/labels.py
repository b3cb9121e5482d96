"""The words of the log and the reports: outcomes, triggers, week marks, office levels.

Spreadsheets and the command line show these for the stored ids (``played``, ``catch_up`` …);
``exchange.labels`` reads its Vietnamese columns from here.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # what became of a broadcast (core.broadcasts.Status)
    "label.status.started": ("Đang phát", "On air"),
    "label.status.played": ("Đã phát đủ", "Played in full"),
    "label.status.partial": ("Phát không trọn", "Partly played"),
    "label.status.missed": ("Bị lỡ", "Missed"),
    "label.status.skipped": ("Bỏ qua", "Skipped"),
    "label.status.failed": ("Lỗi, không phát được", "Failed, could not play"),
    # what became of one item of a broadcast
    "label.item.pending": ("Chưa phát", "Not played yet"),
    "label.item.playing": ("Đang phát", "Playing"),
    "label.item.played": ("Đã phát đủ", "Played in full"),
    "label.item.partial": ("Phát không trọn", "Partly played"),
    "label.item.failed": ("Lỗi", "Failed"),
    "label.item.skipped": ("Bỏ qua", "Skipped"),
    # why a broadcast started (core.broadcasts.Trigger)
    "label.trigger.schedule": ("Theo lịch", "Scheduled"),
    "label.trigger.manual": ("Phát thủ công", "Played by hand"),
    "label.trigger.catch_up": ("Phát bù", "Caught up late"),
    "label.trigger.emergency": ("Khẩn cấp", "Emergency"),
    # one station's week in the office report (core.compliance.WeekStatus)
    "label.week.compliant": ("Đạt", "Compliant"),
    "label.week.not_compliant": ("Không đạt", "Not compliant"),
    "label.week.no_data": ("Chưa có số liệu", "No data yet"),
    # the level of the receiving office, as a report heading names it
    "label.level.district": ("cấp huyện", "district level"),
    "label.level.province": ("cấp tỉnh", "province level"),
    "label.level.commune": ("cấp xã", "commune level"),
    "label.no_topic": ("Không gắn chủ đề (nhạc hiệu, giới thiệu…)",
                       "No theme (jingles, introductions…)"),
    "label.no_language": ("Không rõ ngôn ngữ", "Language not known"),
    "label.yes": ("Có", "Yes"),
    "label.no": ("Không", "No"),
}
