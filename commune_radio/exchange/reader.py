"""Strict reading of a station log file (format v1), with no database involved.

``open_log`` checks the container and the manifest: size limits (the file, each member, the
compression ratio: zip bombs), member names (no paths, exactly the three expected), the format
version (a newer one is refused with its own message), every manifest field, and the Ed25519
signature over the manifest's exact bytes. ``LogFile.iter_entries`` then streams the entries:
inflated a megabyte at a time (no ZIP header is trusted for the size), cut into lines with a
per-line limit and a per-entry bound on values, validated a batch at a time, and checked
against the manifest's hash and size; ``read_entries`` gathers the batches. Memory stays
bounded by the file (64 MB), one batch and the ids seen, whatever the entries hold.

Anything wrong raises ``FileRejected`` naming the file and the reason; nothing else escapes for
any input bytes (the fuzz tests hold us to it). Trust in the key is the office's business
(``services.office_service``): here the signature only proves the manifest and, through its
hashes, the entries were made by the holder of the key the manifest names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import re
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from operator import eq, itemgetter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:  # a wheel on every platform we ship; the standard library's scanner is the fallback
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

from commune_radio.core.compliance import iso_week_key
from commune_radio.core.errors import BugError
from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import (
    IN_MANIFEST,
    FileRejected,
    Reason,
    at_event,
    at_line,
    field_error,
)
from commune_radio.exchange.strict import (
    DECODER,
    bad_member_name,
    no_constants,
    public_key,
    signature_ok,
)

# every way the standard library says "these bytes are not a sound ZIP / not decodable"
_CONTAINER_ERRORS = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
    ValueError, struct.error, OverflowError, IndexError, KeyError, UnicodeError,
)

_CODE = re.compile(r"[0-9]{5}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_VERSION = re.compile(r"[0-9A-Za-z.+\-]{1,40}")
_TZ = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,3}")
_DT_CORE = (
    r"2[01][0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
)
_DT = re.compile(_DT_CORE)
_UUID_LINES = re.compile(f"(?:{_UUID.pattern}\n)*{_UUID.pattern}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB]")
_MAX_SEGMENT_ID = 2**53
_MAX_SECONDS = 7 * 86400.0

_MANIFEST_KEYS = frozenset({
    "format", "format_version", "app_version", "created_at", "station", "period", "counts",
    "members", "signature_algorithm",
})
_STATION_KEYS = frozenset({"code", "name", "province", "office", "timezone", "public_key"})
_BROADCAST_KEYSET = frozenset(fmt.BROADCAST_KEYS)
_ITEM_KEYSETS = {v: frozenset(keys) for v, keys in fmt.ITEM_KEYS_BY_VERSION.items()}
_ITEM_GETTERS = {v: itemgetter(*keys) for v, keys in fmt.ITEM_KEYS_BY_VERSION.items()}
_V1_PADDING = (None,) * (len(fmt.ITEM_KEYS_V2) - len(fmt.ITEM_KEYS_V1))
_EVENT_KEYSET = frozenset(fmt.EVENT_KEYS)
_EVENT_KINDS = frozenset(fmt.EVENT_KINDS)
_FINAL = frozenset(fmt.FINAL_STATUSES)
_TRIGGERS = frozenset(fmt.TRIGGERS)
_ITEM_STATUSES = frozenset(fmt.ITEM_STATUSES)
_TOPICS = frozenset(fmt.TOPIC_IDS) | {None}
_LANGUAGES = frozenset(fmt.LANGUAGE_IDS) | {None}
_NONE = type(None)


@dataclass(frozen=True)
class Manifest:
    """The checked manifest of one file."""

    raw: bytes  # the exact signed bytes
    sha256: str  # of ``raw``: identifies the signed content, so a re-import is recognised
    format_version: int
    app_version: str
    created_at: str
    station_code: str
    station_name: str
    province: str
    office: str
    timezone: str
    public_key: str
    period_from: dt.date
    period_to: dt.date
    broadcasts: int
    items: int
    by_status: dict[str, int]
    entries_sha256: str
    entries_size: int
    events: int = 0  # v2: lines of events.jsonl
    events_sha256: str | None = None
    events_size: int = 0


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


def _reject(file: str, reason_id: str, **params: Any) -> FileRejected:
    return FileRejected(file, Reason(reason_id, **params))


class LogFile:
    """A log file whose container, manifest and signature are checked."""

    def __init__(self, file: str, manifest: Manifest, blob: bytes, file_sha256: str):
        self.file = file
        self.manifest = manifest
        self._blob = blob  # the whole file (at most MAX_FILE_BYTES): entries inflate from it
        self.file_sha256 = file_sha256
        self._events: list[Event] | None = None

    def read_events(self) -> list[Event]:
        """The station's running periods and events (v2; none in a v1 file), every field
        checked; read once, bounded by the format's limits."""
        if self._events is None:
            self._events = _read_events(self) if self.manifest.format_version >= 2 else []
        return self._events

    def read_entries(self) -> Entries:
        """Check the entries against the manifest and validate every field, all at once."""
        out = Entries(broadcasts=[], items=[])
        for batch in self.iter_entries():
            out.broadcasts.extend(batch.broadcasts)
            out.items.extend(batch.items)
        return out

    def iter_entries(self) -> Iterator[Entries]:
        """The validated entries, a batch at a time (item rows carry the broadcast's index in
        the whole file). Rejections are raised as they are found; the hash and the counts are
        settled after the last batch, so a consumer must treat what it got as provisional
        until the iteration ends without ``FileRejected``."""
        m = self.manifest
        parser = _EntriesParser(self.file, m, self.read_events())
        lines = _EntryLines(self._open_entries(), self.file)
        try:
            for first, batch in lines.batches():
                yield parser.batch(first, batch)
        except FileRejected as exc:
            if exc.reason_id in _CONTAINER_REASONS:
                raise
            # an altered file is named as altered, not by the first field the change broke
            if not lines.drain_matches(m.entries_size, m.entries_sha256):
                raise _reject(self.file, "exchange.hash_mismatch", member=fmt.ENTRIES) from None
            raise
        if lines.size != m.entries_size or lines.hexdigest() != m.entries_sha256:
            raise _reject(self.file, "exchange.hash_mismatch", member=fmt.ENTRIES)
        parser.finish(lines.count)

    def _open_entries(self):
        try:
            zf = zipfile.ZipFile(io.BytesIO(self._blob))
            return zf.open(fmt.ENTRIES)
        except _CONTAINER_ERRORS:
            raise _reject(self.file, "exchange.damaged", member=fmt.ENTRIES) from None

    def drop_entries_data(self) -> None:
        """Forget the file's bytes once read (they need not travel back from a helper process)."""
        self._blob = b""


