"""Import of a 10-minute MP3: ``LibraryService.import_file`` against bare ffmpeg decoding.

The speech is espeak-ng Vietnamese, repeated to 10 minutes, 44.1 kHz stereo, 128 kb/s MP3 (made
with sox and the bundled ffmpeg). Its peaks sit near full scale, so levelling it to -16 LUFS
makes the true-peak limiter work, as it does on most speech. Both sides are timed in the same
run, alternately, best of three; the goal is an import within 2x of the bare decode.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from commune_radio.app import AppContext
from commune_radio.audio.ffmpeg import ffmpeg_exe
from commune_radio.audio.prepare import prepare_file

MINUTES = 10
ROUNDS = 3
TEXT = (
    "Kính thưa bà con. Đài truyền thanh xã xin giới thiệu chuyên mục chuyển đổi số. "
    "Chuyển đổi số giúp bà con nộp hồ sơ dịch vụ công trực tuyến ngay tại nhà, "
    "thanh toán tiền điện, tiền nước không dùng tiền mặt, và bán nông sản trên sàn thương mại "
    "điện tử. Bà con cần giữ an toàn thông tin cá nhân, không chia sẻ mã xác thực cho ai. "
    "Mọi thắc mắc xin liên hệ tổ công nghệ số cộng đồng của thôn."
)


def make_mp3(folder: Path, minutes: float = MINUTES) -> Path:
    """espeak-ng speech repeated to ``minutes``, as a 44.1 kHz stereo MP3."""
    for tool in ("espeak-ng", "sox"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} is needed (./dev setup installs it)")
    speech = folder / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "vi", "-w", str(speech), TEXT], check=True)
    long = folder / "long.wav"
    seconds = float(subprocess.run(["soxi", "-D", str(speech)], capture_output=True, text=True,
                                   check=True).stdout)
    repeats = int(minutes * 60 / seconds) + 1
    subprocess.run(
        ["sox", "-V1", str(speech), "-r", "44100", "-c", "2", str(long), "gain", "-3",
         "repeat", str(repeats), "trim", "0", str(minutes * 60)],
        check=True,
    )
    mp3 = folder / "ban-tin-10-phut.mp3"
    subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-y", "-i", str(long),
         "-c:a", "libmp3lame", "-b:a", "128k", str(mp3)],
        check=True,
    )
    long.unlink()
    return mp3


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children (0 where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(work) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds, result) of ``work()``."""
    cpu, started = cpu_seconds(), time.perf_counter()
    result = work()
    return time.perf_counter() - started, cpu_seconds() - cpu, result


def bare_decode(mp3: Path) -> None:
    subprocess.run([ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-i", str(mp3),
                    "-f", "null", "-"], check=True)


def library_import(mp3: Path, folder: Path) -> tuple[float, float, dict]:
    """One import into a fresh data directory: (wall s, CPU s, what it reported)."""
    data = Path(tempfile.mkdtemp(dir=folder, prefix="data-"))
    ctx = AppContext.open(data)
    try:
        wall, cpu, result = timed(lambda: ctx.library.import_file(mp3))
    finally:
        ctx.close()
    if not result.ok:
        raise RuntimeError(f"import failed: {result.error}")
    shutil.rmtree(data, ignore_errors=True)
    return wall, cpu, result.as_json()


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        mp3 = make_mp3(folder)
        bare, imports, prepares = [], [], []
        answer: dict = {}
        for _ in range(ROUNDS):  # alternately, so a busy moment hits both sides
            bare.append(timed(lambda: bare_decode(mp3))[:2])
            wall, cpu, answer = library_import(mp3, folder)
            imports.append((wall, cpu))
            prepares.append(timed(lambda: prepare_file(mp3))[:2])
        size_mb = mp3.stat().st_size / 1e6
    best_bare, best_import, best_prepare = min(bare), min(imports), min(prepares)
    return [
        {
            "case": f"{MINUTES}-minute 44.1 kHz stereo 128 kb/s MP3 ({size_mb:.1f} MB)",
            "bare_ffmpeg_decode_s": round(best_bare[0], 2),
            "import_file_s": round(best_import[0], 2),
            "prepare_file_s": round(best_prepare[0], 2),
            "ratio_import_to_decode": round(best_import[0] / best_bare[0], 2),
            "all_bare_s": [round(w, 2) for w, _ in bare],
            "all_import_s": [round(w, 2) for w, _ in imports],
            "bare_cpu_s": round(min(c for _, c in bare), 2),
            "import_cpu_s": round(min(c for _, c in imports), 2),
            "loudness_lufs": answer.get("loudness_lufs"),
            "duration_s": answer.get("duration_s"),
        }
    ]
