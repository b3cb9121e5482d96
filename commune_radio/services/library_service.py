"""Importing audio into the library and editing what the operator says about it.

The window's import worker and `library import` both call ``import_file``; a rejected file leaves
the database and the audio store exactly as they were (nothing is written before the audio is
known good, and the row is written last, in one transaction).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from commune_radio.audio.ffmpeg import Cancelled
from commune_radio.audio.store import AudioStore, sha256_file
from commune_radio.core.errors import EnvironmentProblem, KnownError, RejectedInput
from commune_radio.core.segments import Segment, SegmentMeta, validate_meta
from commune_radio.services.changes import Changes, Result
from commune_radio.storage import segment_repo
from commune_radio.storage.database import Database, translate_error
from commune_radio.storage.station_repo import get_station

if TYPE_CHECKING:  # the audio pipeline pulls in numpy: loaded on first import, not at start-up
    from commune_radio.audio.prepare import LevelTarget, Progress

AUDIO_SUFFIXES = (
    ".mp3", ".wav", ".ogg", ".oga", ".opus", ".flac", ".m4a", ".aac", ".mp4", ".wma", ".amr",
    ".aif", ".aiff", ".webm", ".3gp",
)


@dataclass(frozen=True)
class ImportOptions:
    """Metadata given for every file of one import; None means "from the file"."""

    topic: str | None = None
    language: str | None = None
    title: str | None = None
    valid_from: dt.date | str | None = None
    valid_until: dt.date | str | None = None
    pack_id: str | None = None  # set by a content-pack import: where the audio came from
    pack_segment_id: str | None = None


@dataclass
class ImportResult:
    """The outcome for one file, in the shape of CLI.md's `library import --json`."""

    file: str
    ok: bool
    segment: Segment | None = None
    duplicate: bool = False
    error: KnownError | None = None
    extra: dict = field(default_factory=dict)

    @property
    def changes(self) -> Changes:
        """What this import changed: the library, unless it failed (a duplicate may gain its
        pack provenance, so it counts)."""
        return Changes(library=self.ok)

    def as_json(self, lang: str = "en") -> dict:
        """The JSON object of CLI.md for this file."""
        if not self.ok:
            return {"file": self.file, "ok": False, "error": self.error.render(lang)}
        s = self.segment
        out = {
            "file": self.file, "ok": True, "segment_id": s.id, "title": s.title,
            "duration_s": round(s.duration_s, 3), "loudness_lufs": s.loudness_lufs,
            "sha256": s.sha256,
        }
        if self.duplicate:
            out["duplicate"] = True
        return out


