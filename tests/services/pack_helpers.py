"""Building office content packs for the tests: real audio (sox tones), a real spec, the
office's real key; and rewriting a pack's ZIP to tamper with it."""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile
from pathlib import Path

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock

NOW = dt.datetime(2026, 12, 10, 5, 0, tzinfo=dt.UTC)  # 12:00 in Lào Cai, a Thursday


def tone(path: Path, freq: float, seconds: float = 2.0) -> Path:
    """A sine tone as a 48 kHz WAV."""
    subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", "-c", "1", str(path), "synth",
                    str(seconds), "sine", str(freq), "vol", "0.3"], check=True)
    return path


SPEC = """\
pack_id = "{pack_id}"
title = "Chuyển đổi số tháng 12"
office = "Sở Khoa học và Công nghệ Lào Cai"
province = "{province}"
valid_from = 2026-12-01
valid_until = {valid_until}
{extra}
[[segments]]
id = "dvc-vi"
file = "dvc-vi.wav"
title = "Dịch vụ công trực tuyến"
topic = "online_services"
language = "vi"

[[segments]]
id = "dvc-hmong"
file = "dvc-hmong.wav"
title = "Dịch vụ công trực tuyến (H'Mông)"
topic = "online_services"
language = "hmong"
valid_until = 2026-12-20
{more}
[[programmes]]
language = "vi"
name = "Chuyển đổi số tuần này"
segments = ["dvc-vi"{vi_more}]

[[programmes]]
language = "hmong"
name = "Chuyển đổi số (H'Mông)"
segments = ["dvc-hmong"]
"""

BROKEN = """
[[segments]]
id = "broken"
file = "broken.mp3"
title = "Tệp hỏng"
language = "vi"
"""


def write_spec(folder: Path, *, pack_id: str = "2026-12-dx", province: str = "Lào Cai",
               valid_until: str = "2027-01-31", broken: bool = False, extra: str = "") -> Path:
    """A pack spec with two good tones (and a broken 'mp3' when asked)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "dvc-vi.wav").exists():
        tone(folder / "dvc-vi.wav", 440)
        tone(folder / "dvc-hmong.wav", 660)
        (folder / "broken.mp3").write_bytes(bytes(range(256)) * 40)
    spec = folder / f"{pack_id}.toml"
    spec.write_text(SPEC.format(
        pack_id=pack_id, province=province, valid_until=valid_until, extra=extra,
        more=BROKEN if broken else "", vi_more=', "broken"' if broken else "",
    ), encoding="utf-8")
    return spec


def open_ctx(data: Path, now: dt.datetime = NOW) -> AppContext:
    """A data directory on a fixed clock."""
    return AppContext.open(data, clock=FixedClock(now))


def rewrite(src: Path, dst: Path, change) -> Path:
    """Copy a pack's ZIP member by member, letting ``change(name, data)`` return new bytes
    (or None to drop the member); members come back stored, in the same order."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
    return dst
