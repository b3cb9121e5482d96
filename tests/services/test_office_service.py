"""The office's report from real station files, checked against numbers worked out by hand."""

import csv
import datetime as dt

import openpyxl
import pytest

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.core.errors import RejectedInput
from commune_radio.exchange.samples import broadcast
from commune_radio.services.office_service import write_report_csv, write_report_xlsx
from commune_radio.storage.log_repo import insert_log_rows

pytestmark = pytest.mark.office_db  # every test on SQLite and on PostgreSQL

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)
D = dt.date
START, END = D(2026, 11, 2), D(2026, 11, 22)  # ISO weeks 45, 46, 47


def at(day, hm):
    return f"2026-11-{day:02d}T{hm}:00.000+07:00"


@pytest.fixture
def office(tmp_path):
    """Three stations' files imported, as in the worked example of the docs."""
    clock = FixedClock(NOW)
    office = AppContext.open(tmp_path / "office", clock=clock)
    files = []

    def station(code, name, entries, period):
        ctx = AppContext.open(tmp_path / code, clock=clock)
        ctx.station.init(code, name)
        insert_log_rows(ctx.db, entries)
        path = tmp_path / f"{code}.crlog"
        ctx.export.export(*period, path)
        ctx.close()
        files.append(path)

    station("02785", "Đài xã Bản Phiệt", [
        # W45: DX played in full (9.5 min of DX) + a non-DX bulletin (not DX minutes)
        broadcast("02785", at(3, "05:30"), items=[("online_services", "vi", 300),
                                                  ("digital_skills", "hmong", 240),
                                                  (None, "vi", 30)]),
        broadcast("02785", at(4, "17:15"), dx=False, items=[(None, "vi", 100)]),
        # W46: one DX missed, one DX cut short (2 min aired): not compliant
        broadcast("02785", at(10, "05:30"), status="missed",
                  items=[("online_services", "vi", 0)]),
        broadcast("02785", at(12, "05:30"), status="partial",
                  items=[("online_services", "vi", 120), ("dx_goals", "vi", 0)]),
        # W47: Monday 00:30 (still Sunday in UTC) and Sunday 23:30, both DX played
        broadcast("02785", at(16, "00:30"), items=[("information_security", "vi", 180)]),
        broadcast("02785", at(22, "23:30"), items=[("information_security", "dao", 60)]),
        # W48, outside the report's period
        broadcast("02785", at(23, "00:10"), items=[("online_services", "vi", 600)]),
    ], (D(2026, 11, 1), D(2026, 11, 30)))
    station("04465", "Đài xã Khao Mang", [
        broadcast("04465", at(5, "05:30"), status="skipped",
                  items=[("digital_skills", "hmong", 0)]),
    ], (D(2026, 11, 2), D(2026, 11, 8)))
    station("12345", "Đài thử nghiệm", [
        broadcast("12345", at(18, "17:00"), dx=False, items=[(None, "vi", 600)]),
    ], (D(2026, 11, 16), D(2026, 11, 22)))
    results = office.office.import_paths(files)
    assert [r.new for r in results] == [7, 1, 1]
    yield office
    office.close()


def test_report_numbers_match_the_hand_computed_ones(office):
    doc = office.office.report(START, END).as_json()
    assert doc["weeks"] == ["2026-W45", "2026-W46", "2026-W47"]
    a, b, c = doc["stations"]
    assert (a["code"], b["code"], c["code"]) == ("02785", "04465", "12345")
    assert a["weeks"] == {
        "2026-W45": {"dx_broadcasts": 1, "dx_played": 1, "played_minutes": 9.5, "missed": 0,
                     "compliant": True, "status": "compliant", "sound": "sent",
                     "sound_counts": {"verified": 0, "sent": 1, "dead_air": 0}},
        "2026-W46": {"dx_broadcasts": 2, "dx_played": 0, "played_minutes": 2.0, "missed": 1,
                     "compliant": False, "status": "not_compliant", "sound": None,
                     "sound_counts": {"verified": 0, "sent": 0, "dead_air": 0}},
        "2026-W47": {"dx_broadcasts": 2, "dx_played": 2, "played_minutes": 4.0, "missed": 0,
                     "compliant": True, "status": "compliant", "sound": "sent",
                     "sound_counts": {"verified": 0, "sent": 2, "dead_air": 0}},
    }
    assert a["compliance_rate"] == 0.6667 and not a["silent"]
    assert [b["weeks"][w]["status"] for w in doc["weeks"]] == [
        "not_compliant", "no_data", "no_data"]
    assert [c["weeks"][w]["status"] for w in doc["weeks"]] == [
        "no_data", "no_data", "not_compliant"]
    assert b["compliance_rate"] == 0 and c["compliance_rate"] == 0
    assert (b["silent_weeks"], b["silent"], c["silent_weeks"]) == (3, True, 0)
    assert doc["silent_stations"] == ["04465"]
    assert doc["topics"] == [
        {"id": "online_services", "minutes": 7.0},
        {"id": "information_security", "minutes": 4.0},
        {"id": "digital_skills", "minutes": 4.0},
        {"id": None, "minutes": 0.5},
    ]
    assert doc["languages"] == [
        {"id": "vi", "minutes": 10.5}, {"id": "hmong", "minutes": 4.0},
        {"id": "dao", "minutes": 1.0},
    ]
    assert a["commune"] == "Xã Lùng Vai" and b["commune"] == "Xã Khao Mang"
    assert c["commune"] is None
    # the week after: only 02785's Monday broadcast is in it
    later = office.office.report(D(2026, 11, 23), D(2026, 11, 29)).as_json()
    assert later["stations"][0]["weeks"]["2026-W48"]["played_minutes"] == 10.0


