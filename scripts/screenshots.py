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
    ], dx=True).value
    ctx.programmes.create("Bản tin sáng", [
        segments["Bản tin trong xã"].id, segments["Thông báo lịch tiêm phòng"].id,
    ], dx=False)
    ctx.programmes.create("Bản tin chiều", [segments["Bản tin trong xã"].id], dx=False)

    clock = FixedClock(SCHEDULE_NOW)
    ctx.schedule.clock = clock
    svc = ctx.schedule
    # the plan's default: Monday 06:00 with a Thursday 17:00 rerun
    dx_slot = svc.add(svc.build_slot(dx.name, days="mon", at="06:00:00")).value
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
    parser.add_argument("--only", choices=("all", "setup", "office", "small"), default="all",
                        help="setup: only the first-run wizard, About and crash dialogs; "
                             "office: only the office screen and the send-report dialog; "
                             "small: only the screens at 1024×768 (or at the scaling of "
                             "QT_SCALE_FACTOR)")
    parser.add_argument("--no-scaled", action="store_true",
                        help="skip the second process that shoots at 150 %% scaling")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    app = make_application(lang="vi")
    if args.only == "small":
        shoot_small(out)
        return 0
    if args.only == "office":
        shoot_office(out)
        return 0
    shoot_setup(out)
    if args.only == "setup":
        return 0
    shoot_office(out)
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
    copy_guide_images(out)
    shoot_small(out)
    if not args.no_scaled:
        # Qt reads the scale factor once, at start: 150 % needs a process of its own
        env = dict(os.environ, QT_SCALE_FACTOR="1.5")
        subprocess.run([sys.executable, __file__, "--only", "small", "--out", str(out)],
                       env=env, check=True)
    return 0


# the screenshots the operator's guide shows (assets/guide/img/, shipped in the bundle),
# made smaller so the guide fits its window and the bundle stays small
GUIDE_IMAGES = (
    "library-import-result", "metadata-dialog", "programme-builder", "schedule-week",
    "playout-on-air", "log", "send-report", "office-import", "office-heatmap",
    "office-key-change",
)
GUIDE_WIDTH = 760


