"""The command line's own sentences (what a command tells the person on stderr), and
argparse's words in Vietnamese.

``ARGPARSE`` maps the English texts argparse itself writes ("usage: ", "options", its error
messages) to their translation, keyed by argparse's exact English; ``cli.common`` hands them to
argparse in place of its gettext while a parser in Vietnamese works.
"""

from __future__ import annotations

CLI: dict[str, tuple[str, str]] = {
    "cli.no_command": (
        "Cần một lệnh (xem: commune-radio --help); không có lệnh thì chương trình “commune-radio” mở cửa sổ.",
        "A command is needed (see: commune-radio --help); without one the “commune-radio” program opens its window.",
    ),
    # autostart
    "cli.autostart.on": ("Đã bật tự khởi động: {where}", "Start at login on: {where}"),
    "cli.autostart.off": ("Đã tắt tự khởi động.", "Start at login off."),
    # library and packs
    "cli.library.duplicate": (" (đã có trong thư viện)", " (already in the library)"),
    "cli.pack.created": (
        "Đã tạo gói {pack_id}: {segments} mục, {programmes} chương trình gợi ý. Dấu khóa văn phòng: {fingerprint}",
        "Pack {pack_id} written: {segments} segments, {programmes} suggested programmes. Office key fingerprint: {fingerprint}",
    ),
    "cli.pack.trusted": (
        "Đã tin cậy khóa văn phòng có dấu {fingerprint}.",
        "The office key with fingerprint {fingerprint} is now trusted.",
    ),
    "cli.pack.suggested": (
        "Chương trình gợi ý [{language}] “{name}”: {ready}/{total} mục sẵn sàng. Tạo: commune-radio library import-pack FILE --create-programme {language}",
        "Suggested programme [{language}] “{name}”: {ready}/{total} items ready. To create it: commune-radio library import-pack FILE --create-programme {language}",
    ),
    "cli.pack.programme_created": ("Đã tạo chương trình “{name}”.", "Programme “{name}” created."),
    "cli.pack.template": (
        "Lịch mẫu của gói: {template} (áp dụng: commune-radio schedule import FILE)",
        "The pack's schedule template: {template} (to apply: commune-radio schedule import FILE)",
    ),
    "cli.pack.removed": (
        "Mục “{title}” hết hiệu lực ngày {until}: đã bỏ khỏi chương trình “{programme}”.",
        "“{title}” expired on {until}: taken out of programme “{programme}”.",
    ),
    # programmes
    "cli.programme.overrun": (
        "⚠ “{name}” dài hơn mục tiêu {seconds} giây",
        "⚠ “{name}” runs {seconds} s over its target",
    ),
    "cli.programme.not_valid": (
        "⚠ “{name}”: mục “{title}” không còn/chưa có hiệu lực ngày {today}",
        "⚠ “{name}”: “{title}” is not valid on {today}",
    ),
    "cli.programme.line": (
        "{name}  ({dx}, {count} mục, {minutes} phút)",
        "{name}  ({dx}, {count} items, {minutes} min)",
    ),
    "cli.programme.created": (
        "Đã tạo chương trình “{name}” ({seconds} giây)",
        "Created programme “{name}” ({seconds} s)",
    ),
    "cli.programme.rendered": (
        "Đã ghi {file} ({seconds} giây, {channels} kênh)",
        "Wrote {file} ({seconds} s, {channels} ch)",
    ),
    "cli.programme.exported": (
        "Đã ghi {file} để tải lên nền tảng loa IP: {length}, độ lớn {lufs} LUFS. Đây là bản giao, không tính là đã phát.",
        "Wrote {file} to upload to the IP loudspeaker platform: {length}, loudness {lufs} LUFS. This is a hand-over, not counted as aired.",
    ),
    "cli.programme.deleted": ("Đã xóa chương trình “{name}”", "Deleted programme “{name}”"),
    # schedule
    "cli.schedule.clash": (
        "Cảnh báo: khung giờ {slot_id} {kind} lúc {when}",
        "Warning: slot {slot_id} {kind} at {when}",
    ),
    # playing and the headless station
    "cli.play.playing": ("Đang phát “{name}” trên “{device}”", "Playing “{name}” on “{device}”"),
    "cli.play.dead_air": (
        "⚠ MẤT TIẾNG TRÊN SÓNG: đầu vào kiểm tra “{source}” chỉ nghe thấy im lặng",
        "⚠ DEAD AIR: the air monitor “{source}” hears only silence",
    ),
    "cli.play.sound_back": ("Đã có tiếng trở lại trên sóng", "Sound is back on air"),
    "cli.devices.none": ("(không có thiết bị phát âm thanh)", "(no audio output)"),
    "cli.devices.default": ("(mặc định)", "(default)"),
    "cli.run.following": ("Đài đang chạy theo lịch.", "The station follows its schedule."),
    "cli.run.bad_until": (
        "--until: “{value}” không phải ngày giờ (cần YYYY-MM-DDTHH:MM, ví dụ 2026-11-23T06:00).",
        "--until: “{value}” is not a date-time (expected YYYY-MM-DDTHH:MM, e.g. 2026-11-23T06:00).",
    ),
    # the stream output
    "cli.stream.none": ("Không phát luồng IP", "No IP stream"),
    "cli.stream.bad_address": ("Địa chỉ luồng không dùng được: {detail}", "The stream address cannot be used: {detail}"),
    "cli.stream.password_not_stored": (
        "Mật khẩu không được lưu: đặt nó trong $COMMUNE_RADIO_STREAM_PASSWORD",
        "The password is not stored: put it in $COMMUNE_RADIO_STREAM_PASSWORD",
    ),
    "cli.stream.off": ("Đã tắt luồng IP", "IP stream off"),
    # the log file for the office
    "cli.export.from_to_together": ("log export: cần cả --from và --to", "log export: --from and --to go together"),
    "cli.export.left_out": (
        "{count} buổi đang phát chưa được đưa vào tệp.",
        "{count} broadcast(s) still airing were left out.",
    ),
    "cli.export.written": (
        "{file}: {count} buổi phát ({since} – {until})",
        "{file}: {count} broadcasts ({since} – {until})",
    ),
    # the receiving office
    "cli.office.imported": (
        "OK {file}: {code} {name}: {new} buổi mới, {duplicates} trùng",
        "OK {file}: {code} {name}: {new} new, {duplicates} duplicates",
    ),
    "cli.office.imported_before": (" (tệp đã nhập trước đây)", " (file imported before)"),
    "cli.office.reregistered_key": (
        "Đã đăng ký lại đài {code}: khóa mới đã được tin cậy.",
        "Station {code} re-registered: the new key is trusted.",
    ),
    "cli.office.reregistered": (
        "Đã đăng ký lại đài {code}: tệp tiếp theo của đài sẽ xác lập khóa.",
        "Station {code} re-registered: its next file will set the key.",
    ),
    "cli.office.expected": ("Văn phòng chờ tệp của {count} đài.", "The office expects files from {count} stations."),
    "cli.needs": ("{option} chỉ dùng cùng {other}", "{option} needs {other}"),
    # values typed on the command line
    "cli.type.date": (
        "“{value}” không phải ngày (cần YYYY-MM-DD, ví dụ 2026-11-23)",
        "“{value}” is not a date (expected YYYY-MM-DD, e.g. 2026-11-23)",
    ),
    "cli.type.whole_number": ("“{value}” không phải số nguyên", "“{value}” is not a whole number"),
    "cli.type.number": ("“{value}” không phải số", "“{value}” is not a number"),
}

# argparse's own English (the msgid it passes to gettext) and its Vietnamese
ARGPARSE: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "đối số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "in trợ giúp này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "đối số không nhận ra: %s",
    "not allowed with argument %s": "không dùng cùng đối số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "the following arguments are required: %s": "thiếu các đối số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các đối số %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (có: %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "subcommands": "lệnh con",
}
