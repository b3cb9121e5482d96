"""The library screen through the window: import (button, drop), refusals, filter, sort, edit."""

import threading

from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from commune_radio.core.errors import RejectedInput
from commune_radio.ui.library.importer import FileStarted
from commune_radio.ui.library.model import COL_DURATION, COL_TITLE

IMPORT_TIMEOUT = 30_000


def titles(screen):
    return [screen.proxy.segment_at(r).title for r in range(screen.proxy.rowCount())]


def store_files(ctx):
    return sorted(p for p in (ctx.data_dir / "audio").rglob("*") if p.is_file())


def test_import_by_button_runs_off_the_gui_thread_and_shows_the_row(
    make_window, ctx, audio_dir, qtbot, monkeypatch, make_speech
):
    speech = make_speech(audio_dir / "ban-tin-chuyen-doi-so.wav",
                          "Bà con chú ý. Chuyên mục chuyển đổi số tuần này.")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(speech)], "")))
    threads = []
    original = ctx.library.import_file

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(ctx.library, "import_file", spy)
    window = make_window()
    screen = window.library_screen

    with qtbot.waitSignal(screen.import_finished, timeout=IMPORT_TIMEOUT) as blocker:
        qtbot.mouseClick(screen.import_files_button, Qt.MouseButton.LeftButton)
        assert not screen.import_files_button.isEnabled()  # one import at a time
    summary = blocker.args[0]

    assert threads and threads[0] is not threading.main_thread()
    assert [r.ok for r in summary.results] == [True]
    assert titles(screen) == ["ban-tin-chuyen-doi-so"]
    assert screen.body.currentWidget() is screen.view
    assert screen.selected_segment().id == summary.results[0].segment.id
    assert screen.import_panel.isVisible()
    assert screen.import_panel.progress.value() == screen.import_panel.progress.maximum()
    assert screen.import_panel.status.text().startswith("Nhập xong: đã nhập 1 tệp.")
    assert "Sửa thông tin…" in screen.import_panel.status.text()  # themes still to set
    assert screen.import_panel.results.item(0).text().startswith(
        "✓ ban-tin-chuyen-doi-so.wav: đã nhập, 00:0"
    )
    assert screen.import_files_button.isEnabled()
    assert len(ctx.library.list()) == 1


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


def test_dropping_a_folder_imports_its_audio_files(
    make_window, ctx, audio_dir, qtbot, make_tone
):
    folder = audio_dir / "tuan-47"
    (folder / "hmong").mkdir(parents=True)
    make_tone(folder / "a.wav", 1.0, 300)
    make_tone(folder / "hmong" / "b.wav", 1.2, 600)
    (folder / "ghi-chu.txt").write_text("not audio, and not named like audio: skipped")
    screen = make_window().library_screen

    with qtbot.waitSignal(screen.import_finished, timeout=IMPORT_TIMEOUT) as blocker:
        event = drop(screen, [folder])
    assert event.isAccepted()
    assert [r.ok for r in blocker.args[0].results] == [True, True]
    assert sorted(titles(screen)) == ["a", "b"]
    assert screen.count_label.text() == "2 mục"


def test_a_second_import_of_the_same_audio_says_it_is_already_there(
    make_window, seeded, audio_dir, qtbot
):
    screen = make_window().library_screen
    with qtbot.waitSignal(screen.import_finished, timeout=IMPORT_TIMEOUT):
        drop(screen, [audio_dir / "muc-1.wav"])
    assert screen.model.rowCount() == 3
    assert "đã có trong thư viện" in screen.import_panel.results.item(0).text()


def test_a_refused_file_shows_its_reason_and_changes_nothing(
    make_window, ctx, seeded, audio_dir, qtbot, monkeypatch
):
    fake = audio_dir / "ban-tin.mp3"
    fake.write_text("Đây là văn bản, không phải âm thanh.\n" * 20, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(fake)], "")))
    before_rows, before_files = ctx.library.list(), store_files(ctx)
    screen = make_window().library_screen

    with qtbot.waitSignal(screen.import_finished, timeout=IMPORT_TIMEOUT) as blocker:
        qtbot.mouseClick(screen.import_files_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0].results[0]

    assert not result.ok and isinstance(result.error, RejectedInput)
    reason = result.error.render("vi")
    assert "ban-tin.mp3" in reason
    assert screen.import_panel.rejected_texts() == [f"✗ ban-tin.mp3: không nhập được. {reason}"]
    assert screen.import_panel.status.text() == "Nhập xong: đã nhập 0 tệp, 1 tệp không nhập được."
    assert ctx.library.list() == before_rows
    assert store_files(ctx) == before_files
    assert screen.model.rowCount() == 3


def test_the_refusal_reason_in_english(make_window, ctx, audio_dir, qtbot):
    fake = audio_dir / "notes.mp3"
    fake.write_text("plain text\n" * 50)
    screen = make_window("en").library_screen
    with qtbot.waitSignal(screen.import_finished, timeout=IMPORT_TIMEOUT) as blocker:
        screen.start_import([fake])
    reason = blocker.args[0].results[0].error.render("en")
    assert screen.import_panel.rejected_texts() == [f"✗ notes.mp3: not imported. {reason}"]
    assert screen.import_panel.status.text() == "Import finished: 0 imported, 1 not imported."
    assert ctx.library.list() == []


