"""The layering of DESIGN.md is a checked contract: ``lint-imports`` runs here too, so a CI that
skipped ``./dev lint`` would still fail on an import against the layers.

The contracts live in ``pyproject.toml`` ([tool.importlinter]) and list no exception.
``PENDING`` names the importing modules whose fix is on its way in another branch; the test
fails both on any other broken import and on a pending module that no longer breaks anything,
so the list can only shrink, and is empty once the branches are merged.
"""

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# importer -> where its fix is made (remove the line when that branch is merged)
PENDING: dict[str, str] = {
}

BROKEN_LINE = re.compile(r"^-\s+(commune_radio[\w.]*) -> (commune_radio[\w.]*)", re.MULTILINE)


def _lint_imports() -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("lint-imports")
    command = [str(exe)] if exe.exists() else [shutil.which("lint-imports") or "lint-imports"]
    return subprocess.run(
        [*command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=80,
        env={**os.environ, "COLUMNS": "250", "PYTHONPATH": str(ROOT)},
    )


def test_the_contracts_list_no_exception():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert {c["id"] for c in contracts} == {"layers", "services-door", "qt-free"}
    assert not any("ignore_imports" in c for c in contracts)
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    assert layers[0] == "commune_radio.ui | commune_radio.cli"
    assert "commune_radio.services" in layers and "commune_radio.app" in layers


def test_imports_follow_the_layers():
    result = _lint_imports()
    output = result.stdout + result.stderr
    assert "Contracts:" in output, output  # it really ran over the package
    broken = {(a, b) for a, b in BROKEN_LINE.findall(output)}
    unexpected = sorted(f"{a} -> {b}" for a, b in broken if a not in PENDING)
    assert unexpected == [], "imports against the layers:\n" + "\n".join(unexpected)
    fixed = sorted(set(PENDING) - {a for a, _ in broken})
    assert fixed == [], f"fixed now, remove from PENDING: {fixed}"
    if not PENDING:
        assert result.returncode == 0, output
