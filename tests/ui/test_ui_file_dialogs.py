"""File dialogs open in Documents, then where the last one was left; always the platform's
native dialog (Qt's own has no Vietnamese)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from commune_radio.ui import file_dialogs


@pytest.fixture(autouse=True)
def fresh():
    file_dialogs.forget_all()
    yield
    file_dialogs.forget_all()


@pytest.fixture
def asked(monkeypatch, tmp_path):
    """Qt's static dialogs record what they were asked and answer like a person would."""
    calls = []
    picked = tmp_path / "USB"
    picked.mkdir()
    (picked / "ban-tin.wav").write_bytes(b"")

    def open_names(parent, title, folder, pattern, *rest, **kw):
        calls.append(("open", folder, rest, kw))
        return [str(picked / "ban-tin.wav")], pattern

    def save_name(parent, title, proposed, pattern, *rest, **kw):
        calls.append(("save", proposed, rest, kw))
        return str(picked / Path(proposed).name), pattern

    def folder(parent, title, start, *rest, **kw):
        calls.append(("folder", start, rest, kw))
        return str(picked)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    return calls, picked


def documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def test_first_dialog_opens_in_documents_then_the_last_folder(qapp, asked):
    calls, picked = asked
    assert file_dialogs.open_files(None, "audio", "t", "*") == [picked / "ban-tin.wav"]
    assert calls[0][1] == (documents() or str(Path.home()))
    assert not calls[0][2] and not calls[0][3]  # no DontUseNativeDialog: the native dialog
    file_dialogs.open_files(None, "audio", "t", "*")
    assert calls[1][1] == str(picked)
    # another kind of file keeps its own memory
    file_dialogs.save_file(None, "wav", "t", "chuong-trinh.wav", "*.wav")
    assert calls[2][1] == str(Path(documents() or Path.home()) / "chuong-trinh.wav")


def test_the_library_import_uses_it(make_window, asked, monkeypatch):
    calls, picked = asked
    window = make_window()
    started = []
    monkeypatch.setattr(window.library_screen, "start_import", started.append)
    window.library_screen.choose_files()
    assert calls[0][1] == (documents() or str(Path.home()))
    assert started == [[picked / "ban-tin.wav"]]
    window.library_screen.choose_folder()
    assert calls[1][1] == str(picked)  # the folder the files came from
