"""Replace the bundle's ICU data library (Qt's libicudata, 31 MB) by one with only what the
program can use: the Vietnamese and English locales (with root, their fallback), collation,
break rules, normalisation, time zones. Dropped: the other ~800 locales' names, currencies,
units, collations and number spellings, the legacy character-set converters (Qt reads and
writes UTF-8 itself) and the transliterators. About 7 MB remain.

    python installer/trim_icu.py dist/commune-radio/_internal/PySide6/Qt/lib/libicudata.so.NN

Needs icupkg (Debian: icu-devtools), readelf and gcc; build.sh installs them. The data blob is
cut out of the shared library by its symbol, thinned with icupkg, and linked back into a shared
library of the same name and symbol, which is all libicuuc asks of it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = {"root", "vi", "vi_VN", "en", "en_US", "en_US_POSIX", "en_001", "en_150", "en_GB"}
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")


def dropped(item: str) -> bool:
    """Whether an item of the ICU data package (e.g. ``coll/de.res``) goes."""
    stem, _, ext = item.rsplit("/", 1)[-1].rpartition(".")
    if ext == "res" and LOCALE.match(stem) and stem not in KEEP_LOCALES:
        return True
    return ext == "cnv" or item.startswith("translit/")


def _symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` data symbol."""
    table = subprocess.run(["readelf", "-Ws", str(lib)], check=True, capture_output=True,
                           text=True).stdout
    m = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+"
                  r"(icudt\d+_dat)\s*$", table, re.MULTILINE)
    if not m:
        raise SystemExit(f"{lib}: no icudtNN_dat symbol")
    address, size, name = int(m.group(1), 16), int(m.group(2), 0), m.group(3)
    sections = subprocess.run(["readelf", "-SW", str(lib)], check=True, capture_output=True,
                              text=True).stdout
    for line in sections.splitlines():  # address -> file offset through its section
        s = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,})\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if s:
            start, offset, length = (int(g, 16) for g in s.groups())
            if start <= address < start + length:
                return name, offset + address - start, size
    raise SystemExit(f"{lib}: cannot place {name} in a section")


def trim(lib: Path) -> tuple[int, int]:
    """Rewrite ``lib`` in place; return its size before and after."""
    name, offset, size = _symbol(lib)
    package = name.removesuffix("_dat") + "l"  # icudt73l: the little-endian data package
    before = lib.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with lib.open("rb") as f:
            f.seek(offset)
            (work / f"{package}.dat").write_bytes(f.read(size))
        (work / "out").mkdir()
        items = subprocess.run(["icupkg", "-l", f"{package}.dat"], cwd=work, check=True,
                               capture_output=True, text=True).stdout.split()
        drop = [i for i in items if dropped(i)]
        (work / "drop.txt").write_text("\n".join(drop) + "\n")
        subprocess.run(["icupkg", "-r", "drop.txt", f"{package}.dat", f"out/{package}.dat"],
                       cwd=work, check=True)
        (work / "data.S").write_text(
            f'.section .rodata\n.globl {name}\n.type {name},@object\n.balign 16\n'
            f'{name}:\n.incbin "out/{package}.dat"\n.size {name}, .-{name}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o",
                        "lib.so", "data.S"], cwd=work, check=True)
        (work / "lib.so").replace(lib)
    print(f"{lib.name}: {len(items) - len(drop)} of {len(items)} items kept, "
          f"{before // 1024} KB -> {lib.stat().st_size // 1024} KB")
    return before, lib.stat().st_size


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        trim(Path(arg))
