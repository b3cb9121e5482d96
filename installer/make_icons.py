"""Render assets/icons/commune-radio.svg into the raster icons the installers need.

Writes into OUT_DIR (default build/icons): PNGs of 16..256 px (the Linux bundle ships the 256 px
one beside the SVG for desktops without SVG icon support) and ``commune-radio.ico`` holding
every size as PNG entries, which Windows Vista and later read, for the .exe and the Inno Setup
installer. Qt renders the SVG, so nothing beyond the project's own dependencies is needed.

Usage: python installer/make_icons.py [OUT_DIR]
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "assets" / "icons" / "commune-radio.svg"


def render_pngs(out_dir: Path) -> dict[int, bytes]:
    """PNG bytes of the icon at every size in SIZES (also written as files)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    pngs = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
        (out_dir / f"commune-radio-{size}.png").write_bytes(pngs[size])
    return pngs


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    """An .ico whose entries are PNG images (ICONDIR + ICONDIRENTRY, sizes 256 stored as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    path.write_bytes(header + entries + blobs)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "icons"
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out_dir)
    write_ico(out_dir / "commune-radio.ico", pngs)
    print(f"icons written to {out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
