"""The segment table's cells and its filter/sort, on plain Segment values (no database)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from commune_radio.core.segments import Segment
from commune_radio.ui import i18n
from commune_radio.ui.library.model import (
    COL_DURATION,
    COL_LANGUAGE,
    COL_LOUDNESS,
    COL_SOURCE,
    COL_TITLE,
    COL_TOPIC,
    COL_VALIDITY,
    NO_TOPIC,
    LibraryFilterProxy,
    LibraryModel,
)
from commune_radio.ui.text import error_text, fold, format_duration


def seg(id, title, topic, language, duration, lufs=-20.0, since=None, until=None, source=None):
    return Segment(
        id=id, title=title, topic=topic, language=language, duration_s=duration,
        loudness_lufs=lufs, true_peak_dbtp=-3.0, prepared_lufs=-16.0, sha256=f"{id:064x}",
        source_file=source or f"file{id}.mp3", source_sha256=f"{id:064x}", valid_from=since,
        valid_until=until, imported_at="2026-11-20T00:00:00+00:00",
    )


SEGMENTS = [
    seg(1, "Chuyển đổi số là gì", "dx_goals", "vi", 125.4, -18.25,
        dt.date(2026, 11, 1), dt.date(2026, 12, 31)),
    seg(2, "An toàn thông tin", "information_security", "hmong", 9.6, -23.0,
        until=dt.date(2026, 12, 5), source="attt-hmong.wav"),
    seg(3, "Đăng ký tài khoản VNeID", None, "tay", 61.0, -16.0, since=dt.date(2027, 1, 2)),
    seg(4, "Kỹ năng số cơ bản", "digital_skills", "vi", 10.2, -14.5),
]


@pytest.fixture
def models(qapp):
    def make(lang="vi"):
        i18n.install(lang)
        model = LibraryModel(lang)
        model.set_segments(SEGMENTS)
        proxy = LibraryFilterProxy()
        proxy.setSourceModel(model)
        return model, proxy

    yield make
    i18n.install("vi")


def cell(model, row, column):
    return model.data(model.index(row, column))


def titles(proxy):
    return [proxy.segment_at(r).title for r in range(proxy.rowCount())]


def test_cells_in_vietnamese(models):
    model, _ = models("vi")
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Tên mục", "Chủ đề", "Ngôn ngữ", "Thời lượng", "Độ lớn LUFS\n(gốc → khi phát)",
        "Hiệu lực", "Tệp gốc",
    ]
    assert cell(model, 0, COL_TITLE) == "Chuyển đổi số là gì"
    assert cell(model, 0, COL_TOPIC) == "Mục tiêu, lợi ích của chuyển đổi số"
    assert cell(model, 1, COL_LANGUAGE) == "Tiếng H'Mông"
    assert cell(model, 0, COL_DURATION) == "02:05"
    assert cell(model, 1, COL_DURATION) == "00:10"
    assert cell(model, 0, COL_LOUDNESS) == "-18,2 → -16,0"  # source and aired, both shown
    assert model.data(model.index(0, COL_LOUDNESS), Qt.ItemDataRole.ToolTipRole) == (
        "Tệp gốc: -18,2 LUFS\nKhi phát (đã cân bằng): -16,0 LUFS")
    assert cell(model, 0, COL_VALIDITY) == "01/11/2026 – 31/12/2026"
    assert cell(model, 1, COL_VALIDITY) == "đến 05/12/2026"
    assert cell(model, 2, COL_VALIDITY) == "từ 02/01/2027"
    assert cell(model, 3, COL_VALIDITY) == "không giới hạn"
    assert cell(model, 2, COL_TOPIC) == "(chưa có chủ đề)"
    assert cell(model, 1, COL_SOURCE) == "attt-hmong.wav"


def test_cells_in_english(models):
    model, _ = models("en")
    assert model.headerData(COL_TOPIC, Qt.Orientation.Horizontal) == "Theme"
    assert cell(model, 0, COL_TOPIC) == "Goals and benefits of digital transformation"
    assert cell(model, 1, COL_LANGUAGE) == "Hmong"
    assert cell(model, 0, COL_LOUDNESS) == "-18.2 → -16.0"
    assert model.headerData(COL_LOUDNESS, Qt.Orientation.Horizontal) == (
        "Loudness LUFS\n(source → aired)")
    assert cell(model, 0, COL_VALIDITY) == "01/11/2026 – 31/12/2026"  # dd/mm/yyyy in English too
    assert cell(model, 1, COL_VALIDITY) == "until 05/12/2026"
    assert cell(model, 3, COL_VALIDITY) == "no limit"


def test_search_ignores_case_and_diacritics_and_looks_at_file_names(models):
    _, proxy = models()
    proxy.set_search("chuyen doi")
    assert titles(proxy) == ["Chuyển đổi số là gì"]
    proxy.set_search("ĐĂNG KÝ")
    assert titles(proxy) == ["Đăng ký tài khoản VNeID"]
    proxy.set_search("dang ky")
    assert titles(proxy) == ["Đăng ký tài khoản VNeID"]
    proxy.set_search("hmong")  # in the source file name only
    assert titles(proxy) == ["An toàn thông tin"]
    proxy.set_search("so ky")  # every word must match, in any order
    assert titles(proxy) == ["Kỹ năng số cơ bản"]
    proxy.set_search("")
    assert proxy.rowCount() == 4


def test_theme_and_language_filters_combine_with_search(models):
    _, proxy = models()
    proxy.set_language("vi")
    assert set(titles(proxy)) == {"Chuyển đổi số là gì", "Kỹ năng số cơ bản"}
    proxy.set_topic("digital_skills")
    assert titles(proxy) == ["Kỹ năng số cơ bản"]
    proxy.set_search("chuyen")
    assert titles(proxy) == []
    proxy.set_search("")
    proxy.set_language(None)
    proxy.set_topic(NO_TOPIC)
    assert titles(proxy) == ["Đăng ký tài khoản VNeID"]


def test_sorting_uses_values_not_text(models):
    _, proxy = models()
    proxy.sort(COL_DURATION, Qt.SortOrder.AscendingOrder)
    assert [proxy.segment_at(r).duration_s for r in range(4)] == [9.6, 10.2, 61.0, 125.4]
    proxy.sort(COL_LOUDNESS, Qt.SortOrder.DescendingOrder)
    assert [proxy.segment_at(r).loudness_lufs for r in range(4)] == [-14.5, -16.0, -18.25, -23.0]
    proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)  # Đ sorts with D, not after Z
    assert titles(proxy) == [
        "An toàn thông tin", "Chuyển đổi số là gì", "Đăng ký tài khoản VNeID",
        "Kỹ năng số cơ bản",
    ]
    proxy.sort(COL_VALIDITY, Qt.SortOrder.AscendingOrder)  # first to expire first
    assert [proxy.segment_at(r).id for r in range(4)] == [2, 1, 4, 3]


def test_sorting_while_filtered_keeps_the_filter_and_the_order(models):
    model, proxy = models()
    proxy.set_language("vi")
    assert sorted(titles(proxy)) == ["Chuyển đổi số là gì", "Kỹ năng số cơ bản"]
    proxy.sort(COL_DURATION, Qt.SortOrder.AscendingOrder)
    assert titles(proxy) == ["Kỹ năng số cơ bản", "Chuyển đổi số là gì"]
    proxy.sort(COL_DURATION, Qt.SortOrder.DescendingOrder)
    assert titles(proxy) == ["Chuyển đổi số là gì", "Kỹ năng số cơ bản"]
    model.set_segments(SEGMENTS[::-1])  # a refresh keeps the chosen order and the filter
    assert titles(proxy) == ["Chuyển đổi số là gì", "Kỹ năng số cơ bản"]
    proxy.set_search("ky nang")
    assert titles(proxy) == ["Kỹ năng số cơ bản"]


def test_text_helpers():
    assert fold("Đài truyền thanh xã Bản Phiệt") == "dai truyen thanh xa ban phiet"
    assert format_duration(3599.6) == "60:00"
    assert format_duration(0.4) == "00:00"
    from commune_radio.core.errors import RejectedInput

    error = RejectedInput("meta.dates_reversed", since="2026-12-01", until="2026-11-01")
    assert "01/11/2026" in error_text(error, "vi") and "01/12/2026" in error_text(error, "vi")
