"""Spreadsheets for people: the station's log beside its export, and the office's report.

Headings are Vietnamese; each sheet opens with an administrative heading (unit, period, date
made) so an officer can forward the file as it is. Files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from commune_radio.core.atomic import atomic_write
from commune_radio.core.compliance import ComplianceReport, WeekStatus, week_monday
from commune_radio.core.station import Station
from commune_radio.exchange.cells import put_cell
from commune_radio.exchange.labels import (
    ITEM_STATUS_VI,
    LEVEL_VI,
    STATUS_VI,
    TRIGGER_VI,
    WEEK_STATUS_VI,
    language_vi,
    topic_vi,
    yes_no_vi,
)
from commune_radio.exchange.xlsx_print import (
    one_decimal,
    set_up_page,
    station_heading_name,
)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WEEK_FILLS = {
    WeekStatus.COMPLIANT: PatternFill("solid", fgColor="A8D5A2"),
    WeekStatus.NOT_COMPLIANT: PatternFill("solid", fgColor="F4A6A6"),
    WeekStatus.NO_DATA: PatternFill("solid", fgColor="D9D9D9"),
}
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"


def vn_date(day: dt.date) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates."""
    return day.strftime("%d/%m/%Y")


def _local(text: str | None) -> dt.datetime | None:
    """A signed station-time moment as the naive local datetime Excel shows."""
    if not text:
        return None
    return dt.datetime.fromisoformat(text).replace(tzinfo=None)


def _save(wb: Workbook, path: Path | str) -> None:
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    atomic_write(path, lambda fh: fh.write(data))


