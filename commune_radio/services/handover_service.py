"""The programme as an MP3 for a vendor's IP loudspeaker platform; its hand-over record.

Most Lào Cai stations since 2025 air through a vendor platform (VNPT, Viettel, MobiFone): the
station uploads a file and the platform plays it. The file is the programme rendered exactly as
it airs, encoded to MP3 by pydub over the bundled ffmpeg (the natural tool for writing a file
through ffmpeg), then decoded back and measured, so the operator sees the loudness and length of
what is actually uploaded. Each file written is logged as a **hand-over**, in its own table: an
upload is not an airing, and compliance never counts it.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

from commune_radio.core.atomic import commit, part_path
from commune_radio.core.clock import Clock, station_iso, system_clock, to_utc_iso
from commune_radio.core.errors import RejectedInput
from commune_radio.core.programmes import Programme
from commune_radio.services.changes import Changes, Result
from commune_radio.storage import handover_repo
from commune_radio.storage.database import Database

BITRATES = ("64k", "96k", "128k", "192k")


@dataclass(frozen=True)
class Handover:
    """One file handed to a platform."""

    id: str
    programme: str
    file: str
    sha256: str
    duration_s: float
    loudness_lufs: float
    bitrate: str
    created_at: str

    def as_json(self, tz: str) -> dict:
        """The `programme export --json` / `log handovers --json` object."""
        return {"id": self.id, "programme": self.programme, "file": self.file,
                "sha256": self.sha256, "duration_s": round(self.duration_s, 3),
                "loudness_lufs": round(self.loudness_lufs, 1), "bitrate": self.bitrate,
                "created_at": station_iso(self.created_at, tz), "kind": "handover"}


class HandoverService:
    """Writes platform files and keeps their record."""

    def __init__(self, db: Database, render, clock: Clock = system_clock) -> None:
        self.db = db
        self.render = render  # a RenderService: the programme exactly as it airs
        self.clock = clock

    def export_mp3(self, programme: Programme, target: Path | str, *,
                   bitrate: str = "128k") -> Result[Handover]:
        """Render, encode, measure and record; the file appears only when complete."""
        from commune_radio.audio.ffmpeg import ffmpeg_exe

        with warnings.catch_warnings():
            # pydub looks for ffmpeg on PATH at import and warns; it is told the bundled one
            # below. Its audioop deprecation concerns Python 3.13, where pydub brings audioop-lts.
            warnings.simplefilter("ignore", RuntimeWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            from pydub import AudioSegment

        if bitrate not in BITRATES:
            raise RejectedInput("handover.bad_bitrate", bitrate=bitrate,
                                allowed=", ".join(BITRATES))
        target = Path(target)
        AudioSegment.converter = ffmpeg_exe()
        with tempfile.TemporaryDirectory(prefix="commune-radio-mp3-") as tmp:
            wav = Path(tmp) / "programme.wav"
            self.render.render(programme, wav)
            part = None
            try:
                part = part_path(target, suffix=".mp3")
                AudioSegment.from_wav(wav).export(
                    part, format="mp3", bitrate=bitrate,
                    tags={"title": programme.name, "comment": "Commune Radio"})
                duration, loudness = _measure(part)
                commit(part, target)
            except BaseException as exc:
                if part is not None:
                    with contextlib.suppress(OSError):
                        part.unlink()
                if isinstance(exc, OSError):
                    raise RejectedInput("render.cannot_write", file=str(target),
                                        detail=exc.strerror or str(exc)) from None
                raise
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        record = Handover(str(uuid.uuid4()), programme.name, target.name, digest, duration,
                          loudness, bitrate, to_utc_iso(self.clock()))
        handover_repo.insert(self.db, record.__dict__ | {"programme_id": programme.id})
        return Result(record, Changes(handovers=True))

    def list(self) -> list[Handover]:
        """Every hand-over, oldest first."""
        return [Handover(**{k: r[k] for k in Handover.__dataclass_fields__})
                for r in handover_repo.all_rows(self.db)]


def _measure(path: Path) -> tuple[float, float]:
    """(seconds, integrated LUFS) of an encoded file, decoded again by ffmpeg."""
    from commune_radio.audio.ffmpeg import DecodeReport, decode_chunks
    from commune_radio.audio.loudness import LoudnessMeter

    report = DecodeReport()
    meter = None
    with contextlib.closing(decode_chunks(path, max_seconds=6 * 3600, report=report)) as chunks:
        for chunk in chunks:
            meter = meter or LoudnessMeter(chunk.shape[1])
            meter.feed(chunk)
    if meter is None:
        return 0.0, float("-inf")
    return meter.frames / 48_000, meter.integrated()


