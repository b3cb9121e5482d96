"""Strict reading of an office content pack (``.crpack``, format v1), with no database involved.

``open_pack`` checks the container and the manifest as the log reader does: the file's size,
every member's name (no paths), count, compression and size (zip bombs, checked against the
header and again while reading), the format version, every manifest field, and the Ed25519
signature over the manifest's exact bytes. ``PackFile.extract`` then streams each member to a
folder, checking its signed SHA-256 and size, so a tampered member refuses the whole pack before
anything reaches the library. Memory stays bounded: audio is never held whole.

Anything wrong raises ``PackRejected`` naming the file and the reason. Whether the key is the
office the station trusts, the pack's province and dates are the station's business
(``services.pack_service``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commune_radio.core.errors import KnownError
from commune_radio.core.languages import is_language
from commune_radio.core.topics import is_topic
from commune_radio.exchange import pack_format as pf
from commune_radio.exchange.atomic import write_error
from commune_radio.exchange.errors import FileRejected, Reason, field_error
from commune_radio.exchange.strict import DECODER, bad_member_name, public_key, signature_ok

_CONTAINER_ERRORS = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
    ValueError, struct.error, OverflowError, IndexError, KeyError, UnicodeError,
)
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_VERSION = re.compile(r"[0-9A-Za-z.+\-]{1,40}")
_MOMENT = re.compile(
    r"2[01][0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_CHUNK = 1024 * 1024
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


@dataclass(frozen=True)
class Extracted:
    """Members written to a folder, each matching its signed hash and size."""

    audio: dict[str, Path]  # pack segment id -> file
    schedule: Path | None


def _reject(file: str, reason_id: str, **params: Any) -> PackRejected:
    return PackRejected(file, Reason(reason_id, **params))


class _Invalid(Exception):
    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.message_id)
        self.reason = reason


def _field(field: str, expected: str, **params: Any) -> _Invalid:
    return _Invalid(field_error(IN_PACK_MANIFEST, field, expected, **params))


def _limit(name: str) -> int | None:
    if name == pf.MANIFEST:
        return pf.MAX_MANIFEST_BYTES
    if name == pf.SIGNATURE:
        return pf.MAX_SIGNATURE_BYTES
    if name == pf.SCHEDULE:
        return pf.MAX_SCHEDULE_BYTES
    if pf.AUDIO_MEMBER.fullmatch(name):
        return pf.MAX_AUDIO_BYTES
    return None


class PackFile:
    """A pack whose container, manifest and signature are checked; members not yet read."""

    def __init__(self, path: Path, file: str, manifest: PackManifest,
                 infos: dict[str, zipfile.ZipInfo]) -> None:
        self.path = path
        self.file = file
        self.manifest = manifest
        self._infos = infos

    @property
    def size(self) -> int:
        """The pack file's size in bytes."""
        return self.path.stat().st_size

    def extract(self, dest: Path) -> Extracted:
        """Write every member to ``dest`` (a fresh folder), checking it against the manifest.

        Raises ``PackRejected`` at the first member whose bytes differ from what was signed.
        """
        m = self.manifest
        audio: dict[str, Path] = {}
        schedule = None
        try:
            with zipfile.ZipFile(self.path) as zf:
                for seg in m.segments:
                    target = dest / seg.member
                    self._copy(zf, seg.member, seg.sha256, seg.size, pf.MAX_AUDIO_BYTES, target)
                    audio[seg.id] = target
                if m.schedule is not None:
                    schedule = dest / pf.SCHEDULE
                    self._copy(zf, pf.SCHEDULE, m.schedule.sha256, m.schedule.size,
                               pf.MAX_SCHEDULE_BYTES, schedule)
        except (zipfile.BadZipFile, zlib.error, EOFError, struct.error):
            raise _reject(self.file, "exchange.not_zip") from None
        except FileNotFoundError:  # the pack went away between the checks and the copy
            raise _reject(self.file, "exchange.not_found") from None
        return Extracted(audio, schedule)

    def _copy(self, zf: zipfile.ZipFile, name: str, sha256: str, size: int, limit: int,
              target: Path) -> None:
        digest = hashlib.sha256()
        written = 0
        try:
            out = open(target, "wb")  # noqa: SIM115 (closed below, apart from the zip's errors)
        except OSError as exc:  # the station's disk, not the pack
            raise write_error(exc, target) from None
        try:
            with zf.open(self._infos[name]) as src:
                while True:
                    chunk = src.read(_CHUNK)
                    if not chunk:
                        break
                    written += len(chunk)
                    if written > limit or written > size:  # the header lied, or was altered
                        raise _reject(self.file, "exchange.hash_mismatch", member=name)
                    digest.update(chunk)
                    try:
                        out.write(chunk)
                    except OSError as exc:
                        raise write_error(exc, target) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
                struct.error):
            raise _reject(self.file, "exchange.damaged", member=name) from None
        finally:
            out.close()
        if written != size or digest.hexdigest() != sha256:
            raise _reject(self.file, "exchange.hash_mismatch", member=name)


