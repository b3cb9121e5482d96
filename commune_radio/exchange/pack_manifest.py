"""The manifest of an office content pack (``.crpack``, format v1): its types, every field
checked strictly, and the Ed25519 signature over its exact bytes.

``pack_reader`` opens the container and hands the manifest's bytes here; nothing in this module
touches the ZIP or a file, so the rules of a manifest read in one place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from commune_radio.core.errors import KnownError
from commune_radio.core.languages import is_language
from commune_radio.core.topics import is_topic
from commune_radio.exchange import pack_format as pf
from commune_radio.exchange.errors import FileRejected, Reason, field_error
from commune_radio.exchange.strict import DECODER, public_key, signature_ok

_HEX64 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_VERSION = re.compile(r"[0-9A-Za-z.+\-]{1,40}")
_MOMENT = re.compile(
    r"2[01][0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
IN_PACK_MANIFEST = Reason("pack.where.manifest")



class PackRejected(FileRejected):
    """A content pack the station refused; the library and programmes are unchanged."""

    def __init__(self, file: str, reason: KnownError) -> None:
        super().__init__(file, reason)
        self.message_id = "pack.rejected"
        self.params = {"file": file, "reason": reason}
        self.args = ("pack.rejected", self.params)

    def __reduce__(self):
        return PackRejected, (self.file, self.reason)


@dataclass(frozen=True)
class PackSegment:
    """One audio item of a pack, with the office's stable id for it."""

    id: str
    member: str
    sha256: str
    size: int
    title: str
    topic: str | None
    language: str
    valid_from: dt.date | None
    valid_until: dt.date | None


@dataclass(frozen=True)
class PackProgramme:
    """The office's suggested weekly DX programme for one language."""

    language: str
    name: str
    dx: bool
    segments: tuple[str, ...]


@dataclass(frozen=True)
class Theme:
    """One entry of an updated theme catalogue: ids are stable, retired ones stay readable."""

    id: str
    vi: str
    en: str
    retired: bool


@dataclass(frozen=True)
class MemberRef:
    """A signed member that is not audio (the schedule template)."""

    member: str
    sha256: str
    size: int


@dataclass(frozen=True)
class PackManifest:
    """The checked manifest of one pack."""

    raw: bytes
    sha256: str
    app_version: str
    pack_id: str
    title: str
    created_at: str
    office_name: str
    province: str
    public_key: str
    valid_from: dt.date
    valid_until: dt.date
    segments: tuple[PackSegment, ...]
    programmes: tuple[PackProgramme, ...]
    schedule: MemberRef | None
    themes: tuple[Theme, ...] | None

    def audio_bytes(self) -> int:
        """The audio the pack carries, uncompressed, in bytes."""
        return sum(s.size for s in self.segments)


def reject_pack(file: str, reason_id: str, **params: Any) -> PackRejected:
    """The refusal of ``file`` for ``reason_id``."""
    return PackRejected(file, Reason(reason_id, **params))


class _Invalid(Exception):
    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.message_id)
        self.reason = reason


def _field(field: str, expected: str, **params: Any) -> _Invalid:
    return _Invalid(field_error(IN_PACK_MANIFEST, field, expected, **params))


# --- the manifest ---------------------------------------------------------------------------

_DECODER = DECODER


def is_public_key(text: Any) -> bool:
    """Whether ``text`` is an Ed25519 public key as packs carry it (base64 of 32 bytes)."""
    return public_key(text) is not None


