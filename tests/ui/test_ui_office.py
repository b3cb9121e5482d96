"""The office screen: import many files (a tampered one refused with its reason), cancel, the
key-change question, the heat-map's colours and drill-down, minutes, the Excel report, settings."""

import datetime as dt
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.core.compliance import WeekStatus
from commune_radio.exchange.samples import broadcast, sample_entries
from commune_radio.storage.log_repo import insert_log_rows
from commune_radio.storage.station_repo import set_setting
from commune_radio.ui import i18n
from commune_radio.ui.main_window import PAGE_LIBRARY, PAGE_OFFICE
from commune_radio.ui.office import OfficeScreen
from commune_radio.ui.office.heatmap import STATUS_ROLE
from commune_radio.ui.office.screen import default_period
from commune_radio.ui.signals import AppSignals

pytestmark = pytest.mark.office_db  # every test on SQLite and on PostgreSQL

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)  # Wednesday 02/12/2026 (ISO week 49)
NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
TIMEOUT = 30_000
STATIONS = [("02785", "Đài truyền thanh xã Bản Phiệt"), ("02788", "Đài truyền thanh xã Bản Qua"),
            ("02791", "Đài truyền thanh xã Bản Vược")]


def export_station(folder: Path, out: Path, code: str, name: str, entries, period=NOV,
                   file_name=None) -> Path:
    """A real station data directory with ``entries`` in its log, exported to ``out``."""
    station = AppContext.open(folder, clock=FixedClock(NOW))
    try:
        station.station.init(code, name)
        insert_log_rows(station.db, entries)
        path = out / (file_name or f"{code}_{period[0]:%Y-%m}.crlog")
        station.export.export(*period, path)
        return path
    finally:
        station.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Three stations' November files, a tampered copy of one, and a file of the first station
    signed by a new key (its computer reinstalled)."""
    root = tmp_path_factory.mktemp("stations")
    out = root / "incoming"
    out.mkdir()
    good = [export_station(root / code, out, code, name,
                           sample_entries(code, *NOV, seed=n, per_day=2, items=3))
            for n, (code, name) in enumerate(STATIONS)]
    tampered = out / "02799_2026-11.crlog"
    blob = bytearray(good[1].read_bytes())
    blob[len(blob) // 2] ^= 0xFF  # one flipped byte in the middle of the ZIP
    tampered.write_bytes(bytes(blob))
    rekeyed_dir = root / "rekeyed"
    rekeyed_dir.mkdir()
    rekeyed = export_station(root / "02785-reinstalled", rekeyed_dir, *STATIONS[0],
                             sample_entries("02785", dt.date(2026, 12, 1), dt.date(2026, 12, 1),
                                            seed=9, per_day=2, items=2),
                             period=(dt.date(2026, 12, 1), dt.date(2026, 12, 1)),
                             file_name="02785_2026-12-01.crlog")
    return {"good": good, "tampered": tampered, "rekeyed": rekeyed}


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    i18n.install("vi")


@pytest.fixture
def ctx(tmp_path):
    """The office's data directory at a fixed moment (replaces the window fixtures' ctx)."""
    context = AppContext.open(tmp_path / "office", clock=FixedClock(NOW))
    yield context
    context.close()


@pytest.fixture
def make_screen(qtbot, ctx, tmp_path):
    def make(lang: str = "vi"):
        screen = OfficeScreen(ctx.office, AppSignals(), lang, folder=tmp_path)
        qtbot.addWidget(screen)
        screen.resize(1100, 700)
        with qtbot.waitSignal(screen.report_ready, timeout=TIMEOUT):
            screen.show()
        return screen

    return make


def imported_codes(ctx):
    return [s.code for s in ctx.office.stations()]


def test_it_opens_on_the_last_twelve_weeks_and_says_nothing_was_received(make_screen):
    screen = make_screen()
    assert screen.period() == default_period("2026-W49") == (dt.date(2026, 9, 14),
                                                             dt.date(2026, 12, 6))
    assert screen.from_edit.text() == "14/09/2026"
    assert screen.heatmap_body.currentWidget() is screen.empty_label
    assert screen.empty_label.text().startswith("Chưa có đài nào gửi tệp.")
    assert screen.title.text().startswith("Văn phòng nhận báo cáo (chưa đặt tên")
    assert screen.tabs.tabText(0) == "Thực hiện chuyên mục CĐS hằng tuần"
    assert screen.xlsx_button.text() == "Xuất báo cáo Excel…"


def test_importing_many_files_lists_each_outcome_and_the_tampered_ones_reason(
    make_screen, ctx, files, qtbot, monkeypatch
):
    threads = []
    original = ctx.office.import_paths

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(ctx.office, "import_paths", spy)
    screen = make_screen()
    paths = [*files["good"], files["tampered"]]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))
    with qtbot.waitSignal(screen.import_finished, timeout=TIMEOUT) as blocker:
        screen.import_files_button.click()
        assert not screen.import_files_button.isEnabled()
    summary = blocker.args[0]

    assert threads and threads[0] is not threading.main_thread()
    assert [r.ok for r in summary.results] == [True, True, True, False]
    assert imported_codes(ctx) == ["02785", "02788", "02791"]
    bad = summary.results[3]
    reason = bad.error.reason.render("vi")
    assert screen.import_panel.rejected_texts() == [
        f"✗ 02799_2026-11.crlog: không nhập được. {reason[:1].upper()}{reason[1:]}"]
    lines = screen.import_panel.texts()
    assert lines[0] == ("✓ 02785_2026-11.crlog: 02785 Đài truyền thanh xã Bản Phiệt, "
                        "01/11/2026 – 30/11/2026: 60 buổi phát mới, 0 buổi đã có. "
                        "Đài mới: khóa của đài từ nay được tin cậy.")
    assert screen.import_panel.status.text() == (
        "Nhập xong: đã nhập 3 tệp, 1 tệp bị từ chối; 180 buổi phát mới.")
    assert screen.key_prompt is None  # a damaged file is not a key change

    # the screen shows what came in: the stations and the heat-map
    with qtbot.waitSignal(screen.report_ready, timeout=TIMEOUT):
        pass
    assert screen.stations.model.rowCount() == 3
    assert screen.heatmap_model.rowCount() == 3
    assert screen.heatmap_body.currentWidget() is screen.heatmap

    # the same files again: nothing new, said so
    with qtbot.waitSignal(screen.import_finished, timeout=TIMEOUT) as again:
        screen.start_import(files["good"][:1])
    assert again.args[0].results[0].already_imported
    assert screen.import_panel.texts()[0].startswith(
        "✓ 02785_2026-11.crlog: đã nhập trước đây, không có gì mới")


def drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def test_dropping_a_folder_imports_every_log_file_in_it(make_screen, ctx, files, qtbot):
    screen = make_screen()
    with qtbot.waitSignal(screen.import_finished, timeout=TIMEOUT) as blocker:
        drop(screen, [files["good"][0].parent])
    # the folder holds the three good files and the tampered one
    assert sorted(r.ok for r in blocker.args[0].results) == [False, True, True, True]
    assert imported_codes(ctx) == ["02785", "02788", "02791"]


def test_cancel_stops_between_files_and_keeps_what_was_merged(
    make_screen, ctx, files, qtbot, monkeypatch
):
    gate = threading.Event()
    original = ctx.office._merge

    def held_merge(prepared, **kwargs):
        gate.wait(10)  # the first file waits until the officer has pressed Cancel
        return original(prepared, **kwargs)

    monkeypatch.setattr(ctx.office, "_merge", held_merge)
    screen = make_screen()
    panel = screen.import_panel
    with qtbot.waitSignal(screen.import_finished, timeout=TIMEOUT) as blocker:
        screen.start_import(files["good"], workers=0)
        qtbot.waitUntil(lambda: "tệp 1/3" in panel.status.text(), timeout=TIMEOUT)
        panel.cancel_button.click()
        assert panel.status.text() == "Đang hủy sau khi xong tệp hiện tại…"
        gate.set()
    summary = blocker.args[0]
    assert summary.cancelled and len(summary.results) == 1 and summary.not_attempted == 2
    assert imported_codes(ctx) == ["02785"]
    assert panel.status.text() == ("Đã hủy nhập: đã nhập 1 tệp, 2 tệp chưa nhập; "
                                   "60 buổi phát mới.")
    assert panel.close_button.isVisible() and not panel.cancel_button.isVisible()


def test_a_new_key_is_accepted_only_when_the_officer_says_so(
    make_screen, ctx, files, qtbot, monkeypatch
):
    assert ctx.office.import_file(files["good"][0]).ok
    trusted = ctx.office.stations()[0].fingerprint
    calls = []
    original = ctx.office.import_file

    def spy(path, *, accept_new_key=False):
        calls.append(accept_new_key)
        return original(path, accept_new_key=accept_new_key)

    monkeypatch.setattr(ctx.office, "import_file", spy)
    screen = make_screen()

    # first time: the officer keeps the trusted key; nothing changes
    with qtbot.waitSignal(screen.import_finished, timeout=TIMEOUT):
        screen.start_import([files["rekeyed"]])
    prompt = screen.key_prompt
    assert prompt is not None and prompt.isVisible()
    assert prompt.trusted_fingerprint == trusted
    assert prompt.new_fingerprint and prompt.new_fingerprint != trusted
    assert f"Dấu khóa đang tin cậy: {trusted}" in prompt.informativeText()
    assert f"Dấu khóa trong tệp này: {prompt.new_fingerprint}" in prompt.informativeText()
    assert prompt.text() == ("Tệp “02785_2026-12-01.crlog” của đài 02785 được ký bằng một khóa "
                             "khác với khóa văn phòng đang tin cậy.")
    assert screen.import_panel.rejected_texts()[0].startswith(
        "✗ 02785_2026-12-01.crlog: không nhập được. Đài 02785 ký tệp này bằng một khóa khác")
    prompt.keep_button.click()
    assert screen.key_prompt is None
    assert calls == []  # no import with the new key was attempted
    assert ctx.office.stations()[0].fingerprint == trusted

    # second time: re-register on purpose
    with qtbot.waitSignal(screen.import_finished, timeout=TIMEOUT):
        screen.start_import([files["rekeyed"]])
    with qtbot.waitSignal(screen.reimport_finished, timeout=TIMEOUT) as blocker:
        screen.key_prompt.accept_button.click()
    result = blocker.args[0]
    assert calls == [True]
    assert result.ok and result.new > 0
    station = ctx.office.stations()[0]
    assert station.fingerprint == prompt.new_fingerprint
    assert screen.import_panel.status.text() == "Đã đăng ký lại đài 02785 với khóa mới."
    assert screen.import_panel.rejected_texts() == []
    assert [k["fingerprint"] for k in ctx.office.key_history("02785")] == [
        trusted, prompt.new_fingerprint]


@pytest.fixture
def hand_made(ctx, tmp_path):
    """One station, November 1–21 received: week 45 compliant, 46 DX missed, 47 nothing aired
    (but covered by the file), 48 no file."""
    entries = [
        broadcast("02785", "2026-11-03T06:00:00.000+07:00",
                  items=[("dx_goals", "vi", 600.0), ("information_security", "hmong", 300.0)]),
        broadcast("02785", "2026-11-05T17:00:00.000+07:00", dx=False,
                  items=[(None, "vi", 120.0)]),
        broadcast("02785", "2026-11-10T06:00:00.000+07:00", status="missed",
                  items=[("dx_goals", "vi", 0.0)]),
    ]
    path = export_station(tmp_path / "hand", tmp_path, "02785", "Đài truyền thanh xã Bản Phiệt",
                          entries, period=(dt.date(2026, 11, 1), dt.date(2026, 11, 21)))
    assert ctx.office.import_file(path).ok
    return path


def show_november(screen, qtbot):
    with qtbot.waitSignal(screen.report_ready, timeout=TIMEOUT) as blocker:
        screen.set_period(dt.date(2026, 11, 2), dt.date(2026, 11, 29))
    return blocker.args[0]


def test_heat_map_colours_legend_and_silent_flag(make_screen, hand_made, qtbot):
    screen = make_screen()
    report = show_november(screen, qtbot)
    model = screen.heatmap_model
    assert report.weeks == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    statuses = [model.data(model.index(0, c), STATUS_ROLE) for c in range(4)]
    assert statuses == [WeekStatus.COMPLIANT, WeekStatus.NOT_COMPLIANT,
                        WeekStatus.NOT_COMPLIANT, WeekStatus.NO_DATA]
    colours = [model.data(model.index(0, c), Qt.ItemDataRole.BackgroundRole).color().name()
               for c in range(4)]
    assert colours == ["#2e7d32", "#c62828", "#c62828", "#bdbdbd"]  # green, red, red, grey
    assert [model.data(model.index(0, c)) for c in range(5)] == ["✓", "✗", "✗", "", "25%"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "T45\n02/11"
    assert "đạt: 1 lượt chuyên mục CĐS phát trọn vẹn" in model.data(
        model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    # nothing aired in weeks 46-48: silent for three weeks, over the threshold of two
    assert model.headerData(0, Qt.Orientation.Vertical) == "⚠ 02785 Xã Lùng Vai"
    assert screen.silent_label.isVisible()
    assert screen.silent_label.text() == ("⚠ Im lặng từ 2 tuần trở lên: "
                                          "02785 Xã Lùng Vai (3 tuần)")
    assert screen.summary_label.text().startswith("1 đài · 4 tuần (02/11/2026 – 29/11/2026) · "
                                                  "tỉ lệ tuần đạt: 25%")
    legend = screen.legend.text()
    for colour in ("#2e7d32", "#c62828", "#bdbdbd"):
        assert colour in legend
    assert "chưa có số liệu" in legend


def test_the_heat_map_shows_every_expected_station_and_the_overdue_ones(
        make_screen, ctx, hand_made, qtbot):
    expected = ctx.office.seed_expected().value
    assert expected == 99  # the communes of Lào Cai since 1/7/2025
    screen = make_screen()
    report = show_november(screen, qtbot)
    model = screen.heatmap_model
    codes = [s.code for s in report.stations]
    assert len(codes) == model.rowCount() == len({*codes, "02785"})
    assert "02785" in codes
    never = next(n for n, s in enumerate(report.stations) if s.code != "02785")
    row = report.stations[never]
    assert (row.expected, row.files, row.overdue) == (True, 0, True)
    assert [model.data(model.index(never, c), STATUS_ROLE) for c in range(4)] == [
        WeekStatus.NO_DATA] * 4
    assert "⊘ " in model.headerData(never, Qt.Orientation.Vertical)  # (silent too: ⚠)
    tip = model.headerData(never, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "chưa từng gửi tệp" in tip and "Quá hạn" in tip
    silent_ones = len([c for c in codes if c != "02785"])  # every expected one but 02785
    assert (f"⊘ Quá hạn, không có tệp cho 2 tuần gần nhất: {silent_ones} đài"
            in screen.silent_label.text())
    assert "tính là không đạt" in screen.legend.text()
    # a province's silent stations are counted above the heat-map, not all named
    silent = len(report.silent_stations)
    assert silent > 8
    assert f"và {silent - 8} đài khác (⚠ trong bảng)" in screen.silent_label.text()
    # a station that sent a file covering recent weeks is not overdue
    assert not next(s for s in report.stations if s.code == "02785").overdue


def test_clicking_a_cell_shows_that_weeks_broadcasts(make_screen, hand_made, qtbot):
    screen = make_screen()
    show_november(screen, qtbot)
    index = screen.heatmap_model.index(0, 0)
    qtbot.mouseClick(screen.heatmap.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.heatmap.visualRect(index).center())
    dialog = screen.week_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Các buổi phát của đài 02785, Tuần 45 (02/11/2026 – 08/11/2026)"
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "03/11/2026 06:00"
    assert dialog.table.item(0, 2).text() == "có"
    assert dialog.items.rowCount() == 2  # the first broadcast's items, selected at opening
    assert dialog.items.item(0, 1).text() == "Mục tiêu, lợi ích của chuyển đổi số"
    assert dialog.items.item(1, 2).text() == "Tiếng H'Mông"
    assert dialog.status_label.text() == "Đạt: 1 lượt chuyên mục CĐS phát trọn vẹn"
    dialog.reject()

    missed = screen.open_week("02785", "2026-W46")
    assert missed.table.rowCount() == 1
    assert missed.status_label.text().startswith("Không đạt")


def test_minutes_per_theme_and_language(make_screen, hand_made, qtbot):
    screen = make_screen()
    show_november(screen, qtbot)
    assert screen.topic_minutes.rows() == [
        ("Mục tiêu, lợi ích của chuyển đổi số", "10"), ("An toàn thông tin", "5")]
    assert screen.language_minutes.rows() == [("Tiếng Việt", "10"), ("Tiếng H'Mông", "5")]
    assert screen.topic_minutes.total_label.text() == "Tổng cộng: 15 phút"


def test_excel_and_csv_reports_are_written_off_the_gui_thread(
    make_screen, hand_made, qtbot, monkeypatch, tmp_path
):
    screen = make_screen()
    show_november(screen, qtbot)
    target = tmp_path / "reports" / "bao-cao"
    target.parent.mkdir()
    asked = []

    def save_as(parent, title, suggested, pattern):
        asked.append(Path(suggested).name)
        return str(target), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    with qtbot.waitSignal(screen.export_finished, timeout=TIMEOUT) as blocker:
        screen.xlsx_button.click()
    written = blocker.args[0]
    assert asked == ["bao-cao-CDS_2026-11-02_2026-11-29.xlsx"]
    assert written == target.with_name("bao-cao.xlsx") and written.is_file()
    workbook = openpyxl.load_workbook(written)
    assert len(workbook.sheetnames) >= 3
    assert screen.export_status.text() == f"Đã ghi báo cáo: {written}"
    assert screen.open_folder_button.isVisible()

    with qtbot.waitSignal(screen.export_finished, timeout=TIMEOUT) as blocker:
        screen.csv_button.click()
    csv_file = blocker.args[0]
    assert csv_file.suffix == ".csv" and "02785" in csv_file.read_text("utf-8-sig")


def test_stations_table_and_re_register(make_screen, ctx, hand_made, qtbot):
    screen = make_screen()
    panel = screen.stations
    model = panel.model
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(6)]
    # 02785 is a code of the list before the 1/7/2025 reorganisation: the table says so
    assert row[:3] == ["02785", "Đài truyền thanh xã Bản Phiệt",
                       "Xã Lùng Vai (danh mục trước 1/7/2025)"]
    assert row[3] == "02/12/2026 10:00"  # imported at the test clock's moment, Việt Nam time
    assert row[4] == "10/11/2026 06:00"  # the last broadcast in the file
    assert row[5] == ctx.office.stations()[0].fingerprint
    assert not panel.reregister_button.isEnabled()
    panel.view.selectRow(0)
    box = panel.ask_reregister()
    assert row[5] in box.informativeText()
    with qtbot.waitSignal(screen.report_ready, timeout=TIMEOUT):
        box.findChild(type(panel.reregister_button), "reregisterYes").click()
    assert ctx.office.stations()[0].key_pending
    assert model.data(model.index(0, 5)) == "chờ khóa của tệp tiếp theo"
    assert panel.status.text() == ("Đã đăng ký lại đài 02785: khóa của tệp tiếp theo sẽ được "
                                   "tin cậy.")


def test_settings_are_saved_and_name_the_office(make_screen, ctx):
    screen = make_screen()
    panel = screen.settings_panel
    panel.name_edit.setText("Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai")
    panel.level_combo.setCurrentIndex(panel.level_combo.findData("province"))
    panel.silent_spin.setValue(3)
    panel.save_button.click()
    settings = ctx.office.settings()
    assert settings.name == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai"
    assert settings.level == "province" and settings.silent_weeks == 3
    assert screen.title.text() == "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai (Tỉnh)"
    assert panel.status.text() == "Đã lưu."


def test_english_labels(make_screen, hand_made, qtbot):
    i18n.install("en")
    screen = make_screen("en")
    show_november(screen, qtbot)
    assert screen.tabs.tabText(0) == "Weekly DX compliance"
    assert screen.heatmap_model.headerData(0, Qt.Orientation.Horizontal) == "W45\n02/11"
    assert screen.topic_minutes.rows()[0][0] == "Goals and benefits of digital transformation"


def test_an_office_window_opens_on_the_office_screen(make_window, ctx):
    set_setting(ctx.db, "role", "office")
    window = make_window()
    assert window.stack.currentIndex() == PAGE_OFFICE
    assert window.stack.currentWidget() is window.office_screen
    assert [window.nav.item(i).isHidden() for i in range(window.nav.count())] == [
        True, True, True, True, True, False]
    assert not window.send_report.button.isVisible()
    assert window.station_label.text() == "Văn phòng nhận báo cáo"


def test_a_station_window_has_the_send_report_button(make_window, ctx, qtbot):
    ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")
    window = make_window()
    assert window.stack.currentIndex() == PAGE_LIBRARY
    button = window.send_report.button
    assert button.isVisible() and button.text() == "Gửi báo cáo…"
    assert window.send_report.menu.title() == "&Báo cáo"
    with qtbot.waitSignal(window.send_report.open().preview_shown, timeout=TIMEOUT):
        pass
    assert window.send_report.dialog.windowTitle() == "Gửi báo cáo cho văn phòng"
    window.send_report.dialog.reject()
