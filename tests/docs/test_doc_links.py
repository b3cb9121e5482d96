"""The README and docs/ link only to files a clone of the repository has."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_every_relative_link_of_the_readme_and_docs_exists():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    broken = []
    for page in pages:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith(("#", "mailto:")):
                continue
            if not (page.parent / target.split("#")[0]).exists():
                broken.append(f"{page.relative_to(ROOT)} -> {target}")
    assert not broken, broken


def test_the_readme_points_at_the_contracts_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/cli.md)" in readme and "(docs/design.md)" in readme
    assert not re.search(r"`(CLI|DESIGN)\.md`", readme)  # the team's copies a clone lacks
