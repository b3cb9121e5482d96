"""From any audio file to the prepared item that airs: decode, measure, trim, level, limit.

One pass of ffmpeg decodes while the meter measures; the rest works on the samples in memory.
Every way a file can be unusable ends in ``RejectedInput`` with a reason an operator can read.
"""

from __future__ import annotations

import io
import math
import threading
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from commune_radio.audio.ffmpeg import SAMPLE_RATE, DecodeReport, decode_chunks
from commune_radio.audio.level import find_trim, limit_true_peak
from commune_radio.audio.loudness import LoudnessMeter, db, true_peak
from commune_radio.core.errors import RejectedInput

MAX_SECONDS = 60 * 60  # one item of a 15-45 minute session never needs to be longer
SILENT_BELOW_LUFS = -60.0  # quieter than this is hiss, not a recording
TRIM_THRESHOLD_DB = -50.0  # after levelling: far below speech, above a quiet room
MIN_SOUND_S = 0.5

Progress = Callable[[float], None]


@dataclass(frozen=True)
class LevelTarget:
    """The station's loudness target and true-peak ceiling."""

    lufs: float = -16.0
    true_peak_dbtp: float = -1.0


@dataclass(frozen=True)
class PreparedAudio:
    """The audio that airs, as a 16-bit 48 kHz WAV file's bytes, and what was measured."""

    wav_bytes: bytes
    channels: int
    duration_s: float
    source_lufs: float
    source_true_peak_dbtp: float
    prepared_lufs: float
    prepared_true_peak_dbtp: float
    gain_db: float
    limited: bool
    trimmed_head_s: float
    trimmed_tail_s: float
    tag_title: str | None = None


def prepare_file(
    path: Path,
    target: LevelTarget = LevelTarget(),
    *,
    max_seconds: float = MAX_SECONDS,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> PreparedAudio:
    """Prepare ``path`` for airing, or raise ``RejectedInput`` / ``Cancelled``."""
    path = Path(path)
    if not path.is_file():
        raise RejectedInput("audio.not_found", file=path.name)
    if path.stat().st_size == 0:
        raise RejectedInput("audio.empty", file=path.name)

    report = DecodeReport()

    def check_declared(rep: DecodeReport) -> None:
        if rep.declared_duration_s and rep.declared_duration_s > max_seconds + 1:
            raise RejectedInput(
                "audio.too_long", file=path.name, minutes=f"{rep.declared_duration_s / 60:.0f}",
                limit=f"{max_seconds / 60:.0f}",
            )

    chunks: list[np.ndarray] = []
    meter: LoudnessMeter | None = None
    decoded = 0
    for chunk in decode_chunks(
        path, max_seconds=max_seconds, cancel=cancel, report=report, on_header=check_declared
    ):
        if meter is None:
            meter = LoudnessMeter(chunk.shape[1])
        meter.feed(chunk)
        chunks.append(chunk)
        decoded += len(chunk)
        if progress and report.declared_duration_s:
            progress(min(0.9, 0.9 * decoded / (report.declared_duration_s * SAMPLE_RATE)))

    _check_decode(path, report, decoded)
    x = np.concatenate(chunks) if len(chunks) > 1 else chunks[0]
    del chunks
    source_lufs = meter.integrated()
    if not math.isfinite(source_lufs) or source_lufs < SILENT_BELOW_LUFS:
        raise RejectedInput("audio.silent", file=path.name)
    gain_db = target.lufs - source_lufs
    gain = 10 ** (gain_db / 20)

    trim = find_trim(x, 10 ** (TRIM_THRESHOLD_DB / 20) / gain)
    if not trim.has_sound:
        raise RejectedInput("audio.silent", file=path.name)
    kept = x[trim.start : trim.end]
    if len(kept) < MIN_SOUND_S * SAMPLE_RATE:
        raise RejectedInput("audio.too_short", file=path.name, limit=MIN_SOUND_S)
    source_tp = true_peak(kept)

    y = kept * np.float32(gain)
    ceiling = 10 ** (target.true_peak_dbtp / 20)
    y, limited = limit_true_peak(y, ceiling)
    prepared_lufs = target.lufs
    if limited:
        # the limiter took a little loudness away; give it back once, then hold the peaks again
        check = LoudnessMeter(y.shape[1])
        check.feed(y)
        shortfall = target.lufs - check.integrated()
        if shortfall > 0.2:
            y, _ = limit_true_peak(y * np.float32(10 ** (shortfall / 20)), ceiling)
            gain_db += shortfall
        check = LoudnessMeter(y.shape[1])
        check.feed(y)
        prepared_lufs = check.integrated()
    prepared_tp = db(true_peak(y)) if limited else db(source_tp) + gain_db
    if progress:
        progress(0.95)
    pcm = _to_int16(y)  # in place: y is not used after this
    wav = _wav_bytes(pcm, y.shape[1])
    return PreparedAudio(
        wav_bytes=wav,
        channels=y.shape[1],
        duration_s=len(y) / SAMPLE_RATE,
        source_lufs=round(source_lufs, 2),
        source_true_peak_dbtp=round(db(source_tp), 2),
        prepared_lufs=round(prepared_lufs, 2),
        prepared_true_peak_dbtp=round(prepared_tp, 2),
        gain_db=round(gain_db, 2),
        limited=limited,
        trimmed_head_s=trim.start / SAMPLE_RATE,
        trimmed_tail_s=(len(x) - trim.end) / SAMPLE_RATE,
        tag_title=report.title,
    )


def _check_decode(path: Path, report: DecodeReport, decoded: int) -> None:
    """Turn what ffmpeg said into a rejection when the input cannot be trusted."""
    if decoded == 0:
        if report.return_code == 0 and not report.errors and report.channels:
            raise RejectedInput("audio.empty", file=path.name)
        raise RejectedInput("audio.unreadable", file=path.name)
    decoded_s = decoded / SAMPLE_RATE
    declared = report.declared_duration_s
    if declared and decoded_s < declared * 0.97 - 0.5:
        raise RejectedInput("audio.truncated", file=path.name)
    if report.errors or report.return_code != 0:
        raise RejectedInput("audio.truncated", file=path.name)


def _to_int16(y: np.ndarray) -> np.ndarray:
    """16-bit samples, rounded; the limiter keeps |y| <= -1 dBTP so nothing clips here."""
    y *= np.float32(32767.0)
    np.rint(y, out=y)
    np.clip(y, -32768, 32767, out=y)
    return y.astype("<i2")


def _wav_bytes(pcm: np.ndarray, channels: int) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()
