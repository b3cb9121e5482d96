"""Page set-up of the workbooks people print: A4 landscape, fit to width, headers repeated.

An officer prints the office report and a station its log to sign and file them, so every sheet
prints on A4 across (as many pages down as needed), repeats its table header on each page, and
carries the administrative heading the way Vietnamese documents lay it out: the agency block on
the left half, the national motto block on the right half, each centred over its half.
Only the layout is decided here; what a cell says is written by ``exchange.xlsx``.
"""

from __future__ import annotations

from copy import copy

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

MINUTES_FORMAT = "0.0"  # minutes and percentages to one decimal, never rounded to 0 on screen
_CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=False)


def set_up_page(ws: Worksheet, *, header_row: int, width: int, heading_lines: int,
                motto_lines: int = 3) -> None:
    """A4 landscape, all ``width`` columns on one page across, ``header_row`` on every page.

    The first ``motto_lines`` heading rows get their two blocks (agency | motto) merged over
    each half and centred; the following heading rows (title, period, …) span the full width.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    if ws.row_dimensions[header_row].height is None:  # two lines of wrapped column titles
        ws.row_dimensions[header_row].height = 30
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.5, 0.6
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.size = 9
    half = max(1, width // 2)
    for row in range(1, heading_lines + 1):
        filled = [c for c in range(1, ws.max_column + 1)
                  if ws.cell(row=row, column=c).value not in (None, "")]
        if row > motto_lines:
            _merge(ws, row, 1, width)
            continue
        # the motto block starts where the heading put it (mid-row); the agency block before it
        right = next((c for c in filled if c > 1), None)
        split = right if right is not None else half + 1
        _merge(ws, row, 1, split - 1)
        _merge(ws, row, split, max(split, width))


def _merge(ws: Worksheet, row: int, first: int, last: int) -> None:
    """Merge a heading row's cells [first, last] and centre the text (when there is some)."""
    if last <= first:
        ws.cell(row=row, column=first).alignment = _CENTRED
        return
    texts = [ws.cell(row=row, column=c).value for c in range(first, last + 1)]
    if not any(v not in (None, "") for v in texts):
        return
    # the text may sit in any cell of the span (the motto starts mid-row): keep it in the first
    value = next(v for v in texts if v not in (None, ""))
    font = next(ws.cell(row=row, column=c).font for c in range(first, last + 1)
                if ws.cell(row=row, column=c).value not in (None, ""))
    for c in range(first, last + 1):
        ws.cell(row=row, column=c).value = None
    anchor = ws.cell(row=row, column=first)
    anchor.value, anchor.font, anchor.alignment = value, copy(font), _CENTRED
    ws.merge_cells(f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}")


def one_decimal(ws: Worksheet, columns: list[int], first_row: int, last_row: int) -> None:
    """Show these columns' numbers with one decimal (34.0 %, 0.4 min)."""
    for col in columns:
        for row in range(first_row, last_row + 1):
            ws.cell(row=row, column=col).number_format = MINUTES_FORMAT


def station_heading_name(name: str) -> str:
    """The station's line of a heading: "ĐÀI TRUYỀN THANH XÃ …" without doubling the words
    when the station's own name already starts with them (or with "Đài")."""
    upper = name.strip().upper()
    if upper.startswith("ĐÀI"):
        return upper
    return f"ĐÀI TRUYỀN THANH {upper}"
