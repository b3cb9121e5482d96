"""Unhandled exceptions: written to the log, shown once in Vietnamese on the GUI thread, never
recursing; the window's event loop goes on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QThread, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from commune_radio import crashlog
from commune_radio.ui import crash_dialog, i18n
from commune_radio.ui.crash_dialog import CrashDialog, install_crash_reporting

# pytest-qt swaps sys.excepthook around every test phase to catch errors in slots; these tests
# are about our own hook, so it must stay in place
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def hooks(qapp, monkeypatch, tmp_path):
    """Install the crash reporting over a fresh data directory; put every hook back after."""
    i18n.install("vi")  # as run_gui does before anything can fail
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash_dialog, "_reporter", None)
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:  # the crash log is set up once per process: start this one afresh
        if getattr(handler, "_commune_radio", False):
            root.removeHandler(handler)
    data_dir = tmp_path / "data"
    reporter = install_crash_reporting(data_dir)
    yield reporter, crashlog.log_path(data_dir)
    for handler in list(root.handlers):
        if getattr(handler, "_commune_radio", False):
            root.removeHandler(handler)
            handler.close()
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


@pytest.fixture
def shown(monkeypatch):
    """Record each dialog instead of blocking in exec()."""
    dialogs = []

    def fake_exec(self):
        dialogs.append({
            "dialog": self, "title": self.windowTitle(), "text": self.text(),
            "info": self.informativeText(),
            "gui_thread": QThread.currentThread() is QApplication.instance().thread(),
        })
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    return dialogs


def raise_and_report(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_the_hook_writes_the_log_and_shows_the_dialog(hooks, shown, qtbot):
    reporter, log_file = hooks
    failing_slot_done = []

    def failing_slot():
        raise_and_report(ZeroDivisionError("division by zero"))
        assert shown == []  # posted: the dialog opens after the failing slot has returned
        failing_slot_done.append(True)

    with qtbot.waitSignal(reporter.shown, timeout=5000):
        QTimer.singleShot(0, failing_slot)
    assert failing_slot_done == [True]
    text = log_file.read_text(encoding="utf-8")
    assert "unhandled exception" in text and "ZeroDivisionError: division by zero" in text
    assert "Traceback (most recent call last)" in text
    [seen] = shown
    assert seen["gui_thread"]
    assert seen["title"] == "Commune Radio – có lỗi xảy ra"
    assert seen["text"] == "Đã xảy ra lỗi không mong muốn. Chương trình vẫn tiếp tục chạy."
    assert "Nhật ký phát vẫn an toàn" in seen["info"]
    assert str(log_file) in seen["info"]
    assert "ZeroDivisionError: division by zero" in seen["info"]
    dialog = seen["dialog"]
    assert dialog.open_button.text() == "Mở thư mục nhật ký"
    assert dialog.close_button.text() == "Đóng"


def test_at_start_up_with_no_event_loop_the_dialog_opens_at_once(hooks, shown):
    reporter, log_file = hooks
    raise_and_report(ImportError("no module named PySide6.QtMultimedia"))
    assert len(shown) == 1 and shown[0]["gui_thread"]
    assert "ImportError: no module named PySide6.QtMultimedia" in shown[0]["info"]
    assert "ImportError" in log_file.read_text(encoding="utf-8")


def test_an_exception_in_another_thread_is_shown_on_the_gui_thread(hooks, shown, qtbot):
    reporter, log_file = hooks

    def work():
        raise RuntimeError("hỏng trong luồng phụ")

    with qtbot.waitSignal(reporter.shown, timeout=5000):
        worker = threading.Thread(target=work, name="worker")
        worker.start()
        worker.join()
    assert [s["gui_thread"] for s in shown] == [True]
    assert "RuntimeError: hỏng trong luồng phụ" in shown[0]["info"]
    assert "hỏng trong luồng phụ" in log_file.read_text(encoding="utf-8")


def test_an_exception_in_a_slot_reaches_the_hook_and_the_loop_goes_on(hooks, shown, qtbot):
    reporter, log_file = hooks
    later = []

    def broken_slot():
        raise KeyError("slot")

    with qtbot.waitSignal(reporter.shown, timeout=5000):
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(20, lambda: later.append(True))
    qtbot.waitUntil(lambda: later == [True], timeout=5000)  # the event loop still runs
    assert "KeyError: 'slot'" in shown[0]["info"]
    assert "broken_slot" in log_file.read_text(encoding="utf-8")


def test_a_report_while_a_dialog_is_open_is_only_logged(hooks, monkeypatch, qtbot):
    reporter, log_file = hooks
    opened = []

    def exec_that_meets_another_error(self):
        opened.append(self)
        raise_and_report(ValueError("second"))
        qtbot.wait(50)  # the queued second report arrives while this dialog is "open"
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_that_meets_another_error)
    with qtbot.waitSignal(reporter.shown, timeout=5000):
        raise_and_report(ValueError("first"))
    qtbot.wait(50)
    assert len(opened) == 1 and reporter.dropped == 1
    assert "ValueError: second" in log_file.read_text(encoding="utf-8")


def test_the_same_error_again_and_again_is_shown_once(hooks, shown, qtbot):
    reporter, _log = hooks
    for _ in range(3):
        raise_and_report(OSError("disk"))
    qtbot.wait(100)
    assert len(shown) == 1 and reporter.dropped == 2


def test_a_failing_dialog_never_comes_back_through_the_hook(hooks, monkeypatch, qtbot, capsys):
    reporter, log_file = hooks
    calls = []

    def broken_exec(self):
        calls.append(self)
        raise RuntimeError("the dialog is broken")

    monkeypatch.setattr(CrashDialog, "exec", broken_exec)
    with qtbot.waitSignal(reporter.shown, timeout=5000):
        raise_and_report(ValueError("first"))
    raise_and_report(ValueError("after the dialog broke"))
    qtbot.wait(100)
    assert len(calls) == 1
    assert "after the dialog broke" in capsys.readouterr().err  # stderr, as the last resort
    text = log_file.read_text(encoding="utf-8")
    assert "the crash dialog itself failed" in text


def test_open_the_log_folder(hooks, monkeypatch, qtbot):
    reporter, log_file = hooks
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url) or True))

    def exec_and_click_open(self):
        self.open_button.click()
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_and_click_open)
    with qtbot.waitSignal(reporter.shown, timeout=5000):
        raise_and_report(ValueError("look at the log"))
    assert opened == [QUrl.fromLocalFile(str(log_file.parent))]