def check_manifest(raw: bytes, signature: bytes, file: str) -> PackManifest:
    """The manifest of ``raw``, every field checked and the signature over these exact bytes
    verified; else ``PackRejected`` naming ``file`` and the first reason."""
    try:
        doc = _DECODER.decode(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise reject_pack(file, "exchange.manifest_unreadable") from None
    if type(doc) is not dict:
        raise reject_pack(file, "exchange.manifest_unreadable")
    if doc.get("format") != pf.FORMAT_NAME:
        raise reject_pack(file, "pack.not_a_pack")
    version = doc.get("format_version")
    if type(version) is int and version > pf.FORMAT_VERSION:
        raise reject_pack(file, "exchange.future_version", version=version,
                      supported=pf.FORMAT_VERSION)
    try:
        if type(version) is not int or version != pf.FORMAT_VERSION:
            raise _field("format_version", "version", supported=pf.FORMAT_VERSION)
        manifest = _manifest_fields(doc, raw)
    except _Invalid as exc:
        raise PackRejected(file, exc.reason) from None
    _verify_signature(manifest, signature, file)
    return manifest


def _object(value: Any, field: str, keys: frozenset[str]) -> dict:
    if type(value) is not dict:
        raise _field(field, "object")
    if value.keys() != keys:
        raise _field(field, "keys", keys=", ".join(sorted(keys)))
    return value


def _text(value: Any, field: str, *, limit: int, empty: bool = False) -> str:
    if type(value) is not str or len(value) > limit or (not empty and not value.strip()):
        raise _field(field, "text", limit=limit)
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or ord(c) == 0x7F for c in value):
        raise _field(field, "text", limit=limit)
    return value


def _date(value: Any, field: str, *, optional: bool = False) -> dt.date | None:
    if value is None and optional:
        return None
    if type(value) is not str or not _DATE.fullmatch(value):
        raise _field(field, "date")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _field(field, "date") from None
    if not 2000 <= day.year <= 2199:
        raise _field(field, "date")
    return day


def _id(value: Any, field: str, pattern: re.Pattern) -> str:
    if type(value) is not str or not pattern.fullmatch(value):
        raise _field(field, "pack_id")
    return value


def _list(value: Any, field: str, limit: int) -> list:
    if type(value) is not list or len(value) > limit:
        raise _field(field, "list", limit=limit)
    return value


def _member_ref(value: Any, field: str) -> tuple[str, str, int]:
    digest, size = value["sha256"], value["size"]
    if type(digest) is not str or not _HEX64.fullmatch(digest):
        raise _field(f"{field}.sha256", "sha256")
    if type(size) is not int or not 0 < size <= pf.MAX_AUDIO_BYTES:
        raise _field(f"{field}.size", "count")
    return value["member"], digest, size


