"""The entries of a station log file (entries.jsonl) and its events (events.jsonl, v2).

Lines are decoded a batch at a time and validated a column at a time (``exchange.log_columns``)
into the rows the office tables take (``Entries``). Anything wrong raises ``FileRejected``
naming the file, the line and the field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain, repeat
from operator import eq, itemgetter
from typing import Any

try:  # a wheel on every platform we ship; the standard library's scanner is the fallback
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

from commune_radio.core.errors import BugError
from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import FileRejected, at_event, at_line, field_error
from commune_radio.exchange.log_columns import (
    equal_to,
    exact_keys,
    format_offset,
    members_of,
    ok_bools,
    ok_dbfs,
    ok_hashes,
    ok_item_lists,
    ok_moments,
    ok_programmes,
    ok_seconds,
    ok_segment_ids,
    ok_text_or_none,
    ok_titles,
    ok_uuids,
    week_of_day,
)
from commune_radio.exchange.log_container import _CONTAINER_ERRORS, _inflate, _reject
from commune_radio.exchange.log_manifest import (
    _FINAL,
    _SURROGATE_ESCAPE,
    Manifest,
    _has_bad_text,
    _zone,
)
from commune_radio.exchange.strict import no_constants

_BROADCAST_KEYSET = frozenset(fmt.BROADCAST_KEYS)
_ITEM_KEYSETS = {v: frozenset(keys) for v, keys in fmt.ITEM_KEYS_BY_VERSION.items()}
_ITEM_GETTERS = {v: itemgetter(*keys) for v, keys in fmt.ITEM_KEYS_BY_VERSION.items()}
_V1_PADDING = (None,) * (len(fmt.ITEM_KEYS_V2) - len(fmt.ITEM_KEYS_V1))
_EVENT_KEYSET = frozenset(fmt.EVENT_KEYS)
_EVENT_KINDS = frozenset(fmt.EVENT_KINDS)
_TRIGGERS = frozenset(fmt.TRIGGERS)
_ITEM_STATUSES = frozenset(fmt.ITEM_STATUSES)
_TOPICS = frozenset(fmt.TOPIC_IDS) | {None}
_LANGUAGES = frozenset(fmt.LANGUAGE_IDS) | {None}


@dataclass
class Entries:
    """The validated entries, as rows ready for the office tables.

    ``broadcasts`` rows: (id, programme, dx, trigger, scheduled_at, started_at, ended_at, status,
    reason, device, day, week, at, sound); ``sound`` is the evidence class of a played or
    partial broadcast in a v2 file (``format.SOUND_CLASSES``), None otherwise. ``items``
    rows: (broadcast index in ``broadcasts``, position, then the item fields in
    ``format.ITEM_KEYS`` order, the v2 fields None for a v1 file). Times are kept exactly as
    signed (ISO 8601 with the station's offset); ``day``/``week`` are station-local and ``at``
    is the moment that places the broadcast in a day (started, else scheduled).
    """

    broadcasts: list[tuple]
    items: list[tuple]


@dataclass(frozen=True)
class Event:
    """One line of events.jsonl (v2): a running period or a moment, as signed."""

    at: str
    kind: str
    detail: str
    until: str | None


_FAST_DECODER = json.JSONDecoder(parse_constant=no_constants)


_JSON_SPACE = frozenset(" \t\r")
_FIRST_CHAR = itemgetter(0)
_LAST_CHAR = itemgetter(-1)


def _decode_orjson(lines: list[str]) -> list | None:
    """The lines decoded by orjson, or None when any line has padding, is empty or is refused
    (the caller then decodes with the standard scanner, which names the bad line)."""
    if orjson is None:
        return None
    try:
        if not _JSON_SPACE.isdisjoint(set(map(_FIRST_CHAR, lines))) or (
                not _JSON_SPACE.isdisjoint(set(map(_LAST_CHAR, lines)))):
            return None
        return list(map(orjson.loads, lines))
    except (IndexError, ValueError, RecursionError):
        return None


# --- the entries --------------------------------------------------------------------------


class _EntriesParser:
    """Validation of entries.jsonl, a column at a time over the whole file.

    A year of 150 stations is a million items: a Python loop per item (or per field) is what
    would make the office import slow. So the lines are decoded by the C scanner through
    ``map``, each field is gathered into a column, and each column is checked at once (types as
    a set, values de-duplicated first, times through one regular expression). The rules are the
    same as a per-item check; only when a column fails is it walked to name the first bad line.
    """

    def __init__(self, file: str, manifest: Manifest, events: list[Event] = ()) -> None:
        self.file = file
        self.m = manifest
        self.version = manifest.format_version
        self.item_keys = fmt.ITEM_KEYS_BY_VERSION[self.version]
        self.item_keyset = _ITEM_KEYSETS[self.version]
        self.item_fields = _ITEM_GETTERS[self.version]
        self.dead_air = sorted(dt.datetime.fromisoformat(e.at) for e in events
                               if e.kind == "dead_air")
        self.zone = _zone(manifest.timezone)
        self.p_from = manifest.period_from.isoformat()
        self.p_to = manifest.period_to.isoformat()
        self.offsets: dict[str, str] = {}
        self.base = 0  # lines (broadcasts) before the current batch
        self.ids: set[str] = set()
        self.statuses: Counter = Counter()
        self.n_items = 0

    def fail(self, line: int, field: str, expected: str, **params: Any) -> FileRejected:
        """A field problem at ``line`` of the current batch (1-based within it)."""
        return FileRejected(self.file, field_error(at_line(self.base + line), field, expected,
                                                   **params))

    def batch(self, first: int, data: bytes) -> Entries:
        """Validate the complete lines ``data`` whose first line is line ``first``."""
        self.base = first - 1
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _reject(self.file, "exchange.entries_unreadable",
                          line=self.base + data.count(b"\n", 0, exc.start) + 1) from None
        lines = text.split("\n")
        lines.pop()  # the empty string after the last newline
        if self.base + len(lines) > self.m.broadcasts:
            raise _reject(self.file, "exchange.counts_mismatch", field="counts.broadcasts",
                          expected=self.m.broadcasts, found=self.base + len(lines))
        if lines and max(map(len, lines)) > _BOUND_CHECK_CHARS:
            for n, line in enumerate(lines):
                if len(line) > fmt.MAX_LINE_BYTES:
                    raise _reject(self.file, "exchange.line_too_long", line=self.base + n + 1,
                                  limit_mb=fmt.MAX_LINE_BYTES // 2**20)
                if len(line) > _BOUND_CHECK_CHARS and _too_many_values(line):
                    raise _reject(self.file, "exchange.entry_too_big", line=self.base + n + 1)
        objs = self.decode(lines)
        if _SURROGATE_ESCAPE.search(text):
            for n, obj in enumerate(objs):
                if _has_bad_text(obj):
                    raise self.fail(n + 1, "(line)", "text", limit=fmt.MAX_LONG_TEXT)
        broadcasts, items_col = self.broadcasts(objs)
        del objs
        items = self.items(items_col)
        if items:
            self.check_item_columns(items)
        return Entries(broadcasts=self.with_sound(broadcasts, items), items=items)

    def with_sound(self, broadcasts: list[tuple], items: list[tuple]) -> list[tuple]:
        """Each broadcast row with its sound evidence class (None for v1 and what never aired).

        ``dead_air``: the air monitor heard silence during an item that played, or the station
        logged dead air while it was on; ``verified``: every item that played was heard on the
        monitor; ``sent``: the samples sent were measured, with no monitor to hear them."""
        if self.version < 2:
            return list(map(tuple.__add__, broadcasts, repeat((None,))))
        # per broadcast (index in the batch): [heard below silence, all heard, any sent]
        aired: dict[int, list[bool]] = {}
        base = self.base
        columns = (map(_ITEM_OWNER, items), map(_ITEM_PLAYED, items), map(_ITEM_HEARD, items),
                   map(_ITEM_SENT, items))
        for owner, played, heard, sent in zip(*columns, strict=True):
            if played and played > 0:
                facts = aired.get(owner)
                if facts is None:
                    facts = aired[owner] = [False, True, False]
                if heard is None:
                    facts[1] = False
                elif heard < fmt.SILENCE_ON_AIR_DBFS:
                    facts[0] = True
                if sent is not None:
                    facts[2] = True
        out = []
        for n, b in enumerate(broadcasts):
            sound = None
            facts = aired.get(base + n)
            if facts is not None and b[7] in ("played", "partial"):
                if facts[0] or self._dead_air_between(b[5], b[6]):
                    sound = "dead_air"
                elif facts[1]:
                    sound = "verified"
                elif facts[2]:
                    sound = "sent"
            out.append((*b, sound))
        return out

    def _dead_air_between(self, started: str | None, ended: str | None) -> bool:
        if not self.dead_air or not started:
            return False
        lo = dt.datetime.fromisoformat(started)
        hi = dt.datetime.fromisoformat(ended) if ended else lo
        return any(lo <= moment <= hi for moment in self.dead_air)

    def finish(self, lines: int) -> None:
        """The counts of the whole file against the manifest's."""
        if lines != self.m.broadcasts:
            raise _reject(self.file, "exchange.counts_mismatch", field="counts.broadcasts",
                          expected=self.m.broadcasts, found=lines)
        for status in fmt.FINAL_STATUSES:
            if self.statuses.get(status, 0) != self.m.by_status[status]:
                raise _reject(self.file, "exchange.counts_mismatch",
                              field=f"counts.by_status.{status}",
                              expected=self.m.by_status[status],
                              found=self.statuses.get(status, 0))
        if self.n_items != self.m.items:
            raise _reject(self.file, "exchange.counts_mismatch", field="counts.items",
                          expected=self.m.items, found=self.n_items)

    def decode(self, lines: list[str]) -> list:
        """Every line is exactly one JSON value (no blank, no padding).

        orjson decodes twice as fast as the standard library's scanner, which is a fifth of
        an office import; any batch it refuses (or that has padding orjson would forgive) is
        decoded again by the standard scanner, so every rejection is the one it always was.
        """
        fast = _decode_orjson(lines)
        if fast is not None:
            return fast
        scan = _FAST_DECODER.scan_once
        try:
            pairs = list(map(scan, lines, repeat(0)))
        except (ValueError, RecursionError):
            pairs = []
        # a line without any value stops ``map`` early (StopIteration): the lengths then differ
        if len(pairs) == len(lines) and all(map(eq, map(itemgetter(1), pairs),
                                                map(len, lines))):
            return list(map(itemgetter(0), pairs))
        for n, line in enumerate(lines):
            try:
                _, end = scan(line, 0)
            except (ValueError, RecursionError, StopIteration):
                end = -1
            if end != len(line):
                raise _reject(self.file, "exchange.entries_unreadable", line=self.base + n + 1)
        raise BugError("a line failed to decode but none is bad")  # pragma: no cover

    def broadcasts(self, objs: list) -> tuple[list[tuple], tuple]:
        n = len(objs)
        if not objs:
            return [], ()
        if set(map(type, objs)) != {dict}:
            bad = next(i for i, o in enumerate(objs) if type(o) is not dict)
            raise self.fail(bad + 1, "(line)", "object")
        if not exact_keys(objs, _BROADCAST_KEYSET):
            bad = next(i for i, o in enumerate(objs) if o.keys() != _BROADCAST_KEYSET)
            raise self.fail(bad + 1, "(line)", "keys", keys=", ".join(fmt.BROADCAST_KEYS))
        columns = zip(*map(_BROADCAST_FIELDS, objs), strict=True)
        col = dict(zip(fmt.BROADCAST_KEYS, columns, strict=True))
        checks: list[tuple[str, Callable[[tuple], bool], str, dict]] = [
            ("id", ok_uuids, "uuid", {}),
            ("station_code", equal_to(self.m.station_code), "same_code",
             {"code": self.m.station_code}),
            ("programme", ok_programmes, "text", {"limit": fmt.MAX_SHORT_TEXT}),
            ("dx", ok_bools, "bool", {}),
            ("trigger", members_of(_TRIGGERS), "choice", {"choices": ", ".join(fmt.TRIGGERS)}),
            ("status", members_of(_FINAL), "choice",
             {"choices": ", ".join(fmt.FINAL_STATUSES)}),
            ("scheduled_at", ok_moments, "datetime", {}),
            ("started_at", ok_moments, "datetime", {}),
            ("ended_at", ok_moments, "datetime", {}),
            ("reason", ok_text_or_none(fmt.MAX_LONG_TEXT), "text",
             {"limit": fmt.MAX_LONG_TEXT}),
            ("device", ok_text_or_none(fmt.MAX_SHORT_TEXT), "text",
             {"limit": fmt.MAX_SHORT_TEXT}),
            ("items", ok_item_lists, "list", {"limit": fmt.MAX_ITEMS_PER_BROADCAST}),
        ]
        for key, ok, expected, params in checks:
            if not ok(col[key]):
                bad = next(i for i, v in enumerate(col[key]) if not ok((v,)))
                raise self.fail(bad + 1, key, expected, **params)
        ids, statuses, started = col["id"], col["status"], col["started_at"]
        if len(set(ids)) != n or not self.ids.isdisjoint(ids):
            seen: set[str] = set(self.ids)
            for i, bid in enumerate(ids):
                if bid in seen:
                    raise _reject(self.file, "exchange.duplicate_entry", line=self.base + i + 1,
                                  id=bid)
                seen.add(bid)
        self.ids.update(ids)
        for i, (status, start) in enumerate(zip(statuses, started, strict=True)):
            if start is None and (status == "played" or status == "partial"):
                raise self.fail(i + 1, "started_at", "datetime")
        moments = [a or b for a, b in zip(started, col["scheduled_at"], strict=True)]
        if None in moments:
            raise self.fail(moments.index(None) + 1, "scheduled_at", "datetime")
        days = list(map(self.local_day, moments))
        if min(days) < self.p_from or max(days) > self.p_to:
            bad = next(i for i, d in enumerate(days) if not self.p_from <= d <= self.p_to)
            raise _reject(self.file, "exchange.outside_period", line=self.base + bad + 1,
                          id=ids[bad], since=self.p_from, until=self.p_to)
        self.statuses.update(statuses)
        rows = list(zip(
            ids, col["programme"], map(int, col["dx"]), col["trigger"], col["scheduled_at"],
            started, col["ended_at"], statuses, col["reason"], col["device"], days,
            map(week_of_day, days), moments, strict=True,
        ))
        return rows, col["items"]

    def local_day(self, moment: str) -> str:
        """The station-local date of a checked ISO moment (fast when the offset is the zone's)."""
        day = moment[:10]
        offset = "+00:00" if moment[-1] == "Z" else moment[-6:]
        expected = self.offsets.get(day)
        if expected is None:
            noon = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12), self.zone)
            expected = self.offsets[day] = format_offset(noon.utcoffset())
        if offset == expected:
            return day
        return dt.datetime.fromisoformat(moment).astimezone(self.zone).date().isoformat()

    def items(self, lists: tuple) -> list[tuple]:
        """(broadcast index, position, *fields) rows of every item, shapes checked."""
        lens = list(map(len, lists))
        everything = list(chain.from_iterable(lists))
        self.n_items += len(everything)
        if self.n_items > self.m.items:
            raise _reject(self.file, "exchange.counts_mismatch", field="counts.items",
                          expected=self.m.items, found=f"> {self.m.items}")
        if not everything:
            return []
        owners = list(chain.from_iterable(map(repeat, range(self.base, self.base + len(lens)),
                                              lens)))
        positions = list(chain.from_iterable(map(range, lens)))
        keyset = self.item_keyset
        if set(map(type, everything)) != {dict} or not exact_keys(everything, keyset):
            for owner, pos, it in zip(owners, positions, everything, strict=True):
                if type(it) is not dict:
                    raise self.fail(owner - self.base + 1, f"items[{pos}]", "object")
                if it.keys() != keyset:
                    raise self.fail(owner - self.base + 1, f"items[{pos}]", "keys",
                                    keys=", ".join(self.item_keys))
        heads = zip(owners, positions, strict=True)
        rows = list(map(tuple.__add__, heads, map(self.item_fields, everything)))
        if self.version < 2:  # the v2 fields are unknown in a v1 file
            rows = [row + _V1_PADDING for row in rows]
        return rows

    def check_item_columns(self, items: list[tuple]) -> None:
        cols = list(zip(*items, strict=True))
        by_key = dict(zip(fmt.ITEM_KEYS, cols[2:], strict=True))
        checks: list[tuple[str, Callable[[tuple], bool], str, dict]] = [
            ("segment_id", ok_segment_ids, "segment_id", {}),
            ("sha256", ok_hashes, "sha256", {}),
            ("title", ok_titles, "text", {"limit": fmt.MAX_LONG_TEXT}),
            ("topic", members_of(_TOPICS), "choice", {"choices": "commune-radio topics"}),
            ("language", members_of(_LANGUAGES), "choice",
             {"choices": "commune-radio languages"}),
            ("planned_s", ok_seconds, "seconds", {}),
            ("played_s", ok_seconds, "seconds", {}),
            ("started_at", ok_moments, "datetime", {}),
            ("ended_at", ok_moments, "datetime", {}),
            ("status", members_of(_ITEM_STATUSES), "choice",
             {"choices": ", ".join(fmt.ITEM_STATUSES)}),
        ]
        if self.version >= 2:
            checks += [
                ("sent_rms_dbfs", ok_dbfs, "dbfs", {}),
                ("sent_peak_dbfs", ok_dbfs, "dbfs", {}),
                ("silent_s", ok_seconds, "seconds", {}),
                ("monitor_rms_dbfs", ok_dbfs, "dbfs", {}),
                ("pack_id", ok_text_or_none(fmt.MAX_PACK_ID), "text",
                 {"limit": fmt.MAX_PACK_ID}),
                ("pack_segment_id", ok_text_or_none(fmt.MAX_PACK_ID), "text",
                 {"limit": fmt.MAX_PACK_ID}),
            ]
        for key, ok, expected, params in checks:
            col = by_key[key]
            if not ok(col):
                n = next(n for n, value in enumerate(col) if not ok((value,)))
                index, pos = items[n][0], items[n][1]
                raise self.fail(index - self.base + 1, f"items[{pos}].{key}", expected,
                                **params)