def test_drill_down_to_a_week(office):
    week = office.office.week_broadcasts("02785", "2026-W47")
    assert [e["started_at"] for e in week] == [at(16, "00:30"), at(22, "23:30")]
    assert week[1]["items"][0]["language"] == "dao"
    assert office.office.week_broadcasts("04465", "2026-W47") == []
    with pytest.raises(RejectedInput):
        office.office.week_broadcasts("02785", "W47")


def test_settings_make_the_heading(office, tmp_path):
    with pytest.raises(RejectedInput):
        office.office.save_settings(level="village")
    s = office.office.save_settings(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai",
                                    level="province", parent="UBND tỉnh Lào Cai",
                                    silent_weeks=3).value
    assert s.silent_weeks == 3 and office.office.settings().name.startswith("Sở")
    report = office.office.report(START, END)
    assert report.silent_after_weeks == 3 and [s.code for s in report.silent_stations] == [
        "04465"]
    xlsx = tmp_path / "bao-cao.xlsx"
    write_report_xlsx(report, xlsx)
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Tổng hợp", "Theo tuần", "Theo chủ đề", "Theo ngôn ngữ",
                             "Đài im lặng", "Đài quá hạn"]
    for ws in wb.worksheets:
        texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
        assert "UBND TỈNH LÀO CAI" in texts
        assert "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÀO CAI" in texts
        assert "Kỳ báo cáo: từ ngày 02/11/2026 đến ngày 22/11/2026" in texts
        assert "Ngày lập: 02/12/2026" in texts
        assert any("cấp tỉnh" in t for t in texts)
    summary = {r[1]: r for r in wb["Tổng hợp"].iter_rows(values_only=True) if r[1]}
    # files, weeks, met, not met (no data included: one meaning everywhere), of which no data
    assert summary["02785"][4:10] == (1, 3, 2, 1, 0, 66.7)
    assert summary["04465"][4:10] == (1, 3, 0, 3, 2, 0.0)
    weeks = wb["Theo tuần"]
    row = next(r for r in weeks.iter_rows() if r[1].value == "04465")
    assert [c.value for c in row[3:6]] == ["Không đạt", "Chưa có số liệu", "Chưa có số liệu"]
    assert row[3].fill.fgColor.rgb.endswith("F4A6A6") and row[4].fill.fgColor.rgb.endswith(
        "D9D9D9")
    topics = [r for r in wb["Theo chủ đề"].iter_rows(values_only=True) if r[0] == 1][0]
    assert topics[1] == "Dịch vụ công trực tuyến và thanh toán trực tuyến" and topics[3] == 7.0
    silent = [r for r in wb["Đài im lặng"].iter_rows(values_only=True) if r[0] == 1]
    assert [r[1] for r in silent] == ["04465"]


def test_district_level_is_a_setting_too(office, tmp_path):
    office.office.save_settings(name="Trung tâm Văn hóa huyện Bát Xát", level="district")
    report = office.office.report(START, END)
    xlsx = tmp_path / "d.xlsx"
    write_report_xlsx(report, xlsx)
    texts = [c for row in openpyxl.load_workbook(xlsx)["Tổng hợp"].iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert any("cấp huyện" in t for t in texts)


def test_csv(office, tmp_path):
    path = tmp_path / "r.csv"
    write_report_csv(office.office.report(START, END), path)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert len(rows) == 9
    first = rows[0]
    assert (first["code"], first["week"], first["status"], first["played_minutes"]) == (
        "02785", "2026-W45", "compliant", "9.5")


def test_station_list(office):
    views = office.office.stations()
    assert [(v.code, v.commune_list) for v in views] == [
        ("02785", "before-2025-07"), ("04465", "2025-07"), ("12345", None)]
    a = views[0]
    assert a.last_entry == "2026-11-23T00:10:00.000+07:00" and len(a.fingerprint) == 19
    assert a.as_json()["first_import"].endswith("+07:00")
    assert set(a.as_json()) >= {"code", "name", "public_key", "first_import", "last_import",
                                "last_entry"}
    assert len(office.office.imports()) == 3 and len(office.office.imports("02785")) == 1


@pytest.mark.parametrize("period", [
    (START, END),  # whole weeks: the weekly sums
    (D(2026, 11, 4), D(2026, 11, 25)),  # cut weeks at both ends: daily sums for those days
    (D(2026, 11, 6), D(2026, 11, 10)),  # two cut weeks, no whole one
    (D(2026, 11, 16), D(2026, 11, 16)),  # one day
    (D(2026, 10, 1), D(2026, 12, 31)),  # beyond what was sent
])
def test_weekly_sums_give_the_report_the_daily_sums_give(office, monkeypatch, period):
    from commune_radio.services import office_report

    fast = office.office.report(*period).as_json()
    monkeypatch.setattr(office_report, "split_period", lambda a, b: (None, [(a, b)]))
    assert office.office.report(*period).as_json() == fast
