"""The library screen on 10,000 segments (start-up is timed in bench_startup.py).

* Filter and sort: the real ``LibraryModel`` + ``LibraryFilterProxy`` behind a ``QTableView``
  (offscreen), timed from the change to the view having processed it, median of 7. Baseline in
  the same run: the same filter and sort done in plain Python on the same 10,000 rows (the data
  work without Qt), so the ratio shows what the model/view layer costs on top.
* Opening the screen on a real database of 10,000 segments (``LibraryService.list()`` + model).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import unicodedata

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N = 10_000
WORDS = ["Chuyển đổi số", "dịch vụ công", "thanh toán", "an toàn thông tin", "kỹ năng số",
         "VNeID", "hóa đơn điện tử", "nông sản", "bà con", "thôn bản", "Bản tin", "tuần"]


def _segments():
    import datetime as dt
    import random

    from commune_radio.core.languages import LANGUAGES
    from commune_radio.core.segments import Segment
    from commune_radio.core.topics import TOPICS

    rnd = random.Random(7)
    out = []
    for i in range(N):
        title = " ".join(rnd.sample(WORDS, 3)) + f" {i}"
        out.append(Segment(
            id=i + 1, title=title, topic=rnd.choice(TOPICS).id,
            language=rnd.choice(LANGUAGES).id, duration_s=rnd.uniform(30, 900),
            loudness_lufs=rnd.uniform(-30, -12), true_peak_dbtp=-1.0, prepared_lufs=-16.0,
            sha256=f"{i:064x}", source_file=f"file-{i}.mp3", source_sha256=f"{i:064x}",
            valid_from=dt.date(2026, 1, 1) if i % 3 else None, valid_until=None,
            imported_at="2026-11-27T00:00:00+00:00",
        ))
    return out


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if unicodedata.category(c) != "Mn").replace("đ", "d")


def _median_ms(fn, rounds=7) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def filter_sort() -> list[dict]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from commune_radio.ui.library.model import LibraryFilterProxy, LibraryModel

    app = QApplication.instance() or QApplication([])
    segments = _segments()
    model = LibraryModel("vi")
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1200, 700)
    view.show()
    model.set_segments(segments)
    app.processEvents()

    queries = iter(["thanh toan", "an toàn", "vneid", "kỹ năng", "bà con", "hóa đơn", "tuần 9"] * 3)

    def qt_filter():
        proxy.set_search(next(queries))
        app.processEvents()

    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 8)

    def qt_sort():
        view.sortByColumn(0, next(orders))
        app.processEvents()

    qt_filter_ms = _median_ms(qt_filter)
    proxy.set_search("")
    app.processEvents()
    qt_sort_ms = _median_ms(qt_sort)

    folded = [(_fold(s.title) + " " + _fold(s.source_file), s) for s in segments]
    plain_queries = iter(["thanh toan", "an toan", "vneid", "ky nang", "ba con", "hoa don",
                          "tuan 9"] * 3)

    def py_filter():
        q = next(plain_queries)
        return [s for text, s in folded if q in text]

    def py_sort():
        return sorted(segments, key=lambda s: _fold(s.title))

    py_filter_ms = _median_ms(py_filter)
    py_sort_ms = _median_ms(py_sort)
    view.close()
    return [
        {"figure": "filter 10k segments (window)", "ms": round(qt_filter_ms, 1),
         "baseline_ms": round(py_filter_ms, 1), "baseline": "plain Python filter",
         "ratio": round(qt_filter_ms / py_filter_ms, 1), "target_ms": 100},
        {"figure": "sort 10k segments by title (window)", "ms": round(qt_sort_ms, 1),
         "baseline_ms": round(py_sort_ms, 1), "baseline": "plain Python sorted()",
         "ratio": round(qt_sort_ms / py_sort_ms, 1), "target_ms": 100},
    ]


def open_from_database() -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from commune_radio.app import AppContext
    from commune_radio.ui.library.model import LibraryModel

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(tmp)
        rows = []
        for s in _segments():
            rows.append({
                "title": s.title, "topic": s.topic, "language": s.language,
                "duration_s": s.duration_s, "loudness_lufs": s.loudness_lufs,
                "true_peak_dbtp": -1.0, "prepared_lufs": -16.0, "sha256": s.sha256,
                "source_file": s.source_file, "source_sha256": s.source_sha256,
                "original_path": "", "imported_at": s.imported_at,
            })
        with ctx.db.transaction() as t:
            t["segments"].insert_all(rows, batch_size=1000)
        model = LibraryModel("vi")

        def load():
            model.set_segments(ctx.library.list())

        ms = _median_ms(load, rounds=5)
        ctx.close()
    return [{"figure": "load 10k segments from SQLite into the table", "ms": round(ms, 1)}]


def run() -> list[dict]:
    """All figures of this module."""
    return filter_sort() + open_from_database()


if __name__ == "__main__":
    for row in run():
        print(row)
