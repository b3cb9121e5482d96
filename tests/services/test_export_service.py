"""The station's export: the file, its spreadsheet, atomic writing, the period it proposes."""

import datetime as dt
import errno
import os

import openpyxl
import pytest

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.core.errors import EnvironmentProblem, RejectedInput
from commune_radio.core.settings import EXPORT_HISTORY
from commune_radio.exchange.reader import read_log
from commune_radio.exchange.samples import broadcast, sample_entries
from commune_radio.services.export_service import default_file_name
from commune_radio.storage.log_repo import insert_log_rows
from commune_radio.storage.station_repo import set_setting

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)  # 10:00 on 2 December in Việt Nam
D = dt.date


@pytest.fixture
def station(tmp_path):
    ctx = AppContext.open(tmp_path / "station", clock=FixedClock(NOW))
    ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")
    yield ctx
    ctx.close()


def test_file_names():
    assert default_file_name("02785", D(2026, 11, 1), D(2026, 11, 30)) == "02785_2026-11.crlog"
    assert default_file_name("02785", D(2026, 2, 1), D(2026, 2, 28)) == "02785_2026-02.crlog"
    assert default_file_name("02785", D(2026, 11, 1), D(2026, 11, 15)) == \
        "02785_2026-11-01_2026-11-15.crlog"


def test_proposals_follow_the_history(station, tmp_path):
    # nothing logged, nothing sent: last month
    p = station.export.propose_next_period()
    assert (p.period_from, p.period_to, p.complete) == (D(2026, 11, 1), D(2026, 11, 30), True)
    assert p.file_name == "02785_2026-11.crlog" and not p.follows_last
    # the log starts in September: start there
    insert_log_rows(station.db, sample_entries("02785", D(2026, 9, 14), D(2026, 12, 2), seed=1))
    p = station.export.propose_next_period()
    assert (p.period_from, p.period_to) == (D(2026, 9, 1), D(2026, 9, 30))
    station.export.export(p.period_from, p.period_to, tmp_path / p.file_name)
    p = station.export.propose_next_period()
    assert (p.period_from, p.period_to, p.follows_last) == (D(2026, 10, 1), D(2026, 10, 31), True)
    station.export.export(D(2026, 10, 1), D(2026, 11, 30), tmp_path / "x.crlog")
    # December is not over: up to today, marked incomplete
    p = station.export.propose_next_period()
    assert (p.period_from, p.period_to, p.complete) == (D(2026, 12, 1), D(2026, 12, 2), False)
    station.export.export(D(2026, 12, 1), D(2026, 12, 2), tmp_path / "y.crlog")
    p = station.export.propose_next_period()
    assert p.nothing_new and p.period_from == D(2026, 12, 3)
    # re-exporting an old month does not move the "last exported period" back
    station.export.export(D(2026, 9, 1), D(2026, 9, 30), tmp_path / "again.crlog")
    assert station.export.last_exported().period_to == D(2026, 12, 2)
    assert [h.period_from.month for h in station.export.history()] == [9, 10, 12, 9]


def test_a_damaged_history_setting_does_not_block_exporting(station):
    set_setting(station.db, EXPORT_HISTORY.key, "{not json")
    assert station.export.history() == [] and station.export.last_exported() is None
    assert station.export.propose_next_period().period_from == D(2026, 11, 1)


def test_refusals(station, tmp_path):
    with pytest.raises(RejectedInput) as exc:
        station.export.export(D(2026, 11, 30), D(2026, 11, 1), tmp_path / "a.crlog")
    assert exc.value.message_id == "export.bad_period"
    with pytest.raises(RejectedInput) as exc:
        station.export.export(D(2026, 11, 1), D(2026, 11, 30), tmp_path / "a.zip")
    assert exc.value.message_id == "export.wrong_suffix"
    bare = AppContext.open(tmp_path / "bare")
    try:
        with pytest.raises(EnvironmentProblem) as exc:
            bare.export.export(D(2026, 11, 1), D(2026, 11, 30), tmp_path / "b.crlog")
        assert exc.value.message_id == "station.missing"
    finally:
        bare.close()


def test_a_full_disk_never_leaves_a_half_file(station, tmp_path, monkeypatch):
    insert_log_rows(station.db, sample_entries("02785", D(2026, 11, 1), D(2026, 11, 30)))
    target = tmp_path / "out" / "02785_2026-11.crlog"
    target.parent.mkdir()
    target.write_bytes(b"the previous export")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(EnvironmentProblem) as exc:
        station.export.export(D(2026, 11, 1), D(2026, 11, 30), target)
    assert exc.value.message_id == "file.disk_full"
    assert "đầy" in exc.value.render("vi")
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    assert station.export.history() == []  # a failed export is not remembered


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder(station, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(EnvironmentProblem) as exc:
        station.export.export(D(2026, 11, 1), D(2026, 11, 30), folder / "x.crlog")
    assert exc.value.message_id == "file.not_writable"


def test_long_texts_are_clipped_so_the_office_accepts_the_file(station, tmp_path):
    b = broadcast("02785", "2026-11-10T05:30:00.000+07:00", items=[("dx_goals", "vi", 30)],
                  programme="Chương trình " * 40)
    b["items"][0]["title"] = "Tiêu đề rất dài " * 200
    b["reason"] = "x" * 3000
    insert_log_rows(station.db, [b])
    path = tmp_path / "long.crlog"
    station.export.export(D(2026, 11, 1), D(2026, 11, 30), path)
    _, entries = read_log(path)
    (row,) = entries.broadcasts
    assert len(row[1]) == 200 and row[1].endswith("…")


def test_the_spreadsheet_beside_the_file(station, tmp_path):
    insert_log_rows(station.db, [
        broadcast("02785", "2026-11-03T05:30:00.000+07:00",
                  items=[("online_services", "vi", 300), ("digital_skills", "hmong", 240)]),
        broadcast("02785", "2026-11-05T17:15:00.000+07:00", status="missed", dx=False),
    ])
    preview = station.export.preview(D(2026, 11, 1), D(2026, 11, 30))
    assert preview["broadcasts"] == 2 and preview["items"] == 2 and preview["dx_played"] == 1
    assert preview["by_status"]["missed"] == 1 and not (tmp_path / "f.crlog").exists()
    xlsx = tmp_path / "02785_2026-11.xlsx"
    result = station.export.export(D(2026, 11, 1), D(2026, 11, 30), tmp_path / "f.crlog",
                                   xlsx=xlsx)
    assert result.xlsx == xlsx and result.by_status["missed"] == 1
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Nhật ký phát sóng", "Chi tiết các mục", "Tổng hợp"]
    ws = wb["Nhật ký phát sóng"]
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "NHẬT KÝ PHÁT SÓNG" in texts and "Từ ngày 01/11/2026 đến ngày 30/11/2026" in texts
    assert "Ngày lập: 02/12/2026" in texts and "Đã phát đủ" in texts and "Bị lỡ" in texts
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "STT")
    assert header[:4] == ("STT", "Ngày", "Bắt đầu", "Chương trình")
    first = next(r for r in ws.iter_rows(values_only=True) if r[0] == 1)
    assert first[2] == dt.datetime(2026, 11, 3, 5, 30) and first[8] == 9.0
    items = [r for r in wb["Chi tiết các mục"].iter_rows(values_only=True) if r[0] in (1, 2)]
    assert [r[6] for r in items] == ["Tiếng Việt", "Tiếng H'Mông"]
