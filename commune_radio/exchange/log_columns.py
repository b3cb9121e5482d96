"""Checks of one column of entry values at a time (types as a set, values de-duplicated first,
times through one regular expression): a million items are checked without a Python loop per
value. Each returns whether the whole column is valid; the caller walks a failed column to name
the first bad line."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import chain
from operator import itemgetter

from commune_radio.core.compliance import iso_week_key
from commune_radio.exchange import format as fmt
from commune_radio.exchange.log_manifest import _HEX64

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_UUID_LINES = re.compile(f"(?:{_UUID.pattern}\n)*{_UUID.pattern}")
_MAX_SEGMENT_ID = 2**53
_MAX_SECONDS = 7 * 86400.0
_NONE = type(None)


def exact_keys(dicts: list[dict], keys: frozenset[str]) -> bool:
    """Every dict has exactly ``keys``: all of the same size, and no key outside the set."""
    return set(map(len, dicts)) == {len(keys)} and set(chain.from_iterable(dicts)) <= keys


def format_offset(delta: dt.timedelta | None) -> str:
    minutes = int((delta or dt.timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@lru_cache(maxsize=4096)
def week_of_day(day: str) -> str:
    return iso_week_key(dt.date.fromisoformat(day))


def _types_within(col: tuple, allowed: frozenset[type]) -> bool:
    return set(map(type, col)) <= allowed


_INT_OR_NONE = frozenset({int, _NONE})
_STR_OR_NONE = frozenset({str, _NONE})
_STR = frozenset({str})
_BOOL = frozenset({bool})
_LIST = frozenset({list})
_NUMBER_OR_NONE = frozenset({int, float, _NONE})


def ok_uuids(col: tuple) -> bool:
    if not _types_within(col, _STR):
        return False
    joined = "\n".join(col)
    return joined.count("\n") == len(col) - 1 and bool(_UUID_LINES.fullmatch(joined))


def equal_to(expected: str) -> Callable[[tuple], bool]:
    def ok(col: tuple) -> bool:
        return _types_within(col, _STR) and set(col) == {expected}
    return ok


def ok_programmes(col: tuple) -> bool:
    if not _types_within(col, _STR):
        return False
    return all(v.strip() and len(v) <= fmt.MAX_SHORT_TEXT for v in set(col))


def ok_bools(col: tuple) -> bool:
    return _types_within(col, _BOOL)


def ok_text_or_none(limit: int) -> Callable[[tuple], bool]:
    def ok(col: tuple) -> bool:
        if not _types_within(col, _STR_OR_NONE):
            return False
        values = set(col)
        values.discard(None)
        return not values or max(map(len, values)) <= limit
    return ok


def ok_item_lists(col: tuple) -> bool:
    return _types_within(col, _LIST) and max(map(len, col)) <= fmt.MAX_ITEMS_PER_BROADCAST


def ok_segment_ids(col: tuple) -> bool:
    if not _types_within(col, _INT_OR_NONE):
        return False
    values = set(col)
    values.discard(None)
    return not values or (min(values) >= 1 and max(values) <= _MAX_SEGMENT_ID)


def ok_hashes(col: tuple) -> bool:
    if not _types_within(col, _STR_OR_NONE):
        return False
    values = set(col)
    values.discard(None)
    return all(map(_HEX64.fullmatch, values))


def ok_titles(col: tuple) -> bool:
    if not _types_within(col, _STR):
        return False
    return max(map(len, set(col))) <= fmt.MAX_LONG_TEXT


def members_of(allowed: frozenset) -> Callable[[tuple], bool]:
    def ok(col: tuple) -> bool:
        # a type check first: True == 1 and 1.0 hash alike, and lists cannot be hashed
        if not _types_within(col, _STR_OR_NONE):
            return False
        return set(col) <= allowed
    return ok


def ok_dbfs(col: tuple) -> bool:
    if not _types_within(col, _NUMBER_OR_NONE):
        return False
    values = set(col)
    values.discard(None)
    return not values or (min(values) >= fmt.MIN_DBFS and max(values) <= fmt.MAX_DBFS)


def ok_seconds(col: tuple) -> bool:
    if not _types_within(col, _NUMBER_OR_NONE):
        return False
    values = set(col)
    values.discard(None)
    return not values or (min(values) >= 0 and max(values) <= _MAX_SECONDS
                          and math.isfinite(max(values)))


_DATE_PART = re.compile(r"2[01][0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])")
_TIME_PART = re.compile(r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]")
_ZONE_PART = re.compile(r"(?:\.[0-9]{1,6})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])")
_DATE_SLICE = itemgetter(slice(0, 10))
_TIME_SLICE = itemgetter(slice(10, 19))
_ZONE_SLICE = itemgetter(slice(19, None))


def ok_moments(col: tuple) -> bool:
    """Every value None or an ISO 8601 moment with offset (the ``_DT`` pattern, a real date).

    The three slices [0:10] [10:19] [19:] partition each string, so checking the distinct
    dates, times of day and fraction+offset tails checks every value, with a few thousand
    matches instead of one per value.
    """
    if not _types_within(col, _STR_OR_NONE) or "" in col:
        return False
    values = list(filter(None, col))  # the texts: None (and "", refused above) dropped
    if not values:
        return True
    dates = set(map(_DATE_SLICE, values))
    if not all(map(_TIME_PART.fullmatch, set(map(_TIME_SLICE, values)))):
        return False
    if not all(map(_ZONE_PART.fullmatch, set(map(_ZONE_SLICE, values)))):
        return False
    if not all(map(_DATE_PART.fullmatch, dates)):
        return False
    try:  # the pattern bounds each part; only whole dates (30 February) remain
        for day in dates:
            dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True
