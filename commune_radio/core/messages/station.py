"""The station's sentences: audio import, metadata, the station, storage, programmes, the
schedule, playout and the station program (one per data directory, clock, pre-flight)."""

from __future__ import annotations

STATION: dict[str, tuple[str, str]] = {
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
    "import.empty_folder": (
        "Thư mục “{folder}” không có tệp âm thanh nào (tên tệp cần kết thúc bằng {suffixes}).",
        "The folder “{folder}” holds no audio file (names ending in {suffixes}).",
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
    # what a person types, against the export format's limits (core.limits)
    "input.too_long": (
        "“{field}” dài {length} ký tự, quá giới hạn {limit} ký tự mà tệp gửi cấp trên cho phép.",
        "“{field}” is {length} characters long, over the {limit} the office file allows.",
    ),
    "input.control_chars": (
        "“{field}” chứa ký tự điều khiển (không in được); hãy gõ lại.",
        "“{field}” holds control (unprintable) characters; type it again.",
    ),
    "cli.interrupted": (
        "Đã dừng theo yêu cầu (Ctrl-C). Việc đang làm dở không được lưu một nửa; dữ liệu cũ vẫn nguyên vẹn.",
        "Stopped on request (Ctrl-C). Nothing was half saved; earlier data is intact.",
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
        "Tệp cơ sở dữ liệu “{path}” bị hỏng hoặc không phải của Commune Radio. Cách khắc phục: "
        "khôi phục bản sao lưu gần nhất bằng lệnh “commune-radio station restore” (tệp hỏng được "
        "giữ lại bên cạnh, các tệp nhật ký đã gửi không bị ảnh hưởng).",
        "The database file “{path}” is damaged or not a Commune Radio database. The way out: "
        "restore the newest backup with “commune-radio station restore” (the damaged file is "
        "kept beside it; log files already exported are not touched).",
    ),
    "db.emptied": (
        "Tệp cơ sở dữ liệu “{path}” rỗng (0 byte) dù đài đã được cài đặt ở đây: dữ liệu bị mất, "
        "không phải đài mới. Cách khắc phục: “commune-radio station restore” để lấy lại bản sao "
        "lưu gần nhất.",
        "The database file “{path}” is empty (0 bytes) although a station was set up here: its "
        "data was lost, this is not a new station. The way out: “commune-radio station "
        "restore” brings back the newest backup.",
    ),
    "key.damaged": (
        "Tệp khóa ký của đài “{path}” bị hỏng hoặc bị cắt cụt. Cách khắc phục: "
        "“commune-radio station restore” lấy lại khóa từ bản sao lưu; nếu không có bản sao lưu, "
        "“commune-radio station init --force --new-key” tạo khóa mới (báo văn phòng đăng ký lại đài).",
        "The station's signing key “{path}” is damaged or truncated. The way out: "
        "“commune-radio station restore” brings the key back from a backup; with no backup, "
        "“commune-radio station init --force --new-key” makes a new key (ask the office to "
        "re-register the station).",
    ),
    "key.unreadable": (
        "Không đọc được tệp khóa ký “{path}”: {detail}",
        "The signing key “{path}” cannot be read: {detail}",
    ),
    "backup.unverified": (
        "Bản sao lưu vừa tạo “{path}” không qua được bước kiểm tra (integrity_check); đã bỏ nó. "
        "Cơ sở dữ liệu có thể đã hỏng: hãy chạy “commune-radio station restore”.",
        "The backup just made “{path}” failed its check (integrity_check) and was discarded. "
        "The database may be damaged: run “commune-radio station restore”.",
    ),
    "backup.restored_kept": (
        "Đã khôi phục bản sao lưu {name}. Cơ sở dữ liệu cũ được giữ lại ở “{kept}”.",
        "Backup {name} was restored. The previous database is kept as “{kept}”.",
    ),
    "backup.offer_title": ("Dữ liệu của đài bị hỏng", "The station's data is damaged"),
    "backup.offer": (
        "Có bản sao lưu tốt gần nhất lúc {made_at}. Khôi phục bản này? Tệp hỏng được giữ lại "
        "bên cạnh; các tệp nhật ký đã gửi không bị ảnh hưởng.",
        "The newest good backup is from {made_at}. Restore it? The damaged file is kept beside "
        "it; log files already exported are not touched.",
    ),
    "backup.offer_none": (
        "Không có bản sao lưu nào dùng được. Hãy gọi cán bộ kỹ thuật; đừng xóa thư mục dữ liệu.",
        "There is no usable backup. Call technical support; do not delete the data folder.",
    ),
    "backup.offer_restore": ("Khôi phục bản sao lưu", "Restore the backup"),
    "backup.offer_quit": ("Thoát", "Quit"),
    "backup.nothing_damaged": (
        "Cơ sở dữ liệu và khóa ký đều tốt; không khôi phục gì. Muốn quay về một bản sao lưu cụ "
        "thể, hãy ghi tên nó: commune-radio station restore TÊN (xem: station backup --list).",
        "The database and the signing key are both sound; nothing was restored. To go back to a "
        "backup on purpose, name it: commune-radio station restore NAME (see: station backup "
        "--list).",
    ),
    "backup.none": (
        "Không có bản sao lưu nào dùng được trong “{path}”.",
        "There is no usable backup in “{path}”.",
    ),
    "backup.not_found": (
        "Không có bản sao lưu “{name}”. Xem danh sách: commune-radio station backup --list",
        "There is no backup “{name}”. See the list: commune-radio station backup --list",
    ),
    "backup.bad": (
        "Bản sao lưu “{name}” bị hỏng (không qua integrity_check); hãy chọn bản khác.",
        "The backup “{name}” is damaged (fails integrity_check); choose another one.",
    ),
    "db.too_new": (
        "Dữ liệu được tạo bởi phiên bản mới hơn (lược đồ {found} > {supported}). Hãy cập nhật chương trình.",
        "The data was made by a newer version (schema {found} > {supported}). Update the program.",
    ),
    "db.io_error": (
        "Lỗi đọc/ghi đĩa: {detail}",
        "Disk read/write error: {detail}",
    ),
    # programmes
    "programme.empty_name": (
        "Tên chương trình không được để trống.",
        "The programme name cannot be empty.",
    ),
    "programme.name_too_long": (
        "Tên chương trình quá dài (tối đa {limit} ký tự).",
        "The programme name is too long (at most {limit} characters).",
    ),
    "programme.no_segments": (
        "Chương trình “{name}” chưa có mục nào; hãy thêm ít nhất một mục từ thư viện.",
        "Programme “{name}” has no items; add at least one segment from the library.",
    ),
    "programme.bad_target": (
        "Độ dài mục tiêu “{value}” không hợp lệ (ví dụ: 900 giây, 15:00 hoặc 0:15:00).",
        "Target length “{value}” is not valid (for example 900 seconds, 15:00 or 0:15:00).",
    ),
    "programme.exists": (
        "Đã có chương trình tên “{name}”. Hãy chọn tên khác.",
        "A programme named “{name}” already exists. Choose another name.",
    ),
    "programme.not_found": (
        "Không có chương trình “{name}”. Xem danh sách: commune-radio programme list",
        "There is no programme “{name}”. See the list: commune-radio programme list",
    ),
    "programme.in_use": (
        "Chương trình “{name}” đang được dùng trong {count} lịch phát; hãy xóa lịch đó trước.",
        "Programme “{name}” is used by {count} schedule slot(s); remove them first.",
    ),
    "programme.audio_missing": (
        "Thiếu tệp âm thanh của mục “{title}” (số {segment_id}); hãy nhập lại mục này vào thư viện.",
        "The audio of “{title}” (segment {segment_id}) is missing; import it into the library again.",
    ),
    "programme.audio_bad": (
        "Tệp âm thanh của mục “{title}” (số {segment_id}) bị hỏng: {detail}",
        "The audio of “{title}” (segment {segment_id}) is damaged: {detail}",
    ),
    "render.cannot_write": (
        "Không ghi được tệp “{file}”: {detail}",
        "Cannot write “{file}”: {detail}",
    ),
    # broadcast log
    "log.slot_already_logged": (
        "Lượt phát lúc {at} của lịch số {slot_id} đã được ghi sổ; không phát lại lần nữa.",
        "The {at} occurrence of slot {slot_id} is already in the log; it is not aired twice.",
    ),
    "log.bad_range": (
        "Khoảng ngày không hợp lệ: ngày kết thúc ({to}) đứng trước ngày bắt đầu ({since}).",
        "Invalid date range: the end date ({to}) is before the start date ({since}).",
    ),
    "log.not_found": (
        "Không có lượt phát “{broadcast_id}” trong sổ phát sóng.",
        "There is no broadcast “{broadcast_id}” in the log.",
    ),
    # playout
    "playout.busy": (
        "Đang phát “{programme}”; chỉ bản tin khẩn cấp mới được ngắt. Hãy dừng trước rồi phát lại.",
        "“{programme}” is on air; only an emergency bulletin may interrupt it. Stop it first.",
    ),
    "playout.no_such_device": (
        "Không có thiết bị âm thanh “{name}”. Các thiết bị hiện có: {available}",
        "There is no audio output “{name}”. Outputs available: {available}",
    ),
    "handover.bad_bitrate": (
        "Tốc độ bit “{bitrate}” không dùng được; chọn một trong: {allowed}",
        "Bitrate “{bitrate}” cannot be used; choose one of: {allowed}",
    ),
    "stream.bad_target": (
        "Không dùng được địa chỉ luồng IP: {detail}",
        "The IP stream address cannot be used: {detail}",
    ),
    "playout.no_such_input": (
        "Không có đầu vào âm thanh “{name}” để kiểm tra sóng. Các đầu vào hiện có: {available}",
        "There is no audio input “{name}” for the air monitor. Inputs available: {available}",
    ),
    "playout.no_device": (
        "Máy tính không có thiết bị phát âm thanh nào; hãy cắm loa/amply rồi thử lại.",
        "This computer has no audio output; connect the amplifier or speakers and retry.",
    ),
    "playout.device_lost": (
        "Mất thiết bị phát “{device}” khi đang phát; mục đang phát được ghi là lỗi.",
        "The output “{device}” was lost while playing; the item on air is logged as failed.",
    ),
    "playout.media_error": (
        "Không phát được “{title}”: {detail}",
        "Could not play “{title}”: {detail}",
    ),
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
    # the station program (issue 10): one per data directory, clock, pre-flight
    "station.locked_window": (
        "Chương trình đài đã đang mở trong một cửa sổ chương trình (mã tiến trình {pid}, từ "
        "{since}) trên thư mục dữ liệu này; cửa sổ đó được đưa lên trước. Mỗi thư mục dữ liệu "
        "chỉ có một chương trình đài phát lịch.",
        "The station program is already open in a window (process {pid}, since {since}) on "
        "this data directory; that window is brought to the front. Only one station program "
        "airs a data directory.",
    ),
    "station.locked_headless": (
        "Chương trình đài đã đang chạy nền (commune-radio run, mã tiến trình {pid}, từ "
        "{since}) trên thư mục dữ liệu này. Mỗi thư mục dữ liệu chỉ có một chương trình đài "
        "phát lịch; hãy dừng bản chạy nền trước.",
        "The station program is already running headless (commune-radio run, process {pid}, "
        "since {since}) on this data directory. Only one station program airs a data "
        "directory; stop the headless one first.",
    ),
    "station.locked_unknown": (
        "Một chương trình đài khác đang giữ thư mục dữ liệu này (mã tiến trình {pid}, từ "
        "{since}). Mỗi thư mục dữ liệu chỉ có một chương trình đài phát lịch.",
        "Another station program holds this data directory (process {pid}, since {since}). "
        "Only one station program airs a data directory.",
    ),
    "station.clock_jump_forward": (
        "Đồng hồ máy tính vừa bị chỉnh tiến {size}; lịch phát đã được tính lại, các buổi bị "
        "nhảy qua được ghi là lỡ (đổi giờ).",
        "The computer clock was just moved forward by {size}; the schedule was re-armed and "
        "the slots jumped over are logged missed (clock changed).",
    ),
    "station.clock_jump_back": (
        "Đồng hồ máy tính vừa bị chỉnh lùi {size}; lịch phát đã được tính lại, không buổi nào "
        "bị phát hai lần.",
        "The computer clock was just moved back by {size}; the schedule was re-armed and no "
        "slot airs twice.",
    ),
    "preflight.ok": (
        "Kiểm tra trước giờ phát: mọi thứ sẵn sàng.",
        "Pre-flight: everything is ready.",
    ),
    "preflight.device_ok": ("Thiết bị phát “{device}” sẵn sàng.",
                            "Output “{device}” is ready."),
    "preflight.no_device": (
        "Không có thiết bị phát âm thanh nào; hãy cắm loa/amply.",
        "There is no audio output; connect the amplifier or speakers.",
    ),
    "preflight.device_not_open": (
        "Thiết bị phát “{device}” có mặt nhưng không mở được ({detail}); hãy kiểm tra card "
        "âm thanh và dây nối.",
        "The output “{device}” is there but does not open ({detail}); check the sound card "
        "and its cable.",
    ),
    "preflight.device_missing": (
        "Thiết bị phát đã chọn “{device}” không có mặt; hãy cắm lại hoặc chọn thiết bị khác.",
        "The chosen output “{device}” is not present; plug it in or choose another one.",
    ),
    "preflight.items_ok": (
        "Đủ {count} tệp của chương trình sắp phát “{programme}”, đúng mã kiểm tra.",
        "All {count} files of the coming programme “{programme}” are present and intact.",
    ),
    "preflight.no_coming": (
        "Chưa có chương trình nào sắp phát trong 7 ngày tới.",
        "No programme is due in the next 7 days.",
    ),
    "preflight.item_missing": (
        "Chương trình “{programme}” thiếu tệp của mục “{title}”; hãy nhập lại mục này.",
        "“{programme}” lacks the file of “{title}”; import that item again.",
    ),
    "preflight.item_changed": (
        "Tệp của mục “{title}” (chương trình “{programme}”) đã bị thay đổi hoặc hỏng.",
        "The file of “{title}” (programme “{programme}”) was changed or is damaged.",
    ),
    "preflight.timeout": (
        "Kiểm tra “{check}” quá {seconds} giây; chưa xác nhận được.",
        "The “{check}” check took over {seconds} s; it could not be confirmed.",
    ),
    "preflight.disk_ok": ("Còn trống {free_mb} MB.", "{free_mb} MB free."),
    "preflight.disk_low": (
        "Ổ đĩa chỉ còn {free_mb} MB trống (cần ít nhất {need_mb} MB); hãy xóa bớt tệp.",
        "Only {free_mb} MB free on disk (at least {need_mb} MB needed); free some space.",
    ),
    "preflight.db_ok": ("Cơ sở dữ liệu không lỗi.", "The database is sound."),
    "preflight.db_bad": (
        "Cơ sở dữ liệu có lỗi: {detail}. Hãy khôi phục từ bản sao lưu.",
        "The database is damaged: {detail}. Restore it from a backup.",
    ),
    "preflight.dx_ok": (
        "Tuần tới có chuyên mục Chuyển đổi số lúc {at}.",
        "The coming week has a DX section at {at}.",
    ),
    "preflight.no_dx": (
        "7 ngày tới chưa có lịch phát chuyên mục Chuyển đổi số nào.",
        "The next 7 days have no digital-transformation (DX) slot.",
    ),
    "station.bad_target": (
        "Mức âm lượng chuẩn {value} LUFS không hợp lệ (cần từ {low} đến {high} LUFS).",
        "Loudness target {value} LUFS is not valid (expected {low} to {high} LUFS).",
    ),
}
