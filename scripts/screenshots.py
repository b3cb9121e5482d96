"""Render the window's main screens to docs/screenshots/*.png from the real widgets.

A temporary data directory gets a station (02785, Bản Phiệt) and a few real segments of
Vietnamese speech made with espeak-ng, imported through the same service the window uses; the
import screenshot is taken while the window's own import job runs. The schedule screenshots add
programmes, a week of slots (with a clash on purpose) and eight weeks of broadcast log, at a fixed
moment (Wednesday 25/11/2026 07:30) so they look the same every time.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Runs off screen by default; set QT_QPA_PLATFORM=xcb (e.g. under xvfb-run) to use a real display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from commune_radio.app import AppContext  # noqa: E402
from commune_radio.core.broadcasts import ItemStatus, Trigger  # noqa: E402
from commune_radio.core.clock import FixedClock  # noqa: E402
from commune_radio.services.library_service import ImportOptions  # noqa: E402
from commune_radio.ui import i18n  # noqa: E402
from commune_radio.ui.app_main import make_application  # noqa: E402
from commune_radio.ui.library.importer import FileStarted  # noqa: E402
from commune_radio.ui.main_window import PAGE_SCHEDULE, MainWindow  # noqa: E402

STATION = {"code": "02785", "name": "Đài truyền thanh xã Bản Phiệt"}

# (file, spoken text, title, theme, valid from, valid until)
LIBRARY = [
    ("cds-la-gi.wav",
     "Bà con chú ý. Chuyển đổi số giúp bà con làm thủ tục hành chính nhanh hơn, "
     "không phải đi xa, tiết kiệm thời gian và tiền bạc.",
     "Chuyển đổi số là gì, lợi ích cho bà con", "dx_goals", None, None),
    ("vneid.wav",
     "Hướng dẫn cài đặt ứng dụng định danh điện tử VNeID trên điện thoại thông minh.",
     "Cài đặt và dùng ứng dụng VNeID", "national_programme", "2026-11-01", "2026-12-31"),
    ("lua-dao.wav",
     "Cảnh giác với các cuộc gọi lừa đảo, không cung cấp mã OTP cho bất kỳ ai.",
     "Cảnh giác lừa đảo qua điện thoại", "information_security", None, "2026-12-15"),
    ("tien-dien.wav",
     "Bà con có thể thanh toán tiền điện, tiền nước qua tài khoản ngân hàng số.",
     "Thanh toán tiền điện qua ngân hàng số", "online_services", "2026-11-16", None),
    ("mat-khau.wav",
     "Đặt mật khẩu dài, khó đoán, và không dùng chung một mật khẩu cho nhiều tài khoản.",
     "Kỹ năng số: bảo vệ mật khẩu", "digital_skills", None, None),
    ("tiem-phong.wav",
     "Thông báo lịch tiêm phòng cho trẻ em tại trạm y tế xã vào sáng thứ năm.",
     "Thông báo lịch tiêm phòng", None, None, None),
]

# imported through the window for the progress screenshot (the last one is not audio)
INCOMING = [
    ("dich-vu-cong.wav", "Nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia."),
    ("hoa-don.wav", "Hộ kinh doanh sử dụng hóa đơn điện tử từ máy tính tiền."),
    ("nong-san.wav", "Đưa nông sản Bản Phiệt lên sàn thương mại điện tử."),
]


def speak(text: str, path: Path) -> Path:
    """Vietnamese speech by espeak-ng, slowed a little as an announcer would read."""
    if shutil.which("espeak-ng") is None:
        raise SystemExit("espeak-ng is needed for the screenshots (apt install espeak-ng)")
    subprocess.run(["espeak-ng", "-v", "vi", "-s", "150", "-w", str(path), text], check=True)
    return path


def wait(signal, timeout_ms: int = 60_000) -> list:
    """Run the event loop until ``signal`` fires; return its arguments."""
    loop = QEventLoop()
    got: list = []

    def done(*args):
        got.extend(args)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    if not got:
        raise SystemExit("timed out waiting for the window")
    return got


def settle(ms: int = 150) -> None:
    """Let layouts and pending events finish before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def build_library(ctx: AppContext, audio: Path) -> None:
    for file, text, title, topic, since, until in LIBRARY:
        result = ctx.library.import_file(
            speak(text, audio / file),
            ImportOptions(topic=topic, language="vi", title=title, valid_from=since,
                          valid_until=until),
        )
        if not result.ok:
            raise SystemExit(f"{file}: {result.error.render('en')}")


