<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="48"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="51"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="74"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Đang nhập %n tệp…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="86"/>
        <source>Importing file %1 of %2: %3</source>
        <translation>Đang nhập tệp %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="95"/>
        <source>✓ %1: already in the library (“%2”)</source>
        <translation>✓ %1: đã có trong thư viện (“%2”)</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="99"/>
        <source>✓ %1: imported, %2, %3 LUFS</source>
        <translation>✓ %1: đã nhập, %2, %3 LUFS</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="106"/>
        <source>✗ %1: not imported. %2</source>
        <translation>✗ %1: không nhập được. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="117"/>
        <source>%n imported</source>
        <translation>
            <numerusform>đã nhập %n tệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="120"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n tệp đã có sẵn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="124"/>
        <source>%n not imported</source>
        <translation>
            <numerusform>%n tệp không nhập được</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/import_panel.py" line="128"/>
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n tệp chưa nhập</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="129"/>
        <source>Import cancelled:</source>
        <translation>Đã hủy nhập:</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="131"/>
        <source>Import finished:</source>
        <translation>Nhập xong:</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="135"/>
        <source>Select an item and click “Edit details…” to set its theme.</source>
        <translation>Hãy chọn một mục rồi bấm “Sửa thông tin…” để đặt chủ đề.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="149"/>
        <source>The import stopped on an unexpected error: %1</source>
        <translation>Việc nhập đã dừng do một lỗi không lường trước: %1</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/import_panel.py" line="160"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="48"/>
        <source>Title</source>
        <translation>Tên mục</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="48"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="48"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="48"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="49"/>
        <source>Loudness (LUFS)</source>
        <translation>Độ lớn (LUFS)</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="49"/>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="49"/>
        <source>Source file</source>
        <translation>Tệp gốc</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="103"/>
        <source>(no theme)</source>
        <translation>(chưa có chủ đề)</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="121"/>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="123"/>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/model.py" line="124"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="109"/>
        <source>Search title or file name…</source>
        <translation>Tìm theo tên mục hoặc tên tệp…</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="115"/>
        <source>All themes</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="116"/>
        <source>(no theme)</source>
        <translation>(chưa có chủ đề)</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="130"/>
        <source>All languages</source>
        <translation>Tất cả ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="137"/>
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="140"/>
        <source>Import folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="181"/>
        <source>The library is empty.
Import audio files with the buttons above, or drag files or folders onto this window.</source>
        <translation>Thư viện đang trống.
Hãy nhập tệp âm thanh bằng các nút ở trên, hoặc kéo thả tệp hay thư mục vào cửa sổ này.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="194"/>
        <source>▶ Listen</source>
        <translation>▶ Nghe thử</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="197"/>
        <source>■ Stop</source>
        <translation>■ Dừng</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="202"/>
        <source>Edit details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/screen.py" line="248"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_radio/ui/library/screen.py" line="251"/>
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>Đang hiện %1 trên %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="287"/>
        <source>Choose audio files to import</source>
        <translation>Chọn tệp âm thanh để nhập</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="288"/>
        <source>Audio files (%1)</source>
        <translation>Tệp âm thanh (%1)</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="289"/>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="296"/>
        <source>Choose a folder to import</source>
        <translation>Chọn thư mục để nhập</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="305"/>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Đang có một lượt nhập chạy; hãy chờ xong hoặc bấm Hủy.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="310"/>
        <source>No audio files were found there.</source>
        <translation>Không tìm thấy tệp âm thanh nào ở đó.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="407"/>
        <source>The audio of “%1” is missing from the library folder.</source>
        <translation>Không tìm thấy âm thanh của “%1” trong thư mục thư viện.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="426"/>
        <source>Playing “%1”: %2 / %3</source>
        <translation>Đang phát “%1”: %2 / %3</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/screen.py" line="433"/>
        <source>Cannot play this item: %1</source>
        <translation>Không phát được mục này: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="61"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="62"/>
        <location filename="../../commune_radio/ui/main_window.py" line="63"/>
        <source>Programmes</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="64"/>
        <source>Putting library items together into the programme of a broadcast session comes in a later version.</source>
        <translation>Tính năng ghép các mục trong thư viện thành chương trình của một buổi phát sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="67"/>
        <source>Schedule</source>
        <translation>Lịch phát</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="68"/>
        <source>Broadcast schedule</source>
        <translation>Lịch phát</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="69"/>
        <source>Setting the weekly broadcast times, and airing on time, comes in a later version.</source>
        <translation>Tính năng đặt giờ phát hằng tuần và tự động phát đúng giờ sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="72"/>
        <location filename="../../commune_radio/ui/main_window.py" line="73"/>
        <source>Broadcast log</source>
        <translation>Nhật ký phát</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="74"/>
        <source>The record of what aired, and its export for the receiving office, comes in a later version.</source>
        <translation>Tính năng ghi lại những gì đã phát và xuất nhật ký gửi văn phòng tiếp nhận sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="77"/>
        <location filename="../../commune_radio/ui/main_window.py" line="78"/>
        <source>Office report</source>
        <translation>Báo cáo văn phòng</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="79"/>
        <source>Importing the stations&apos; log files and the report of the receiving office come in a later version.</source>
        <translation>Tính năng nhập tệp nhật ký của các đài và lập báo cáo của văn phòng tiếp nhận sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="118"/>
        <source>Station not set up (run: commune-radio station init)</source>
        <translation>Chưa thiết lập đài (chạy: commune-radio station init)</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="120"/>
        <source>Commune Radio</source>
        <translation>Commune Radio</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="123"/>
        <source>Station %1 – %2</source>
        <translation>Đài %1 – %2</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/main_window.py" line="126"/>
        <source>Commune Radio – %1</source>
        <translation>Commune Radio – %1</translation>
    </message>
</context>
<context>
    <name>MetaDialog</name>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="50"/>
        <source>Edit item details</source>
        <translation>Sửa thông tin mục</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="57"/>
        <source>(no theme)</source>
        <translation>(chưa có chủ đề)</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="79"/>
        <source>File: %1 · Duration: %2</source>
        <translation>Tệp: %1 · Thời lượng: %2</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="94"/>
        <source>Title:</source>
        <translation>Tên mục:</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="95"/>
        <source>Theme:</source>
        <translation>Chủ đề:</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="96"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="97"/>
        <source>Valid from:</source>
        <translation>Hiệu lực từ ngày:</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="98"/>
        <source>Valid until:</source>
        <translation>Hiệu lực đến ngày:</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="104"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="105"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../commune_radio/ui/library/meta_dialog.py" line="123"/>
        <source>No date</source>
        <translation>Không đặt ngày</translation>
    </message>
</context>
</TS>
