"""Strict reading of an office content pack (``.crpack``, format v1), with no database involved.

``open_pack`` checks the container and the manifest as the log reader does: the file's size,
every member's name (no paths), count, compression and size (zip bombs, checked against the
header and again while reading), then hands the manifest to ``pack_manifest`` (the format
version, every field, and the Ed25519 signature over its exact bytes). ``PackFile.extract`` then
streams each member to a folder, checking its signed SHA-256 and size, so a tampered member
refuses the whole pack before anything reaches the library. Memory stays bounded: audio is
never held whole.

Anything wrong raises ``PackRejected`` naming the file and the reason. Whether the key is the
office the station trusts, the pack's province and dates are the station's business
(``services.pack_service``).
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.atomic import write_error
from commune_radio.exchange import pack_format as pf
from commune_radio.exchange.pack_manifest import (  # noqa: F401  (the pack's types, re-exported)
    MemberRef,
    PackManifest,
    PackProgramme,
    PackRejected,
    PackSegment,
    Theme,
    check_manifest,
    is_public_key,
    reject_pack,
)
from commune_radio.exchange.strict import CONTAINER_ERRORS as _CONTAINER_ERRORS
from commune_radio.exchange.strict import bad_member_name, checked_size

_CHUNK = 1024 * 1024

@dataclass(frozen=True)
class Extracted:
    """Members written to a folder, each matching its signed hash and size."""

    audio: dict[str, Path]  # pack segment id -> file
    schedule: Path | None


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
            raise reject_pack(self.file, "exchange.not_zip") from None
        except FileNotFoundError:  # the pack went away between the checks and the copy
            raise reject_pack(self.file, "exchange.not_found") from None
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
                        raise reject_pack(self.file, "exchange.hash_mismatch", member=name)
                    digest.update(chunk)
                    try:
                        out.write(chunk)
                    except OSError as exc:
                        raise write_error(exc, target) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
                struct.error):
            raise reject_pack(self.file, "exchange.damaged", member=name) from None
        finally:
            out.close()
        if written != size or digest.hexdigest() != sha256:
            raise reject_pack(self.file, "exchange.hash_mismatch", member=name)


def open_pack(path: Path | str, *, name: str | None = None) -> PackFile:
    """Check ``path``'s container, manifest and signature (members are read by ``extract``)."""
    path = Path(path)
    file = name or path.name
    size = checked_size(path, file, reject_pack, limit=pf.MAX_FILE_BYTES, too_big="pack.too_big")
    try:
        with open(path, "rb") as fh:
            if fh.read(4) != b"PK\x03\x04":
                raise zipfile.BadZipFile("not a zip")
            count = _declared_members(fh, size)
        if count > pf.MAX_MEMBERS:  # before zipfile builds an object per central-directory entry
            raise reject_pack(file, "pack.too_many_members", count=count, limit=pf.MAX_MEMBERS)
        with zipfile.ZipFile(path) as zf:
            infos = _check_members(zf.infolist(), file)
            raw = _read_small(zf, infos, pf.MANIFEST, file)
            signature = _read_small(zf, infos, pf.SIGNATURE, file)
    except PackRejected:
        raise
    except _CONTAINER_ERRORS:
        raise reject_pack(file, "pack.not_zip") from None
    manifest = check_manifest(raw, signature, file)
    declared = {pf.MANIFEST, pf.SIGNATURE, *(s.member for s in manifest.segments)}
    if manifest.schedule is not None:
        declared.add(pf.SCHEDULE)
    for member in sorted(set(infos) - declared):
        raise reject_pack(file, "pack.member_unexpected", member=member)
    for member in sorted(declared - set(infos)):
        raise reject_pack(file, "exchange.member_missing", member=member)
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
        raise reject_pack(file, "pack.too_many_members", count=len(infos), limit=pf.MAX_MEMBERS)
    out: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if bad_member_name(name) or info.is_dir():
            raise reject_pack(file, "exchange.member_path", member=name)
        if name in out:
            raise reject_pack(file, "exchange.member_duplicate", member=name)
        limit = _limit(name)
        if limit is None:
            raise reject_pack(file, "pack.member_unexpected", member=name)
        if info.flag_bits & 0x1:
            raise reject_pack(file, "exchange.encrypted", member=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise reject_pack(file, "exchange.bad_compression", member=name)
        if info.file_size > limit:
            raise reject_pack(file, "exchange.member_too_big", member=name,
                          limit_mb=round(limit / 2**20, 2))
        if info.file_size > pf.RATIO_FLOOR and (
            info.file_size > pf.MAX_RATIO * max(info.compress_size, 1)
        ):
            raise reject_pack(file, "exchange.zip_bomb", member=name)
        out[name] = info
    for name in (pf.MANIFEST, pf.SIGNATURE):
        if name not in out:
            raise reject_pack(file, "exchange.member_missing", member=name)
    return out


def _read_small(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str,
                file: str) -> bytes:
    limit = _limit(name) or 0
    try:
        with zf.open(infos[name]) as fh:
            data = fh.read(limit + 1)
    except _CONTAINER_ERRORS:
        raise reject_pack(file, "exchange.damaged", member=name) from None
    if len(data) > limit:
        raise reject_pack(file, "exchange.zip_bomb", member=name)
    return data
