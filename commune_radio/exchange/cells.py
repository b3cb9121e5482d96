"""The one place a value becomes a spreadsheet cell (XLSX here; CSV through ``core.safe_text``).

Every text is cleaned of what XML cannot carry and typed as a string, so a station name such as
``=HYPERLINK(...)`` shows as those characters and never runs (see ``core.safe_text``).
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from commune_radio.core.safe_text import cell_text, looks_like_formula


def put_cell(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write ``value`` at (row, column): text as text, whatever it begins with."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = cell_text(value)
        cell.value = text
        if looks_like_formula(text):
            cell.data_type = "s"  # openpyxl took it for a formula: it is station text
    else:
        cell.value = value
    return cell
