"""Every part the installed program carries, with its licence: one list for three readers.

The About dialog shows it, ``installer/third_party.py`` writes ``installer/THIRD_PARTY.md`` from
it, and the PyInstaller spec copies the metadata (licence texts) of exactly the Python
distributions named here. ``tests/test_bundled_parts.py`` checks that the distributions named
here are exactly the program's runtime dependencies and theirs, so a new dependency cannot ship
unlisted. Plain data, no Qt: the build reads it without a display.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

FFMPEG_VERSION = "5.1.9"  # installer/build_ffmpeg.sh builds this release for the Linux bundle


@dataclass(frozen=True)
class Part:
    """One line of the list: what it is, where it lies in the bundle, under which licence."""

    name_en: str
    name_vi: str
    licence_en: str
    licence_vi: str
    where: str
    # pip names whose metadata (with the licence texts) the bundle carries; empty for parts
    # that come inside another (Qt inside PySide6) or from outside Python (our ffmpeg)
    distributions: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ("linux", "win32")

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en

    def licence(self, lang: str) -> str:
        return self.licence_vi if lang == "vi" else self.licence_en


def _same(name: str, licence: str, where: str, *dists: str) -> Part:
    """A part whose name and licence read the same in both languages."""
    return Part(name, name, licence, licence, where, dists)


PARTS: tuple[Part, ...] = (
    Part("Qt 6 (QtCore, QtGui, QtWidgets, QtMultimedia without a media backend plugin, QtSvg, "
         "QtNetwork, ...) via PySide6 / shiboken6",
         "Qt 6 (QtCore, QtGui, QtWidgets, QtMultimedia không kèm plugin phát đa phương tiện, "
         "QtSvg, QtNetwork, ...) qua PySide6 / shiboken6",
         "LGPL-3.0 (also GPL-2.0/GPL-3.0); shared libraries you may replace",
         "LGPL-3.0 (hoặc GPL-2.0/GPL-3.0); thư viện dùng chung, người dùng có thể thay",
         "_internal/PySide6/", ("PySide6-Essentials", "PySide6-Addons", "shiboken6")),
    Part(f"ffmpeg {FFMPEG_VERSION} program, our audio-only build (LAME and Opus linked in): "
         "the bundle's only FFmpeg",
         f"Chương trình ffmpeg {FFMPEG_VERSION}, bản dựng chỉ cho âm thanh (kèm LAME và Opus): "
         "FFmpeg duy nhất trong gói",
         "LGPL-2.1-or-later (built without --enable-gpl and --enable-nonfree); LAME: "
         "LGPL-2.0-or-later; Opus: BSD-3-Clause; a separate program",
         "LGPL-2.1 trở lên (dựng không có --enable-gpl, --enable-nonfree); LAME: LGPL-2.0 trở "
         "lên; Opus: BSD-3-Clause; một chương trình riêng",
         "_internal/ffmpeg/",
         platforms=("linux",)),
    Part("ffmpeg program of the imageio-ffmpeg wheel (a build configured with --enable-gpl "
         "--enable-version3): the bundle's only FFmpeg",
         "Chương trình ffmpeg của gói imageio-ffmpeg (bản dựng với --enable-gpl "
         "--enable-version3): FFmpeg duy nhất trong gói",
         "GPL-3.0; a separate program", "GPL-3.0; một chương trình riêng",
         "_internal/imageio_ffmpeg/binaries/", platforms=("win32",)),
    Part("imageio-ffmpeg", "imageio-ffmpeg", "BSD-2-Clause", "BSD-2-Clause",
         "_internal/imageio_ffmpeg/", ("imageio-ffmpeg",), platforms=("win32",)),
    Part("ICU (used by Qt)", "ICU (Qt dùng)", "Unicode-3.0", "Unicode-3.0",
         "_internal/PySide6/Qt/lib/libicu*"),
    Part("Python 3.11 (interpreter and standard library)",
         "Python 3.11 (trình thông dịch và thư viện chuẩn)", "PSF-2.0", "PSF-2.0",
         "_internal/libpython3.11.so*, base_library.zip"),
    Part("numpy (with OpenBLAS; libgfortran/libquadmath: GPL-3.0 with the GCC Runtime Library "
         "Exception)",
         "numpy (kèm OpenBLAS; libgfortran/libquadmath: GPL-3.0 với ngoại lệ GCC Runtime "
         "Library)",
         "BSD-3-Clause (and the licences in its dist-info)",
         "BSD-3-Clause (và các giấy phép trong dist-info của nó)",
         "_internal/numpy*", ("numpy",)),
    Part("cryptography (with OpenSSL), cffi, pycparser",
         "cryptography (kèm OpenSSL), cffi, pycparser",
         "Apache-2.0 / BSD-3-Clause; OpenSSL: Apache-2.0; cffi: MIT-0; pycparser: BSD-3-Clause",
         "Apache-2.0 / BSD-3-Clause; OpenSSL: Apache-2.0; cffi: MIT-0; pycparser: BSD-3-Clause",
         "_internal/cryptography/", ("cryptography", "cffi", "pycparser")),
    _same("APScheduler, pydub, openpyxl, et_xmlfile, platformdirs, tzlocal, tabulate, pluggy, "
          "SQLAlchemy", "MIT", "_internal/",
          "APScheduler", "pydub", "openpyxl", "et_xmlfile", "platformdirs", "tzlocal",
          "tabulate", "pluggy", "SQLAlchemy"),
    _same("sqlite-utils, sqlite-fts4, click-default-group, tzdata", "Apache-2.0", "_internal/",
          "sqlite-utils", "sqlite-fts4", "click-default-group", "tzdata"),
    _same("click, python-dateutil", "BSD-3-Clause", "_internal/", "click", "python-dateutil"),
    _same("typing_extensions", "PSF-2.0", "_internal/", "typing_extensions"),
    _same("orjson", "Apache-2.0 OR MIT (its bundled parts: MPL-2.0)", "_internal/orjson/",
          "orjson"),
    Part("psycopg 3 and psycopg-binary (with libpq, OpenSSL and their dependencies)",
         "psycopg 3 và psycopg-binary (kèm libpq, OpenSSL và các thư viện chúng cần)",
         "LGPL-3.0-only; libpq: PostgreSQL Licence",
         "LGPL-3.0-only; libpq: giấy phép PostgreSQL",
         "_internal/psycopg*/, _internal/psycopg_binary.libs/", ("psycopg", "psycopg-binary")),
    Part("PyInstaller loader (the installed program's executable)",
         "Trình nạp PyInstaller (tệp chạy của chương trình đã cài)",
         "GPL-2.0-or-later with the bootloader exception",
         "GPL-2.0 trở lên với ngoại lệ cho trình nạp",
         "commune-radio", ("pyinstaller",)),
    Part("System libraries copied from the build machine (Debian 12: X11/xcb, glib, fontconfig, "
         "freetype, PulseAudio client, ...)",
         "Thư viện hệ thống chép từ máy dựng (Debian 12: X11/xcb, glib, fontconfig, freetype, "
         "PulseAudio client, ...)",
         "each its own; see /usr/share/doc/<package>/copyright on Debian",
         "mỗi thư viện theo giấy phép riêng; xem /usr/share/doc/<gói>/copyright trên Debian",
         "_internal/lib*.so*", platforms=("linux",)),
)

# Runtime dependencies that are deliberately not in the bundle: pip (sqlite-utils names it for
# its `install` command, which the program does not offer; the spec excludes it)
NOT_BUNDLED = ("pip",)


def platform_key(platform: str | None = None) -> str:
    """"win32" on Windows, "linux" for every other system (the Linux bundle's list)."""
    return "win32" if (platform or sys.platform) == "win32" else "linux"


def parts(platform: str | None = None) -> list[Part]:
    """The parts of the bundle built for ``platform`` (this system's by default)."""
    key = platform_key(platform)
    return [p for p in PARTS if key in p.platforms]


def distributions(platform: str | None = None) -> list[str]:
    """The Python distributions that bundle carries (their metadata goes in with them)."""
    return [d for p in parts(platform) for d in p.distributions]