def copy_guide_images(out: Path) -> None:
    """Scale the guide's pictures from this run's screenshots into assets/guide/img/."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    target = ROOT / "assets" / "guide" / "img"
    target.mkdir(parents=True, exist_ok=True)
    for name in GUIDE_IMAGES:
        image = QImage(str(out / f"{name}-vi.png"))
        if image.isNull():
            raise SystemExit(f"{name}-vi.png is missing for the guide")
        if image.width() > GUIDE_WIDTH:
            image = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = target / f"{name}.png"
        image.save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")


def small_screen() -> tuple[int, int, str]:
    """(width, height, file suffix) of the small-screen shots: 1024×768 at 100 %, or a
    1920×1080 screen at 150 % (1280×720 logical pixels) when QT_SCALE_FACTOR is 1.5."""
    if os.environ.get("QT_SCALE_FACTOR", "1") not in ("", "1"):
        return 1280, 720, "150pc"
    return 1024, 768, "1024"


def shoot_small(out: Path) -> None:
    """The wizard, every station screen, the settings dialog, the guide and the office screen
    on a small screen (see ``small_screen``): what must not be cut off."""
    from commune_radio.ui.first_run import FirstRunWizard
    from commune_radio.ui.main_window import (
        PAGE_LIBRARY,
        PAGE_LOG,
        PAGE_PLAYOUT,
        PAGE_PROGRAMMES,
    )

    width, height, suffix = small_screen()
    with tempfile.TemporaryDirectory(prefix="commune-radio-small-") as tmp:
        tmp_path = Path(tmp)
        ctx = AppContext.open(tmp_path / "wizard")
        try:
            wizard = FirstRunWizard(ctx, "vi")
            wizard.resize(min(wizard.width(), width), min(wizard.height(), height))
            wizard.show()
            settle()
            save(wizard, out, f"first-run-1-role-{suffix}-vi.png")
            wizard.next()
            wizard.commune_page.search_edit.setText("bản")
            wizard.commune_page.select_code("02911")
            settle()
            save(wizard, out, f"first-run-2-commune-{suffix}-vi.png")
            wizard.reject()
        finally:
            ctx.close()

        audio = tmp_path / "audio"
        audio.mkdir()
        ctx = AppContext.open(tmp_path / "data")
        try:
            ctx.station.init(**STATION)
            build_library(ctx, audio)
            build_schedule(ctx, audio)
            clock = RunningClock(SCHEDULE_NOW)  # the on-air clock agrees with the schedule
            ctx.clock = ctx.schedule.clock = ctx.log.clock = clock
            window = MainWindow(ctx, "vi")
            window.resize(width, height)
            window.show()
            for page, name in ((PAGE_PLAYOUT, "playout"), (PAGE_LIBRARY, "library"),
                               (PAGE_PROGRAMMES, "programme-builder"),
                               (PAGE_SCHEDULE, "schedule-week"), (PAGE_LOG, "log")):
                window.show_page(page)
                if page == PAGE_PROGRAMMES:
                    dx = next(p for p in ctx.programmes.list() if p.dx)
                    window.programmes_screen.select_programme(dx.id)
                settle(250)
                save(window, out, f"{name}-{suffix}-vi.png")
            dialog = window.show_settings()
            settle()
            save(dialog, out, f"settings-{suffix}-vi.png")
            dialog.reject()
            guide = window.show_guide()
            guide.resize(min(guide.width(), width), min(guide.height(), height - 40))
            settle(300)
            save(guide, out, f"guide-{suffix}-vi.png")
            guide.close()
            window.close()
        finally:
            ctx.close()
    shoot_office_small(out, width, height, suffix)


def shoot_office_small(out: Path, width: int, height: int, suffix: str) -> None:
    """The office screen of three stations on the small screen."""
    from commune_radio.core.communes import load_communes
    from commune_radio.paths import assets_dir
    from commune_radio.storage.station_repo import set_setting
    from commune_radio.ui.main_window import PAGE_OFFICE

    communes = [c for c in load_communes(assets_dir() / "data") if c.list_name == "2025-07"]
    with tempfile.TemporaryDirectory(prefix="commune-radio-office-small-") as tmp:
        tmp_path = Path(tmp)
        files = []
        for n, commune in enumerate(communes[:4]):
            name = f"Đài truyền thanh {commune.name[:1].lower()}{commune.name[1:]}"
            files.append(_export(tmp_path / commune.code, tmp_path, commune.code, name,
                                 _office_entries(n, commune.code), OFFICE_PERIOD))
        ctx = AppContext.open(tmp_path / "office", clock=FixedClock(OFFICE_NOW))
        try:
            set_setting(ctx.db, "role", "office")
            window = MainWindow(ctx, "vi")
            window.resize(width, height)
            window.show()
            window.show_page(PAGE_OFFICE)
            settle(300)
            save(window, out, f"office-empty-{suffix}-vi.png")
            screen = window.office_screen
            screen.start_import(files)
            wait(screen.import_finished)
            screen.import_panel.hide()
            screen.refresh_report()
            wait(screen.report_ready)
            settle(300)
            save(window, out, f"office-heatmap-{suffix}-vi.png")
            window.close()
        finally:
            ctx.close()


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

    shoot_schedule(ctx, audio, out)  # it adds long talks the library shots should not show
    shoot_on_air(ctx, audio, out)  # last: it adds programmes, log history and a broadcast


def shoot_setup(out: Path) -> None:
    """Each page of the first-run wizard over a new data directory, the About dialog and the
    crash dialog."""
    from commune_radio import crashlog
    from commune_radio.paths import default_data_dir
    from commune_radio.ui.about import AboutDialog
    from commune_radio.ui.crash_dialog import CrashDialog
    from commune_radio.ui.first_run import FirstRunWizard

    with tempfile.TemporaryDirectory(prefix="commune-radio-first-run-") as tmp:
        ctx = AppContext.open(Path(tmp) / "data")
        try:
            wizard = FirstRunWizard(ctx, "vi")
            wizard.show()
            settle()
            save(wizard, out, "first-run-1-role-vi.png")
            wizard.next()
            page = wizard.commune_page
            page.search_edit.setText("bản")
            page.select_code("02911")  # Bản Phiệt, as an operator would click it
            settle()
            save(wizard, out, "first-run-2-commune-vi.png")
            wizard.next()
            settle()
            save(wizard, out, "first-run-3-output-vi.png")
            wizard.next()
            settle()
            save(wizard, out, "first-run-4-finish-vi.png")
            wizard.restart()
            wizard.role_page.office_button.click()
            wizard.next()
            settle()
            save(wizard, out, "first-run-office-vi.png")
            wizard.reject()
        finally:
            ctx.close()

    # the folder a station PC really uses, shown (not created) for a realistic picture
    data_dir = default_data_dir()
    about = AboutDialog(data_dir)
    about.show()
    settle()
    save(about, out, "about-vi.png")
    about.close()

    crash = CrashDialog("KeyError: 'programme_id'", crashlog.log_path(data_dir))
    crash.show()
    settle()
    save(crash, out, "crash-dialog-vi.png")
    crash.close()


# the afternoon the on-air screenshots show: Wednesday 25/11/2026, 16:40 in Lào Cai, twenty
# minutes before the evening news; the clock then runs on with the real one
ON_AIR_NOW = dt.datetime(2026, 11, 25, 16, 40, tzinfo=dt.timezone(dt.timedelta(hours=7)))

# (file, spoken text, title, theme, valid from, valid until): one expired notice for the
# builder's warning, and the bulletin of the emergency in the log
ON_AIR_EXTRA = [
    ("thue-dat.wav", "Thông báo về việc nộp thuế sử dụng đất năm hai nghìn không trăm hai sáu.",
     "Thông báo nộp thuế đất năm 2026", None, "2026-10-01", "2026-11-20"),
    ("khan-cap.wav", "Thông báo khẩn. Mưa lớn kéo dài, nguy cơ lũ quét và sạt lở đất. Bà con "
     "không đi qua suối, ngầm tràn.", "Thông báo khẩn: mưa lớn, nguy cơ lũ quét", None,
     None, None),
]


class RunningClock:
    """A clock that starts at a chosen moment and then moves with real time."""

    def __init__(self, start: dt.datetime) -> None:
        import time

        self._monotonic = time.monotonic
        self.start = start.astimezone(dt.UTC)
        self.t0 = time.monotonic()

    def __call__(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self._monotonic() - self.t0)


def log_history(ctx: AppContext) -> None:
    """A fortnight of the morning news with every kind of outcome, written as playout would."""
    from commune_radio.core.broadcasts import Priority

    tz = ctx.schedule.timezone()
    programmes = {p.name: p for p in ctx.programmes.list()}
    news, evening = programmes["Bản tin sáng"], programmes["Bản tin chiều"]
    bulletin = programmes["Thông báo khẩn cấp"]
    slots = ctx.schedule.list()
    morning = next(s for s in slots if s.programme_id == news.id and s.days)
    afternoon = next(s for s in slots if s.programme_id == evening.id)
    log = ctx.log

    def air(programme, at, *, trigger=Trigger.SCHEDULE, slot=None, played=None, stop=None,
            failed=None, priority=Priority.NORMAL):
        log.clock = FixedClock(at)
        record = log.begin(programme, trigger=trigger, priority=priority,
                           device="Loa truyền thanh (USB Audio)",
                           slot_id=slot.id if slot else None,
                           scheduled_at=at if slot else None)
        clock = log.clock
        for item in record.items[:played]:
            if failed:
                log.item_ended(record.id, item.position, ItemStatus.FAILED, 0.0, failed)
                continue
            log.item_started(record.id, item.position)
            seconds = item.planned_s if stop is None or item is not record.items[
                (played or len(record.items)) - 1] else item.planned_s / 3
            clock.advance(seconds=seconds)
            status = ItemStatus.PLAYED if seconds == item.planned_s else ItemStatus.PARTIAL
            log.item_ended(record.id, item.position, status, seconds,
                           stop if status == ItemStatus.PARTIAL else None)
        return log.end(record.id, stop)

    for day in range(12, 26):
        at = dt.datetime(2026, 11, day, 5, 30, tzinfo=tz)
        if day == 19:
            log.record_missed(news, morning.id, at, "program_closed")
        elif day == 22:
            log.record_skipped(news, morning.id, at, "Ngày hội đại đoàn kết toàn dân tộc")
        elif day == 18:
            air(news, at, slot=morning, failed="file_missing")
        else:
            air(news, at, slot=morning)
    # 20/11: the morning news again by hand, cut off by the flood warning
    air(news, dt.datetime(2026, 11, 20, 9, 15, tzinfo=tz), trigger=Trigger.MANUAL,
        played=1, stop="emergency")
    air(bulletin, dt.datetime(2026, 11, 20, 9, 15, 40, tzinfo=tz), trigger=Trigger.EMERGENCY,
        priority=Priority.EMERGENCY)
    # 24/11: the evening news stopped by the operator, with the reason typed
    air(evening, dt.datetime(2026, 11, 24, 17, 0, tzinfo=tz), slot=afternoon, played=1,
        stop="Phát nhầm chương trình: bản tin của tuần trước")


def shoot_on_air(ctx: AppContext, audio: Path, out: Path) -> None:
    """The programme builder, the playout screen mid-broadcast and the log of a fortnight."""
    from commune_radio.ui.main_window import PAGE_LOG, PAGE_PLAYOUT, PAGE_PROGRAMMES

    os.environ["COMMUNE_RADIO_ALLOW_NO_DEVICE"] = "1"  # plays in real time with no sound card
    added = {}
    for file, text, title, topic, since, until in ON_AIR_EXTRA:
        result = ctx.library.import_file(
            speak(text, audio / file),
            ImportOptions(topic=topic, language="vi", title=title, valid_from=since,
                          valid_until=until))
        if not result.ok:
            raise SystemExit(f"{file}: {result.error.render('en')}")
        added[title] = result.segment
    ctx.programmes.create("Thông báo khẩn cấp",
                          [added["Thông báo khẩn: mưa lớn, nguy cơ lũ quét"].id], dx=False)
    log_history(ctx)
    clock = RunningClock(ON_AIR_NOW)
    ctx.clock = ctx.schedule.clock = ctx.log.clock = clock

    window = MainWindow(ctx, "vi")
    window.resize(1280, 760)
    window.show()

    # the builder: this week's DX section, with the expired notice dropped in and a target
    # a little short, so both warnings show
    window.show_page(PAGE_PROGRAMMES)
    builder = window.programmes_screen
    dx_programme = next(p for p in ctx.programmes.list() if p.dx)
    builder.select_programme(dx_programme.id)
    builder.items_model.insert_segments(2, [added["Thông báo nộp thuế đất năm 2026"]])
    builder.target_spin.setValue(int(builder.draft().duration_s // 60))
    builder.intro_combo.setCurrentIndex(builder.intro_combo.findData(
        next(s.id for s in ctx.library.list() if s.title == "Thông báo lịch tiêm phòng")))
    builder._select_row(2)
    builder.library_view.selectRow(0)
    settle()
    save(window, out, "programme-builder-vi.png")
    builder.revert()

    # on air: the DX section by "Phát ngay", grabbed a few seconds into its first item
    window.show_page(PAGE_PLAYOUT)
    screen = window.playout_screen
    screen.programme_combo.setCurrentIndex(screen.programme_combo.findData(dx_programme.id))
    player = window.station_player
    screen.play_now()

    def far_enough(_item_ms: int, elapsed_ms: int, _remaining_ms: int) -> None:
        if elapsed_ms > 6000:
            loop.quit()

    loop = QEventLoop()
    player.position_changed.connect(far_enough)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    player.position_changed.disconnect(far_enough)
    settle()
    save(window, out, "playout-on-air-vi.png")

    # the stop dialog, as the operator fills it in
    dialog = screen.ask_stop()
    dialog.buttons[1].setChecked(True)
    dialog.text_edit.setText("họp khẩn của Ủy ban nhân dân xã")
    settle()
    save(dialog, out, "playout-stop-dialog-vi.png")
    dialog.stop_button.click()
    settle()

    # the log: a fortnight of outcomes; the partial evening news selected
    window.show_page(PAGE_LOG)
    log_screen = window.log_screen
    model = log_screen.model
    row = next(r for r in range(model.rowCount()) if model.record(r).programme == "Bản tin chiều")
    log_screen.select_broadcast(model.record(row).id)
    settle()
    save(window, out, "log-vi.png")
    window.close()


# --- the exchange: the station's "Gửi báo cáo" dialog and the receiving office's screen --------

SEND_NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)  # Wednesday 02/12/2026, 10:00
OFFICE_NOW = dt.datetime(2026, 11, 30, 1, 0, tzinfo=dt.UTC)  # Monday 30/11/2026, 08:00
OFFICE_PERIOD = (dt.date(2026, 9, 1), dt.date(2026, 11, 29))
OFFICE_STATIONS = 12


def _missed(entry: dict) -> None:
    """Turn a sample broadcast into a slot the computer was off for."""
    entry.update(status="missed", started_at=None, ended_at=None, reason="pc_off")
    for item in entry["items"]:
        item.update(played_s=0.0, started_at=None, ended_at=None, status="skipped")


def _office_entries(n: int, code: str) -> list[dict]:
    """A quarter of one station's log, each station a little different: some miss the DX
    section now and then, one stopped airing in October."""
    from commune_radio.exchange.samples import sample_entries

    entries = sample_entries(code, *OFFICE_PERIOD, seed=100 + n, per_day=2, items=4)
    kept = []
    for e in entries:
        day = dt.date.fromisoformat(e["scheduled_at"][:10])
        week = day.isocalendar().week
        if n == 7 and day >= dt.date(2026, 10, 20):
            continue  # silent since 20/10
        if e["dx"] and ((n % 4 == 1 and week % 5 == 0) or (n % 4 == 2 and week % 3 == 0)
                        or (n == 5 and week in (44, 45, 46))):
            _missed(e)
        kept.append(e)
    return kept


def _export(folder: Path, out: Path, code: str, name: str, entries: list[dict],
            period: tuple[dt.date, dt.date], file_name: str | None = None) -> Path:
    from commune_radio.storage.log_repo import insert_log_rows

    station = AppContext.open(folder, clock=FixedClock(OFFICE_NOW))
    try:
        station.station.init(code, name)
        insert_log_rows(station.db, entries)
        path = out / (file_name or f"{code}_{period[0]:%Y-%m}_{period[1]:%Y-%m}.crlog")
        station.export.export(*period, path)
        return path
    finally:
        station.close()


def shoot_office(out: Path) -> None:
    """The receiving office: an import of a dozen communes' files (one damaged, one signed by a
    reinstalled station's new key), the compliance heat-map and its drill-down, the minutes per
    theme and language, and the stations; then the station's "Gửi báo cáo" dialog."""
    from commune_radio.core.communes import load_communes
    from commune_radio.exchange.samples import sample_entries
    from commune_radio.paths import assets_dir
    from commune_radio.storage.station_repo import set_setting
    from commune_radio.ui.main_window import PAGE_OFFICE

    communes = [c for c in load_communes(assets_dir() / "data") if c.list_name == "2025-07"]
    with tempfile.TemporaryDirectory(prefix="commune-radio-office-") as tmp:
        tmp_path = Path(tmp)
        incoming = tmp_path / "USB"
        incoming.mkdir()
        files = []
        for n, commune in enumerate(communes[:OFFICE_STATIONS]):
            name = f"Đài truyền thanh {commune.name[:1].lower()}{commune.name[1:]}"
            period = ((OFFICE_PERIOD[0], dt.date(2026, 10, 31)) if n == 9 else OFFICE_PERIOD)
            files.append(_export(tmp_path / commune.code, incoming, commune.code, name,
                                 _office_entries(n, commune.code), period))
        # the first station's August, sent from its old computer before it was reinstalled
        first = communes[0]
        first_name = f"Đài truyền thanh {first.name[:1].lower()}{first.name[1:]}"
        august = _export(tmp_path / "old-pc", tmp_path, first.code, first_name,
                         sample_entries(first.code, dt.date(2026, 8, 1), dt.date(2026, 8, 31),
                                        seed=1, per_day=2, items=3),
                         (dt.date(2026, 8, 1), dt.date(2026, 8, 31)))
        damaged = incoming / f"{communes[3].code}_2026-09_2026-11 (ban sao).crlog"
        blob = bytearray(files[3].read_bytes())
        blob[len(blob) // 2] ^= 0xFF
        damaged.write_bytes(bytes(blob))

        ctx = AppContext.open(tmp_path / "office", clock=FixedClock(OFFICE_NOW))
        try:
            set_setting(ctx.db, "role", "office")
            ctx.office.save_settings(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai",
                                     level="province", parent="UBND TỈNH LÀO CAI")
            ctx.office.import_file(august)
            window = MainWindow(ctx, "vi")
            window.resize(1280, 760)
            window.show()
            window.show_page(PAGE_OFFICE)
            screen = window.office_screen
            settle(400)
            batch = [files[0], files[1], damaged, *files[2:]]
            screen.start_import(batch)
            wait(screen.import_finished)
            settle(400)
            save(window, out, "office-import-vi.png")
            prompt = screen.key_prompt
            if prompt is None:
                raise SystemExit("the new key did not bring the question up")
            settle()
            save(prompt, out, "office-key-change-vi.png")
            prompt.accept_button.click()
            wait(screen.reimport_finished)
            wait(screen.report_ready)
            settle()
            screen.import_panel.hide()
            settle()
            save(window, out, "office-heatmap-vi.png")

            late = next(s for s in screen.report.stations if s.weeks["2026-W45"].status
                        != "compliant" and s.weeks["2026-W45"].dx_broadcasts)
            dialog = screen.open_week(late.code, "2026-W45")
            settle()
            save(dialog, out, "office-week-vi.png")
            dialog.reject()

            screen.tabs.setCurrentIndex(1)
            settle()
            save(window, out, "office-minutes-vi.png")
            screen.tabs.setCurrentIndex(2)
            settle()
            save(window, out, "office-stations-vi.png")
            window.close()
        finally:
            ctx.close()
    shoot_send_report(out)


def shoot_send_report(out: Path) -> None:
    """The station's "Gửi báo cáo" dialog: November proposed after October was sent, then
    November written with its spreadsheet."""
    from commune_radio.exchange.samples import sample_entries
    from commune_radio.storage.log_repo import insert_log_rows
    from commune_radio.ui.send_report import SendReportDialog

    with tempfile.TemporaryDirectory(prefix="commune-radio-send-") as tmp:
        tmp_path = Path(tmp)
        usb = tmp_path / "USB"
        usb.mkdir()
        ctx = AppContext.open(tmp_path / "data", clock=FixedClock(SEND_NOW))
        try:
            ctx.station.init(**STATION)
            insert_log_rows(ctx.db, sample_entries(STATION["code"], dt.date(2026, 10, 1),
                                                   dt.date(2026, 12, 1), seed=3, per_day=2,
                                                   items=4))
            ctx.export.export(dt.date(2026, 10, 1), dt.date(2026, 10, 31),
                              usb / f"{STATION['code']}_2026-10.crlog")
            dialog = SendReportDialog(ctx.export, ctx.station, "vi", folder=usb)
            dialog.show()
            wait(dialog.preview_shown)
            settle()
            save(dialog, out, "send-report-vi.png")
            dialog.xlsx_check.setChecked(True)
            dialog.start_export()
            wait(dialog.exported)
            settle()
            save(dialog, out, "send-report-done-vi.png")
            dialog.close()
        finally:
            ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
