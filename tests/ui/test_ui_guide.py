"""Hướng dẫn sử dụng: the guide opens offline from the Help menu, on the page of the computer's
role, with its pictures, in Vietnamese (English with --lang en)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument

from commune_radio.storage.station_repo import set_setting
from commune_radio.ui.guide import GuideWindow, guide_dir, page_file

PAGES = [(page, lang) for page in ("station", "office") for lang in ("vi", "en")]


@pytest.mark.parametrize(("page", "lang"), PAGES)
def test_every_page_exists_and_every_picture_and_link_resolves(page, lang):
    html = page_file(page, lang).read_text(encoding="utf-8")
    assert page_file(page, lang).name == f"{page}_{lang}.html"
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert pictures, "the guide shows the real screens"
    for picture in pictures:
        assert (guide_dir() / picture).is_file(), picture
    anchors = set(re.findall(r'<a name="([^"]+)"', html))
    for target in re.findall(r'<a href="([^"]+)"', html):
        if target.startswith("#"):
            assert target[1:] in anchors, target
        else:
            assert (guide_dir() / target).is_file(), target


def test_the_station_guide_covers_what_an_operator_needs():
    text = page_file("station", "vi").read_text(encoding="utf-8")
    for heading in ("Việc hằng tuần", "Gửi báo cáo", "Khi lỡ một buổi phát",
                    "Khi loa không có tiếng", "Khi văn phòng không nhận tệp",
                    "Dữ liệu và sao lưu", "Phím tắt"):
        assert heading in text, heading


@pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")  # offscreen only
def test_help_menu_opens_the_guide_in_vietnamese(make_window, qtbot):
    window = make_window()
    window.guide_action.trigger()
    guide = window.guide_window
    assert isinstance(guide, GuideWindow) and guide.isVisible()
    assert guide.windowTitle() == "Hướng dẫn sử dụng"
    assert guide.current_file().name == "station_vi.html"
    document: QTextDocument = guide.browser.document()
    assert document.toPlainText().startswith("Hướng dẫn sử dụng Commune Radio")
    # the pictures are really loaded (not the broken-image placeholder)
    image = document.resource(QTextDocument.ResourceType.ImageResource,
                              QUrl("img/playout-on-air.png"))
    assert image is not None and not image.isNull()
    # one guide window: the menu again brings the same one forward
    window.guide_action.trigger()
    assert window.guide_window is guide
    guide.close()


def test_links_move_inside_the_guide_and_web_links_go_outside(qtbot, monkeypatch):
    guide = GuideWindow("vi")
    qtbot.addWidget(guide)
    guide.follow(QUrl("office_vi.html"))
    assert guide.current_file().name == "office_vi.html"
    assert guide.back_button.isEnabled()
    guide.back_button.click()
    assert guide.current_file().name == "station_vi.html"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url) or True))
    guide.follow(QUrl("https://laocai.gov.vn/"))
    assert opened == [QUrl("https://laocai.gov.vn/")]
    assert guide.current_file().name == "station_vi.html"


def test_an_office_opens_its_own_page(make_window, ctx):
    set_setting(ctx.db, "role", "office")
    window = make_window()
    guide = window.show_guide()
    assert guide.current_file().name == "office_vi.html"
    assert "văn phòng" in guide.browser.document().toPlainText()
    guide.close()


def test_english_guide_with_lang_en(make_window):
    window = make_window("en")
    guide = window.show_guide()
    assert guide.windowTitle() == "User guide"
    assert guide.current_file().name == "station_en.html"
    assert guide.office_button.text() == "Office guide"
    guide.close()