def _heading(ws: Worksheet, lines: Sequence[tuple[str, str]], width: int) -> int:
    """Write the heading lines (left text, right text) and a title; returns the next free row.

    ``lines`` are (left, right) pairs; the last pair's left text is the sheet's title line.
    """
    row = 1
    half = max(2, width // 2)
    for left, right in lines:
        if left:
            put_cell(ws, row, 1, left).font = BOLD
        if right:
            put_cell(ws, row, half + 1, right).font = BOLD
        row += 1
    return row + 1


def _table(ws: Worksheet, row: int, headers: Sequence[str], rows: Sequence[Sequence],
           widths: Sequence[int] | None = None) -> int:
    for col, title in enumerate(headers, start=1):
        cell = put_cell(ws, row, col, title)
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, BOX, CENTER
    for r, values in enumerate(rows, start=row + 1):
        for col, value in enumerate(values, start=1):
            cell = put_cell(ws, r, col, value)
            cell.border = BOX
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
    if widths:
        for col, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    return row + 1 + len(rows)


# --- the station's log --------------------------------------------------------------------


def write_log_xlsx(
    path: Path | str,
    station: Station,
    period: tuple[dt.date, dt.date],
    entries: Sequence[dict],
    *,
    made_on: dt.date,
) -> None:
    """The exported period as a readable workbook: broadcasts, their items, a summary."""
    wb = Workbook()
    heading = [
        (station_heading_name(station.name), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (f"Mã đơn vị: {station.code}" + (f" – {station.province}" if station.province else ""),
         "Độc lập - Tự do - Hạnh phúc"),
        ("", ""),
        ("NHẬT KÝ PHÁT SÓNG", ""),
        (f"Từ ngày {vn_date(period[0])} đến ngày {vn_date(period[1])}", ""),
        (f"Ngày lập: {vn_date(made_on)}", ""),
    ]
    ws = wb.active
    ws.title = "Nhật ký phát sóng"
    row = _heading(ws, heading, 14)
    ws.cell(row=4, column=1).font = TITLE
    rows = []
    for n, e in enumerate(entries, start=1):
        when = _local(e["started_at"] or e["scheduled_at"])
        played = sum(i["played_s"] or 0 for i in e["items"]) / 60
        rows.append([
            n, when.date() if when else None, _local(e["started_at"]), e["programme"],
            yes_no_vi(e["dx"]), TRIGGER_VI.get(e["trigger"], e["trigger"]),
            STATUS_VI.get(e["status"], e["status"]), e["reason"] or "", round(played, 1),
            len(e["items"]), _local(e["scheduled_at"]), _local(e["ended_at"]), e["device"] or "",
            e["id"],
        ])
    end = _table(ws, row, [
        "STT", "Ngày", "Bắt đầu", "Chương trình", "Chuyên mục CĐS", "Hình thức phát",
        "Kết quả", "Lý do", "Thời lượng đã phát (phút)", "Số mục", "Giờ theo lịch",
        "Kết thúc", "Thiết bị", "Mã buổi phát",
    ], rows, [6, 12, 17, 30, 10, 14, 16, 20, 12, 8, 17, 17, 14, 38])
    set_up_page(ws, header_row=row, width=14, heading_lines=len(heading))
    one_decimal(ws, [9], row + 1, end - 1)

    items_ws = wb.create_sheet("Chi tiết các mục")
    items_heading = heading[:2] + [("", ""), ("CHI TIẾT CÁC MỤC ĐÃ PHÁT", "")]
    row = _heading(items_ws, items_heading, 11)
    item_rows = []
    for e in entries:
        day = _local(e["started_at"] or e["scheduled_at"])
        for pos, i in enumerate(e["items"], start=1):
            item_rows.append([
                len(item_rows) + 1, day.date() if day else None, e["programme"], pos, i["title"],
                topic_vi(i["topic"]) if i["topic"] else "", language_vi(i["language"]),
                i["planned_s"], i["played_s"], ITEM_STATUS_VI.get(i["status"], i["status"]),
                e["id"],
            ])
    end = _table(items_ws, row, [
        "STT", "Ngày", "Chương trình", "Thứ tự", "Tên mục", "Chủ đề CĐS", "Ngôn ngữ",
        "Dự kiến (giây)", "Đã phát (giây)", "Kết quả", "Mã buổi phát",
    ], item_rows, [6, 12, 28, 7, 40, 40, 16, 12, 12, 16, 38])
    set_up_page(items_ws, header_row=row, width=11, heading_lines=len(items_heading))
    one_decimal(items_ws, [8, 9], row + 1, end - 1)

    summary = wb.create_sheet("Tổng hợp")
    summary_heading = heading[:2] + [("", ""), ("TỔNG HỢP KẾT QUẢ", "")]
    row = _heading(summary, summary_heading, 4)
    counts: dict[str, int] = {}
    for e in entries:
        counts[e["status"]] = counts.get(e["status"], 0) + 1
    dx_played = sum(1 for e in entries if e["dx"] and e["status"] == "played")
    _table(summary, row, ["Nội dung", "Số lượng"], [
        ["Tổng số buổi phát", len(entries)],
        *[[STATUS_VI[s], counts.get(s, 0)] for s in ("played", "partial", "missed", "skipped",
                                                       "failed")],
        ["Buổi chuyên mục CĐS phát đủ", dx_played],
    ], [40, 12, 22, 22])
    set_up_page(summary, header_row=row, width=4, heading_lines=len(summary_heading))
    _save(wb, path)


# --- the office's report ------------------------------------------------------------------


def report_heading(report: ComplianceReport, title: str) -> list[tuple[str, str]]:
    """The administrative heading of every report sheet."""
    parent = (report.extra or {}).get("parent", "")
    place = (report.extra or {}).get("place", "")
    level = LEVEL_VI.get(report.office_level, report.office_level)
    unit = report.office_name or "(chưa đặt tên đơn vị — office settings --name)"
    lines = [
        (parent.upper(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (unit.upper(), "Độc lập - Tự do - Hạnh phúc"),
        ("", f"{place}, ngày {report.made_on:%d} tháng {report.made_on:%m} năm "
             f"{report.made_on:%Y}" if place else ""),
        (title, ""),
        ("Báo cáo kết quả phát chuyên mục “Chuyển đổi số” trên đài truyền thanh cấp xã", ""),
        (f"Kỳ báo cáo: từ ngày {vn_date(report.period_from)} đến ngày "
         f"{vn_date(report.period_to)}", ""),
        (f"Đơn vị báo cáo: {unit} ({level})", ""),
        (f"Ngày lập: {vn_date(report.made_on)}", ""),
    ]
    return lines


def _week_label(key: str) -> str:
    monday = week_monday(key)
    sunday = monday + dt.timedelta(days=6)
    return f"{key}\n{monday:%d/%m}–{sunday:%d/%m}"


def write_report_xlsx(path: Path | str, report: ComplianceReport) -> None:
    """The report as a workbook: summary, weeks (heat-map), themes, languages, silent stations."""
    wb = Workbook()
    n_weeks = len(report.weeks)

    ws = wb.active
    ws.title = "Tổng hợp"
    row = _heading(ws, report_heading(report, "TỔNG HỢP THEO ĐÀI"), 14)
    ws.cell(row=4, column=1).font = TITLE
    rows = []
    for n, s in enumerate(report.stations, start=1):
        rows.append([
            n, s.code, s.name, s.commune or "", s.files, n_weeks, s.compliant_weeks,
            # "not met" counts the weeks with no data too: one meaning everywhere
            s.weeks_not_met, s.no_data_weeks, round(s.compliance_rate * 100, 1),
            sum(f.dx_played for f in s.weeks.values()),
            sum(f.dx_missed for f in s.weeks.values()),
            round(sum(f.played_minutes for f in s.weeks.values()), 1),
            s.silent_weeks, "Quá hạn" if s.overdue else "", _local(s.last_entry),
        ])
    total_weeks = n_weeks * len(report.stations)
    rows.append([
        "", "", "Cộng", "", sum(r[4] for r in rows), total_weeks,
        sum(r[6] for r in rows), sum(r[7] for r in rows), sum(r[8] for r in rows),
        round(report.overall_rate * 100, 1), sum(r[10] for r in rows), sum(r[11] for r in rows),
        round(sum(r[12] for r in rows), 1), "", len(report.overdue_stations), None,
    ])
    end = _table(ws, row, [
        "STT", "Mã đơn vị", "Tên đài", "Tên xã/phường (danh mục)", "Số tệp đã nhận",
        "Số tuần trong kỳ", "Số tuần đạt", "Số tuần không đạt (kể cả chưa có số liệu)",
        "Trong đó: chưa có số liệu", "Tỷ lệ đạt (%)", "Buổi CĐS phát đủ", "Buổi CĐS bị lỡ",
        "Thời lượng CĐS (phút)", "Số tuần im lặng liên tiếp", "Quá hạn gửi tệp",
        "Buổi phát gần nhất",
    ], rows, [5, 8, 33, 22, 8, 8, 8, 12, 10, 8, 9, 9, 10, 10, 9, 16])
    ws.row_dimensions[row].height = 58
    for col in range(1, 17):
        ws.cell(row=end - 1, column=col).font = BOLD
    ws.cell(row=end + 1, column=1, value=(
        "Tuần đạt: có ít nhất một buổi chuyên mục chuyển đổi số phát đủ trong tuần (thứ Hai – "
        "Chủ nhật). Tuần chưa có số liệu (không tệp nào đã nhận bao trùm tuần đó) được tính là "
        "không đạt."
    ))
    ws.cell(row=end + 2, column=1, value=(
        f"Quá hạn gửi tệp: không có tệp nào bao trùm {report.silent_after_weeks} tuần gần nhất "
        "(kể cả đài chưa từng gửi tệp)."
    ))
    set_up_page(ws, header_row=row, width=16, heading_lines=8)
    one_decimal(ws, [10, 13], row + 1, end - 1)

    weeks_ws = wb.create_sheet("Theo tuần")
    row = _heading(weeks_ws, report_heading(report, "KẾT QUẢ THEO TUẦN"), 3 + n_weeks)
    weeks_ws.cell(row=4, column=1).font = TITLE
    headers = ["STT", "Mã đơn vị", "Tên đài", *(_week_label(k) for k in report.weeks)]
    rows = [
        [n, s.code, s.name, *(WEEK_STATUS_VI[s.weeks[k].status] for k in report.weeks)]
        for n, s in enumerate(report.stations, start=1)
    ]
    _table(weeks_ws, row, headers, rows, [6, 10, 28, *([13] * n_weeks)])
    weeks_ws.row_dimensions[row].height = 32
    set_up_page(weeks_ws, header_row=row, width=max(8, 3 + n_weeks), heading_lines=8)
    for r, s in enumerate(report.stations, start=row + 1):
        for c, key in enumerate(report.weeks, start=4):
            cell = weeks_ws.cell(row=r, column=c)
            cell.fill = WEEK_FILLS[s.weeks[key].status]
            cell.alignment = CENTER
    weeks_ws.freeze_panes = weeks_ws.cell(row=row + 1, column=4)

    for title, sheet, minutes, label, id_title in (
        ("THỜI LƯỢNG THEO CHỦ ĐỀ", "Theo chủ đề", report.topic_minutes, topic_vi, "Mã chủ đề"),
        ("THỜI LƯỢNG THEO NGÔN NGỮ", "Theo ngôn ngữ", report.language_minutes, language_vi,
         "Mã ngôn ngữ"),
    ):
        ws2 = wb.create_sheet(sheet)
        row = _heading(ws2, report_heading(report, title), 5)
        ws2.cell(row=4, column=1).font = TITLE
        total = sum(minutes.values())
        rows = [
            [n, label(k), k or "", round(v, 1), round(100 * v / total, 1) if total else 0.0]
            for n, (k, v) in enumerate(minutes.items(), start=1)
        ]
        rows.append(["", "Cộng", "", round(total, 1), 100.0 if total else 0.0])
        end = _table(ws2, row, ["STT", sheet.replace("Theo ", "").capitalize(), id_title,
                                "Số phút đã phát", "Tỷ lệ (%)"], rows, [6, 60, 22, 14, 10])
        for col in range(1, 6):
            ws2.cell(row=end - 1, column=col).font = BOLD
        set_up_page(ws2, header_row=row, width=5, heading_lines=8)
        one_decimal(ws2, [4, 5], row + 1, end - 1)

    silent_ws = wb.create_sheet("Đài im lặng")
    row = _heading(silent_ws, report_heading(report, "CÁC ĐÀI IM LẶNG"), 6)
    silent_ws.cell(row=4, column=1).font = TITLE
    silent_ws.cell(row=row - 1, column=1, value=(
        f"Đài không có buổi phát nào (mọi chương trình) trong ít nhất "
        f"{report.silent_after_weeks} tuần gần nhất của kỳ báo cáo."
    ))
    rows = [
        [n, s.code, s.name, s.commune or "", s.silent_weeks, _local(s.last_entry)]
        for n, s in enumerate(report.silent_stations, start=1)
    ]
    _table(silent_ws, row + 1, ["STT", "Mã đơn vị", "Tên đài", "Tên xã/phường (danh mục)",
                                "Số tuần im lặng liên tiếp", "Buổi phát gần nhất"],
           rows, [6, 10, 28, 26, 14, 17])
    set_up_page(silent_ws, header_row=row + 1, width=6, heading_lines=8)

    overdue_ws = wb.create_sheet("Đài quá hạn")
    row = _heading(overdue_ws, report_heading(report, "CÁC ĐÀI QUÁ HẠN GỬI TỆP"), 6)
    overdue_ws.cell(row=4, column=1).font = TITLE
    overdue_ws.cell(row=row - 1, column=1, value=(
        f"Đài mà không tệp nào đã nhận bao trùm {report.silent_after_weeks} tuần gần nhất của kỳ "
        "báo cáo, kể cả đài chưa từng gửi tệp."
    ))
    rows = [
        [n, s.code, s.name, s.files, s.overdue_weeks, _local(s.last_entry)]
        for n, s in enumerate(report.overdue_stations, start=1)
    ]
    _table(overdue_ws, row + 1, ["STT", "Mã đơn vị", "Tên đài", "Số tệp đã nhận",
                                 "Số tuần chưa có số liệu liên tiếp", "Buổi phát gần nhất"],
           rows, [6, 10, 30, 12, 16, 17])
    set_up_page(overdue_ws, header_row=row + 1, width=6, heading_lines=8)
    _save(wb, path)