def open_log(path: Path | str, *, name: str | None = None) -> LogFile:
    """Read ``path`` and check everything but the entries' content (see ``read_entries``)."""
    path = Path(path)
    file = name or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _reject(file, "exchange.not_found") from None
    except OSError as exc:
        raise _reject(file, "exchange.unreadable", detail=exc.strerror or str(exc)) from None
    if size > fmt.MAX_FILE_BYTES:
        raise _reject(file, "exchange.too_big", limit_mb=fmt.MAX_FILE_BYTES // 2**20)
    try:
        with open(path, "rb") as fh:
            blob = fh.read(fmt.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _reject(file, "exchange.unreadable", detail=exc.strerror or str(exc)) from None
    return open_log_bytes(blob, file)


def open_log_bytes(blob: bytes, file: str) -> LogFile:
    """``open_log`` on bytes already in memory."""
    if len(blob) > fmt.MAX_FILE_BYTES:
        raise _reject(file, "exchange.too_big", limit_mb=fmt.MAX_FILE_BYTES // 2**20)
    members = _read_members(blob, file)
    manifest = _check_manifest(members[fmt.MANIFEST], members[fmt.SIGNATURE], file)
    return LogFile(file, manifest, blob, hashlib.sha256(blob).hexdigest())


def read_log(path: Path | str) -> tuple[LogFile, Entries]:
    """Open and fully check one file."""
    log = open_log(path)
    return log, log.read_entries()


# --- the container ------------------------------------------------------------------------


_LIMITS = {
    fmt.MANIFEST: fmt.MAX_MANIFEST_BYTES,
    fmt.ENTRIES: fmt.MAX_ENTRIES_BYTES,
    fmt.EVENTS: fmt.MAX_EVENTS_BYTES,
    fmt.SIGNATURE: fmt.MAX_SIGNATURE_BYTES,
}


def _read_members(blob: bytes, file: str) -> dict[str, bytes]:
    try:
        if not blob.startswith(b"PK\x03\x04"):
            raise zipfile.BadZipFile("not a zip")
        zf = zipfile.ZipFile(io.BytesIO(blob))
        infos = zf.infolist()
    except _CONTAINER_ERRORS:
        raise _reject(file, "exchange.not_zip") from None
    if len(infos) > fmt.MAX_MEMBERS:
        raise _reject(file, "exchange.too_many_members", count=len(infos),
                      limit=fmt.MAX_MEMBERS)
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if bad_member_name(name) or info.is_dir():
            raise _reject(file, "exchange.member_path", member=name)
        if name in seen:
            raise _reject(file, "exchange.member_duplicate", member=name)
        seen.add(name)
        if name not in _LIMITS:
            raise _reject(file, "exchange.member_unexpected", member=name)
        if info.flag_bits & 0x1:
            raise _reject(file, "exchange.encrypted", member=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _reject(file, "exchange.bad_compression", member=name)
        if info.file_size > _LIMITS[name]:
            raise _reject(file, "exchange.member_too_big", member=name,
                          limit_mb=round(_LIMITS[name] / 2**20, 2))
        if info.file_size > fmt.RATIO_FLOOR and (
            info.file_size > fmt.MAX_RATIO * max(info.compress_size, 1)
        ):
            raise _reject(file, "exchange.zip_bomb", member=name)
    # the members of exactly one version (v1 has no events.jsonl); the manifest must agree
    members = fmt.MEMBERS_BY_VERSION[2 if fmt.EVENTS in seen else 1]
    for name in members:
        if name not in seen:
            raise _reject(file, "exchange.member_missing", member=name)
    out = {}
    for info in infos:
        if info.filename == fmt.ENTRIES:
            continue  # streamed later by ``LogFile.iter_entries``
        limit = _LIMITS[info.filename]
        try:
            with zf.open(info) as fh:
                data = b"".join(_inflate(fh, limit, file, info.filename))
        except _CONTAINER_ERRORS:
            raise _reject(file, "exchange.damaged", member=info.filename) from None
        out[info.filename] = data
    return out


READ_CHUNK = 1 << 20
# rejections about the container itself: no later byte can make them a different story
_CONTAINER_REASONS = frozenset({"exchange.zip_bomb", "exchange.damaged"})


def _inflate(fh, limit: int, file: str, member: str) -> Iterator[bytes]:
    """A member's bytes a megabyte at a time, never past ``limit`` whatever its header says.

    ``ZipExtFile.read(n)`` inflates up to ``n`` bytes before it cuts them to the size the
    header declares: one big read of a member whose header says 0 bytes over a 2 GB deflate
    stream costs a gigabyte. Small reads keep each step small.
    """
    total = 0
    while True:
        piece = fh.read(READ_CHUNK)
        if not piece:
            return
        total += len(piece)
        if total > limit:  # the header lied about the size
            raise _reject(file, "exchange.zip_bomb", member=member)
        yield piece


class _EntryLines:
    """entries.jsonl cut into lines as it inflates: hashed and counted on the way, each line
    within ``format.MAX_LINE_BYTES``, handed out in batches of about ``BATCH_BYTES``."""

    BATCH_BYTES = 4 << 20

    def __init__(self, fh, file: str) -> None:
        self.fh = fh
        self.file = file
        self.hasher = hashlib.sha256()
        self.size = 0
        self.count = 0  # complete lines handed out
        self.chunks = _inflate(fh, fmt.MAX_ENTRIES_BYTES, file, fmt.ENTRIES)

    def hexdigest(self) -> str:
        return self.hasher.hexdigest()

    def _pieces(self) -> Iterator[bytes]:
        try:
            for piece in self.chunks:
                self.hasher.update(piece)
                self.size += len(piece)
                yield piece
        except _CONTAINER_ERRORS:
            raise _reject(self.file, "exchange.damaged", member=fmt.ENTRIES) from None

    def batches(self) -> Iterator[tuple[int, bytes]]:
        """(number of the batch's first line, complete lines ending in newlines)."""
        pending = b""
        ready: list[bytes] = []
        size = 0
        for piece in self._pieces():
            data = pending + piece
            cut = data.rfind(b"\n") + 1
            pending = data[cut:]
            if len(pending) > fmt.MAX_LINE_BYTES:
                raise _reject(self.file, "exchange.line_too_long", line=self.count + 1,
                              limit_mb=fmt.MAX_LINE_BYTES // 2**20)
            if cut:
                ready.append(data[:cut])
                size += cut
                if size >= self.BATCH_BYTES:
                    yield self._batch(b"".join(ready))
                    ready, size = [], 0
        if ready:
            yield self._batch(b"".join(ready))
        if pending:  # the last line has no newline: the file was cut
            raise _reject(self.file, "exchange.entries_unreadable",
                          line=self.count + pending.count(b"\n") + 1)

    def _batch(self, block: bytes) -> tuple[int, bytes]:
        first = self.count + 1
        self.count += block.count(b"\n")
        return first, block

    def drain_matches(self, size: int, digest: str) -> bool:
        """Read what is left; whether the whole member then has the signed size and hash."""
        try:
            for _ in self._pieces():
                if self.size > size:
                    return False
        except FileRejected:
            return False
        return self.size == size and self.hexdigest() == digest


# --- JSON ---------------------------------------------------------------------------------


_DECODER = DECODER
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


def _has_bad_text(value: Any) -> bool:
    """Whether a parsed value holds a string SQLite cannot store (a lone surrogate)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_bad_text(k) or _has_bad_text(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_bad_text(v) for v in value)
    return False


# --- the manifest -------------------------------------------------------------------------


def _m_field(field: str, expected: str, **params: Any) -> Reason:
    return field_error(IN_MANIFEST, field, expected, **params)


def _text(obj: dict, key: str, field: str, *, limit: int, empty: bool = True) -> str:
    value = obj[key]
    if type(value) is not str or len(value) > limit or (not empty and not value.strip()):
        raise _Invalid(_m_field(field, "text", limit=limit))
    return value


def _date(value: Any, field: str) -> dt.date:
    if type(value) is not str or not _DATE.fullmatch(value):
        raise _Invalid(_m_field(field, "date"))
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(_m_field(field, "date")) from None
    if not 2000 <= day.year <= 2200:
        raise _Invalid(_m_field(field, "date"))
    return day


def _count(value: Any, field: str) -> int:
    if type(value) is not int or not 0 <= value <= fmt.MAX_BROADCASTS * fmt.MAX_ITEMS_PER_BROADCAST:
        raise _Invalid(_m_field(field, "count"))
    return value


def _object(value: Any, field: str, keys: frozenset[str]) -> dict:
    if type(value) is not dict:
        raise _Invalid(_m_field(field, "object"))
    if value.keys() != keys:
        raise _Invalid(_m_field(field, "keys", keys=", ".join(sorted(keys))))
    return value


class _Invalid(Exception):
    """Internal: carries the reason of a field problem up to the one place that names the file."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.message_id)
        self.reason = reason


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    if not _TZ.fullmatch(name) or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _check_manifest(raw: bytes, signature: bytes, file: str) -> Manifest:
    try:
        text = raw.decode("utf-8")
        doc = _DECODER.decode(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _reject(file, "exchange.manifest_unreadable") from None
    if type(doc) is not dict:
        raise _reject(file, "exchange.manifest_unreadable")
    if doc.get("format") != fmt.FORMAT_NAME:
        raise _reject(file, "exchange.not_a_log")
    version = doc.get("format_version")
    if type(version) is int and version > fmt.FORMAT_VERSION:
        raise _reject(file, "exchange.future_version", version=version,
                      supported=fmt.FORMAT_VERSION)
    if version not in fmt.READABLE_VERSIONS or type(version) is not int:
        raise FileRejected(file, _m_field("format_version", "version",
                                          supported=fmt.FORMAT_VERSION))
    if _SURROGATE_ESCAPE.search(text) and _has_bad_text(doc):
        raise FileRejected(file, _m_field("station", "text", limit=fmt.MAX_SHORT_TEXT))
    try:
        manifest = _manifest_fields(doc, raw)
    except _Invalid as exc:
        raise FileRejected(file, exc.reason) from None
    _verify_signature(manifest, signature, file)
    return manifest


def _manifest_fields(doc: dict, raw: bytes) -> Manifest:
    if doc.keys() != _MANIFEST_KEYS:
        raise _Invalid(_m_field("(manifest)", "keys", keys=", ".join(sorted(_MANIFEST_KEYS))))
    app_version = doc["app_version"]
    if type(app_version) is not str or not _VERSION.fullmatch(app_version):
        raise _Invalid(_m_field("app_version", "version_text"))
    created_at = doc["created_at"]
    if type(created_at) is not str or not _valid_moment(created_at):
        raise _Invalid(_m_field("created_at", "datetime"))
    if doc["signature_algorithm"] != fmt.SIGNATURE_ALGORITHM:
        raise _Invalid(_m_field("signature_algorithm", "choice", choices=fmt.SIGNATURE_ALGORITHM))

    station = _object(doc["station"], "station", _STATION_KEYS)
    code = station["code"]
    if type(code) is not str or not _CODE.fullmatch(code):
        raise _Invalid(_m_field("station.code", "code"))
    name = _text(station, "name", "station.name", limit=fmt.MAX_SHORT_TEXT, empty=False)
    province = _text(station, "province", "station.province", limit=fmt.MAX_SHORT_TEXT)
    office = _text(station, "office", "station.office", limit=fmt.MAX_SHORT_TEXT)
    timezone = station["timezone"]
    if type(timezone) is not str or _zone(timezone) is None:
        raise _Invalid(_m_field("station.timezone", "timezone"))
    if public_key(station["public_key"]) is None:
        raise _Invalid(_m_field("station.public_key", "public_key"))

    period = _object(doc["period"], "period", frozenset({"from", "to"}))
    p_from, p_to = _date(period["from"], "period.from"), _date(period["to"], "period.to")
    if p_to < p_from:
        raise _Invalid(_m_field("period.to", "period_order"))

    version = doc["format_version"]
    count_keys = {"broadcasts", "items", "by_status"} | ({"events"} if version >= 2 else set())
    counts = _object(doc["counts"], "counts", frozenset(count_keys))
    n_broadcasts = _count(counts["broadcasts"], "counts.broadcasts")
    n_items = _count(counts["items"], "counts.items")
    by_status_doc = _object(counts["by_status"], "counts.by_status", _FINAL)
    by_status = {s: _count(by_status_doc[s], f"counts.by_status.{s}") for s in fmt.FINAL_STATUSES}
    if sum(by_status.values()) != n_broadcasts or n_broadcasts > fmt.MAX_BROADCASTS:
        raise _Invalid(_m_field("counts.by_status", "count_sum"))

    hashed = (fmt.ENTRIES, fmt.EVENTS) if version >= 2 else (fmt.ENTRIES,)
    members = _object(doc["members"], "members", frozenset(hashed))
    sums = {}
    for member_name in hashed:
        member = _object(members[member_name], f"members.{member_name}",
                         frozenset({"sha256", "size"}))
        digest = member["sha256"]
        if type(digest) is not str or not _HEX64.fullmatch(digest):
            raise _Invalid(_m_field(f"members.{member_name}.sha256", "sha256"))
        size = member["size"]
        if type(size) is not int or not 0 <= size <= _LIMITS[member_name]:
            raise _Invalid(_m_field(f"members.{member_name}.size", "count"))
        sums[member_name] = (digest, size)
    n_events = 0
    if version >= 2:
        n_events = _count(counts["events"], "counts.events")
        if n_events > fmt.MAX_EVENTS:
            raise _Invalid(_m_field("counts.events", "count"))
    digest, size = sums[fmt.ENTRIES]
    events_sum = sums.get(fmt.EVENTS, (None, 0))

    return Manifest(
        raw=raw, sha256=hashlib.sha256(raw).hexdigest(), format_version=doc["format_version"],
        app_version=app_version, created_at=created_at, station_code=code, station_name=name,
        province=province, office=office, timezone=timezone,
        public_key=station["public_key"], period_from=p_from, period_to=p_to,
        broadcasts=n_broadcasts, items=n_items, by_status=by_status,
        entries_sha256=digest, entries_size=size, events=n_events,
        events_sha256=events_sum[0], events_size=events_sum[1],
    )


def _verify_signature(manifest: Manifest, signature: bytes, file: str) -> None:
    if not signature_ok(manifest.public_key, signature, manifest.raw):
        raise _reject(file, "exchange.bad_signature")


def _valid_moment(text: str) -> bool:
    if not _DT.fullmatch(text):
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


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
        if not _exact_keys(objs, _BROADCAST_KEYSET):
            bad = next(i for i, o in enumerate(objs) if o.keys() != _BROADCAST_KEYSET)
            raise self.fail(bad + 1, "(line)", "keys", keys=", ".join(fmt.BROADCAST_KEYS))
        columns = zip(*map(_BROADCAST_FIELDS, objs), strict=True)
        col = dict(zip(fmt.BROADCAST_KEYS, columns, strict=True))
        checks: list[tuple[str, Callable[[tuple], bool], str, dict]] = [
            ("id", _ok_uuids, "uuid", {}),
            ("station_code", _equal_to(self.m.station_code), "same_code",
             {"code": self.m.station_code}),
            ("programme", _ok_programmes, "text", {"limit": fmt.MAX_SHORT_TEXT}),
            ("dx", _ok_bools, "bool", {}),
            ("trigger", _members_of(_TRIGGERS), "choice", {"choices": ", ".join(fmt.TRIGGERS)}),
            ("status", _members_of(_FINAL), "choice",
             {"choices": ", ".join(fmt.FINAL_STATUSES)}),
            ("scheduled_at", _ok_moments, "datetime", {}),
            ("started_at", _ok_moments, "datetime", {}),
            ("ended_at", _ok_moments, "datetime", {}),
            ("reason", _ok_text_or_none(fmt.MAX_LONG_TEXT), "text",
             {"limit": fmt.MAX_LONG_TEXT}),
            ("device", _ok_text_or_none(fmt.MAX_SHORT_TEXT), "text",
             {"limit": fmt.MAX_SHORT_TEXT}),
            ("items", _ok_item_lists, "list", {"limit": fmt.MAX_ITEMS_PER_BROADCAST}),
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
            map(_week_of_day, days), moments, strict=True,
        ))
        return rows, col["items"]

    def local_day(self, moment: str) -> str:
        """The station-local date of a checked ISO moment (fast when the offset is the zone's)."""
        day = moment[:10]
        offset = "+00:00" if moment[-1] == "Z" else moment[-6:]
        expected = self.offsets.get(day)
        if expected is None:
            noon = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12), self.zone)
            expected = self.offsets[day] = _format_offset(noon.utcoffset())
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
        if set(map(type, everything)) != {dict} or not _exact_keys(everything, keyset):
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
            ("segment_id", _ok_segment_ids, "segment_id", {}),
            ("sha256", _ok_hashes, "sha256", {}),
            ("title", _ok_titles, "text", {"limit": fmt.MAX_LONG_TEXT}),
            ("topic", _members_of(_TOPICS), "choice", {"choices": "commune-radio topics"}),
            ("language", _members_of(_LANGUAGES), "choice",
             {"choices": "commune-radio languages"}),
            ("planned_s", _ok_seconds, "seconds", {}),
            ("played_s", _ok_seconds, "seconds", {}),
            ("started_at", _ok_moments, "datetime", {}),
            ("ended_at", _ok_moments, "datetime", {}),
            ("status", _members_of(_ITEM_STATUSES), "choice",
             {"choices": ", ".join(fmt.ITEM_STATUSES)}),
        ]
        if self.version >= 2:
            checks += [
                ("sent_rms_dbfs", _ok_dbfs, "dbfs", {}),
                ("sent_peak_dbfs", _ok_dbfs, "dbfs", {}),
                ("silent_s", _ok_seconds, "seconds", {}),
                ("monitor_rms_dbfs", _ok_dbfs, "dbfs", {}),
                ("pack_id", _ok_text_or_none(fmt.MAX_PACK_ID), "text",
                 {"limit": fmt.MAX_PACK_ID}),
                ("pack_segment_id", _ok_text_or_none(fmt.MAX_PACK_ID), "text",
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


def _exact_keys(dicts: list[dict], keys: frozenset[str]) -> bool:
    """Every dict has exactly ``keys``: all of the same size, and no key outside the set."""
    return set(map(len, dicts)) == {len(keys)} and set(chain.from_iterable(dicts)) <= keys


def _format_offset(delta: dt.timedelta | None) -> str:
    minutes = int((delta or dt.timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@lru_cache(maxsize=4096)
def _week_of_day(day: str) -> str:
    return iso_week_key(dt.date.fromisoformat(day))


def _types_within(col: tuple, allowed: frozenset[type]) -> bool:
    return set(map(type, col)) <= allowed


_INT_OR_NONE = frozenset({int, _NONE})
_STR_OR_NONE = frozenset({str, _NONE})
_STR = frozenset({str})
_BOOL = frozenset({bool})
_LIST = frozenset({list})
_NUMBER_OR_NONE = frozenset({int, float, _NONE})


def _ok_uuids(col: tuple) -> bool:
    if not _types_within(col, _STR):
        return False
    joined = "\n".join(col)
    return joined.count("\n") == len(col) - 1 and bool(_UUID_LINES.fullmatch(joined))


def _equal_to(expected: str) -> Callable[[tuple], bool]:
    def ok(col: tuple) -> bool:
        return _types_within(col, _STR) and set(col) == {expected}
    return ok


def _ok_programmes(col: tuple) -> bool:
    if not _types_within(col, _STR):
        return False
    return all(v.strip() and len(v) <= fmt.MAX_SHORT_TEXT for v in set(col))


def _ok_bools(col: tuple) -> bool:
    return _types_within(col, _BOOL)


def _ok_text_or_none(limit: int) -> Callable[[tuple], bool]:
    def ok(col: tuple) -> bool:
        if not _types_within(col, _STR_OR_NONE):
            return False
        values = set(col)
        values.discard(None)
        return not values or max(map(len, values)) <= limit
    return ok


def _ok_item_lists(col: tuple) -> bool:
    return _types_within(col, _LIST) and max(map(len, col)) <= fmt.MAX_ITEMS_PER_BROADCAST


def _ok_segment_ids(col: tuple) -> bool:
    if not _types_within(col, _INT_OR_NONE):
        return False
    values = set(col)
    values.discard(None)
    return not values or (min(values) >= 1 and max(values) <= _MAX_SEGMENT_ID)


def _ok_hashes(col: tuple) -> bool:
    if not _types_within(col, _STR_OR_NONE):
        return False
    values = set(col)
    values.discard(None)
    return all(map(_HEX64.fullmatch, values))


def _ok_titles(col: tuple) -> bool:
    if not _types_within(col, _STR):
        return False
    return max(map(len, set(col))) <= fmt.MAX_LONG_TEXT


def _members_of(allowed: frozenset) -> Callable[[tuple], bool]:
    def ok(col: tuple) -> bool:
        # a type check first: True == 1 and 1.0 hash alike, and lists cannot be hashed
        if not _types_within(col, _STR_OR_NONE):
            return False
        return set(col) <= allowed
    return ok


def _ok_dbfs(col: tuple) -> bool:
    if not _types_within(col, _NUMBER_OR_NONE):
        return False
    values = set(col)
    values.discard(None)
    return not values or (min(values) >= fmt.MIN_DBFS and max(values) <= fmt.MAX_DBFS)


def _read_events(log: LogFile) -> list[Event]:
    """events.jsonl of a v2 file: hash and size against the manifest, then every line."""
    m, file = log.manifest, log.file
    try:
        zf = zipfile.ZipFile(io.BytesIO(log._blob))
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
        if type(at) is not str or not _ok_moments((at,)):
            raise bad("at", "datetime")
        if kind not in _EVENT_KINDS or type(kind) is not str:
            raise bad("kind", "choice", choices=", ".join(fmt.EVENT_KINDS))
        if type(detail) is not str or len(detail) > fmt.MAX_LONG_TEXT or _has_bad_text(detail):
            raise bad("detail", "text", limit=fmt.MAX_LONG_TEXT)
        if (kind == "running") != (until is not None) or (
                until is not None and (type(until) is not str or not _ok_moments((until,)))):
            raise bad("until", "datetime")
        out.append(Event(at, kind, detail, until))
    return out


def _ok_seconds(col: tuple) -> bool:
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


def _ok_moments(col: tuple) -> bool:
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