def test_cancel_stops_the_import_and_keeps_the_library_whole(
    make_window, ctx, audio_dir, qtbot, make_tone
):
    files = [make_tone(audio_dir / f"dai-{n}.wav", 20.0, 200 + 50 * n) for n in range(4)]
    screen = make_window().library_screen
    panel = screen.import_panel

    def cancel_on_first_file(item):
        if isinstance(item, FileStarted) and item.index == 0:
            assert panel.cancel_button.isVisible()
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(screen.import_finished, timeout=IMPORT_TIMEOUT) as blocker:
        task = screen.start_import(files)
        task.posted.connect(cancel_on_first_file)
    summary = blocker.args[0]

    assert summary.cancelled
    assert len(summary.imported) < 4
    assert panel.status.text().startswith("Đã hủy nhập:")
    assert "chưa nhập" in panel.status.text()
    assert not panel.cancel_button.isVisible() and panel.close_button.isVisible()
    segments = ctx.library.list()
    assert len(segments) == len(summary.imported) == screen.model.rowCount()
    for segment in segments:
        assert ctx.library.audio_path(segment).is_file()


def test_search_theme_and_language_filters(make_window, seeded, qtbot):
    screen = make_window().library_screen
    assert screen.model.rowCount() == 3

    qtbot.keyClicks(screen.search_edit, "thanh toan")
    assert titles(screen) == ["Thanh toán không dùng tiền mặt"]
    assert screen.count_label.text() == "Đang hiện 1 trên 3 mục"
    screen.search_edit.clear()
    assert screen.proxy.rowCount() == 3

    screen.topic_filter.setCurrentIndex(screen.topic_filter.findData("information_security"))
    assert screen.topic_filter.currentText() == "An toàn thông tin"
    assert titles(screen) == ["An toàn thông tin khi dùng điện thoại"]
    screen.topic_filter.setCurrentIndex(0)

    screen.language_filter.setCurrentIndex(screen.language_filter.findData("vi"))
    assert sorted(titles(screen)) == ["Chuyển đổi số là gì", "Thanh toán không dùng tiền mặt"]
    screen.search_edit.setText("chuyển")  # QTest can only type ASCII keys
    assert titles(screen) == ["Chuyển đổi số là gì"]


def click_header(qtbot, screen, column):
    header = screen.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_sort_by_clicking_a_column_header(make_window, seeded, qtbot):
    screen = make_window().library_screen
    click_header(qtbot, screen, COL_DURATION)
    durations = [screen.proxy.segment_at(r).duration_s for r in range(3)]
    assert durations == sorted(durations)
    click_header(qtbot, screen, COL_DURATION)
    assert [screen.proxy.segment_at(r).duration_s for r in range(3)] == sorted(durations)[::-1]
    click_header(qtbot, screen, COL_TITLE)
    assert titles(screen) == [
        "An toàn thông tin khi dùng điện thoại", "Chuyển đổi số là gì",
        "Thanh toán không dùng tiền mặt",
    ]


def open_dialog(qtbot, screen, segment_id):
    assert screen.select_segment(segment_id)
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.meta_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_edit_metadata_through_the_dialog(make_window, ctx, seeded, qtbot):
    screen = make_window().library_screen
    segment = seeded[0]
    dialog = open_dialog(qtbot, screen, segment.id)
    assert dialog.title_edit.text() == "Chuyển đổi số là gì"
    assert dialog.topic_combo.currentData() == "dx_goals"
    assert dialog.from_none.isChecked() and not dialog.from_edit.isEnabled()
    assert dialog.from_edit.displayFormat() == "dd/MM/yyyy"

    dialog.title_edit.setText("Dịch vụ công trực tuyến")
    dialog.topic_combo.setCurrentIndex(dialog.topic_combo.findData("online_services"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("dao"))
    dialog.from_none.setChecked(False)
    dialog.from_edit.setDate(QDate(2026, 11, 23))
    dialog.until_none.setChecked(False)
    dialog.until_edit.setDate(QDate(2026, 12, 31))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    stored = ctx.library.get(segment.id)
    assert (stored.title, stored.topic, stored.language) == (
        "Dịch vụ công trực tuyến", "online_services", "dao"
    )
    assert (stored.valid_from.isoformat(), stored.valid_until.isoformat()) == (
        "2026-11-23", "2026-12-31"
    )
    assert not dialog.isVisible()
    row = screen.model.row_of(segment.id)
    assert screen.model.data(screen.model.index(row, 0)) == "Dịch vụ công trực tuyến"
    assert screen.model.data(screen.model.index(row, 5)) == "23/11/2026 – 31/12/2026"
    assert screen.selected_segment().id == segment.id


def test_a_refused_edit_shows_why_and_changes_nothing(make_window, ctx, seeded, qtbot):
    screen = make_window().library_screen
    segment = seeded[1]
    dialog = open_dialog(qtbot, screen, segment.id)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Lưu"

    dialog.title_edit.setText("   ")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Tên mục không được để trống."

    dialog.title_edit.setText("Tiêu đề mới")
    dialog.from_edit.setDate(QDate(2026, 12, 20))  # after its end date, 31/12 -> 10/12
    dialog.until_edit.setDate(QDate(2026, 12, 10))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Ngày hết hiệu lực (10/12/2026) đứng trước ngày bắt đầu (20/12/2026)."
    )
    assert ctx.library.get(segment.id) == segment
    dialog.reject()
