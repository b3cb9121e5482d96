"""Station text is data, never markup or code: the one place that neutralises it for an output.

A station's name, a programme, a title or a reason arrives signed from any of 99 communes, and
trust on first use means anyone can sign one. The text is stored exactly as signed (the signature
and the re-import check rely on the very bytes) and made harmless where it leaves the program:

- ``display_text``: for a terminal or a label. Control characters (C0, DEL, C1: an ESC can
  rewrite the terminal line into a fake "OK", a CR can hide what came before, NUL cuts a line)
  and the bidirectional overrides (they reorder what the reader sees) become U+FFFD.
- ``cell_text``: for a spreadsheet cell (XLSX and CSV). The characters XML 1.0 cannot carry
  become U+FFFD (one NUL used to make the whole office report fail), and a text that a
  spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab, CR first) is marked so.
- ``escape_json_controls``: JSON already escapes C0 controls; DEL, C1 (U+009B is a CSI on some
  terminals) and the bidi overrides are escaped too: the document stays exact, prints harmlessly.

No PySide6 here: the window uses ``display_text`` and plain-text labels (``ui.text``).
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# C0 controls, DEL, C1 controls, and the Unicode bidirectional embeddings/overrides/isolates
_UNSAFE_DISPLAY = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# what XML 1.0 (so XLSX) cannot hold, and the controls a CSV reader could trip on
_UNSAFE_CELL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_JSON_RAW = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# a cell that begins with one of these is a formula (or becomes one) in Excel / LibreOffice
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def display_text(value: object) -> str:
    """``value`` as one harmless line for a terminal or a label: every control character,
    line breaks included, and every bidi override becomes U+FFFD."""
    return _UNSAFE_DISPLAY.sub(REPLACEMENT, str(value))


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would take ``text`` as a formula (or the start of one)."""
    return text.startswith(FORMULA_STARTS)


def cell_text(value: str) -> str:
    """A station text as a spreadsheet will show it: XML-illegal controls replaced. Whether it
    must also be marked as text is ``looks_like_formula`` (XLSX types the cell; CSV prefixes)."""
    return _UNSAFE_CELL.sub(REPLACEMENT, value)


def csv_cell(value: object) -> object:
    """A CSV field: numbers as they are; text cleaned and, when it would be read as a formula,
    prefixed with an apostrophe (the convention spreadsheets honour as "this is text")."""
    if not isinstance(value, str):
        return value
    text = cell_text(value)
    return "'" + text if looks_like_formula(text) else text


def escape_json_controls(document: str) -> str:
    """A JSON text with the controls JSON leaves raw (DEL, C1, bidi overrides) written as
    ``\\uXXXX`` escapes: the same document, harmless on a terminal.

    Safe on a whole document: outside strings JSON has no character in those ranges.
    """
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
