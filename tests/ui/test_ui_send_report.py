"""The station's "Gửi báo cáo" dialog: the proposed period, the preview, a file the office takes."""

import datetime as dt
import threading

import openpyxl
import pytest
from PySide6.QtCore import QDate

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.exchange.samples import broadcast, sample_entries
from commune_radio.storage.log_repo import insert_log_rows
from commune_radio.ui import i18n
from commune_radio.ui.send_report import SendReportDialog

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)  # Wednesday 02/12/2026, 10:00 in Lào Cai
NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
TIMEOUT = 20_000


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    i18n.install("vi")


@pytest.fixture
def ctx(tmp_path):
    """A station with November's log, at a fixed moment (replaces the window fixtures' ctx)."""
    context = AppContext.open(tmp_path / "station", clock=FixedClock(NOW))
    context.station.init("02785", "Đài truyền thanh xã Bản Phiệt")
    insert_log_rows(context.db, sample_entries("02785", *NOV, seed=5, per_day=2, items=3))
    yield context
    context.close()


@pytest.fixture
def office(tmp_path):
    context = AppContext.open(tmp_path / "office", clock=FixedClock(NOW))
    yield context
    context.close()


@pytest.fixture
def make_dialog(qtbot, ctx, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()

    def make():
        dialog = SendReportDialog(ctx.export, ctx.station, "vi", folder=out)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.preview_shown, timeout=TIMEOUT):
            dialog.show()
        return dialog

    return make


def test_it_proposes_november_and_previews_it(make_dialog, tmp_path):
    dialog = make_dialog()
    assert dialog.period() == NOV
    assert dialog.from_edit.text() == "01/11/2026" and dialog.to_edit.text() == "30/11/2026"
    assert dialog.path_edit.text() == str(tmp_path / "usb" / "02785_2026-11.crlog")
    assert dialog.station_label.text() == "Đài 02785 – Đài truyền thanh xã Bản Phiệt"
    assert dialog.period_note.text() == "Lần gửi đầu tiên từ máy này."
    preview = dialog.preview
    assert preview.broadcasts == 60 and sum(preview.by_status.values()) == 60
    assert dialog.broadcasts_label.text().startswith("60 buổi phát: ")
    # sample data airs the DX section on Tuesdays and Fridays: every week of November has one
    assert preview.weeks == ["2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48",
                             "2026-W49"]
    assert "2026-W45" in preview.dx_weeks
    # weeks 44 and 49 are cut by the period: their other days belong to other reports
    assert preview.whole_weeks == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    assert dialog.weeks_label.text().startswith(
        f"Chuyên mục CĐS đã phát trong {preview.whole_weeks_with_dx}/4 tuần")
    assert not dialog.history_table.isVisible() and dialog.history_empty.isVisible()


def test_export_writes_a_file_the_office_imports_and_remembers_it(
    make_dialog, qtbot, office, monkeypatch, ctx
):
    threads = []
    original = ctx.export.export

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(ctx.export, "export", spy)
    dialog = make_dialog()
    dialog.xlsx_check.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as blocker:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled()  # one write at a time
    result = blocker.args[0]

    assert threads and threads[0] is not threading.main_thread()
    assert result.path.name == "02785_2026-11.crlog" and result.path.is_file()
    assert result.xlsx == result.path.with_suffix(".xlsx")
    assert openpyxl.load_workbook(result.xlsx).sheetnames  # a real workbook
    assert dialog.status.text().startswith("Đã ghi: 02785_2026-11.crlog (60 buổi phát)")
    assert dialog.open_folder_button.isVisible()
    assert dialog.history_table.rowCount() == 1
    assert dialog.history_table.item(0, 0).text() == "01/11/2026 – 30/11/2026"

    imported = office.office.import_file(result.path)
    assert imported.ok and imported.new == 60 and imported.station_code == "02785"

    # the next time, the dialog proposes what follows: December up to today
    again = make_dialog()
    assert again.period() == (dt.date(2026, 12, 1), dt.date(2026, 12, 2))
    assert again.path_edit.text().endswith("02785_2026-12-01_2026-12-02.crlog")
    assert again.period_note.text().startswith("Tiếp theo lần gửi trước (đến 30/11/2026).")
    assert dialog.period_note.text().startswith("Kỳ này đã được gửi (ghi lúc 02/12/2026 10:00)")
    assert "chưa kết thúc" in again.period_note.text()
    assert again.history_table.rowCount() == 1


def test_changing_the_dates_renames_the_file_and_previews_again(make_dialog, qtbot, ctx):
    insert_log_rows(ctx.db, [broadcast("02785", "2026-12-01T06:00:00.000+07:00",
                                       status="missed", items=[("dx_goals", "vi", 0.0)])])
    dialog = make_dialog()
    with qtbot.waitSignal(dialog.preview_shown, timeout=TIMEOUT) as blocker:
        dialog.from_edit.setDate(QDate(2026, 11, 16))
        dialog.to_edit.setDate(QDate(2026, 12, 6))
    preview = blocker.args[0]
    assert (preview.period_from, preview.period_to) == (dt.date(2026, 11, 16),
                                                        dt.date(2026, 12, 6))
    assert dialog.path_edit.text().endswith("02785_2026-11-16_2026-12-06.crlog")
    assert preview.by_status["missed"] >= 1
    # week 49 (a whole week of the period) holds only the missed DX broadcast: it is named
    assert "2026-W49" in preview.weeks_without_dx
    assert "tuần 49 (30/11)" in dialog.weeks_label.text()


def test_a_name_the_person_typed_is_kept_and_gets_its_suffix(make_dialog, tmp_path):
    dialog = make_dialog()
    dialog.path_edit.setText(str(tmp_path / "gui-van-phong"))
    dialog.to_edit.setDate(QDate(2026, 11, 15))
    assert dialog.path_edit.text() == str(tmp_path / "gui-van-phong")
    assert dialog.target() == tmp_path / "gui-van-phong.crlog"


def test_without_a_station_nothing_can_be_sent(qtbot, tmp_path):
    bare = AppContext.open(tmp_path / "bare", clock=FixedClock(NOW))
    try:
        dialog = SendReportDialog(bare.export, bare.station, "vi", folder=tmp_path)
        qtbot.addWidget(dialog)
        assert not dialog.export_button.isEnabled()
        assert dialog.station_label.text().startswith("Máy này chưa được thiết lập làm đài")
    finally:
        bare.close()