def open_pack(path: Path | str, *, name: str | None = None) -> PackFile:
    """Check ``path``'s container, manifest and signature (members are read by ``extract``)."""
    path = Path(path)
    file = name or path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _reject(file, "exchange.not_found") from None
    except OSError as exc:
        raise _reject(file, "exchange.unreadable", detail=exc.strerror or str(exc)) from None
    if size > pf.MAX_FILE_BYTES:
        raise _reject(file, "pack.too_big", limit_mb=pf.MAX_FILE_BYTES // 2**20)
    try:
        with open(path, "rb") as fh:
            if fh.read(4) != b"PK\x03\x04":
                raise zipfile.BadZipFile("not a zip")
            count = _declared_members(fh, size)
        if count > pf.MAX_MEMBERS:  # before zipfile builds an object per central-directory entry
            raise _reject(file, "pack.too_many_members", count=count, limit=pf.MAX_MEMBERS)
        with zipfile.ZipFile(path) as zf:
            infos = _check_members(zf.infolist(), file)
            raw = _read_small(zf, infos, pf.MANIFEST, file)
            signature = _read_small(zf, infos, pf.SIGNATURE, file)
    except PackRejected:
        raise
    except _CONTAINER_ERRORS:
        raise _reject(file, "pack.not_zip") from None
    manifest = _check_manifest(raw, signature, file)
    declared = {pf.MANIFEST, pf.SIGNATURE, *(s.member for s in manifest.segments)}
    if manifest.schedule is not None:
        declared.add(pf.SCHEDULE)
    for member in sorted(set(infos) - declared):
        raise _reject(file, "pack.member_unexpected", member=member)
    for member in sorted(declared - set(infos)):
        raise _reject(file, "exchange.member_missing", member=member)
    return PackFile(path, file, manifest, infos)


def _declared_members(fh, size: int) -> int:
    """The member count the end-of-central-directory record declares (0xFFFF: zip64, which a
    pack under 2 GB never needs, so it counts as too many)."""
    tail = min(size, 65536 + 22)
    fh.seek(size - tail)
    data = fh.read(tail)
    at = data.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(data):
        raise zipfile.BadZipFile("no end of central directory")
    return struct.unpack_from("<H", data, at + 10)[0]


def _check_members(infos: list[zipfile.ZipInfo], file: str) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > pf.MAX_MEMBERS:
        raise _reject(file, "pack.too_many_members", count=len(infos), limit=pf.MAX_MEMBERS)
    out: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if bad_member_name(name) or info.is_dir():
            raise _reject(file, "exchange.member_path", member=name)
        if name in out:
            raise _reject(file, "exchange.member_duplicate", member=name)
        limit = _limit(name)
        if limit is None:
            raise _reject(file, "pack.member_unexpected", member=name)
        if info.flag_bits & 0x1:
            raise _reject(file, "exchange.encrypted", member=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _reject(file, "exchange.bad_compression", member=name)
        if info.file_size > limit:
            raise _reject(file, "exchange.member_too_big", member=name,
                          limit_mb=round(limit / 2**20, 2))
        if info.file_size > pf.RATIO_FLOOR and (
            info.file_size > pf.MAX_RATIO * max(info.compress_size, 1)
        ):
            raise _reject(file, "exchange.zip_bomb", member=name)
        out[name] = info
    for name in (pf.MANIFEST, pf.SIGNATURE):
        if name not in out:
            raise _reject(file, "exchange.member_missing", member=name)
    return out


def _read_small(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str,
                file: str) -> bytes:
    limit = _limit(name) or 0
    try:
        with zf.open(infos[name]) as fh:
            data = fh.read(limit + 1)
    except _CONTAINER_ERRORS:
        raise _reject(file, "exchange.damaged", member=name) from None
    if len(data) > limit:
        raise _reject(file, "exchange.zip_bomb", member=name)
    return data


# --- the manifest ---------------------------------------------------------------------------

_DECODER = DECODER


def is_public_key(text: Any) -> bool:
    """Whether ``text`` is an Ed25519 public key as packs carry it (base64 of 32 bytes)."""
    return public_key(text) is not None


def _check_manifest(raw: bytes, signature: bytes, file: str) -> PackManifest:
    try:
        doc = _DECODER.decode(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _reject(file, "exchange.manifest_unreadable") from None
    if type(doc) is not dict:
        raise _reject(file, "exchange.manifest_unreadable")
    if doc.get("format") != pf.FORMAT_NAME:
        raise _reject(file, "pack.not_a_pack")
    version = doc.get("format_version")
    if type(version) is int and version > pf.FORMAT_VERSION:
        raise _reject(file, "exchange.future_version", version=version,
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
        raise _reject(file, "exchange.bad_signature")
