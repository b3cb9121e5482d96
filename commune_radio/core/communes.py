"""The Lào Cai commune lists (before and after the 1/7/2025 reorganisation).

Station codes are the national 5-digit codes; an operator picks their commune from these lists
at set-up and the office shows names for codes it receives. The CSV files sit in assets/data
with their provenance.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

BEFORE_2025_07 = "laocai-communes-before-2025-07.csv"
FROM_2025_07 = "laocai-communes-from-2025-07.csv"


@dataclass(frozen=True)
class Commune:
    """One commune, ward or township with its national code."""

    code: str
    name: str
    kind: str
    district: str
    list_name: str


@cache
def load_communes(data_dir: Path) -> tuple[Commune, ...]:
    """Every unit of both lists, the current list first, each code once (current name wins)."""
    seen: dict[str, Commune] = {}
    for file_name in (FROM_2025_07, BEFORE_2025_07):
        with open(data_dir / file_name, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                code = row["code"].strip().zfill(5)
                if code in seen:
                    continue
                seen[code] = Commune(
                    code=code,
                    name=row["name"].strip(),
                    kind=row.get("type", "").strip(),
                    district=row.get("district", "").strip(),
                    list_name="2025-07" if file_name == FROM_2025_07 else "before-2025-07",
                )
    return tuple(seen.values())


def commune_by_code(data_dir: Path, code: str) -> Commune | None:
    """The unit with this code in either list, or None."""
    for commune in load_communes(data_dir):
        if commune.code == code:
            return commune
    return None
