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
    # exchange: the station's log file and the office import (appended by the exchange work)
    "exchange.rejected": (
        "Tệp “{file}” bị từ chối: {reason} Dữ liệu của văn phòng không thay đổi.",
        "File “{file}” was rejected: {reason} The office data is unchanged.",
    ),
    "exchange.not_found": (
        "không tìm thấy tệp.",
        "the file was not found.",
    ),
    "exchange.unreadable": (
        "không đọc được tệp ({detail}).",
        "the file cannot be read ({detail}).",
    ),
    "exchange.too_big": (
        "tệp lớn hơn giới hạn {limit_mb} MB của một tệp nhật ký.",
        "the file is larger than the {limit_mb} MB limit of a log file.",
    ),
    "exchange.not_zip": (
        "đây không phải tệp nhật ký của Commune Radio (.crlog), hoặc tệp đã bị hỏng.",
        "this is not a Commune Radio log file (.crlog), or the file is damaged.",
    ),
    "exchange.not_a_log": (
        "tệp nén này không phải nhật ký phát sóng của Commune Radio.",
        "this archive is not a Commune Radio broadcast log.",
    ),
    "exchange.too_many_members": (
        "tệp chứa {count} thành phần, nhiều hơn {limit} thành phần của một tệp nhật ký.",
        "the file holds {count} members, more than the {limit} of a log file.",
    ),
    "exchange.member_path": (
        "thành phần “{member}” có đường dẫn hoặc tên không hợp lệ (tệp có thể bị sửa để ghi ra ngoài thư mục).",
        "member “{member}” has a path or an invalid name (the file may have been crafted to write outside its folder).",
    ),
    "exchange.member_duplicate": (
        "thành phần “{member}” xuất hiện hai lần.",
        "member “{member}” appears twice.",
    ),
    "exchange.member_unexpected": (
        "có thành phần lạ “{member}” không thuộc định dạng nhật ký.",
        "it holds an unexpected member “{member}” that is not part of the log format.",
    ),
    "exchange.member_missing": (
        "thiếu thành phần “{member}” (tệp không đầy đủ hoặc chưa được ký).",
        "member “{member}” is missing (the file is incomplete or unsigned).",
    ),
    "exchange.encrypted": (
        "thành phần “{member}” bị mã hóa bằng mật khẩu; nhật ký không dùng mật khẩu.",
        "member “{member}” is password-encrypted; log files never are.",
    ),
    "exchange.bad_compression": (
        "thành phần “{member}” dùng kiểu nén không được hỗ trợ.",
        "member “{member}” uses an unsupported compression method.",
    ),
    "exchange.member_too_big": (
        "thành phần “{member}” vượt giới hạn {limit_mb} MB.",
        "member “{member}” is over the {limit_mb} MB limit.",
    ),
    "exchange.zip_bomb": (
        "thành phần “{member}” giải nén ra lớn bất thường (có thể là “bom nén”); không mở.",
        "member “{member}” expands to an abnormal size (a possible zip bomb); it was not opened.",
    ),
    "exchange.damaged": (
        "thành phần “{member}” bị hỏng (lỗi kiểm tra CRC hoặc dữ liệu nén sai).",
        "member “{member}” is damaged (CRC check failed or bad compressed data).",
    ),
    "exchange.manifest_unreadable": (
        "bản kê khai (manifest.json) không đọc được hoặc không phải JSON hợp lệ.",
        "the manifest (manifest.json) cannot be read or is not valid JSON.",
    ),
    "exchange.future_version": (
        "tệp được tạo bởi phiên bản mới hơn (định dạng {version}; chương trình này đọc được đến định dạng {supported}). Hãy cập nhật Commune Radio.",
        "the file was made by a newer version (format {version}; this program reads up to format {supported}). Update Commune Radio.",
    ),
    "exchange.bad_signature": (
        "chữ ký số không đúng: bản kê khai đã bị sửa hoặc chữ ký bị hỏng.",
        "the digital signature does not match: the manifest was altered or the signature is damaged.",
    ),
    "exchange.line_too_long": (
        "dòng {line} của nhật ký (entries.jsonl) dài quá {limit_mb} MB: không phải một buổi phát; không đọc tiếp.",
        "line {line} of the log (entries.jsonl) is over {limit_mb} MB: no broadcast is that long; reading stopped.",
    ),
    "exchange.entry_too_big": (
        "dòng {line} của nhật ký chứa nhiều giá trị hơn một buổi phát có thể có (tối đa 500 mục); không đọc tiếp.",
        "line {line} of the log holds more values than one broadcast can (at most 500 items); reading stopped.",
    ),
    "exchange.read_failed": (
        "không đọc hết được tệp ({detail}); các tệp khác vẫn được nhập.",
        "the file could not be read to its end ({detail}); the other files are still imported.",
    ),
    "exchange.hash_mismatch": (
        "nội dung “{member}” không khớp mã băm đã ký: tệp đã bị sửa hoặc bị hỏng.",
        "the content of “{member}” does not match its signed hash: the file was altered or damaged.",
    ),
    "exchange.entries_unreadable": (
        "dòng {line} của nhật ký (entries.jsonl) không phải JSON hợp lệ.",
        "line {line} of the log (entries.jsonl) is not valid JSON.",
    ),
    "exchange.counts_mismatch": (
        "số liệu “{field}” của bản kê khai là {expected} nhưng nhật ký có {found}.",
        "the manifest's “{field}” says {expected} but the log holds {found}.",
    ),
    "exchange.duplicate_entry": (
        "dòng {line}: buổi phát {id} xuất hiện hai lần.",
        "line {line}: broadcast {id} appears twice.",
    ),
    "exchange.outside_period": (
        "dòng {line}: buổi phát {id} nằm ngoài kỳ báo cáo {since} – {until}.",
        "line {line}: broadcast {id} lies outside the period {since} – {until}.",
    ),
    "exchange.key_changed": (
        "tệp của đài {code} được ký bằng khóa khác (dấu {fingerprint}) với khóa đã tin cậy (dấu {trusted}). Nếu đài đã cài lại máy hoặc tạo khóa mới, hãy đăng ký lại đài: commune-radio office stations --reregister {code}",
        "the file of station {code} is signed by a different key (fingerprint {fingerprint}) than the trusted one (fingerprint {trusted}). If the station reinstalled or made a new key, re-register it: commune-radio office stations --reregister {code}",
    ),
    "exchange.why.field": (
        "trường “{field}” ({where}) không hợp lệ: {expected}.",
        "field “{field}” ({where}) is not valid: {expected}.",
    ),
    "exchange.where.manifest": ("bản kê khai", "manifest"),
    "exchange.where.line": ("dòng {line} của nhật ký", "line {line} of the log"),
    "exchange.where.event": ("dòng {line} của sự kiện đài", "line {line} of the station events"),
    "exchange.expect.dbfs": (
        "cần một mức dBFS từ -200 đến 20 hoặc null",
        "expected a level in dBFS from -200 to 20, or null",
    ),
    "exchange.expect.text": (
        "cần một chuỗi ký tự không quá {limit} ký tự",
        "expected text of at most {limit} characters",
    ),
    "exchange.expect.object": ("cần một đối tượng JSON", "expected a JSON object"),
    "exchange.expect.keys": (
        "cần đúng các trường {keys}",
        "expected exactly the fields {keys}",
    ),
    "exchange.expect.code": (
        "cần mã đơn vị hành chính 5 chữ số",
        "expected a 5-digit administrative unit code",
    ),
    "exchange.expect.date": ("cần ngày dạng YYYY-MM-DD", "expected a date as YYYY-MM-DD"),
    "exchange.expect.datetime": (
        "cần thời điểm ISO 8601 có múi giờ (ví dụ 2026-11-23T05:30:00+07:00)",
        "expected an ISO 8601 moment with offset (e.g. 2026-11-23T05:30:00+07:00)",
    ),
    "exchange.expect.count": ("cần một số nguyên không âm", "expected a non-negative integer"),
    "exchange.expect.count_sum": (
        "tổng theo trạng thái phải bằng số buổi phát",
        "the counts by status must add up to the number of broadcasts",
    ),
    "exchange.expect.version": (
        "cần phiên bản định dạng {supported}",
        "expected format version {supported}",
    ),
    "exchange.expect.version_text": (
        "cần số phiên bản chương trình",
        "expected a program version number",
    ),
    "exchange.expect.choice": ("cần một trong: {choices}", "expected one of: {choices}"),
    "exchange.expect.timezone": (
        "cần tên múi giờ IANA (ví dụ Asia/Ho_Chi_Minh)",
        "expected an IANA time zone (e.g. Asia/Ho_Chi_Minh)",
    ),
    "exchange.expect.public_key": (
        "cần khóa công khai Ed25519 (base64, 32 byte)",
        "expected an Ed25519 public key (base64, 32 bytes)",
    ),
    "exchange.expect.period_order": (
        "ngày kết thúc đứng trước ngày bắt đầu",
        "the end date is before the start date",
    ),
    "exchange.expect.sha256": (
        "cần mã băm SHA-256 (64 chữ số hex thường)",
        "expected a SHA-256 hash (64 lower-case hex digits)",
    ),
    "exchange.expect.uuid": ("cần một mã UUID", "expected a UUID"),
    "exchange.expect.same_code": (
        "phải là mã đài {code} của bản kê khai",
        "must be the manifest's station code {code}",
    ),
    "exchange.expect.bool": ("cần true hoặc false", "expected true or false"),
    "exchange.expect.list": (
        "cần một danh sách không quá {limit} mục",
        "expected a list of at most {limit} items",
    ),
    "exchange.expect.segment_id": (
        "cần số hiệu mục âm thanh (số nguyên dương) hoặc null",
        "expected a segment number (positive integer) or null",
    ),
    "exchange.expect.seconds": (
        "cần số giây không âm hoặc null",
        "expected a non-negative number of seconds or null",
    ),
    # files written for people or the office
    "file.disk_full": (
        "Ổ đĩa đã đầy; không ghi được “{file}”. Tệp cũ (nếu có) vẫn nguyên vẹn.",
        "The disk is full; “{file}” could not be written. Any earlier file is intact.",
    ),
    "file.not_writable": (
        "Không có quyền ghi “{file}” (thư mục chỉ cho đọc hoặc thiếu quyền).",
        "“{file}” cannot be written (read-only folder or no permission).",
    ),
    "file.write_failed": (
        "Không ghi được “{file}”: {detail}",
        "“{file}” could not be written: {detail}",
    ),
    # export (station side)
    "export.bad_period": (
        "Kỳ báo cáo không hợp lệ: ngày kết thúc {until} đứng trước ngày bắt đầu {since}.",
        "The period is not valid: the end date {until} is before the start date {since}.",
    ),
    "export.no_key": (
        "Đài chưa có khóa ký. Chạy lại: commune-radio station init --force --code MÃ --name TÊN",
        "The station has no signing key. Run again: commune-radio station init --force --code CODE --name NAME",
    ),
    "export.wrong_suffix": (
        "Tên tệp nhật ký phải có đuôi .crlog (được nhập: “{file}”).",
        "A log file name must end in .crlog (given: “{file}”).",
    ),
    # receiving office
    "office.no_log_files": (
        "Thư mục “{path}” không có tệp nhật ký .crlog nào.",
        "The folder “{path}” holds no .crlog log file.",
    ),
    "office.unknown_station": (
        "Văn phòng chưa nhận tệp nào của đài mã {code}.",
        "The office has received no file from station {code}.",
    ),
    "office.bad_public_key": (
        "Khóa công khai “{value}” không hợp lệ (cần base64 của 32 byte Ed25519).",
        "Public key “{value}” is not valid (expected base64 of 32 Ed25519 bytes).",
    ),
    "settings.bad_value": (
        "Giá trị “{value}” không hợp lệ cho cài đặt “{key}”.",
        "“{value}” is not a valid value for the setting “{key}”.",
    ),
    "office.bad_setting": (
        "Giá trị “{value}” không hợp lệ cho “{name}”.",
        "“{value}” is not a valid value for “{name}”.",
    ),
    "office.bad_week": (
        "Tuần “{value}” không hợp lệ (cần dạng 2026-W45).",
        "Week “{value}” is not valid (expected the form 2026-W45).",
    ),
    "office.communes_missing": (
        "Không đọc được danh mục xã của chương trình: {detail}",
        "The program's commune list cannot be read: {detail}",
    ),
    "office.expected_none": (
        "Không có xã nào của tỉnh “{province}” trong danh mục từ 1/7/2025.",
        "No commune of the province “{province}” is in the list in force since 1/7/2025.",
    ),
    # the office database (SQLite file or PostgreSQL server)
    "office_db.bad_url": (
        "Địa chỉ cơ sở dữ liệu văn phòng “{url}” không hợp lệ. Dùng đường dẫn tệp SQLite "
        "(sqlite:///…) hoặc postgresql+psycopg://người_dùng@máy_chủ/tên_csdl.",
        "The office database address “{url}” is not valid. Use a SQLite file (sqlite:///…) or "
        "postgresql+psycopg://user@host/dbname.",
    ),
    "office_db.unreachable": (
        "Không kết nối được cơ sở dữ liệu văn phòng {url}: {detail}. Hãy kiểm tra địa chỉ, "
        "máy chủ và mạng. Không có gì bị thay đổi.",
        "The office database {url} cannot be reached: {detail}. Check the address, the server "
        "and the network. Nothing was changed.",
    ),
    "office_db.auth_failed": (
        "Máy chủ cơ sở dữ liệu {url} từ chối mật khẩu. Mật khẩu lấy từ tệp PGPASSFILE "
        "(~/.pgpass), pg_service.conf hoặc biến PGPASSWORD, không ghi trong địa chỉ. Không có "
        "gì bị thay đổi.",
        "The database server {url} refused the password. The password comes from PGPASSFILE "
        "(~/.pgpass), pg_service.conf or PGPASSWORD, never from the address. Nothing was "
        "changed.",
    ),
    "office_db.lost": (
        "Mất kết nối với cơ sở dữ liệu văn phòng {url} giữa chừng. Tệp đang nhập không được "
        "ghi chút nào; hãy nhập lại khi máy chủ hoạt động.",
        "The connection to the office database {url} was lost midway. The file being imported "
        "was not written at all; import it again when the server is back.",
    ),
    "office_db.denied": (
        "Tài khoản của bạn chỉ được xem, không được nhập tệp hay đăng ký lại khóa của đài "
        "(máy chủ từ chối: {detail}).",
        "Your account may only view: it cannot import files or re-register a station key "
        "(the server refused: {detail}).",
    ),
    "office_db.viewer_setting": (
        "Máy này được đặt ở chế độ chỉ xem: không nhập tệp hay đăng ký lại khóa của đài.",
        "This computer is set to view only: it does not import files or re-register keys.",
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

MESSAGES.update({
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
})

# content packs from the office (.crpack): the station's refusals and the office's spec errors
MESSAGES.update({
    "pack.rejected": (
        "Gói nội dung “{file}” bị từ chối: {reason} Thư viện và chương trình không thay đổi.",
        "Content pack “{file}” was refused: {reason} The library and programmes are unchanged.",
    ),
    "pack.where.manifest": ("bản kê khai của gói", "the pack manifest"),
    "pack.not_zip": (
        "đây không phải gói nội dung của Commune Radio (.crpack), hoặc tệp đã bị hỏng.",
        "this is not a Commune Radio content pack (.crpack), or the file is damaged.",
    ),
    "pack.not_a_pack": (
        "tệp nén này không phải gói nội dung của văn phòng.",
        "this archive is not a content pack from the office.",
    ),
    "pack.too_big": (
        "tệp lớn hơn giới hạn {limit_mb} MB của một gói nội dung.",
        "the file is larger than the {limit_mb} MB limit of a content pack.",
    ),
    "pack.too_many_members": (
        "gói chứa {count} thành phần, nhiều hơn giới hạn {limit}.",
        "the pack holds {count} members, more than the limit of {limit}.",
    ),
    "pack.member_unexpected": (
        "có thành phần lạ “{member}” không được khai trong gói.",
        "it holds an unexpected member “{member}” that the pack does not declare.",
    ),
    "pack.key_unknown": (
        "đài chưa tin cậy khóa của văn phòng nào. Gói này được ký bởi “{office}”, dấu khóa {fingerprint}. Hãy gọi điện cho văn phòng để đối chiếu dấu khóa, rồi nhập lại với --accept-key {fingerprint} (hoặc: commune-radio station trust-office {fingerprint}).",
        "this station trusts no office key yet. The pack is signed by “{office}”, key fingerprint {fingerprint}. Phone the office to compare the fingerprint, then import again with --accept-key {fingerprint} (or: commune-radio station trust-office {fingerprint}).",
    ),
    "pack.key_not_confirmed": (
        "dấu khóa đã xác nhận không khớp khóa ký gói (dấu {fingerprint} của “{office}”).",
        "the confirmed fingerprint does not match the key that signed the pack (fingerprint {fingerprint} of “{office}”).",
    ),
    "pack.wrong_key": (
        "gói được ký bằng khóa khác (dấu {fingerprint}) với khóa văn phòng đài đã tin cậy (dấu {trusted}).",
        "the pack is signed by another key (fingerprint {fingerprint}) than the office key this station trusts (fingerprint {trusted}).",
    ),
    "pack.expired": (
        "gói đã hết hạn ngày {until} (hôm nay {today}).",
        "the pack expired on {until} (today is {today}).",
    ),
    "pack.other_province": (
        "gói dành cho tỉnh “{province}”, không phải tỉnh của đài (“{station}”).",
        "the pack is for the province “{province}”, not this station's (“{station}”).",
    ),
    "pack.no_disk": (
        "ổ đĩa chỉ còn {free_mb} MB trống, gói cần khoảng {need_mb} MB; hãy giải phóng chỗ trống.",
        "only {free_mb} MB free on disk; the pack needs about {need_mb} MB. Free some space.",
    ),
    "pack.theme_dropped": (
        "danh mục chủ đề của gói bỏ mất chủ đề {ids}; chủ đề chỉ được đánh dấu ngừng dùng, không được xóa.",
        "the pack's theme catalogue drops the theme(s) {ids}; a theme may be retired, never removed.",
    ),
    "pack.bad_fingerprint": (
        "“{value}” không phải khóa hay dấu khóa hợp lệ (dấu khóa có dạng 3F2A-91C0-7B44-E812).",
        "“{value}” is not a valid key or fingerprint (a fingerprint looks like 3F2A-91C0-7B44-E812).",
    ),
    "pack.no_programme": (
        "gói không gợi ý chương trình tiếng “{language}” (có: {offered}).",
        "the pack suggests no programme in “{language}” (it offers: {offered}).",
    ),
    "pack.programme_empty": (
        "chương trình gợi ý “{name}” không còn mục nào nhập được hoặc còn hiệu lực.",
        "the suggested programme “{name}” has no item that imported and is still valid.",
    ),
    "pack.bad_spec": (
        "Tệp mô tả gói “{file}” không hợp lệ: {detail}",
        "The pack spec “{file}” is not valid: {detail}",
    ),
    "exchange.expect.pack_id": (
        "cần mã gồm chữ thường, số, “.”, “_”, “-” (tối đa 64 ký tự)",
        "expected an id of lower-case letters, digits, “.”, “_”, “-” (at most 64)",
    ),
    "exchange.expect.pack_member": (
        "cần tên thành phần dạng seg-ID.mp3 (không có đường dẫn)",
        "expected a member name like seg-ID.mp3 (no path)",
    ),
    "exchange.expect.unique": ("giá trị bị trùng", "the value appears twice"),
    "exchange.expect.topic": (
        "cần một mã chủ đề của commune-radio topics", "expected a theme id of commune-radio topics",
    ),
    "exchange.expect.language": (
        "cần một mã ngôn ngữ của commune-radio languages",
        "expected a language id of commune-radio languages",
    ),
    "exchange.expect.pack_refs": (
        "cần danh sách mã mục có trong gói", "expected a list of segment ids of the pack",
    ),
    # added by issue 12a: the station's loudness target, set from the Settings dialog
    "station.bad_target": (
        "Mức âm lượng chuẩn {value} LUFS không hợp lệ (cần từ {low} đến {high} LUFS).",
        "Loudness target {value} LUFS is not valid (expected {low} to {high} LUFS).",
    ),
})
