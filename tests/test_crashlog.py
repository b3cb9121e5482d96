"""Unhandled exceptions are logged to the rotating file and shown, never a bare traceback."""

import logging
import sys
import threading

import pytest

from commune_radio import crashlog


@pytest.fixture(autouse=True)
def _detach_file_handler():
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_commune_radio", False)]:
        root.removeHandler(handler)
        handler.close()


def test_unhandled_exception_is_logged_and_shown(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown = []
    crashlog.install_excepthook(tmp_path, show=lambda summary, path: shown.append((summary, path)))
    try:
        raise ValueError("hỏng rồi")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = crashlog.log_path(tmp_path).read_text(encoding="utf-8")
    assert "ValueError: hỏng rồi" in text and "ZeroDivisionError" in text
    assert [s for s, _ in shown] == ["ValueError: hỏng rồi", "ZeroDivisionError: division by zero"]
    assert all(p == crashlog.log_path(tmp_path) for _, p in shown)
