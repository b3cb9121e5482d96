"""The catalogue of messages shown to people, in Vietnamese (default) and English.

The window and the command line both render ``KnownError`` through this table so an operator
reads the same sentence in either. Keep the sentences plain: the reader is not technical.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # audio import
    "audio.not_found": (
        "Không tìm thấy tệp “{file}”.",
        "The file “{file}” was not found.",
    ),
    "audio.unreadable": (
        "Không đọc được tệp “{file}”: đây không phải tệp âm thanh hoặc tệp bị hỏng.",
        "Cannot read “{file}”: it is not an audio file or it is damaged.",
    ),
    "audio.truncated": (
        "Tệp “{file}” bị cắt cụt hoặc hỏng giữa chừng; hãy chép lại tệp gốc.",
        "“{file}” is truncated or damaged part-way; copy the original file again.",
    ),
    "audio.empty": (
        "Tệp “{file}” không có âm thanh (độ dài bằng 0).",
        "“{file}” holds no audio (zero length).",
    ),
    "audio.silent": (
        "Tệp “{file}” chỉ có khoảng lặng, không có tiếng.",
        "“{file}” is silence only; there is nothing to broadcast.",
    ),
    "audio.too_long": (
        "Tệp “{file}” dài {minutes} phút, quá giới hạn {limit} phút cho một mục.",
        "“{file}” lasts {minutes} minutes, over the {limit}-minute limit for one item.",
    ),
    "audio.too_short": (
        "Tệp “{file}” quá ngắn (dưới {limit} giây có tiếng).",
        "“{file}” is too short (under {limit} seconds of sound).",
    ),
    "audio.no_ffmpeg": (
        "Thiếu chương trình giải mã âm thanh (ffmpeg). Hãy cài lại Commune Radio.",
        "The audio decoder (ffmpeg) is missing. Reinstall Commune Radio.",
    ),
    "import.cancelled": (
        "Đã hủy nhập tệp “{file}”; thư viện không thay đổi.",
        "Import of “{file}” was cancelled; the library is unchanged.",
    ),
    # metadata
    "meta.bad_topic": (
        "Chủ đề “{value}” không có trong kế hoạch chuyển đổi số. Xem danh sách: commune-radio topics",
        "Theme “{value}” is not in the DX plan. See the list: commune-radio topics",
    ),
    "meta.bad_language": (
        "Ngôn ngữ “{value}” không có trong danh sách. Xem danh sách: commune-radio languages",
        "Language “{value}” is not in the list. See the list: commune-radio languages",
    ),
    "meta.bad_date": (
        "Ngày “{value}” không đúng dạng (cần YYYY-MM-DD, ví dụ 2026-11-23).",
        "Date “{value}” is not valid (expected YYYY-MM-DD, e.g. 2026-11-23).",
    ),
    "meta.dates_reversed": (
        "Ngày hết hiệu lực ({until}) đứng trước ngày bắt đầu ({since}).",
        "The end date ({until}) is before the start date ({since}).",
    ),
    "meta.empty_title": (
        "Tên mục không được để trống.",
        "The title cannot be empty.",
    ),
    "segment.not_found": (
        "Không có mục âm thanh số {segment_id} trong thư viện.",
        "There is no segment {segment_id} in the library.",
    ),
    # station
    "station.bad_code": (
        "Mã đơn vị “{value}” không hợp lệ: cần đúng 5 chữ số (mã hành chính quốc gia, ví dụ 02785).",
        "Station code “{value}” is not valid: it must be 5 digits (national unit code, e.g. 02785).",
    ),
    "station.empty_name": (
        "Tên đài không được để trống.",
        "The station name cannot be empty.",
    ),
    "station.bad_timezone": (
        "Múi giờ “{value}” không tồn tại (ví dụ đúng: Asia/Ho_Chi_Minh).",
        "Time zone “{value}” does not exist (for example: Asia/Ho_Chi_Minh).",
    ),
    "station.already": (
        "Đài đã được khởi tạo (mã {code}). Dùng --force để ghi đè thông tin; khóa ký vẫn giữ nguyên "
        "trừ khi thêm --new-key.",
        "The station is already set up (code {code}). Use --force to overwrite its details; the "
        "signing key is kept unless --new-key is given.",
    ),
    "station.missing": (
        "Đài chưa được khởi tạo. Chạy: commune-radio station init --code MÃ --name TÊN",
        "The station is not set up yet. Run: commune-radio station init --code CODE --name NAME",
    ),
    # storage / environment
    "db.locked": (
        "Cơ sở dữ liệu đang bị chương trình khác khóa. Hãy đóng cửa sổ Commune Radio khác rồi thử lại.",
        "The database is locked by another program. Close the other Commune Radio window and retry.",
    ),
    "db.disk_full": (
        "Ổ đĩa đã đầy; không lưu được. Hãy giải phóng dung lượng rồi thử lại. Dữ liệu cũ vẫn an toàn.",
        "The disk is full; nothing could be saved. Free some space and retry. Earlier data is safe.",
    ),
    "db.read_only": (
        "Thư mục dữ liệu “{path}” chỉ cho đọc; không thể ghi.",
        "The data folder “{path}” is read-only; nothing can be written.",
    ),
    "db.corrupt": (
        "Tệp cơ sở dữ liệu “{path}” bị hỏng hoặc không phải của Commune Radio.",
        "The database file “{path}” is damaged or not a Commune Radio database.",
    ),
    "db.too_new": (
        "Dữ liệu được tạo bởi phiên bản mới hơn (lược đồ {found} > {supported}). Hãy cập nhật chương trình.",
        "The data was made by a newer version (schema {found} > {supported}). Update the program.",
    ),
    "db.io_error": (
        "Lỗi đọc/ghi đĩa: {detail}",
        "Disk read/write error: {detail}",
    ),
}


def render(message_id: str, lang: str = "vi", **params: Any) -> str:
    """The message ``message_id`` in ``lang``, with its parameters filled in."""
    pair = MESSAGES.get(message_id)
    if pair is None:
        return f"{message_id} {params}" if params else message_id
    text = pair[1] if lang == "en" else pair[0]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text

MESSAGES.update({
    "schedule.bad_days": (
        "Ngày trong tuần “{value}” không hợp lệ (ví dụ đúng: mon,thu).",
        "Days “{value}” are not valid (for example: mon,thu).",
    ),
    "schedule.bad_time": (
        "Giờ “{value}” không hợp lệ (cần HH:MM hoặc HH:MM:SS, ví dụ 06:00).",
        "Time “{value}” is not valid (expected HH:MM or HH:MM:SS, e.g. 06:00).",
    ),
    "schedule.no_programme": (
        "Không có chương trình tên “{name}”. Tạo chương trình trước khi xếp lịch.",
        "There is no programme named “{name}”. Create it before scheduling it.",
    ),
    "schedule.slot_not_found": (
        "Không có khung giờ số {slot_id} trong lịch phát.",
        "There is no slot {slot_id} in the schedule.",
    ),
    "schedule.bad_template": (
        "Tệp lịch mẫu “{file}” không đọc được: {detail}",
        "The schedule template “{file}” cannot be read: {detail}",
    ),
    "schedule.no_days": (
        "Cần chọn ít nhất một ngày trong tuần hoặc một ngày cụ thể.",
        "Choose at least one weekday or a single date.",
    ),
})
