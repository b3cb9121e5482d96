<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="55" />
        <source>About Commune Radio</source>
        <translation>Giới thiệu Commune Radio</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="66" />
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="68" />
        <source>Plays the commune station's programmes on schedule, keeps the broadcast log and reports it to the receiving office.</source>
        <translation>Phát chương trình của đài truyền thanh xã theo lịch, ghi nhật ký phát và báo cáo cho cơ quan tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="83" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="90" />
        <source>Error log: %1</source>
        <translation>Nhật ký lỗi: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="95" />
        <source>Commune Radio is free software under the GNU General Public License, version 3 or later. It comes with these parts, each under its own licence:</source>
        <translation>Commune Radio là phần mềm tự do theo giấy phép GNU GPL phiên bản 3 trở lên. Chương trình kèm theo các thành phần dưới đây, mỗi thành phần theo giấy phép riêng:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="102" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="107" />
        <source>Full list…</source>
        <translation>Danh sách đầy đủ…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="120" />
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="124" />
        <source>Licences</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="149" />
        <source>Part</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="149" />
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="90" />
        <source>▶ Listen from the start</source>
        <translation>▶ Nghe thử từ đầu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="92" />
        <source>▶ Listen to the item</source>
        <translation>▶ Nghe thử mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="94" />
        <source>■ Stop</source>
        <translation>■ Dừng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="98" />
        <source>Export WAV…</source>
        <translation>Xuất tệp WAV…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="100" />
        <source>Undo changes</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="102" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>AirStatus</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/air_status.py" line="66" />
        <source>No sound card: the programme runs on the clock and is logged, but nothing is heard.</source>
        <translation>Không có card âm thanh: chương trình vẫn chạy theo đồng hồ và được ghi nhật ký, nhưng không ai nghe thấy.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/air_status.py" line="70" />
        <source>Output open: %1</source>
        <translation>Đầu ra đang mở: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/air_status.py" line="76" />
        <source>The output is not working: %1. Check the cable and the sound card; the next broadcast will be logged as failed.</source>
        <translation>Đầu ra không hoạt động: %1. Hãy kiểm tra dây cáp và card âm thanh; lượt phát tiếp theo sẽ được ghi là lỗi.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/air_status.py" line="81" />
        <source>“%1” was disconnected</source>
        <translation>“%1” đã bị rút ra</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/air_status.py" line="89" />
        <source>Last item sent: %1 dBFS average, %2 dBFS peak</source>
        <translation>Mục vừa phát: trung bình %1 dBFS, đỉnh %2 dBFS</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/air_status.py" line="92" />
        <source>heard on the air monitor: %1 dBFS</source>
        <translation>nghe lại trên đường kiểm tra: %1 dBFS</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/air_status.py" line="103" />
        <source>NO SOUND ON AIR: the air monitor (%1) hears silence while a programme plays. Check the amplifier and the transmitter.</source>
        <translation>MẤT TIẾNG TRÊN SÓNG: đường kiểm tra (%1) chỉ nghe thấy im lặng trong khi chương trình đang phát. Hãy kiểm tra bộ khuếch đại (âm ly) và máy phát.</translation>
    </message>
</context>
<context>
    <name>BroadcastDetails</name>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="49" />
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="49" />
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="49" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="49" />
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="50" />
        <source>Played</source>
        <translation>Đã phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="50" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="50" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="76" />
        <source>Choose a broadcast above to see its items.</source>
        <translation>Chọn một buổi phát ở trên để xem các mục của nó.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="87" />
        <source>Priority: %1</source>
        <translation>Mức ưu tiên: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="92" />
        <source>scheduled %1</source>
        <translation>theo lịch lúc %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="95" />
        <source>started %1</source>
        <translation>bắt đầu %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="98" />
        <source>ended %1</source>
        <translation>kết thúc %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/details.py" line="101" />
        <source>output: %1</source>
        <translation>đầu ra: %1</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="54" />
        <source>Total length %1 of a target of %2</source>
        <translation>Tổng thời lượng %1 trên mục tiêu %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="58" />
        <source>Total length %1</source>
        <translation>Tổng thời lượng %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="62" />
        <source>⚠ %1 longer than the target: remove an item or raise the target</source>
        <translation>⚠ Dài hơn mục tiêu %1: hãy bỏ bớt mục hoặc tăng thời lượng mục tiêu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="66" />
        <source>%1 left before the target</source>
        <translation>Còn %1 trước khi chạm mục tiêu</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/programmes/checks.py" line="73" />
        <source>⚠ %n item(s) may not air today (%1):</source>
        <translation><numerusform>⚠ %n mục không được phát hôm nay (%1):</numerusform></translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="34" />
        <source>Your commune</source>
        <translation>Xã của đài</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="35" />
        <source>Type a few letters of its name, then click it in the list.</source>
        <translation>Gõ vài chữ trong tên xã, rồi bấm vào xã đó trong danh sách.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="38" />
        <source>Search by name, code or former district…</source>
        <translation>Tìm theo tên, mã hoặc huyện cũ…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="48" />
        <source>No commune has this name. Try fewer letters.</source>
        <translation>Không có xã nào có tên này. Hãy gõ ít chữ hơn.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="55" />
        <source>Click your commune in the list first</source>
        <translation>Hãy bấm chọn xã trong danh sách trước</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="66" />
        <source>Station name:</source>
        <translation>Tên đài:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="67" />
        <source>Commune code:</source>
        <translation>Mã xã:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="82" />
        <source>Communes and wards from 1/7/2025</source>
        <translation>Xã, phường từ 1/7/2025</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="83" />
        <source>Units before 1/7/2025</source>
        <translation>Đơn vị trước 1/7/2025</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="95" />
        <source>%1 · code %2 · former %3</source>
        <translation>%1 · mã %2 · %3 cũ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/commune_page.py" line="97" />
        <source>%1 · code %2</source>
        <translation>%1 · mã %2</translation>
    </message>
</context>
<context>
    <name>ComplianceStrip</name>
    <message>
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="33" />
        <source>Weekly DX section</source>
        <translation>Chuyên mục CĐS hằng tuần</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="36" />
        <source>Plan 44/KH-STTTT asks every commune station to air the “Chuyển đổi số” section at least once a week.</source>
        <translation>Kế hoạch 44/KH-STTTT yêu cầu mỗi đài truyền thanh xã phát chuyên mục “Chuyển đổi số” ít nhất một lần mỗi tuần.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="105" />
        <source>DX section this week: %1</source>
        <translation>Chuyên mục CĐS tuần này: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="121" />
        <source>%n DX broadcast(s) played in full this week.</source>
        <translation><numerusform>Tuần này đã phát trọn vẹn %n lượt chuyên mục CĐS.</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="123" />
        <source>Next DX broadcast: %1.</source>
        <translation>Lượt phát chuyên mục CĐS tới: %1.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="125" />
        <source>No DX broadcast is left in this week's schedule: air one by hand, or add a slot.</source>
        <translation>Lịch tuần này không còn lượt phát chuyên mục CĐS nào: hãy phát thủ công, hoặc thêm một khung giờ.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="127" />
        <source>Nothing is scheduled this week.</source>
        <translation>Tuần này chưa có lịch phát nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="133" />
        <source>aired: %n DX broadcast(s) played in full</source>
        <translation><numerusform>đã phát: %n lượt chuyên mục CĐS phát trọn vẹn</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="135" />
        <source>not aired yet; next DX broadcast %1</source>
        <translation>chưa phát; lượt chuyên mục CĐS tới lúc %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/compliance/strip.py" line="138" />
        <source>not aired: broadcasts were scheduled but no DX section played in full</source>
        <translation>chưa phát: có lịch phát nhưng không có lượt chuyên mục CĐS nào phát trọn vẹn</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/panels.py" line="205" />
        <source>▶ Play now</source>
        <translation>▶ Phát ngay</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/panels.py" line="207" />
        <source>■ Stop</source>
        <translation>■ Dừng phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/panels.py" line="209" />
        <source>⚠ Emergency bulletin…</source>
        <translation>⚠ Phát khẩn cấp…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/panels.py" line="221" />
        <source>Programme:</source>
        <translation>Chương trình:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/crash_dialog.py" line="47" />
        <source>Commune Radio – something went wrong</source>
        <translation>Commune Radio – có lỗi xảy ra</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/crash_dialog.py" line="48" />
        <source>Something went wrong. The program keeps running.</source>
        <translation>Đã xảy ra lỗi không mong muốn. Chương trình vẫn tiếp tục chạy.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/crash_dialog.py" line="50" />
        <source>The broadcast log is safe: what aired is already saved.</source>
        <translation>Nhật ký phát vẫn an toàn: những gì đã phát đều đã được lưu.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/crash_dialog.py" line="51" />
        <source>The details are written in this file (send it to whoever looks after the computer):
