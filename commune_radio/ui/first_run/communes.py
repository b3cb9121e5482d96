"""The communes the wizard offers: both Lào Cai lists, the current one first, each with the
district it belonged to before 1/7/2025 (the name a person still knows it by)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from commune_radio.core.communes import BEFORE_2025_07, Commune, load_communes
from commune_radio.paths import assets_dir
from commune_radio.ui.text import fold

CURRENT_LIST = "2025-07"


@dataclass(frozen=True)
class CommuneChoice:
    """One line of the wizard's list."""

    commune: Commune
    former_district: str
    search_key: str  # folded name, code and district, so "ban phiet" finds "Bản Phiệt"

    @property
    def current(self) -> bool:
        """Whether the unit is on the list in force since 1/7/2025."""
        return self.commune.list_name == CURRENT_LIST

    def matches(self, words: list[str]) -> bool:
        """Whether every folded word of the search box starts a word of this line ("ban"
        finds "Bản Phiệt" and "Văn Bàn", not "Thượng Bằng La" through its "an")."""
        own = self.search_key.split()
        return all(any(w.startswith(word) for w in own) for word in words)


def search_words(text: str) -> list[str]:
    """The search box's text as folded words."""
    return fold(text).split()


@cache
def _former_districts(data_dir: Path) -> dict[str, str]:
    # the current list has no districts; a merged unit kept the code of one of the old ones
    with open(data_dir / BEFORE_2025_07, encoding="utf-8", newline="") as fh:
        return {row["code"].strip().zfill(5): row.get("district", "").strip()
                for row in csv.DictReader(fh)}


def commune_choices(data_dir: Path | None = None) -> list[CommuneChoice]:
    """Every unit of both lists, the 2025 list first, then the older units, by name."""
    data_dir = data_dir or assets_dir() / "data"
    districts = _former_districts(data_dir)
    out = []
    for commune in load_communes(data_dir):
        district = districts.get(commune.code, "") or commune.district
        key = fold(f"{commune.name} {commune.code} {district}")
        out.append(CommuneChoice(commune, district, key))
    return sorted(out, key=lambda c: (not c.current, _sort_name(c.commune)))


def _sort_name(commune: Commune) -> str:
    # "Xã Bản Phiệt" sorts under B, next to "Phường Bắc Cường"
    name = commune.name
    if commune.kind and name.lower().startswith(commune.kind.lower() + " "):
        name = name[len(commune.kind) + 1:]
    return fold(name)
