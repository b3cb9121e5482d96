"""Strict reading of a station log file (formats v1 and v2), with no database involved.

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

The work is split by part of the file: ``log_container`` (the ZIP), ``log_manifest`` (the
manifest and signature), ``log_entries`` with ``log_columns`` (entries and events); this module
is the door the callers use, and the names they import stay here.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import FileRejected
from commune_radio.exchange.log_container import (
    _CONTAINER_ERRORS,
    _CONTAINER_REASONS,
    EntryLines,
    _read_members,
    _reject,
)
from commune_radio.exchange.log_entries import Entries, Event, _EntriesParser, read_events
from commune_radio.exchange.log_manifest import Manifest, _check_manifest
from commune_radio.exchange.strict import checked_size

__all__ = ["Entries", "Event", "LogFile", "Manifest", "open_log", "open_log_bytes", "read_log"]


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
            self._events = (read_events(self.manifest, self.file, self._blob)
                            if self.manifest.format_version >= 2 else [])
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
        lines = EntryLines(self._open_entries(), self.file)
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
    checked_size(path, file, _reject, limit=fmt.MAX_FILE_BYTES, too_big="exchange.too_big")
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
