"""The lengths the export format allows, in one table read by the writer, the reader and every
place a person types one of these values, so a value accepted at entry always exports.

(A 250-character station name used to be accepted by `station init` and then make every
`log export` fail: the format's reader refused it.)
"""

from __future__ import annotations

import re

from commune_radio.core.errors import RejectedInput

MAX_SHORT_TEXT = 200  # names, programme, device
MAX_LONG_TEXT = 1000  # titles, reasons
MAX_TIMEZONE = 64

# field -> the most characters format v1 carries for it
FIELD_LIMITS: dict[str, int] = {
    "station.name": MAX_SHORT_TEXT,
    "station.province": MAX_SHORT_TEXT,
    "station.office": MAX_SHORT_TEXT,
    "station.timezone": MAX_TIMEZONE,
    "programme": MAX_SHORT_TEXT,
    "device": MAX_SHORT_TEXT,
    "title": MAX_LONG_TEXT,
    "reason": MAX_LONG_TEXT,
}

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def check_text(field: str, value: str) -> str:
    """``value`` if format v1 can carry it in ``field``; else a ``RejectedInput`` naming the
    limit. Control characters are refused too: a person never means to type them."""
    limit = FIELD_LIMITS[field]
    if len(value) > limit:
        raise RejectedInput("input.too_long", field=field, limit=limit, length=len(value))
    if _CONTROL.search(value):
        raise RejectedInput("input.control_chars", field=field)
    return value
