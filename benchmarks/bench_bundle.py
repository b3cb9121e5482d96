"""The Linux bundle's size, as the last ``./dev dist`` (installer/build.sh) measured it.

Building the bundle takes minutes and is not repeated here: this reads ``dist/build-report.txt``
(written by build.sh after its smoke test passed) and reports its figures with the build's own
date. Without a report it says to run ``./dev dist`` first.
"""

from __future__ import annotations

import re
from pathlib import Path

REPORT = Path(__file__).resolve().parent.parent / "dist" / "build-report.txt"
TARGET_UNPACKED_MB = 200
TARGET_TARBALL_MB = 80


def read_report(path: Path = REPORT) -> dict | None:
    """The figures of a build report, or None when there is none."""
    try:
        text = path.read_text("utf-8")
    except OSError:
        return None
    built = re.search(r"built (\S+)", text)
    unpacked = re.search(r"bundle \(unpacked\): (\d+) MB \((\d+) bytes\)", text)
    tarball = re.search(r"tarball: (\d+) MB \((\d+) bytes\)", text)
    ffmpeg = re.search(r"ffmpeg: (\d+) KB", text)
    if not (built and unpacked and tarball):
        return None
    return {"built": built.group(1), "unpacked_mib": int(unpacked.group(1)),
            "unpacked_bytes": int(unpacked.group(2)), "tarball_mib": int(tarball.group(1)),
            "tarball_bytes": int(tarball.group(2)),
            "ffmpeg_kb": int(ffmpeg.group(1)) if ffmpeg else None}


def run() -> list[dict]:
    found = read_report()
    if found is None:
        return [{"figure": "Linux bundle", "missing": "no dist/build-report.txt: run ./dev dist"}]
    return [
        {"figure": "Linux bundle, unpacked", "mb": found["unpacked_mib"],
         "bytes": found["unpacked_bytes"], "target_mb": TARGET_UNPACKED_MB,
         "ok": found["unpacked_bytes"] < TARGET_UNPACKED_MB * 10**6,
         "built": found["built"], "ffmpeg_kb": found["ffmpeg_kb"]},
        {"figure": "Linux tarball", "mb": found["tarball_mib"], "bytes": found["tarball_bytes"],
         "target_mb": TARGET_TARBALL_MB, "ok": found["tarball_bytes"] < TARGET_TARBALL_MB * 10**6,
         "built": found["built"]},
    ]