class LibraryService:
    """The segment library of one data directory."""

    def __init__(self, db: Database, data_dir: Path, *, max_seconds: float | None = None) -> None:
        self.db = db
        self.store = AudioStore(data_dir)
        self.max_seconds = max_seconds
        # what an import killed mid-write left (up to hundreds of MB) goes at the next start
        self.store.remove_partial_files()

    def target(self) -> LevelTarget:
        """The station's loudness target (the default before set-up)."""
        from commune_radio.audio.prepare import LevelTarget

        station = get_station(self.db)
        if station is None:
            return LevelTarget()
        return LevelTarget(station.target_lufs, station.true_peak_dbtp)

    def list(self) -> list[Segment]:
        """Every segment, newest first."""
        return segment_repo.list_segments(self.db)

    def get(self, segment_id: int) -> Segment:
        """One segment, or a clear message when it does not exist."""
        segment = segment_repo.get_segment(self.db, segment_id)
        if segment is None:
            raise RejectedInput("segment.not_found", segment_id=segment_id)
        return segment

    def audio_path(self, segment: Segment) -> Path:
        """The prepared audio file of a segment (what airs)."""
        return self.store.prepared_path(segment.sha256)

    def import_file(
        self,
        path: Path | str,
        options: ImportOptions = ImportOptions(),
        *,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import one file; never raises for a bad file, only for the environment or a bug."""
        path = Path(path)
        try:
            return self._import(path, options, cancel, progress)
        except RejectedInput as exc:
            return ImportResult(file=str(path), ok=False, error=exc)
        except Cancelled:
            return ImportResult(
                file=str(path), ok=False, error=RejectedInput("import.cancelled", file=path.name)
            )

    def _import(self, path, options, cancel, progress) -> ImportResult:
        # validate what the operator gave before the slow part, so a typo costs nothing
        base_meta = validate_meta(
            SegmentMeta(
                title=options.title or path.stem or "?", topic=options.topic,
                language=options.language or "vi", valid_from=options.valid_from,
                valid_until=options.valid_until,
            )
        )
        if not path.is_file():
            raise RejectedInput("audio.not_found", file=path.name)
        source_sha = sha256_file(path)
        existing = segment_repo.find_by_source(self.db, source_sha)
        if existing:
            return self._duplicate(path, existing, options)
        from commune_radio.audio.prepare import MAX_SECONDS, prepare_file

        prepared = prepare_file(
            path, self.target(), max_seconds=self.max_seconds or MAX_SECONDS, cancel=cancel,
            progress=progress,
        )
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        try:
            digest, prepared_path = self.store.put_prepared(prepared.wav_bytes)
        except OSError as exc:  # a full disk: a message and an unchanged library, no traceback
            raise translate_error(exc, self.store.root) from exc
        existing = segment_repo.find_by_sha256(self.db, digest)
        if existing:
            return self._duplicate(path, existing, options)
        try:
            original = self.store.put_original(path, source_sha)
        except OSError as exc:
            prepared_path.unlink(missing_ok=True)  # no segment refers to it (checked above)
            raise translate_error(exc, self.store.root) from exc
        title = options.title or prepared.tag_title or path.stem
        try:
            segment_id = self._insert(original, prepared, path, digest, source_sha, title,
                                      base_meta, options)
        except EnvironmentProblem:
            # neither file is anyone's yet (both hashes were looked up above): leave no trace
            prepared_path.unlink(missing_ok=True)
            original.unlink(missing_ok=True)
            raise
        if progress:
            progress(1.0)
        return ImportResult(file=str(path), ok=True, segment=self.get(segment_id))

    def _insert(self, original, prepared, path, digest, source_sha, title, base_meta,
                options: ImportOptions) -> int:
        return segment_repo.insert_segment(
            self.db,
            {
                "title": title.strip(), "topic": base_meta.topic, "language": base_meta.language,
                "duration_s": prepared.duration_s, "loudness_lufs": prepared.source_lufs,
                "true_peak_dbtp": prepared.source_true_peak_dbtp,
                "prepared_lufs": prepared.prepared_lufs, "sha256": digest,
                "source_file": path.name, "source_sha256": source_sha,
                "original_path": str(original.relative_to(self.store.root)),
                "valid_from": base_meta.valid_from.isoformat() if base_meta.valid_from else None,
                "valid_until": (
                    base_meta.valid_until.isoformat() if base_meta.valid_until else None
                ),
                "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "pack_id": options.pack_id, "pack_segment_id": options.pack_segment_id,
            },
        )

    def _duplicate(self, path: Path, existing: Segment, options: ImportOptions) -> ImportResult:
        # the same audio arriving in a pack gains the pack's ids if it had no origin yet
        if options.pack_id and options.pack_segment_id and existing.pack_id is None:
            segment_repo.set_provenance(self.db, existing.id, options.pack_id,
                                        options.pack_segment_id)
            existing = self.get(existing.id)
        return ImportResult(file=str(path), ok=True, segment=existing, duplicate=True)

    def update_meta(self, segment_id: int, meta: SegmentMeta) -> Result[Segment]:
        """Change title, theme, language or validity of a segment; return it as now stored."""
        self.get(segment_id)
        segment_repo.update_meta(self.db, segment_id, validate_meta(meta))
        return Result(self.get(segment_id), Changes(library=True))
