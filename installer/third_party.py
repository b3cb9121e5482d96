"""Write installer/THIRD_PARTY.md from commune_radio/bundled_parts.py, the list the About dialog
shows and the spec bundles; `--check` only says whether the file is up to date.

    python installer/third_party.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "installer" / "THIRD_PARTY.md"

HEADER = """\
# Commune Radio — bundled software and licences / Phần mềm đi kèm và giấy phép

<!-- written by installer/third_party.py from commune_radio/bundled_parts.py: edit that -->

Commune Radio is free software under the GNU General Public License, version 3 or later.
This folder also carries the following programs and libraries, each under its own licence.
Their licence texts are in `_internal/<name>-<version>.dist-info/` (licenses/ or LICENSE*),
those of the Linux bundle's ffmpeg in `_internal/ffmpeg/`.

Commune Radio là phần mềm tự do theo giấy phép GNU GPL phiên bản 3 trở lên. Thư mục này kèm
theo các chương trình và thư viện dưới đây, mỗi phần theo giấy phép riêng của nó.

The Linux bundle's ffmpeg is built by `installer/build_ffmpeg.sh` from the FFmpeg {version}
release source (Debian 12's `ffmpeg_{version}.orig.tar.xz`; its SHA-256 is in
`_internal/ffmpeg/SOURCE`) with `--disable-everything`, audio parts only, and without
`--enable-gpl`/`--enable-nonfree`: it is LGPL-2.1-or-later. `ffmpeg -buildconf` shows its
configuration; the same script rebuilds it.

| Part | Where in the bundle | Licence | Bundle |
|---|---|---|---|
"""
PLATFORM_NAMES = {("linux", "win32"): "Linux, Windows", ("linux",): "Linux", ("win32",): "Windows"}


def render() -> str:
    """The whole text of THIRD_PARTY.md."""
    sys.path.insert(0, str(ROOT))
    from commune_radio.bundled_parts import FFMPEG_VERSION, PARTS

    rows = [f"| {p.name_en} | `{p.where}` | {p.licence_en} | {PLATFORM_NAMES[p.platforms]} |"
            for p in PARTS]
    return HEADER.format(version=FFMPEG_VERSION) + "\n".join(rows) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if TARGET.read_text("utf-8") != text:
            print(f"{TARGET} is out of date: run python installer/third_party.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