# long talks, so the week view shows programmes of a real length (15-45 minutes a session)
LONG_TALKS = [
    ("noi-chuyen-cds.wav",
     "Bà con chú ý. Chuyển đổi số giúp bà con làm thủ tục hành chính nhanh hơn, không phải đi "
     "xa, tiết kiệm thời gian và tiền bạc. ", 170,
     "Nói chuyện: Chuyển đổi số ở Bản Phiệt", "dx_goals"),
    ("ban-tin-xa.wav",
     "Tin trong xã. Ủy ban nhân dân xã thông báo lịch họp thôn và lịch tiêm phòng cho trẻ em. ",
     70, "Bản tin trong xã", None),
]

# the week the schedule screenshots show: Wednesday 25/11/2026, 07:30 in Lào Cai
SCHEDULE_NOW = dt.datetime(2026, 11, 25, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def build_schedule(ctx: AppContext, audio: Path) -> None:
    """Programmes, a week of slots (with one clash on purpose) and eight weeks of log."""
    segments = {s.title: s for s in ctx.library.list()}
    for file, text, repeat, title, topic in LONG_TALKS:
        result = ctx.library.import_file(
            speak(text * repeat, audio / file),
            ImportOptions(topic=topic, language="vi", title=title),
        )
        if not result.ok:
            raise SystemExit(f"{file}: {result.error.render('en')}")
        segments[title] = result.segment
    dx = ctx.programmes.create("Chuyên mục Chuyển đổi số", [
        segments["Nói chuyện: Chuyển đổi số ở Bản Phiệt"].id,
        segments["Cài đặt và dùng ứng dụng VNeID"].id,
        segments["Cảnh giác lừa đảo qua điện thoại"].id,
        segments["Kỹ năng số: bảo vệ mật khẩu"].id,
    ], dx=True)
    ctx.programmes.create("Bản tin sáng", [
        segments["Bản tin trong xã"].id, segments["Thông báo lịch tiêm phòng"].id,
    ], dx=False)
    ctx.programmes.create("Bản tin chiều", [segments["Bản tin trong xã"].id], dx=False)

    clock = FixedClock(SCHEDULE_NOW)
    ctx.schedule.clock = clock
    svc = ctx.schedule
    # the plan's default: Monday 06:00 with a Thursday 17:00 rerun
    dx_slot = svc.add(svc.build_slot(dx.name, days="mon", at="06:00:00"))
    svc.add(svc.build_slot(dx.name, days="thu", at="17:00:00"))
    svc.add(svc.build_slot("Bản tin sáng", days="daily", at="05:30", skip=("2026-11-28",)))
    # the clash an operator makes: the evening news on weekdays at 17:00, the rerun's time
    svc.add(svc.build_slot("Bản tin chiều", days="weekdays", at="17:00"))
    svc.add(svc.build_slot("Bản tin sáng", one_off="2026-11-29", at="19:00"))

    # the log: nothing before week 42 (the program came then), one missed week, this
    # Monday's DX section played
    tz = svc.timezone()
    for weeks_back, outcome in ((6, "played"), (5, "played"), (4, "missed"), (3, "played"),
                                (2, "played"), (1, "played"), (0, "played")):
        monday = dt.date(2026, 11, 23) - dt.timedelta(weeks=weeks_back)
        at = dt.datetime.combine(monday, dt.time(6, 0), tz)
        if outcome == "missed":
            ctx.log.record_missed(dx, dx_slot.id, at, "pc_off")
            continue
        ctx.log.clock = FixedClock(at)
        record = ctx.log.begin(dx, trigger=Trigger.SCHEDULE, slot_id=dx_slot.id,
                               scheduled_at=at)
        for item in record.items:
            ctx.log.item_started(record.id, item.position)
            ctx.log.item_ended(record.id, item.position, ItemStatus.PLAYED, item.planned_s)
        ctx.log.end(record.id)
    ctx.log.clock = clock


def shoot_schedule(ctx: AppContext, audio: Path, out: Path) -> None:
    """The week view (Vietnamese and English) and the slot dialog warning of a clash."""
    build_schedule(ctx, audio)
    window = MainWindow(ctx, "vi")
    window.resize(1280, 760)
    window.show()
    window.show_page(PAGE_SCHEDULE)
    screen = window.schedule_screen
    settle()
    save(window, out, "schedule-week-vi.png")
    # the evening, with the Thursday rerun (which clashes with the news) selected
    screen.week_view.scroll_to_seconds(16 * 3600)
    rerun = next(s for s in ctx.schedule.list() if s.days == frozenset({3}))
    screen.select(rerun.id, dt.date(2026, 11, 26))
    settle()
    save(window, out, "schedule-week-evening-vi.png")

    # the DX section once more on Monday 05:35: the dialog warns before anything is saved
    dialog = screen.add_slot(dt.date(2026, 11, 30), dt.time(5, 35))
    dialog.programme_combo.setCurrentIndex(
        dialog.programme_combo.findData("Chuyên mục Chuyển đổi số"))
    dialog.until_none.setChecked(False)
    dialog.until_edit.setDate(QDate(2026, 12, 28))
    dialog.skip_edit.setDate(QDate(2026, 12, 21))
    dialog.skip_add.click()
    settle()
    save(dialog, out, "schedule-slot-dialog-warning-vi.png")
    dialog.reject()
    window.close()

    i18n.install("en")
    window_en = MainWindow(ctx, "en")
    window_en.resize(1280, 760)
    window_en.show()
    window_en.show_page(PAGE_SCHEDULE)
    settle()
    window_en.schedule_screen.week_view.scroll_to_seconds(16 * 3600)
    settle()
    save(window_en, out, "schedule-week-en.png")
    window_en.close()
    i18n.install("vi")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    app = make_application(lang="vi")
    with tempfile.TemporaryDirectory(prefix="commune-radio-shots-") as tmp:
        tmp_path = Path(tmp)
        audio = tmp_path / "audio"
        audio.mkdir()
        ctx = AppContext.open(tmp_path / "data")
        try:
            ctx.station.init(**STATION)
            build_library(ctx, audio)
            shoot(app, ctx, audio, out)
        finally:
            ctx.close()
    return 0


def shoot(app: QApplication, ctx: AppContext, audio: Path, out: Path) -> None:
    window = MainWindow(ctx, "vi")
    window.resize(1280, 760)
    window.show()
    screen = window.library_screen
    screen.select_segment(ctx.library.list()[-1].id)
    settle()
    save(window, out, "library-vi.png")

    # the import, grabbed while the window's own job is half-way through
    incoming = [speak(text, audio / name) for name, text in INCOMING]
    fake = audio / "ban-tin-tuan-48.mp3"
    fake.write_text("Đây là một tệp văn bản bị đặt tên .mp3, không phải âm thanh.\n" * 40,
                    encoding="utf-8")
    grabbed: list[Path] = []

    def grab_mid_import(item: object) -> None:
        if isinstance(item, FileStarted) and item.index == 2 and not grabbed:
            screen.import_panel.set_progress(item.index / item.total)
            grabbed.append(save(window, out, "library-import-progress-vi.png"))

    task = screen.start_import([*incoming, fake])
    task.posted.connect(grab_mid_import)
    wait(screen.import_finished)
    settle()
    save(window, out, "library-import-result-vi.png")
    screen.import_panel.hide()

    # the details dialog of one segment, as an operator opens it
    screen.select_segment(ctx.library.list()[-2].id)
    dialog = screen.edit_selected()
    settle()
    save(dialog, out, "metadata-dialog-vi.png")
    dialog.until_none.setChecked(False)
    dialog.until_edit.setDate(QDate(2026, 10, 31))
    dialog.save()  # refused: the end date is before the start date
    settle()
    save(dialog, out, "metadata-dialog-refused-vi.png")
    dialog.reject()

    window.close()

    i18n.install("en")
    window_en = MainWindow(ctx, "en")
    window_en.resize(1280, 760)
    window_en.show()
    window_en.library_screen.select_segment(ctx.library.list()[-1].id)
    settle()
    save(window_en, out, "library-en.png")
    window_en.close()
    i18n.install("vi")

    shoot_schedule(ctx, audio, out)  # last: it adds long talks the library shots should not show


if __name__ == "__main__":
    raise SystemExit(main())
