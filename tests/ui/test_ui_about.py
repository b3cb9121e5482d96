"""The About dialog and the Help menu: version, data folder, licences of the bundled parts."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from commune_radio import __version__, bundled_parts
from commune_radio.ui.about import AboutDialog


def table_rows(dialog):
    table = dialog.licences
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_about_shows_version_data_folder_and_licences(qtbot, ctx, monkeypatch):
    from commune_radio.ui import i18n

    i18n.install("vi")
    dialog = AboutDialog(ctx.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Giới thiệu Commune Radio"
    assert dialog.version_label.text() == f"Phiên bản {__version__}"
    assert dialog.data_dir_label.text() == str(ctx.data_dir)
    assert dialog.log_label.text().endswith("logs/commune-radio.log")
    # exactly the list the bundle is built from (commune_radio/bundled_parts.py), in Vietnamese
    assert table_rows(dialog) == [(p.name_vi, p.licence_vi) for p in bundled_parts.parts()]
    rows = dict(table_rows(dialog))
    assert any(part.startswith("Qt 6") and licence.startswith("LGPL-3.0")
               for part, licence in rows.items())
    # the one FFmpeg of the bundle, and its licence status (Qt's FFmpeg plugin is left out)
    ffmpeg = [(part, licence) for part, licence in rows.items() if "FFmpeg duy nhất" in part]
    assert len(ffmpeg) == 1
    if bundled_parts.platform_key() == "linux":
        assert ffmpeg[0][1].startswith("LGPL-2.1") and "bản dựng chỉ cho âm thanh" in ffmpeg[0][0]
    # pydub writes the MP3 hand-over and is bundled, so it is named
    assert any("pydub" in part and licence == "MIT" for part, licence in rows.items())
    assert not any("Qt Multimedia" in part or "scipy" in part for part in rows)

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url) or True))
    dialog.open_data_button.click()
    assert dialog.open_data_button.text() == "Mở thư mục"
    assert opened == [QUrl.fromLocalFile(str(ctx.data_dir))]
    # the source tree (and the installed bundle) carry the full list of bundled parts
    assert dialog.full_list_file is not None and dialog.full_list_file.name == "THIRD_PARTY.md"


def test_help_menu_of_the_window(make_window, ctx, qtbot, monkeypatch):
    window = make_window()
    menu = window.help_menu
    assert menu.title() == "Trợ &giúp"
    assert [a.text() for a in menu.actions()] == [
        "Hướng dẫn sử dụng", "Giới thiệu", "Thư mục dữ liệu"]
    assert menu.menuAction() in window.menuBar().actions()

    menu.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.data_dir_label.text() == str(ctx.data_dir)
    dialog.close()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url) or True))
    menu.data_dir_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(ctx.data_dir))]


def test_about_in_english(qtbot, ctx):
    from commune_radio.ui import i18n

    i18n.install("en")
    try:
        dialog = AboutDialog(ctx.data_dir)
        qtbot.addWidget(dialog)
        assert dialog.version_label.text() == f"Version {__version__}"
        assert table_rows(dialog) == [(p.name_en, p.licence_en) for p in bundled_parts.parts()]
        assert any("the bundle's only FFmpeg" in part for part, _ in table_rows(dialog))
    finally:
        i18n.install("vi")
