"""Regenerate the demo DX segments in assets/demo/ (Vietnamese speech by espeak-ng, a sox jingle).

Run once by a developer; the small output files are committed so a station PC needs neither
espeak-ng nor sox. ``assets/demo/segments.json`` says each file's title, theme and language.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import imageio_ffmpeg

DEMO = Path(__file__).resolve().parent.parent / "assets" / "demo"

SEGMENTS = [
    ("dx_goals", "Chuyển đổi số là gì và mang lại lợi ích gì",
     "Kính thưa bà con. Chuyển đổi số là việc dùng công nghệ số để làm việc, học tập và sản xuất "
     "tốt hơn. Chuyển đổi số giúp người dân tiết kiệm thời gian, tiền bạc, và tiếp cận thông tin "
     "nhanh hơn."),
    ("online_services", "Nộp hồ sơ trên Cổng dịch vụ công",
     "Bà con có thể nộp hồ sơ làm giấy khai sinh, đăng ký thường trú trên Cổng dịch vụ công quốc "
     "gia, không cần đi lại nhiều lần. Cán bộ xã sẵn sàng hướng dẫn tại bộ phận một cửa."),
    ("information_security", "Cảnh giác lừa đảo qua điện thoại",
     "Bà con tuyệt đối không cung cấp mã xác thực O T P, mật khẩu tài khoản ngân hàng cho bất kỳ "
     "ai qua điện thoại hay tin nhắn. Khi nghi ngờ, hãy báo ngay cho công an xã."),
    ("digital_skills", "Kỹ năng số: cài ứng dụng VNeID",
     "Ứng dụng VNeID là tài khoản định danh điện tử của mỗi người dân. Bà con mang căn cước công "
     "dân đến công an xã để được kích hoạt tài khoản mức hai."),
    ("digital_platforms_sme", "Thanh toán không dùng tiền mặt cho hộ kinh doanh",
     "Các hộ kinh doanh nên mở tài khoản thanh toán và dùng mã Q R để nhận tiền, giúp bán hàng "
     "thuận tiện, an toàn và minh bạch."),
]


def main() -> None:
    """Write the demo files and their manifest."""
    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    DEMO.mkdir(parents=True, exist_ok=True)
    manifest = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (topic, title, text) in enumerate(SEGMENTS, start=1):
            wav = Path(tmp) / f"{n}.wav"
            subprocess.run(["espeak-ng", "-v", "vi", "-s", "140", "-w", str(wav), text],
                           check=True)
            ext = ".ogg" if n % 2 else ".mp3"
            codec = ["-c:a", "libvorbis", "-q:a", "2"] if ext == ".ogg" else ["-b:a", "48k"]
            out = DEMO / f"dx-{n:02d}-{topic}{ext}"
            subprocess.run([ffmpeg, "-v", "error", "-y", "-i", str(wav), "-af",
                            "adelay=600,apad=pad_dur=0.8", *codec,
                            "-metadata", f"title={title}", str(out)], check=True)
            manifest.append({"file": out.name, "title": title, "topic": topic, "language": "vi"})
        jingle = DEMO / "jingle-intro.ogg"
        wav = Path(tmp) / "jingle.wav"
        subprocess.run(["sox", "-n", "-r", "48000", str(wav), "synth", "0.35", "sine", "523.25",
                        "synth", "0.35", "sine", "659.25", ":", "synth", "0.35", "sine", "783.99",
                        ":", "synth", "0.7", "sine", "1046.5", "fade", "0.02", "0", "0.3"],
                       check=True)
        subprocess.run([ffmpeg, "-v", "error", "-y", "-i", str(wav), "-c:a", "libvorbis",
                        "-q:a", "3", "-metadata", "title=Nhạc hiệu mở đầu", str(jingle)],
                       check=True)
        manifest.append({"file": jingle.name, "title": "Nhạc hiệu mở đầu", "topic": None,
                         "language": "vi", "role": "intro"})
    (DEMO / "segments.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
