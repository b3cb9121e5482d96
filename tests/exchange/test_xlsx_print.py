"""The workbooks people print: converted to PDF by LibreOffice (headless), pages counted and read.

A4 landscape, every column on one page across, the table header on every page, the agency and
the national motto side by side, minutes to one decimal, no doubled words in the station heading.
"""

import datetime as dt
import re
import shutil
import subprocess

import openpyxl
import pytest

from commune_radio.core.communes import load_communes
from commune_radio.core.compliance import StationInfo, WeekFacts, build_report, weeks_in_period
from commune_radio.core.station import Station
from commune_radio.exchange.samples import sample_entries
from commune_radio.exchange.xlsx import write_log_xlsx, write_report_xlsx
from commune_radio.paths import assets_dir

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="needs LibreOffice (libreoffice-calc-nogui) and poppler-utils, as ./dev installs")

START, END = dt.date(2026, 9, 7), dt.date(2026, 11, 29)  # 12 ISO weeks
OFFICE_SHEETS = 6


def office_report(n_stations):
    communes = [c for c in load_communes(assets_dir() / "data") if c.list_name == "2025-07"]
    assert len(communes) >= n_stations
    infos = [StationInfo(code=c.code, name=f"Đài truyền thanh {c.name}", commune=c.name,
                         expected=True, files=0 if n % 7 == 0 else 3)
             for n, c in enumerate(communes[:n_stations])]
    weeks = weeks_in_period(START, END)
    facts = {(s.code, w): WeekFacts(dx_broadcasts=1, dx_played=int((n + k) % 3 != 0), aired=1,
                                    dx_seconds=600.0)
             for n, s in enumerate(infos) if s.files for k, w in enumerate(weeks)}
    coverage = {s.code: [(START, END)] for s in infos if s.files}
    report = build_report(START, END, infos, facts, coverage,
                          {"digital_skills": 3000.0, "online_services": 25.0},
                          {"vi": 3025.0}, today=dt.date(2026, 12, 2))
    report.office_name = "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai"
    report.office_level = "province"
    report.extra = {"parent": "UBND tỉnh Lào Cai", "place": "Lào Cai"}
    return report


def to_pdf(tmp_path, *xlsx):
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, xlsx)],
        check=True, capture_output=True, timeout=120,
    )
    return [tmp_path / f"{p.stem}.pdf" for p in xlsx]


def pages(pdf):
    """The text of each page, laid out as printed."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    return [p for p in text.split("\f") if p.strip()]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("print")
    files = {}
    for n in (1, 99):
        files[f"office-{n}"] = tmp_path / f"office-{n}.xlsx"
        write_report_xlsx(files[f"office-{n}"], office_report(n))
    station = Station(code="02785", name="Đài truyền thanh xã Bản Phiệt", province="Lào Cai",
                      office="", timezone="Asia/Ho_Chi_Minh", public_key="")
    files["station"] = tmp_path / "station.xlsx"
    entries = sample_entries("02785", dt.date(2026, 11, 1), dt.date(2026, 11, 30), seed=1,
                             per_day=2, items=3)
    write_log_xlsx(files["station"], station, (dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
                   entries, made_on=dt.date(2026, 12, 1))
    pdfs = to_pdf(tmp_path, *files.values())
    return {name: (files[name], pages(pdf)) for name, pdf in zip(files, pdfs, strict=True)}


def test_every_sheet_is_a4_landscape_fit_to_width_with_its_header_repeated(printed):
    for xlsx, _ in printed.values():
        for ws in openpyxl.load_workbook(xlsx).worksheets:
            ps = ws.page_setup
            assert (ps.orientation, int(ps.paperSize)) == ("landscape", 9), ws.title
            assert (int(ps.fitToWidth), int(ps.fitToHeight)) == (1, 0)
            assert ws.sheet_properties.pageSetUpPr.fitToPage
            assert re.fullmatch(r"\$?\d+:\$?\d+", ws.print_title_rows), ws.print_title_rows


def test_one_station_prints_one_page_per_sheet(printed):
    _, got = printed["office-1"]
    assert len(got) == OFFICE_SHEETS
    for page in got:  # each sheet's title and its table header
        assert "STT" in page and "Lào Cai, ngày 02 tháng 12 năm 2026" in page


def test_99_stations_run_down_pages_never_across(printed):
    _, got = printed["office-99"]
    assert OFFICE_SHEETS < len(got) <= 12
    summary = [p for p in got if "Tỷ lệ đạt" in p]
    weeks = [p for p in got if "2026-W37" in p]
    assert len(summary) >= 2 and len(weeks) >= 2  # 99 rows need more than one page
    for page in summary:  # the header again on each page, and its last column on the same page
        assert "STT" in page and "Mã đơn" in page and "Buổi phát gần" in page
    for page in weeks:
        assert "2026-W48" in page  # the 12th week's column did not spill onto another page
    printed_codes = set(re.findall(r"^\s*\d+\s+(\d{5})\s", "\n".join(summary), re.M))
    assert len(printed_codes) == 99


def test_agency_and_national_motto_side_by_side_and_minutes_to_one_decimal(printed):
    _, got = printed["office-99"]
    first_lines = got[0].strip("\n").splitlines()
    assert "UBND TỈNH LÀO CAI" in first_lines[0] and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in \
        first_lines[0]
    assert "Độc lập - Tự do - Hạnh phúc" in first_lines[1] and "SỞ VĂN HÓA" in first_lines[1]
    themes = next(p for p in got if "THỜI LƯỢNG THEO CHỦ ĐỀ" in p)
    line = next(ln for ln in themes.splitlines() if "online_services" in ln)
    assert re.search(r"\s0\.4\s+0\.8\s*$", line), line  # 25 s of 3,025 s: 0.4 min, 0.8 %


def test_station_log_heading_has_no_doubled_words_and_prints_across(printed):
    _, got = printed["station"]
    text = "\n".join(got)
    assert "ĐÀI TRUYỀN THANH XÃ BẢN PHIỆT" in text
    assert "ĐÀI TRUYỀN THANH ĐÀI TRUYỀN THANH" not in text
    log_pages = [p for p in got if "Thiết bị" in p]
    assert len(log_pages) >= 2  # 60 broadcasts
    for page in log_pages:
        assert "Mã buổi phát" in page and "STT" in page
