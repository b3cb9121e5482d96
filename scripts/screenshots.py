"""Render the window's main screens to docs/screenshots/*.png from the real widgets.

A temporary data directory gets a station (02785, Bản Phiệt) and a few real segments of
Vietnamese speech made with espeak-ng, imported through the same service the window uses; the
import screenshot is taken while the window's own import job runs.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Runs off screen by default; set QT_QPA_PLATFORM=xcb (e.g. under xvfb-run) to use a real display.
"""

from __future__ import annotations

import argparse
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

    window.show_page(PAGE_SCHEDULE)
    settle()
    save(window, out, "placeholder-schedule-vi.png")
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


if __name__ == "__main__":
    raise SystemExit(main())