_BROADCAST_FIELDS = itemgetter(*fmt.BROADCAST_KEYS)
_ITEM_OWNER = itemgetter(0)
_ITEM_PLAYED = itemgetter(2 + fmt.ITEM_KEYS.index("played_s"))
_ITEM_HEARD = itemgetter(2 + fmt.ITEM_KEYS.index("monitor_rms_dbfs"))
_ITEM_SENT = itemgetter(2 + fmt.ITEM_KEYS.index("sent_rms_dbfs"))

# a line shorter than this cannot hold enough values to matter (each costs ~70 bytes decoded)
_BOUND_CHECK_CHARS = 64 * 1024
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _too_many_values(line: str) -> bool:
    """Whether a line holds more JSON values than one broadcast can (the per-entry bound).

    Decoding a few MB of ``[[],[],…]`` makes millions of objects; counted outside strings,
    a broadcast has at most ``MAX_CONTAINERS`` objects/arrays and ``MAX_SEPARATORS`` commas.
    """
    bare = _JSON_STRING.sub("", line)
    return (bare.count("{") + bare.count("[") > fmt.MAX_ENTRY_CONTAINERS
            or bare.count(",") > fmt.MAX_ENTRY_SEPARATORS)


def read_events(m: Manifest, file: str, blob: bytes) -> list[Event]:
    """events.jsonl of a v2 file (``blob``: the whole file): hash and size against the
    manifest ``m``, then every line."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(blob))
        with zf.open(fmt.EVENTS) as fh:
            data = b"".join(_inflate(fh, fmt.MAX_EVENTS_BYTES, file, fmt.EVENTS))
    except _CONTAINER_ERRORS:
        raise _reject(file, "exchange.damaged", member=fmt.EVENTS) from None
    if len(data) != m.events_size or hashlib.sha256(data).hexdigest() != m.events_sha256:
        raise _reject(file, "exchange.hash_mismatch", member=fmt.EVENTS)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _reject(file, "exchange.entries_unreadable", line=0) from None
    lines = text.split("\n")
    if lines.pop() != "" or len(lines) != m.events:
        raise _reject(file, "exchange.counts_mismatch", field="counts.events",
                      expected=m.events, found=len(lines))
    out = []
    for n, line in enumerate(lines, 1):
        def bad(field: str, expected: str, n: int = n, **params: Any) -> FileRejected:
            return FileRejected(file, field_error(at_event(n), field, expected, **params))
        try:
            obj, end = _FAST_DECODER.scan_once(line, 0)
        except (ValueError, RecursionError, StopIteration):
            obj, end = None, -1
        if end != len(line) or type(obj) is not dict:
            raise bad("(line)", "object")
        if obj.keys() != _EVENT_KEYSET:
            raise bad("(line)", "keys", keys=", ".join(fmt.EVENT_KEYS))
        at, kind, detail, until = (obj[k] for k in fmt.EVENT_KEYS)
        if type(at) is not str or not ok_moments((at,)):
            raise bad("at", "datetime")
        if kind not in _EVENT_KINDS or type(kind) is not str:
            raise bad("kind", "choice", choices=", ".join(fmt.EVENT_KINDS))
        if type(detail) is not str or len(detail) > fmt.MAX_LONG_TEXT or _has_bad_text(detail):
            raise bad("detail", "text", limit=fmt.MAX_LONG_TEXT)
        if (kind == "running") != (until is not None) or (
                until is not None and (type(until) is not str or not ok_moments((until,)))):
            raise bad("until", "datetime")
        out.append(Event(at, kind, detail, until))
    return out