%1</source>
        <translation>Chi tiết lỗi được ghi trong tệp này (hãy gửi tệp cho người phụ trách máy tính):
%1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/crash_dialog.py" line="53" />
        <source>Technical note: %1</source>
        <translation>Ghi chú kỹ thuật: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/crash_dialog.py" line="55" />
        <source>Open the log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/crash_dialog.py" line="58" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="97" />
        <source>Programme name, e.g. DX section week 48</source>
        <translation>Tên chương trình, ví dụ: Chuyên mục CĐS tuần 48</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="98" />
        <source>Counts as the weekly DX section</source>
        <translation>Tính vào chuyên mục CĐS hằng tuần</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="101" />
        <source>A full broadcast of this programme counts toward the weekly digital transformation section the province asks for.</source>
        <translation>Mỗi lần chương trình này được phát đủ sẽ được tính vào chuyên mục chuyển đổi số hằng tuần mà tỉnh yêu cầu.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="106" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="107" />
        <source>not set</source>
        <translation>không đặt</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="109" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="114" />
        <source>Target length:</source>
        <translation>Thời lượng mục tiêu:</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="113" />
        <source>Emergency bulletin</source>
        <translation>Bản tin khẩn cấp</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="115" />
        <source>The bulletin goes on air at once, with emergency priority.</source>
        <translation>Bản tin được phát ngay, với mức ưu tiên khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="117" />
        <source>“%1” is cut off now and logged as partly played (reason: emergency).</source>
        <translation>Chương trình “%1” đang phát sẽ bị ngắt ngay và được ghi là phát không trọn (lý do: khẩn cấp).</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="122" />
        <source>Bulletin to air:</source>
        <translation>Bản tin cần phát:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="130" />
        <source>Air the emergency bulletin</source>
        <translation>Phát bản tin khẩn cấp</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="137" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/export_panel.py" line="54" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/export_panel.py" line="68" />
        <source>Export the report as Excel</source>
        <translation>Xuất báo cáo ra tệp Excel</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/export_panel.py" line="69" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/export_panel.py" line="71" />
        <source>Export the report as CSV</source>
        <translation>Xuất báo cáo ra tệp CSV</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/export_panel.py" line="71" />
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/export_panel.py" line="95" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/export_panel.py" line="105" />
        <source>Report written: %1</source>
        <translation>Đã ghi báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/export_panel.py" line="115" />
        <source>The report was not written: %1</source>
        <translation>Chưa ghi được báo cáo: %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="42" />
        <source>Almost done</source>
        <translation>Sắp xong</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="43" />
        <source>Keep these two boxes ticked unless you know otherwise, then press Finish.</source>
        <translation>Nên để nguyên hai ô đã đánh dấu, rồi bấm Hoàn tất.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="53" />
        <source>Use the standard schedule: Monday 06:00, rerun Thursday 17:00</source>
        <translation>Dùng lịch mẫu: Thứ Hai 06:00, phát lại Thứ Năm 17:00</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="59" />
        <source>Start with the computer</source>
        <translation>Khởi động cùng máy tính</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="62" />
        <source>So the schedule goes on after a restart or a power cut.</source>
        <translation>Để lịch phát vẫn chạy sau khi máy khởi động lại hoặc mất điện.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="96" />
        <source>Station: %1 (code %2)</source>
        <translation>Đài: %1 (mã %2)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="99" />
        <source>The programme “%1” is already there: only its times are added.</source>
        <translation>Đã có chương trình “%1”: chỉ thêm giờ phát.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="101" />
        <source>The programme “%1” is made from the digital transformation items already in the library.</source>
        <translation>Chương trình “%1” được lập từ các bài chuyển đổi số đã có trong thư viện.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="104" />
        <source>The library has no digital transformation items yet: “%1” starts with %2 sample items that come with the program. Replace them with this week's items.</source>
        <translation>Thư viện chưa có bài chuyển đổi số: “%1” sẽ bắt đầu với %2 bài mẫu có sẵn. Hãy thay bằng bài của tuần này.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/finish_page.py" line="115" />
        <source>Setting up, please wait…</source>
        <translation>Đang thiết lập, xin chờ…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/wizard.py" line="51" />
        <source>Commune Radio – first set-up</source>
        <translation>Commune Radio – thiết lập lần đầu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/wizard.py" line="56" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/wizard.py" line="57" />
        <source>Next</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/wizard.py" line="58" />
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/wizard.py" line="59" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/wizard.py" line="140" />
        <source>The station is set up, but starting with the computer could not be switched on: %1</source>
        <translation>Đài đã được thiết lập, nhưng không bật được khởi động cùng máy tính: %1</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../work/main/commune_radio/ui/guide/__init__.py" line="49" />
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/guide/__init__.py" line="55" />
        <source>◀ Back</source>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/guide/__init__.py" line="61" />
        <source>Station guide</source>
        <translation>Hướng dẫn cho đài</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/guide/__init__.py" line="64" />
        <source>Office guide</source>
        <translation>Hướng dẫn cho văn phòng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/guide/__init__.py" line="67" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HeatMapLegend</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="260" />
        <source>compliant (DX section played in full)</source>
        <translation>đạt (chuyên mục CĐS phát trọn vẹn)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="261" />
        <source>not compliant</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="263" />
        <source>no data (no file covers the week; counts as not compliant)</source>
        <translation>chưa có số liệu (chưa có tệp nào phủ tuần này; tính là không đạt)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="265" />
        <source>silent station</source>
        <translation>đài im lặng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="266" />
        <source>overdue (no file for the last weeks)</source>
        <translation>quá hạn (không có tệp cho các tuần gần nhất)</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="95" />
        <source>Week %1 (%2 – %3)</source>
        <translation>Tuần %1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="116" />
        <source>%1 of %2 weeks compliant</source>
        <translation>%1/%2 tuần đạt</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="141" />
        <source>compliant: %n DX broadcast(s) played in full</source>
        <translation><numerusform>đạt: %n lượt chuyên mục CĐS phát trọn vẹn</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="143" />
        <source>not compliant: no DX broadcast played in full</source>
        <translation>không đạt: không có lượt chuyên mục CĐS nào phát trọn vẹn</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="145" />
        <source>no data: no file received covers this week</source>
        <translation>chưa có số liệu: chưa nhận tệp nào phủ tuần này</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="148" />
        <source>DX broadcasts: %1 (%2 partial, %3 missed), %4 minutes aired</source>
        <translation>Lượt chuyên mục CĐS: %1 (%2 phát không trọn, %3 bị lỡ), đã phát %4 phút</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="157" />
        <source>Click to see the week's broadcasts.</source>
        <translation>Bấm để xem các buổi phát của tuần.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="163" />
        <source>Aired, sound verified by the air monitor</source>
        <translation>Đã phát, âm thanh được xác nhận qua đầu vào kiểm tra sóng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="164" />
        <source>Aired (sound sent, no air monitor)</source>
        <translation>Đã phát (đã gửi âm thanh ra, không có đầu vào kiểm tra sóng)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="165" />
        <source>Aired with dead air: silence on air while it played</source>
        <translation>Đã phát nhưng mất tiếng: trên sóng im lặng trong khi phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="166" />
        <source>Aired (the file carries no sound evidence)</source>
        <translation>Đã phát (tệp không có bằng chứng âm thanh)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="174" />
        <source>Rate</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="176" />
        <source>Share of the period's weeks that were compliant</source>
        <translation>Tỉ lệ số tuần đạt trong kỳ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="182" />
        <source>W%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="199" />
        <source>%1 of %2 weeks compliant (%3)</source>
        <translation>%1/%2 tuần đạt (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="204" />
        <source>Silent: nothing aired in the last %n week(s)</source>
        <translation><numerusform>Im lặng: không phát gì trong %n tuần gần nhất</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="207" />
        <source>Overdue: no file covers the last %n week(s)</source>
        <translation><numerusform>Quá hạn: không có tệp nào phủ %n tuần gần nhất</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap.py" line="210" />
        <source>Expected, and has never sent a file</source>
        <translation>Phải gửi báo cáo nhưng chưa từng gửi tệp nào</translation>
    </message>
</context>
<context>
    <name>HeatMapPage</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="40" />
        <source>No station has sent a file yet.
Import the .crlog files the stations sent with the buttons above, or drag files or folders onto this window.</source>
        <translation>Chưa có đài nào gửi tệp.
Nhập các tệp .crlog các đài gửi bằng các nút ở trên, hoặc kéo thả tệp hay thư mục vào cửa sổ này.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="73" />
        <source>Next step: import the .crlog files the stations sent (“Import files…” or “Import folder…” above). The guide (Help → User guide) says how stations send them.</source>
        <translation>Bước tiếp theo: nhập các tệp .crlog các đài đã gửi (nút “Nhập tệp…” hoặc “Nhập thư mục…” ở trên). Cách các đài gửi tệp có trong Trợ giúp → Hướng dẫn sử dụng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="77" />
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="99" />
        <source>%n station(s)</source>
        <translation><numerusform>%n đài</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="78" />
        <source>%n week(s)</source>
        <translation><numerusform>%n tuần</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="80" />
        <source>compliant station-weeks: %1</source>
        <translation>tỉ lệ tuần đạt: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="81" />
        <source>click a cell to see that week's broadcasts</source>
        <translation>bấm vào một ô để xem các buổi phát của tuần đó</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="87" />
        <source>%1 (%n week(s))</source>
        <translation><numerusform>%1 (%n tuần)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="90" />
        <source>and %n more (⚠ in the table)</source>
        <translation><numerusform>và %n đài khác (⚠ trong bảng)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="92" />
        <source>⚠ Silent for %n week(s) or more:</source>
        <translation><numerusform>⚠ Im lặng từ %n tuần trở lên:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/heatmap_page.py" line="97" />
        <source>⊘ Overdue, no file for the last %n week(s):</source>
        <translation><numerusform>⊘ Quá hạn, không có tệp cho %n tuần gần nhất:</numerusform></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="173" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="174" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/about.py" line="177" />
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="224" />
        <source>Sent before</source>
        <translation>Đã gửi trước đây</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="229" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="229" />
        <source>Broadcasts</source>
        <translation>Số buổi phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="229" />
        <source>Written on</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="229" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="239" />
        <source>Nothing has been sent from this computer yet.</source>
        <translation>Máy này chưa gửi báo cáo nào.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/import_panel.py" line="70" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/import_panel.py" line="73" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/import_panel.py" line="154" />
        <source>The import stopped: %1</source>
        <translation>Việc nhập đã dừng: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="24" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Đang nhập %n tệp…</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/import_panel.py" line="96" />
        <source>Importing file %1 of %2: %3</source>
        <translation>Đang nhập tệp %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="30" />
        <source>✓ %1: already in the library (“%2”)</source>
        <translation>✓ %1: đã có trong thư viện (“%2”)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="34" />
        <source>✓ %1: imported, %2, levelled from %3 to %4 LUFS</source>
        <translation>✓ %1: đã nhập, %2, âm lượng cân bằng từ %3 về %4 LUFS</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="42" />
        <source>✗ %1: not imported. %2</source>
        <translation>✗ %1: không nhập được. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="48" />
        <source>%n imported</source>
        <translation><numerusform>đã nhập %n tệp</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="50" />
        <source>%n already in the library</source>
        <translation><numerusform>%n tệp đã có sẵn</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="54" />
        <source>%n not imported</source>
        <translation><numerusform>%n tệp không nhập được</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="58" />
        <source>%n not attempted</source>
        <translation><numerusform>%n tệp chưa nhập</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="59" />
        <source>Import cancelled:</source>
        <translation>Đã hủy nhập:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="61" />
        <source>Import finished:</source>
        <translation>Nhập xong:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/import_panel.py" line="64" />
        <source>Select an item and click “Edit details…” to set its theme.</source>
        <translation>Hãy chọn một mục rồi bấm “Sửa thông tin…” để đặt chủ đề.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/import_panel.py" line="100" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="193" />
        <source>↑ Up</source>
        <translation>↑ Lên</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="195" />
        <source>↓ Down</source>
        <translation>↓ Xuống</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="197" />
        <source>Remove item</source>
        <translation>Bỏ mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="205" />
        <source>Opening jingle:</source>
        <translation>Nhạc hiệu mở đầu:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="207" />
        <source>Closing jingle:</source>
        <translation>Nhạc hiệu kết thúc:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="210" />
        <source>Programme, in the order it airs</source>
        <translation>Chương trình, theo thứ tự phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="224" />
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
</context>
<context>
    <name>KeyChangePrompt</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/key_prompt.py" line="36" />
        <source>A station's key has changed</source>
        <translation>Khóa của đài đã thay đổi</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/key_prompt.py" line="38" />
        <source>The file “%1” of station %2 is signed with a different key than the one the office trusts.</source>
        <translation>Tệp “%1” của đài %2 được ký bằng một khóa khác với khóa văn phòng đang tin cậy.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/key_prompt.py" line="42" />
        <source>Trusted key fingerprint: %1
Fingerprint in this file: %2</source>
        <translation>Dấu khóa đang tin cậy: %1
Dấu khóa trong tệp này: %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/key_prompt.py" line="44" />
        <source>This happens when the station's computer was reinstalled or made a new key, but a forged file looks the same. Call the station and ask them to read out their key fingerprint; re-register only if it matches the one in this file.</source>
        <translation>Điều này xảy ra khi máy của đài được cài lại hoặc tạo khóa mới, nhưng một tệp giả mạo cũng trông y như vậy. Hãy gọi điện cho đài, nhờ họ đọc dấu khóa của đài; chỉ đăng ký lại khi dấu đó khớp với dấu trong tệp này.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/key_prompt.py" line="48" />
        <source>Re-register station %1 with the new key and import this file?</source>
        <translation>Đăng ký lại đài %1 với khóa mới và nhập tệp này?</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/key_prompt.py" line="51" />
        <source>Re-register and import</source>
        <translation>Đăng ký lại và nhập</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/key_prompt.py" line="54" />
        <source>No, keep the trusted key</source>
        <translation>Không, giữ khóa đang tin cậy</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="48" />
        <source>Title</source>
        <translation>Tên mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="48" />
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="48" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="48" />
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="49" />
        <source>Loudness LUFS
(source → aired)</source>
        <translation>Độ lớn LUFS
(gốc → khi phát)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="49" />
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="49" />
        <source>Source file</source>
        <translation>Tệp gốc</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="122" />
        <source>(no theme)</source>
        <translation>(chưa có chủ đề)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="140" />
        <source>Source file: %1 LUFS</source>
        <translation>Tệp gốc: %1 LUFS</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="141" />
        <source>On air (levelled): %1 LUFS</source>
        <translation>Khi phát (đã cân bằng): %1 LUFS</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="150" />
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="152" />
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/model.py" line="153" />
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="129" />
        <source>Search the library…</source>
        <translation>Tìm trong thư viện…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="160" />
        <source>Add →</source>
        <translation>Thêm →</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="162" />
        <source>Add the selected library items at the end (or drag them to the place you want)</source>
        <translation>Thêm các mục đã chọn vào cuối chương trình (hoặc kéo thả vào vị trí mong muốn)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="166" />
        <source>Library (drag items into the programme)</source>
        <translation>Thư viện (kéo các mục sang chương trình)</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="118" />
        <source>Search title or file name…</source>
        <translation>Tìm theo tên mục hoặc tên tệp…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="124" />
        <source>All themes</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="125" />
        <source>(no theme)</source>
        <translation>(chưa có chủ đề)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="139" />
        <source>All languages</source>
        <translation>Tất cả ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="146" />
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="149" />
        <source>Import folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="178" />
        <source>The library is empty.
Import audio files with the buttons above, or drag files or folders onto this window.</source>
        <translation>Thư viện đang trống.
Hãy nhập tệp âm thanh bằng các nút ở trên, hoặc kéo thả tệp hay thư mục vào cửa sổ này.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="191" />
        <source>▶ Listen</source>
        <translation>▶ Nghe thử</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="194" />
        <source>■ Stop</source>
        <translation>■ Dừng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="199" />
        <source>Edit details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="245" />
        <source>%n item(s)</source>
        <translation><numerusform>%n mục</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="248" />
        <source>%1 of %n item(s) shown</source>
        <translation><numerusform>Đang hiện %1 trên %n mục</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="284" />
        <source>Choose audio files to import</source>
        <translation>Chọn tệp âm thanh để nhập</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="285" />
        <source>Audio files (%1)</source>
        <translation>Tệp âm thanh (%1)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="286" />
        <source>Content packs from the office (%1)</source>
        <translation>Gói nội dung của văn phòng (%1)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="287" />
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="295" />
        <source>Choose a folder to import</source>
        <translation>Chọn thư mục để nhập</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="304" />
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Đang có một lượt nhập chạy; hãy chờ xong hoặc bấm Hủy.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="316" />
        <source>No audio files were found there.</source>
        <translation>Không tìm thấy tệp âm thanh nào ở đó.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="384" />
        <source>The audio of “%1” is missing from the library folder.</source>
        <translation>Không tìm thấy âm thanh của “%1” trong thư mục thư viện.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="403" />
        <source>Playing “%1”: %2 / %3</source>
        <translation>Đang phát “%1”: %2 / %3</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/screen.py" line="410" />
        <source>Cannot play this item: %1</source>
        <translation>Không phát được mục này: %1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="51" />
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="51" />
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="51" />
        <source>DX</source>
        <translation>CĐS</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="51" />
        <source>Started by</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="52" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="52" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="52" />
        <source>Items played</source>
        <translation>Mục đã phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="52" />
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="165" />
        <source>Scheduled for %1</source>
        <translation>Theo lịch: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="168" />
        <source>Started %1</source>
        <translation>Bắt đầu: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/model.py" line="171" />
        <source>Ended %1</source>
        <translation>Kết thúc: %1</translation>
    </message>
</context>
<context>
    <name>LogScreen</name>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="130" />
        <source>Broadcast log</source>
        <translation>Nhật ký phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="137" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="150" />
        <source>All dates</source>
        <translation>Mọi ngày</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="150" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="151" />
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="152" />
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="153" />
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="154" />
        <source>From … to …</source>
        <translation>Từ ngày … đến ngày …</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="162" />
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="168" />
        <source>Started by anyone</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="173" />
        <source>All themes</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="183" />
        <source>All languages</source>
        <translation>Tất cả ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="187" />
        <source>DX section only</source>
        <translation>Chỉ chuyên mục CĐS</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="285" />
        <source>DX section this week: aired</source>
        <translation>Chuyên mục CĐS tuần này: đã phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="288" />
        <source>DX section this week: not aired</source>
        <translation>Chuyên mục CĐS tuần này: chưa phát</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="291" />
        <source>Week %1 (%2 – %3): %n broadcast(s) of the DX section played in full</source>
        <translation><numerusform>Tuần %1 (%2 – %3): %n buổi phát chuyên mục CĐS đã phát đủ</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="329" />
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="341" />
        <source>The newest %n broadcast(s) shown; scroll down for older ones</source>
        <translation><numerusform>Đang hiện %n buổi phát mới nhất; kéo xuống để xem các buổi cũ hơn</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="344" />
        <source>%n broadcast(s)</source>
        <translation><numerusform>%n buổi phát</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/log/screen.py" line="346" />
        <source>No broadcast matches</source>
        <translation>Không có buổi phát nào khớp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="84" />
        <source>On air</source>
        <translation>Phát sóng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="84" />
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="84" />
        <source>Programmes</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="85" />
        <source>Schedule</source>
        <translation>Lịch phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="85" />
        <source>Broadcast log</source>
        <translation>Nhật ký phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="85" />
        <source>Office report</source>
        <translation>Báo cáo văn phòng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="122" />
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="141" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="143" />
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="147" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="333" />
        <source>Receiving office</source>
        <translation>Văn phòng nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="334" />
        <source>Commune Radio – receiving office</source>
        <translation>Commune Radio – văn phòng nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="337" />
        <source>Station not set up (run: commune-radio station init)</source>
        <translation>Chưa thiết lập đài (chạy: commune-radio station init)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="339" />
        <source>Commune Radio</source>
        <translation>Commune Radio</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="342" />
        <source>Station %1 – %2</source>
        <translation>Đài %1 – %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/main_window.py" line="345" />
        <source>Commune Radio – %1</source>
        <translation>Commune Radio – %1</translation>
    </message>
</context>
<context>
    <name>MetaDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="53" />
        <source>Edit item details</source>
        <translation>Sửa thông tin mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="61" />
        <source>(no theme)</source>
        <translation>(chưa có chủ đề)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="83" />
        <source>File: %1 · Duration: %2</source>
        <translation>Tệp: %1 · Thời lượng: %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="98" />
        <source>Title:</source>
        <translation>Tên mục:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="99" />
        <source>Theme:</source>
        <translation>Chủ đề:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="100" />
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="101" />
        <source>Valid from:</source>
        <translation>Hiệu lực từ ngày:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="102" />
        <source>Valid until:</source>
        <translation>Hiệu lực đến ngày:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="108" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="109" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/meta_dialog.py" line="127" />
        <source>No date</source>
        <translation>Không đặt ngày</translation>
    </message>
</context>
<context>
    <name>MinutesTable</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/minutes.py" line="68" />
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/minutes.py" line="68" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/minutes.py" line="69" />
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/minutes.py" line="96" />
        <source>No DX theme (jingles, introductions…)</source>
        <translation>Không gắn chủ đề CĐS (nhạc hiệu, lời giới thiệu…)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/minutes.py" line="97" />
        <source>Language not given</source>
        <translation>Chưa ghi ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/minutes.py" line="114" />
        <source>Total: %1 minutes</source>
        <translation>Tổng cộng: %1 phút</translation>
    </message>
</context>
<context>
    <name>NextPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/panels.py" line="96" />
        <source>Next scheduled broadcast</source>
        <translation>Buổi phát theo lịch tiếp theo</translation>
    </message>
</context>
<context>
    <name>OfficeImportPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="46" />
        <source>Reading the files…</source>
        <translation>Đang đọc các tệp…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="39" />
        <source>Checking and importing file %1 of %2: %3</source>
        <translation>Đang kiểm tra và nhập tệp %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="55" />
        <source>Station %1 signed this file with a different key (fingerprint %2) than the one the office trusts (fingerprint %3). Nothing was imported from it.</source>
        <translation>Đài %1 ký tệp này bằng một khóa khác (dấu %2) với khóa văn phòng đang tin cậy (dấu %3). Chưa nhập gì từ tệp này.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="71" />
        <source>✗ %1: not imported. %2</source>
        <translation>✗ %1: không nhập được. %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="76" />
        <source>✓ %1: imported before, nothing new (%2, %3).</source>
        <translation>✓ %1: đã nhập trước đây, không có gì mới (%2, %3).</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="78" />
        <source>✓ %1: %2, %3: %4 new broadcast(s), %5 already there.</source>
        <translation>✓ %1: %2, %3: %4 buổi phát mới, %5 buổi đã có.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="82" />
        <source>New station: its key is now the trusted one.</source>
        <translation>Đài mới: khóa của đài từ nay được tin cậy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="97" />
        <source>%n file(s) imported</source>
        <translation><numerusform>đã nhập %n tệp</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="99" />
        <source>%n imported before</source>
        <translation><numerusform>%n tệp đã nhập trước đây</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="101" />
        <source>%n refused</source>
        <translation><numerusform>%n tệp bị từ chối</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="104" />
        <source>%n not attempted</source>
        <translation><numerusform>%n tệp chưa nhập</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="105" />
        <source>Import cancelled:</source>
        <translation>Đã hủy nhập:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="107" />
        <source>Import finished:</source>
        <translation>Nhập xong:</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="108" />
        <source>%n new broadcast(s).</source>
        <translation><numerusform>%n buổi phát mới.</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/import_panel.py" line="42" />
        <source>Cancelling after the current file…</source>
        <translation>Đang hủy sau khi xong tệp hiện tại…</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="93" />
        <source>Your office</source>
        <translation>Cơ quan của bạn</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="94" />
        <source>This name heads the reports. Change it if yours is different.</source>
        <translation>Tên này in ở đầu báo cáo. Hãy sửa nếu cơ quan bạn có tên khác.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="100" />
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="101" />
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="109" />
        <source>Office name:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="110" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
</context>
<context>
    <name>OfficeScreen</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="123" />
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="125" />
        <source>Import the .crlog files the stations sent (you can also drag them onto this window)</source>
        <translation>Nhập các tệp .crlog các đài gửi (cũng có thể kéo thả tệp vào cửa sổ này)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="128" />
        <source>Import folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="160" />
        <source>Weekly DX compliance</source>
        <translation>Thực hiện chuyên mục CĐS hằng tuần</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="162" />
        <source>Minutes of DX content by theme</source>
        <translation>Số phút nội dung CĐS theo chủ đề</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="164" />
        <source>Minutes of DX content by language</source>
        <translation>Số phút nội dung CĐS theo ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="172" />
        <source>Minutes aired</source>
        <translation>Số phút đã phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="177" />
        <source>Stations</source>
        <translation>Các đài</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="181" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="200" />
        <source>Receiving office (no name yet: set it under Settings)</source>
        <translation>Văn phòng nhận báo cáo (chưa đặt tên: đặt ở thẻ Cài đặt)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="244" />
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="246" />
        <source>Making the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="271" />
        <source>The report could not be made: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="332" />
        <source>Choose the stations' log files</source>
        <translation>Chọn các tệp nhật ký của các đài</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="333" />
        <source>Commune Radio log (*.crlog)</source>
        <translation>Nhật ký Commune Radio (*.crlog)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="333" />
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="342" />
        <source>Choose a folder of log files</source>
        <translation>Chọn thư mục chứa các tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="351" />
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Đang có một lượt nhập chạy; hãy chờ xong hoặc bấm Hủy.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="414" />
        <source>Re-registering station %1 and importing its file…</source>
        <translation>Đang đăng ký lại đài %1 và nhập tệp của đài…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="426" />
        <source>Station %1 re-registered with its new key.</source>
        <translation>Đã đăng ký lại đài %1 với khóa mới.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/screen.py" line="428" />
        <source>The file was still not imported.</source>
        <translation>Tệp vẫn chưa nhập được.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="37" />
        <source>e.g. Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai</source>
        <translation>ví dụ: Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="45" />
        <source>e.g. UBND TỈNH LÀO CAI</source>
        <translation>ví dụ: UBND TỈNH LÀO CAI</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="51" />
        <source> week(s)</source>
        <translation> tuần</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="54" />
        <source>Name of the office:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="55" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="56" />
        <source>Body above it (first line of the report heading):</source>
        <translation>Cơ quan cấp trên (dòng đầu của tiêu đề báo cáo):</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="58" />
        <source>Place written on reports:</source>
        <translation>Địa danh ghi trên báo cáo:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="59" />
        <source>Flag a station as silent after:</source>
        <translation>Cảnh báo đài im lặng sau:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="61" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="77" />
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="77" />
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/settings_panel.py" line="106" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../work/main/commune_radio/ui/operations.py" line="82" />
        <source>An unexpected error stopped this (%1); the details are in the log.</source>
        <translation>Một lỗi không mong muốn đã làm dừng việc này (%1); chi tiết được ghi trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="25" />
        <source>Sound output</source>
        <translation>Đầu ra âm thanh</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="26" />
        <source>Choose the output wired to the amplifier, then press Test.</source>
        <translation>Chọn đầu ra nối với máy tăng âm, rồi bấm Phát thử.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="30" />
        <source>▶ Test</source>
        <translation>▶ Phát thử</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="41" />
        <source>Output:</source>
        <translation>Đầu ra:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="59" />
        <source>The computer's default output</source>
        <translation>Đầu ra mặc định của máy</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="67" />
        <source>Press Test: the loudspeakers should give a short beep.</source>
        <translation>Bấm Phát thử: loa sẽ kêu một tiếng bíp ngắn.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="70" />
        <source>No sound output was found on this computer. You can go on and choose one later.</source>
        <translation>Không tìm thấy đầu ra âm thanh nào trên máy này. Bạn vẫn có thể tiếp tục và chọn sau.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="88" />
        <source>Playing the test beep…</source>
        <translation>Đang phát tiếng bíp thử…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="94" />
        <source>Did you hear the beep? If not, choose another output and press Test again.</source>
        <translation>Bạn có nghe thấy tiếng bíp không? Nếu không, hãy chọn đầu ra khác và bấm Phát thử lại.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/output_page.py" line="100" />
        <source>The beep could not be played: %1</source>
        <translation>Không phát được tiếng bíp: %1</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/output_panel.py" line="62" />
        <source>Output:</source>
        <translation>Đầu ra:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/output_panel.py" line="64" />
        <source>Volume:</source>
        <translation>Âm lượng:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/output_panel.py" line="89" />
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/output_panel.py" line="99" />
        <source>System default (%1)</source>
        <translation>Mặc định của hệ thống (%1)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/output_panel.py" line="100" />
        <source>System default (no output found)</source>
        <translation>Mặc định của hệ thống (không có thiết bị)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/output_panel.py" line="107" />
        <source>%1 (not connected)</source>
        <translation>%1 (chưa kết nối)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="193" />
        <source>Save as</source>
        <translation>Lưu thành tệp</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="196" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="199" />
        <source>Also write a spreadsheet (.xlsx) beside it, for people to read</source>
        <translation>Ghi thêm một bảng tính (.xlsx) bên cạnh để mọi người dễ đọc</translation>
    </message>
</context>
<context>
    <name>PackImporter</name>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="94" />
        <source>Importing content pack %1…</source>
        <translation>Đang nhập gói nội dung %1…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="120" />
        <source>Content pack “%1” imported.</source>
        <translation>Đã nhập gói nội dung “%1”.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="124" />
        <source>Suggested programme “%1”: %2 of %3 items ready.</source>
        <translation>Chương trình gợi ý “%1”: sẵn sàng %2/%3 mục.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="128" />
        <source>“%1” expired on %2 and was taken out of “%3”.</source>
        <translation>“%1” hết hiệu lực ngày %2 và đã được bỏ khỏi “%3”.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="144" />
        <source>The pack was not imported; nothing changed.</source>
        <translation>Gói chưa được nhập; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>PackKeyPrompt</name>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="46" />
        <source>Trust the office's key?</source>
        <translation>Tin cậy khóa của văn phòng?</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="47" />
        <source>This content pack is signed by “%1”. The station does not trust any office key yet.</source>
        <translation>Gói nội dung này được ký bởi “%1”. Đài chưa tin cậy khóa của văn phòng nào.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="50" />
        <source>Key fingerprint: %1</source>
        <translation>Dấu khóa: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="51" />
        <source>Call the office and ask them to read out their key fingerprint. Trust the key only if it is exactly the same; every later pack must then be signed by it.</source>
        <translation>Hãy gọi điện cho văn phòng và đề nghị họ đọc dấu khóa. Chỉ tin cậy khóa khi dấu khóa trùng khớp hoàn toàn; mọi gói sau này đều phải được ký bằng khóa đó.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="55" />
        <source>Trust this key and import</source>
        <translation>Tin cậy khóa này và nhập gói</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/library/pack_import.py" line="58" />
        <source>Do not import</source>
        <translation>Không nhập</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/period_bar.py" line="42" />
        <source>Last 12 weeks</source>
        <translation>12 tuần gần nhất</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/period_bar.py" line="45" />
        <source>Export Excel report…</source>
        <translation>Xuất báo cáo Excel…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/period_bar.py" line="48" />
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/period_bar.py" line="53" />
        <source>Report period: from</source>
        <translation>Kỳ báo cáo: từ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/period_bar.py" line="55" />
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>PeriodPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="51" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="60" />
        <source>Next period</source>
        <translation>Kỳ tiếp theo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="62" />
        <source>The day after the last report sent, to the end of that month</source>
        <translation>Từ ngày sau lần gửi trước đến hết tháng đó</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="68" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="71" />
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="95" />
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="97" />
        <source>This period was sent already (written %1); writing it again does no harm: the office adds only what is new.</source>
        <translation>Kỳ này đã được gửi (ghi lúc %1); ghi lại cũng không sao: văn phòng chỉ thêm phần mới.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="100" />
        <source>Everything up to today was sent already.</source>
        <translation>Mọi buổi phát đến hôm nay đã được gửi.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="102" />
        <source>Follows the last report sent (up to %1).</source>
        <translation>Tiếp theo lần gửi trước (đến %1).</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="104" />
        <source>Part of this period was sent before (up to %1); the office adds only what is new.</source>
        <translation>Một phần kỳ này đã được gửi trước đây (đến %1); văn phòng chỉ thêm phần mới.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="106" />
        <source>The first report from this computer.</source>
        <translation>Lần gửi đầu tiên từ máy này.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="108" />
        <source>The period is not over yet: the file holds the broadcasts up to now; send the rest next time.</source>
        <translation>Kỳ này chưa kết thúc: tệp gồm các buổi phát đến lúc này; phần còn lại gửi vào lần sau.</translation>
    </message>
</context>
<context>
    <name>PlayoutScreen</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="194" />
        <source>No programme yet</source>
        <translation>Chưa có chương trình nào</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="197" />
        <source>Station time (%1)</source>
        <translation>Giờ của đài (%1)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="254" />
        <source>No broadcast is scheduled.</source>
        <translation>Chưa có buổi phát nào trong lịch.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="259" />
        <source>“%1” at %2 on %3, %4</source>
        <translation>“%1” lúc %2 %3, %4</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="271" />
        <source>in %1 d %2</source>
        <translation>còn %1 ngày %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="272" />
        <source>in %1</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="358" />
        <source>Running order of the chosen programme:</source>
        <translation>Thứ tự phát của chương trình đã chọn:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="375" />
        <source>Running order:</source>
        <translation>Thứ tự phát:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="390" />
        <source>opening jingle</source>
        <translation>nhạc hiệu mở đầu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="391" />
        <source>closing jingle</source>
        <translation>nhạc hiệu kết thúc</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="395" />
        <source>Item %1/%2: %3</source>
        <translation>Mục %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="407" />
        <source>Elapsed %1</source>
        <translation>Đã phát %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="409" />
        <source>Remaining %1</source>
        <translation>Còn lại %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="419" />
        <source>Last broadcast: “%1” — %2</source>
        <translation>Buổi phát vừa xong: “%1” — %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="434" />
        <source>● ON AIR</source>
        <translation>● ĐANG PHÁT</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="437" />
        <source>Nothing on air</source>
        <translation>Không có chương trình nào đang phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/screen.py" line="440" />
        <source>Choose a programme and press “Play now”, or let the schedule start it.</source>
        <translation>Chọn chương trình rồi bấm “Phát ngay”, hoặc để lịch phát tự bắt đầu.</translation>
    </message>
</context>
<context>
    <name>PreflightLine</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/preflight_line.py" line="34" />
        <source>Pre-flight: ready</source>
        <translation>Kiểm tra trước giờ phát: sẵn sàng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/preflight_line.py" line="34" />
        <source>Pre-flight: check</source>
        <translation>Kiểm tra trước giờ phát: cần xem lại</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/preflight_line.py" line="35" />
        <source>Pre-flight: not ready</source>
        <translation>Kiểm tra trước giờ phát: chưa sẵn sàng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/preflight_line.py" line="53" />
        <source>Commune Radio: not ready to air</source>
        <translation>Đài truyền thanh xã: chưa sẵn sàng phát</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="120" />
        <source>The file will hold</source>
        <translation>Tệp sẽ gồm</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="134" />
        <source>Broadcasts:</source>
        <translation>Buổi phát:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="135" />
        <source>DX section:</source>
        <translation>Chuyên mục CĐS:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="136" />
        <source>Weeks:</source>
        <translation>Các tuần:</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="152" />
        <source>%n DX broadcast(s) played in full</source>
        <translation><numerusform>%n lượt phát trọn vẹn</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="157" />
        <source>%n broadcast(s) still on air are left out; they go in the next report.</source>
        <translation><numerusform>%n buổi đang phát chưa có trong tệp; sẽ gửi trong lần báo cáo sau.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="167" />
        <source>%n broadcast(s)</source>
        <translation><numerusform>%n buổi phát</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="173" />
        <source>week %1 (%2)</source>
        <translation>tuần %1 (%2)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="178" />
        <source>DX section aired in %1 of %2 week(s)</source>
        <translation>Chuyên mục CĐS đã phát trong %1/%2 tuần</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/panels.py" line="183" />
        <source>Not aired: %1</source>
        <translation>Chưa phát: %1</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/panels.py" line="62" />
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemsModel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/items.py" line="134" />
        <source>(no theme)</source>
        <translation>(chưa có chủ đề)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/items.py" line="149" />
        <source>Not valid yet: may air from %1</source>
        <translation>Chưa đến ngày phát: được phát từ %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/items.py" line="151" />
        <source>Expired: could air until %1</source>
        <translation>Đã hết hạn: chỉ được phát đến %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeListPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="51" />
        <source>Programmes</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="60" />
        <source>New programme</source>
        <translation>Chương trình mới</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="62" />
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/panels.py" line="80" />
        <source>DX section</source>
        <translation>chuyên mục CĐS</translation>
    </message>
</context>
<context>
    <name>ProgrammePreview</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/preview.py" line="46" />
        <source>The audio of “%1” is missing from the library folder.</source>
        <translation>Không tìm thấy âm thanh của “%1” trong thư mục thư viện.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/preview.py" line="80" />
        <source>Listening %1/%2: “%3” %4 / %5</source>
        <translation>Đang nghe %1/%2: “%3” %4 / %5</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/preview.py" line="88" />
        <source>Cannot play this item: %1</source>
        <translation>Không phát được mục này: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammesScreen</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/screen.py" line="256" />
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/screen.py" line="257" />
        <source>The programme “%1” has changes that are not saved. Throw them away?</source>
        <translation>Chương trình “%1” có thay đổi chưa được lưu. Bỏ các thay đổi này?</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/screen.py" line="258" />
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/screen.py" line="306" />
        <source>New programme: give it a name, drag items in from the library, then save.</source>
        <translation>Chương trình mới: đặt tên, kéo các mục từ thư viện sang, rồi bấm Lưu.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/screen.py" line="419" />
        <source>Saved “%1”.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/screen.py" line="439" />
        <source>Delete programme</source>
        <translation>Xóa chương trình</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/screen.py" line="440" />
        <source>Delete the programme “%1”? Broadcasts already logged keep its name.</source>
        <translation>Xóa chương trình “%1”? Các buổi phát đã ghi trong nhật ký vẫn giữ tên này.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/screen.py" line="455" />
        <source>Deleted “%1”.</source>
        <translation>Đã xóa “%1”.</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/panels.py" line="238" />
        <source>Latest broadcasts</source>
        <translation>Các buổi phát gần đây</translation>
    </message>
</context>
<context>
    <name>RenderPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="47" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="62" />
        <source>programme</source>
        <translation>chương trình</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="65" />
        <source>Export the programme as one WAV file</source>
        <translation>Xuất chương trình thành một tệp WAV</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="66" />
        <source>WAV audio (*.wav)</source>
        <translation>Âm thanh WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="76" />
        <source>Writing “%1”…</source>
        <translation>Đang ghi “%1”…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="93" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="100" />
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất tệp; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="104" />
        <source>Wrote %1 (%2).</source>
        <translation>Đã ghi %1 (%2).</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/programmes/render_panel.py" line="111" />
        <source>Export failed: %1</source>
        <translation>Xuất tệp thất bại: %1</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="58" />
        <source>Welcome! Who is this computer for?</source>
        <translation>Xin chào! Máy tính này dùng cho ai?</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="59" />
        <source>Click the one that fits, then press Next.</source>
        <translation>Bấm chọn một mục, rồi bấm Tiếp tục.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="61" />
        <source>Commune radio station</source>
        <translation>Đài truyền thanh xã</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="62" />
        <source>Plays the programmes on schedule and keeps the broadcast log.</source>
        <translation>Phát chương trình theo lịch và ghi nhật ký phát.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="65" />
        <source>Office receiving the reports</source>
        <translation>Cơ quan tiếp nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/first_run/role_page.py" line="66" />
        <source>Collects the log files of the stations and makes the report.</source>
        <translation>Nhận nhật ký phát của các đài và lập báo cáo.</translation>
    </message>
</context>
<context>
    <name>ScheduleScreen</name>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="120" />
        <source>◀ Previous week</source>
        <translation>◀ Tuần trước</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="122" />
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="123" />
        <source>Next week ▶</source>
        <translation>Tuần sau ▶</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="131" />
        <source>+ Add slot…</source>
        <translation>+ Thêm khung giờ…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="133" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="134" />
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="390" />
        <source>Skip this date</source>
        <translation>Nghỉ ngày này</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="136" />
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="157" />
        <source>Next broadcasts</source>
        <translation>Sắp phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="242" />
        <source>Week %1 · %2 – %3</source>
        <translation>Tuần %1 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="254" />
        <source>⚠ %n slot(s) clash this week (red): point at a block to see why.</source>
        <translation><numerusform>⚠ %n khung giờ bị trùng hoặc lấn giờ trong tuần này (màu đỏ): đưa chuột lên khối để xem lý do.</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="262" />
        <source>No broadcast slot yet. Click “+ Add slot…”, or double-click a time in the week.</source>
        <translation>Chưa có khung giờ phát nào. Bấm “+ Thêm khung giờ…”, hoặc nhấp đúp vào một giờ trong tuần.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="267" />
        <source>Double-click a block to change it, or free space to add a slot there.</source>
        <translation>Nhấp đúp vào một khối để sửa, hoặc vào chỗ trống để thêm khung giờ tại đó.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="283" />
        <source>Nothing scheduled.</source>
        <translation>Chưa có lịch phát.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="340" />
        <source>Once: %1</source>
        <translation>Một lần: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="344" />
        <source>Every week: %1</source>
        <translation>Hằng tuần: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="348" />
        <source>The programme has no items yet.</source>
        <translation>Chương trình chưa có mục nào.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="350" />
        <source>Not aired on %1 (a date skipped).</source>
        <translation>Không phát ngày %1 (ngày nghỉ).</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="353" />
        <source>This slot is switched off.</source>
        <translation>Khung giờ này đang tắt.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="361" />
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="364" />
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="365" />
        <source>Until %1</source>
        <translation>Đến %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="388" />
        <source>Air on this date again</source>
        <translation>Phát lại ngày này</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="446" />
        <source>Remove slot</source>
        <translation>Xóa khung giờ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="447" />
        <source>Remove the slot “%1” at %2 (%3)? Broadcasts already in the log stay there.</source>
        <translation>Xóa khung giờ “%1” lúc %2 (%3)? Các lượt phát đã ghi trong nhật ký vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="450" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/screen.py" line="450" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/words.py" line="42" />
        <source>Same time as “%1” at %2.</source>
        <translation>Trùng giờ với “%1” lúc %2.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/words.py" line="45" />
        <source>“%1” (%2 long) is still on air when “%3” starts at %4 (%5 overlap).</source>
        <translation>“%1” (dài %2) chưa phát xong thì đã đến giờ “%3” lúc %4 (lấn %5).</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/words.py" line="53" />
        <source>“%1” (starts %2, %3 long) is still on air when this slot starts at %4 (%5 overlap).</source>
        <translation>“%1” (bắt đầu %2, dài %3) chưa phát xong khi khung giờ này bắt đầu lúc %4 (lấn %5).</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/words.py" line="61" />
        <source>(%1 times in the next %2 weeks)</source>
        <translation>(lặp lại %1 lần trong %2 tuần tới)</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="93" />
        <source>Send report to the office</source>
        <translation>Gửi báo cáo cho văn phòng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="100" />
        <source>Once a month, send the broadcast log to the office: this writes one signed file to copy to a USB stick or attach to an e-mail.</source>
        <translation>Mỗi tháng một lần, gửi nhật ký phát sóng cho văn phòng: chương trình ghi ra một tệp có chữ ký số để chép vào USB hoặc đính kèm thư điện tử.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="133" />
        <source>Write the report file</source>
        <translation>Ghi tệp báo cáo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="137" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="161" />
        <source>This computer is not set up as a station yet, so there is no log to send.</source>
        <translation>Máy này chưa được thiết lập làm đài nên chưa có nhật ký để gửi.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="168" />
        <source>Station %1 – %2</source>
        <translation>Đài %1 – %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="184" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="300" />
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="243" />
        <source>Reading the log…</source>
        <translation>Đang đọc nhật ký…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="284" />
        <source>Save the report file</source>
        <translation>Lưu tệp báo cáo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="285" />
        <source>Commune Radio log (*.crlog)</source>
        <translation>Nhật ký Commune Radio (*.crlog)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="297" />
        <source>Choose where to save the file.</source>
        <translation>Hãy chọn nơi lưu tệp.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="306" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="319" />
        <source>Written: %1 (%n broadcast(s)), in the folder %2.</source>
        <translation><numerusform>Đã ghi: %1 (%n buổi phát), trong thư mục %2.</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="322" />
        <source>Spreadsheet: %1.</source>
        <translation>Bảng tính: %1.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="323" />
        <source>Copy the file to a USB stick or attach it to an e-mail to the office.</source>
        <translation>Hãy chép tệp vào USB hoặc đính kèm thư điện tử gửi văn phòng.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/dialog.py" line="335" />
        <source>The file was not written: %1</source>
        <translation>Chưa ghi được tệp: %1</translation>
    </message>
</context>
<context>
    <name>SendReportLauncher</name>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/launcher.py" line="34" />
        <source>Send report…</source>
        <translation>Gửi báo cáo…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/launcher.py" line="36" />
        <source>Write this month's broadcast log as a file for the office</source>
        <translation>Ghi nhật ký phát sóng của tháng thành tệp để gửi văn phòng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/launcher.py" line="40" />
        <source>Send report to the office…</source>
        <translation>Gửi báo cáo cho văn phòng…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/send_report/launcher.py" line="43" />
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="60" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="72" />
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="76" />
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="80" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="81" />
        <source>off (never air late)</source>
        <translation>tắt (không phát bù)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="88" />
        <source>Items imported from now on are levelled to this loudness; items already in the library keep theirs.</source>
        <translation>Các mục nhập từ nay được cân chỉnh về độ lớn này; các mục đã có trong thư viện giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="100" />
        <source>Sound output:</source>
        <translation>Đầu ra âm thanh:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="101" />
        <source>Air monitor input:</source>
        <translation>Đầu vào kiểm tra sóng:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="102" />
        <source>Pre-roll before a slot:</source>
        <translation>Chuẩn bị trước giờ phát:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="103" />
        <source>Dead-air alarm after:</source>
        <translation>Báo mất tiếng sau:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="104" />
        <source>Air a missed slot late, within:</source>
        <translation>Phát bù lượt bị lỡ, trong vòng:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="105" />
        <source>Loudness target:</source>
        <translation>Độ lớn chuẩn:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="106" />
        <source>Office name:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="107" />
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="109" />
        <source>The air monitor is an input wired to what the transmitter sends; with it the program hears dead air. The output and the pre-roll apply at once; the air monitor, the dead-air time and the language at the next start of the program.</source>
        <translation>Đầu vào kiểm tra sóng là cổng thu (line-in) nối với tín hiệu máy phát đưa ra; nhờ nó chương trình nghe được khi mất tiếng. Đầu ra và thời gian chuẩn bị có hiệu lực ngay; đầu vào kiểm tra sóng, thời gian báo mất tiếng và ngôn ngữ có hiệu lực từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="123" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="124" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="164" />
        <source>The computer's default output</source>
        <translation>Đầu ra mặc định của máy tính</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="169" />
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="180" />
        <source>%1 (not connected)</source>
        <translation>%1 (chưa cắm)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/settings_dialog.py" line="174" />
        <source>No air monitor</source>
        <translation>Không có đường kiểm tra</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="88" />
        <source>Edit broadcast slot</source>
        <translation>Sửa khung giờ phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="89" />
        <source>New broadcast slot</source>
        <translation>Thêm khung giờ phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="100" />
        <source>Every week on:</source>
        <translation>Hằng tuần vào:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="102" />
        <source>Once, on:</source>
        <translation>Một lần, ngày:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="128" />
        <source>Add date</source>
        <translation>Thêm ngày</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="131" />
        <source>Remove date</source>
        <translation>Bỏ ngày</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="161" />
        <source>Programme:</source>
        <translation>Chương trình:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="169" />
        <source>(station time, to the second)</source>
        <translation>(giờ của đài, chính xác đến giây)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="171" />
        <source>Time:</source>
        <translation>Giờ phát:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="172" />
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="173" />
        <source>Until:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="174" />
        <source>Skip these dates:</source>
        <translation>Nghỉ các ngày:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="180" />
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="371" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="181" />
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="403" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="185" />
        <source>Remove slot…</source>
        <translation>Xóa khung giờ…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="195" />
        <source>There is no programme yet. Make one on the Programmes screen, then schedule it here.</source>
        <translation>Chưa có chương trình nào. Hãy tạo chương trình ở màn hình Chương trình, rồi xếp lịch tại đây.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="231" />
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="363" />
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="368" />
        <source>✓ No conflict or overrun in the next %1 weeks.</source>
        <translation>✓ Không trùng giờ hay lấn giờ trong %1 tuần tới.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="400" />
        <source>Remove slot</source>
        <translation>Xóa khung giờ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="401" />
        <source>Remove the slot “%1” at %2? Broadcasts already in the log stay there.</source>
        <translation>Xóa khung giờ “%1” lúc %2? Các lượt phát đã ghi trong nhật ký vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/slot_dialog.py" line="403" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>StationsModel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="72" />
        <source>waiting for the next file's key</source>
        <translation>chờ khóa của tệp tiếp theo</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="89" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="89" />
        <source>Station</source>
        <translation>Đài</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="89" />
        <source>Official commune name</source>
        <translation>Tên xã/phường chính thức</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="90" />
        <source>Last import</source>
        <translation>Lần nhập cuối</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="90" />
        <source>Last entry</source>
        <translation>Buổi phát cuối</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="91" />
        <source>Key fingerprint</source>
        <translation>Dấu khóa</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="96" />
        <source>(code not in the Lào Cai lists)</source>
        <translation>(mã không có trong danh mục Lào Cai)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="98" />
        <source>%1 (list before 1/7/2025)</source>
        <translation>%1 (danh mục trước 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="113" />
        <source>Public key: %1</source>
        <translation>Khóa công khai: %1</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="155" />
        <source>Search code or name…</source>
        <translation>Tìm theo mã hoặc tên…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="178" />
        <source>Re-register station…</source>
        <translation>Đăng ký lại đài…</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="180" />
        <source>Forget the station's trusted key: the key of its next file will be trusted</source>
        <translation>Bỏ khóa đang tin cậy của đài: khóa của tệp tiếp theo sẽ được tin cậy</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="211" />
        <source>%n station(s)</source>
        <translation><numerusform>%n đài</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="246" />
        <source>Re-register station</source>
        <translation>Đăng ký lại đài</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="247" />
        <source>Re-register station %1 – %2?</source>
        <translation>Đăng ký lại đài %1 – %2?</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="250" />
        <source>The office forgets the key it trusts for this station (fingerprint %1). The key of the next file from this station will be trusted, so do this only when the station told you it has a new key.</source>
        <translation>Văn phòng sẽ bỏ khóa đang tin cậy của đài này (dấu %1). Khóa của tệp tiếp theo từ đài sẽ được tin cậy, vì vậy chỉ làm khi đài đã báo cho bạn là đài có khóa mới.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="254" />
        <source>Re-register</source>
        <translation>Đăng ký lại</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="256" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/stations.py" line="274" />
        <source>Station %1 re-registered: the key of its next file will be trusted.</source>
        <translation>Đã đăng ký lại đài %1: khóa của tệp tiếp theo sẽ được tin cậy.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="34" />
        <source>Stop the broadcast</source>
        <translation>Dừng phát sóng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="36" />
        <source>Stop “%1” now? The log will record it as partly played, with the reason you give.</source>
        <translation>Dừng “%1” ngay bây giờ? Nhật ký sẽ ghi buổi phát này là phát không trọn, kèm lý do bạn chọn.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="40" />
        <source>Wrong programme started</source>
        <translation>Phát nhầm chương trình</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="41" />
        <source>Urgent announcement of the commune</source>
        <translation>Cần thông báo đột xuất của xã</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="42" />
        <source>Bad weather (storm, lightning)</source>
        <translation>Thời tiết xấu (giông, sét)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="43" />
        <source>Problem with the equipment or the loudspeakers</source>
        <translation>Sự cố thiết bị hoặc loa</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="44" />
        <source>At the request of the commune leadership</source>
        <translation>Theo yêu cầu của lãnh đạo xã</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="50" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="57" />
        <source>Other reason:</source>
        <translation>Lý do khác:</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="63" />
        <source>Write the reason or a note</source>
        <translation>Ghi lý do hoặc ghi chú</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="69" />
        <source>Stop broadcast</source>
        <translation>Dừng phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/playout/dialogs.py" line="75" />
        <source>Keep playing</source>
        <translation>Tiếp tục phát</translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/week_view.py" line="328" />
        <source>Skipped: %1</source>
        <translation>Nghỉ: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/week_view.py" line="330" />
        <source>Off: %1</source>
        <translation>Tắt: %1</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/week_view.py" line="363" />
        <source>once</source>
        <translation>một lần</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/week_view.py" line="371" />
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/schedule/week_view.py" line="372" />
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="59" />
        <source>Broadcasts of station %1, %2</source>
        <translation>Các buổi phát của đài %1, %2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="79" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="79" />
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="79" />
        <source>DX</source>
        <translation>CĐS</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="79" />
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="104" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="80" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="80" />
        <source>Items</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="80" />
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="103" />
        <source>Aired</source>
        <translation>Đã phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="86" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="103" />
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="103" />
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="103" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="104" />
        <source>Sent (dBFS)</source>
        <translation>Gửi ra (dBFS)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="104" />
        <source>Heard (dBFS)</source>
        <translation>Nghe lại (dBFS)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="114" />
        <source>The office holds no broadcast of this station in this week.</source>
        <translation>Văn phòng chưa có buổi phát nào của đài trong tuần này.</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="125" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="156" />
        <source>Compliant: %n DX broadcast(s) played in full</source>
        <translation><numerusform>Đạt: %n lượt chuyên mục CĐS phát trọn vẹn</numerusform></translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="158" />
        <source>Not compliant: no DX broadcast played in full</source>
        <translation>Không đạt: không có lượt chuyên mục CĐS nào phát trọn vẹn</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="159" />
        <source>No data: no file received covers this week</source>
        <translation>Chưa có số liệu: chưa nhận tệp nào phủ tuần này</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/office/week_dialog.py" line="166" />
        <source>Program running: %1 – %2</source>
        <translation>Chương trình chạy: %1 – %2</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="71" />
        <location filename="../work/main/commune_radio/ui/words.py" line="78" />
        <source>On air</source>
        <translation>Đang phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="72" />
        <source>Played</source>
        <translation>Đã phát đủ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="73" />
        <source>Partial</source>
        <translation>Phát không trọn</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="74" />
        <source>Missed</source>
        <translation>Bị lỡ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="75" />
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="76" />
        <source>Failed</source>
        <translation>Lỗi, không phát được</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="77" />
        <source>Not played yet</source>
        <translation>Chưa phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="85" />
        <source>Scheduled</source>
        <translation>Theo lịch</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="86" />
        <source>Played by hand</source>
        <translation>Phát thủ công</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="87" />
        <source>Played late (catch-up)</source>
        <translation>Phát bù</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="88" />
        <location filename="../work/main/commune_radio/ui/words.py" line="97" />
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="95" />
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="96" />
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="106" />
        <source>Cut off (power cut or the computer stopped)</source>
        <translation>Bị ngắt đột ngột (mất điện hoặc máy tính dừng)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="107" />
        <source>The program was closed</source>
        <translation>Phần mềm đã bị đóng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="108" />
        <source>The computer was off</source>
        <translation>Máy tính đang tắt</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="109" />
        <source>Audio output error</source>
        <translation>Lỗi thiết bị phát âm thanh</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="110" />
        <source>Gave way to an emergency bulletin</source>
        <translation>Nhường bản tin khẩn cấp</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="111" />
        <source>Stopped by the operator</source>
        <translation>Người vận hành dừng</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="112" />
        <source>Audio file missing</source>
        <translation>Thiếu tệp âm thanh</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="113" />
        <source>Audio file damaged, could not play</source>
        <translation>Tệp âm thanh hỏng, không phát được</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="114" />
        <source>Gave way to a priority broadcast</source>
        <translation>Nhường chương trình ưu tiên</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="115" />
        <source>No audio output device</source>
        <translation>Không có thiết bị phát âm thanh</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="116" />
        <source>The audio output stopped responding</source>
        <translation>Thiết bị phát âm thanh không phản hồi</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="117" />
        <source>No item could play</source>
        <translation>Không mục nào phát được</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="118" />
        <source>Another broadcast was on air</source>
        <translation>Đang phát chương trình khác</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="124" />
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="124" />
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="124" />
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="125" />
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="125" />
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="125" />
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="125" />
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="129" />
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="129" />
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="129" />
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="129" />
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="129" />
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="130" />
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="130" />
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="145" />
        <source>Every day</source>
        <translation>Mọi ngày</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="147" />
        <source>Monday to Friday</source>
        <translation>Thứ Hai đến Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="154" />
        <source>starting now</source>
        <translation>đến giờ phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="154" />
        <source>in under a minute</source>
        <translation>còn chưa đầy 1 phút</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="157" />
        <source>in %1 min</source>
        <translation>còn %1 phút</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="160" />
        <source>in %1 h %2 min</source>
        <translation>còn %1 giờ %2 phút</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="163" />
        <source>in %1 d %2 h</source>
        <translation>còn %1 ngày %2 giờ</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="167" />
        <source>Week %1 (%2 – %3)</source>
        <translation>Tuần %1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="173" />
        <source>aired</source>
        <translation>đã phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="173" />
        <source>not aired</source>
        <translation>chưa phát</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="174" />
        <source>still to come</source>
        <translation>sắp đến lượt</translation>
    </message>
    <message>
        <location filename="../work/main/commune_radio/ui/words.py" line="175" />
        <source>nothing scheduled</source>
        <translation>không có lịch</translation>
    </message>
</context>
</TS>