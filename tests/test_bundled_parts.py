"""The list of bundled parts (About dialog, THIRD_PARTY.md, the spec) names exactly what ships."""

from __future__ import annotations

import importlib.metadata as md
import re
import subprocess
import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from commune_radio import bundled_parts

ROOT = Path(__file__).resolve().parents[1]


def runtime_closure() -> set[str]:
    """The program's runtime dependencies and theirs (extras as requested), as installed."""
    seen: set[str] = set()
    todo = [(Requirement(r), "") for r in md.requires("commune-radio") or []]
    while todo:
        req, extra = todo.pop()
        if req.marker and not req.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(req.name)
        for wanted_extra in ("", *req.extras):
            key = f"{name}[{wanted_extra}]"
            if key in seen:
                continue
            seen.add(key)
            for dep in md.requires(req.name) or []:
                todo.append((Requirement(dep), wanted_extra))
    return {key.split("[")[0] for key in seen}


def test_the_list_names_exactly_the_runtime_dependencies_of_each_bundle():
    closure = runtime_closure()
    assert {"pydub", "numpy", "pyside6-essentials", "sqlite-utils"} <= closure
    not_bundled = {canonicalize_name(n) for n in bundled_parts.NOT_BUNDLED}
    for platform in ("linux", "win32"):
        listed = [canonicalize_name(d) for d in bundled_parts.distributions(platform)]
        assert len(listed) == len(set(listed)), "a distribution is listed twice"
        wanted = closure - not_bundled - {"commune-radio"}
        if platform == "linux":  # the Linux bundle carries its own ffmpeg instead
            wanted -= {"imageio-ffmpeg"}
        # the PyInstaller loader is in every bundle, though it is not a runtime dependency
        assert set(listed) - {"pyinstaller"} == wanted, platform


def test_each_bundle_has_exactly_one_ffmpeg_and_pydub_is_named():
    for platform in ("linux", "win32"):
        names = [p.name_en for p in bundled_parts.parts(platform)]
        assert sum("the bundle's only FFmpeg" in n for n in names) == 1
        assert any("pydub" in n for n in names)
        assert all(p.name_vi and p.licence_vi for p in bundled_parts.parts(platform))
    linux_ffmpeg = next(p for p in bundled_parts.parts("linux") if "FFmpeg" in p.name_en)
    assert "LGPL" in linux_ffmpeg.licence_en and "GPL-3" not in linux_ffmpeg.licence_en


def test_third_party_md_is_written_from_the_list():
    """THIRD_PARTY.md in the tree is what installer/third_party.py writes from the list."""
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "third_party.py"), "--check"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    text = (ROOT / "installer" / "THIRD_PARTY.md").read_text("utf-8")
    for part in bundled_parts.PARTS:
        assert f"| {part.name_en} |" in text


def test_the_spec_and_the_ffmpeg_build_use_the_same_data():
    spec = (ROOT / "installer" / "commune_radio.spec").read_text("utf-8")
    assert "bundled_parts.distributions()" in spec
    build = (ROOT / "installer" / "build_ffmpeg.sh").read_text("utf-8")
    version = re.search(r"^FFMPEG_VERSION=(\S+)$", build, re.MULTILINE).group(1)
    assert version == bundled_parts.FFMPEG_VERSION
