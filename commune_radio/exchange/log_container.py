"""The ZIP container of a station log file: size limits, member names, inflating with a cap.

No ZIP header is trusted for a size: members inflate a megabyte at a time and stop at the
format's limit (zip bombs), and ``EntryLines`` cuts entries.jsonl into lines as it inflates,
hashing and counting on the way. Everything wrong is a ``FileRejected`` naming the file.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import FileRejected, Reason
from commune_radio.exchange.strict import bad_member_name

# every way the standard library says "these bytes are not a sound ZIP / not decodable"
_CONTAINER_ERRORS = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
    ValueError, struct.error, OverflowError, IndexError, KeyError, UnicodeError,
)


def _reject(file: str, reason_id: str, **params: Any) -> FileRejected:
    return FileRejected(file, Reason(reason_id, **params))


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


class EntryLines:
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
