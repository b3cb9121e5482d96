"""The sentences of what crosses between station and office: the signed log file, the office's
import, reports and database, and the office's content packs."""

from __future__ import annotations

EXCHANGE: dict[str, tuple[str, str]] = {
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
    # content packs from the office (.crpack): the station's refusals and the office's spec errors
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
}