def _manifest_fields(doc: dict, raw: bytes) -> PackManifest:
    if doc.keys() != pf.MANIFEST_KEYS:
        raise _field("(manifest)", "keys", keys=", ".join(sorted(pf.MANIFEST_KEYS)))
    app_version = doc["app_version"]
    if type(app_version) is not str or not _VERSION.fullmatch(app_version):
        raise _field("app_version", "version_text")
    created_at = doc["created_at"]
    if type(created_at) is not str or not _MOMENT.fullmatch(created_at):
        raise _field("created_at", "datetime")
    try:
        dt.datetime.fromisoformat(created_at)
    except ValueError:
        raise _field("created_at", "datetime") from None
    if doc["signature_algorithm"] != pf.SIGNATURE_ALGORITHM:
        raise _field("signature_algorithm", "choice", choices=pf.SIGNATURE_ALGORITHM)
    pack_id = _id(doc["pack_id"], "pack_id", pf.PACK_ID)
    title = _text(doc["title"], "title", limit=pf.MAX_SHORT_TEXT)
    office = _object(doc["office"], "office", pf.OFFICE_KEYS)
    office_name = _text(office["name"], "office.name", limit=pf.MAX_SHORT_TEXT)
    province = _text(office["province"], "office.province", limit=pf.MAX_SHORT_TEXT)
    if public_key(office["public_key"]) is None:
        raise _field("office.public_key", "public_key")
    valid_from = _date(doc["valid_from"], "valid_from")
    valid_until = _date(doc["valid_until"], "valid_until")
    if valid_until < valid_from:
        raise _field("valid_until", "period_order")

    segments = []
    members: set[str] = set()
    seg_ids: set[str] = set()
    raw_segments = _list(doc["segments"], "segments", pf.MAX_SEGMENTS)
    if not raw_segments:
        raise _field("segments", "list", limit=pf.MAX_SEGMENTS)
    for n, item in enumerate(raw_segments):
        where = f"segments[{n}]"
        seg = _object(item, where, pf.SEGMENT_KEYS)
        seg_id = _id(seg["id"], f"{where}.id", pf.SEGMENT_ID)
        member, digest, size = _member_ref(seg, where)
        if type(member) is not str or not pf.AUDIO_MEMBER.fullmatch(member):
            raise _field(f"{where}.member", "pack_member")
        if seg_id in seg_ids or member in members:
            raise _field(f"{where}.id", "unique")
        seg_ids.add(seg_id)
        members.add(member)
        topic = seg["topic"]
        if topic is not None and (type(topic) is not str or not is_topic(topic)):
            raise _field(f"{where}.topic", "topic")
        language = seg["language"]
        if type(language) is not str or not is_language(language):
            raise _field(f"{where}.language", "language")
        since = _date(seg["valid_from"], f"{where}.valid_from", optional=True)
        until = _date(seg["valid_until"], f"{where}.valid_until", optional=True)
        if since and until and until < since:
            raise _field(f"{where}.valid_until", "period_order")
        segments.append(PackSegment(
            seg_id, member, digest, size, _text(seg["title"], f"{where}.title",
                                                limit=pf.MAX_LONG_TEXT),
            topic, language, since, until,
        ))

    programmes = []
    languages: set[str] = set()
    for n, item in enumerate(_list(doc["programmes"], "programmes", pf.MAX_PROGRAMMES)):
        where = f"programmes[{n}]"
        prog = _object(item, where, pf.PROGRAMME_KEYS)
        language = prog["language"]
        if type(language) is not str or not is_language(language):
            raise _field(f"{where}.language", "language")
        if language in languages:
            raise _field(f"{where}.language", "unique")
        languages.add(language)
        if type(prog["dx"]) is not bool:
            raise _field(f"{where}.dx", "bool")
        refs = _list(prog["segments"], f"{where}.segments", pf.MAX_SEGMENTS)
        if not refs or any(type(r) is not str or r not in seg_ids for r in refs):
            raise _field(f"{where}.segments", "pack_refs")
        programmes.append(PackProgramme(
            language, _text(prog["name"], f"{where}.name", limit=pf.MAX_SHORT_TEXT),
            prog["dx"], tuple(refs),
        ))

    schedule = None
    if doc["schedule_template"] is not None:
        ref = _object(doc["schedule_template"], "schedule_template", pf.MEMBER_KEYS)
        member, digest, size = _member_ref(ref, "schedule_template")
        if member != pf.SCHEDULE or size > pf.MAX_SCHEDULE_BYTES:
            raise _field("schedule_template.member", "choice", choices=pf.SCHEDULE)
        schedule = MemberRef(member, digest, size)

    themes = None
    if doc["themes"] is not None:
        themes = _themes(doc["themes"])

    return PackManifest(
        raw=raw, sha256=hashlib.sha256(raw).hexdigest(), app_version=app_version,
        pack_id=pack_id, title=title, created_at=created_at, office_name=office_name,
        province=province, public_key=office["public_key"], valid_from=valid_from,
        valid_until=valid_until, segments=tuple(segments), programmes=tuple(programmes),
        schedule=schedule, themes=themes,
    )


def _themes(value: Any) -> tuple[Theme, ...]:
    out = []
    seen: set[str] = set()
    for n, item in enumerate(_list(value, "themes", pf.MAX_THEMES)):
        where = f"themes[{n}]"
        theme = _object(item, where, pf.THEME_KEYS)
        theme_id = _id(theme["id"], f"{where}.id", pf.THEME_ID)
        if theme_id in seen:
            raise _field(f"{where}.id", "unique")
        seen.add(theme_id)
        if type(theme["retired"]) is not bool:
            raise _field(f"{where}.retired", "bool")
        out.append(Theme(theme_id, _text(theme["vi"], f"{where}.vi", limit=pf.MAX_SHORT_TEXT),
                         _text(theme["en"], f"{where}.en", limit=pf.MAX_SHORT_TEXT),
                         theme["retired"]))
    return tuple(out)


def _verify_signature(manifest: PackManifest, signature: bytes, file: str) -> None:
    if not signature_ok(manifest.public_key, signature, manifest.raw):
        raise reject_pack(file, "exchange.bad_signature")
