"""From any audio file to the prepared item that airs: decode, measure, trim, level, limit.

ffmpeg decodes in its own process while this one measures each chunk as it arrives (loudness,
the trim's 10 ms powers, each millisecond's largest sample), so on a two-core PC measuring adds
little wall time. Afterwards only what depends on the gain is left, and it is done only where it
matters: the true peak is sought in the blocks that could hold it, the limiter measures again
only what it changed, and so does the check of the prepared loudness.
Every way a file can be unusable ends in ``RejectedInput`` with a reason an operator can read.
"""

from __future__ import annotations

import math
import struct
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from commune_radio.audio.ffmpeg import (
    SAMPLE_RATE,
    Cancelled,
    DecodeReport,
    PcmBuffer,
    decode_chunks,
)
from commune_radio.audio.level import HOLD_DB, TruePeakLimiter, trim_bounds
from commune_radio.audio.loudness import (
    K_SETTLE_STEPS,
    PEAK_BLOCK,
    POWER_STEP,
    LoudnessMeter,
    block_sample_peaks,
    block_true_peaks,
    candidate_blocks,
    db,
    gated_loudness,
    in_parallel,
    k_weighted_step_powers,
    sub_block_powers,
)
from commune_radio.audio.wav_header import streamed_wav
from commune_radio.core.errors import RejectedInput

MAX_SECONDS = 60 * 60  # one item of a 15-45 minute session never needs to be longer
SILENT_BELOW_LUFS = -60.0  # quieter than this is hiss, not a recording
TRIM_THRESHOLD_DB = -50.0  # K-weighted, after levelling: far below speech, above a quiet room
MIN_SOUND_S = 0.5
MAKE_UP_ABOVE_LU = 0.2  # a limiter that cost more loudness than this gets it given back

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


class _StreamAnalysis:
    """What is learnt from each chunk while ffmpeg is still decoding the next ones.

    The K-weighted power of each 10 ms (for the loudness, and for the trim) and the largest
    sample of each 1 ms (where true peaks can be): after decoding, the gain, the trim and the
    peak search need no full pass over the samples.
    """

    def __init__(self, channels: int) -> None:
        self.meter = LoudnessMeter(channels)
        self._sample_peaks: list[np.ndarray] = []
        self._rest: np.ndarray | None = None  # samples short of a whole 1 ms block

    def feed(self, chunk: np.ndarray) -> None:
        self.meter.feed(chunk)
        if self._rest is not None:  # only when chunks are not whole milliseconds
            chunk = np.concatenate([self._rest, chunk])
            self._rest = None
        whole = len(chunk) - len(chunk) % PEAK_BLOCK
        if whole:
            self._sample_peaks.append(block_sample_peaks(chunk[:whole]))
        if whole < len(chunk):
            self._rest = chunk[whole:].copy()

    def sample_peaks(self) -> np.ndarray:
        """The largest sample of each 1 ms block, a partial last block included."""
        if self._rest is not None:
            self._sample_peaks.append(block_sample_peaks(self._rest))
            self._rest = None
        return np.concatenate(self._sample_peaks) if self._sample_peaks else np.zeros(0)


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

    pcm = PcmBuffer()
    analysis: _StreamAnalysis | None = None
    chunks = decode_chunks(
        path, max_seconds=max_seconds, cancel=cancel, report=report, on_header=check_declared,
        into=pcm,
    )
    decoded = 0
    with closing(chunks):
        for chunk in chunks:
            if analysis is None:
                analysis = _StreamAnalysis(chunk.shape[1])
            analysis.feed(chunk)
            decoded += len(chunk)
            if progress and report.declared_duration_s:
                progress(min(0.9, 0.9 * decoded / (report.declared_duration_s * SAMPLE_RATE)))

    _check_decode(path, report, decoded)
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    x = pcm.samples
    sample_peaks = analysis.sample_peaks()
    source_lufs = analysis.meter.integrated()
    if not math.isfinite(source_lufs) or source_lufs < SILENT_BELOW_LUFS:
        raise RejectedInput("audio.silent", file=path.name)
    gain_db = target.lufs - source_lufs
    gain = 10 ** (gain_db / 20)

    # silence is judged on the K-weighted power of the loudest channel: what the meter already
    # has, and deaf to the DC offset and rumble of cheap recorders
    steps = analysis.meter.step_powers()
    trim = trim_bounds(steps.max(axis=1), len(x), 10 ** (TRIM_THRESHOLD_DB / 20) / gain)
    if not trim.has_sound:
        raise RejectedInput("audio.silent", file=path.name)
    y = x[trim.start : trim.end]  # a view: x is ours and is not needed unchanged any more
    if len(y) < MIN_SOUND_S * SAMPLE_RATE:
        raise RejectedInput("audio.too_short", file=path.name, limit=MIN_SOUND_S)

    if trim.start % POWER_STEP == 0:
        # the start is on the 10 ms grid: the stream's 1 ms and 10 ms figures line up with y
        kept_peaks = sample_peaks[trim.start // PEAK_BLOCK : -(-trim.end // PEAK_BLOCK)]
        kept_peaks = kept_peaks.astype(np.float64)
        if trim.end % PEAK_BLOCK:  # the stream's last block of y may reach past its end
            kept_peaks[-1] = np.abs(y[len(y) - trim.end % PEAK_BLOCK :]).max()
        steps = steps[trim.start // POWER_STEP :]
    else:  # not with today's trim; measured again rather than misaligned
        kept_peaks = block_sample_peaks(y).astype(np.float64)
        steps = k_weighted_step_powers(y)
    level = _level(y, steps, kept_peaks, gain, target)
    gain_db += level.make_up_db
    if progress:
        progress(0.95)
    wav = _wav_bytes(_to_int16(y, level.pending_gain, level.true_peak), y.shape[1])
    return PreparedAudio(
        wav_bytes=wav,
        channels=y.shape[1],
        duration_s=len(y) / SAMPLE_RATE,
        source_lufs=round(source_lufs, 2),
        source_true_peak_dbtp=round(db(level.source_true_peak), 2),
        prepared_lufs=round(level.lufs, 2),
        prepared_true_peak_dbtp=round(db(level.true_peak), 2),
        gain_db=round(gain_db, 2),
        limited=level.limited,
        trimmed_head_s=trim.start / SAMPLE_RATE,
        trimmed_tail_s=(len(x) - trim.end) / SAMPLE_RATE,
        tag_title=report.title,
    )


@dataclass(frozen=True)
class _Levelled:
    source_true_peak: float  # linear, of the kept audio before any gain
    lufs: float  # of the prepared audio
    true_peak: float  # linear, of the prepared audio
    limited: bool
    make_up_db: float  # gain added after limiting
    pending_gain: float  # still to apply to y (while converting to 16 bits)


def _level(
    y: np.ndarray, steps: np.ndarray, sample_peaks: np.ndarray, gain: float, target: LevelTarget
) -> _Levelled:
    """Bring the kept audio ``y`` to the target: its gain, and the limiter where peaks demand.

    ``steps`` are the source's K-weighted 10 ms powers from the start of ``y`` and
    ``sample_peaks`` its largest sample per 1 ms block. ``y`` is changed in place when the
    limiter is needed; otherwise the gain is left for the 16-bit conversion to apply.
    """
    sample_peak = float(sample_peaks.max())
    # the true peak is at least the sample peak: only blocks that may reach it can hold it
    blocks = candidate_blocks(sample_peaks, len(y), sample_peak)
    block_peaks = block_true_peaks(y, blocks)
    source_tp = max(sample_peak, float(block_peaks.max()) if len(block_peaks) else 0.0)

    ceiling = 10 ** (target.true_peak_dbtp / 20)
    if source_tp * gain <= ceiling * 10 ** (-HOLD_DB / 20):
        lufs = gated_loudness(sub_block_powers(_patched_powers(y, steps, gain, None, gain)))
        return _Levelled(source_tp, lufs, source_tp * gain, False, 0.0, gain)

    y *= np.float32(gain)
    # the blocks measured above are exact for y too: the peaks only scale with the gain
    limiter = TruePeakLimiter(y, ceiling, sample_peaks * gain, (blocks, block_peaks * gain))
    limiter.run()
    lufs = gated_loudness(sub_block_powers(_patched_powers(y, steps, gain, limiter.changed)))
    make_up_db = 0.0
    # the limiter took a little loudness away; give it back once, then hold the peaks again
    shortfall = target.lufs - lufs
    if shortfall > MAKE_UP_ABOVE_LU:
        make_up_db = shortfall
        limiter.scale(10 ** (shortfall / 20))
        limiter.run()
        gain *= 10 ** (shortfall / 20)
        lufs = gated_loudness(sub_block_powers(_patched_powers(y, steps, gain, limiter.changed)))
    return _Levelled(source_tp, lufs, limiter.true_peak(), True, make_up_db, 1.0)


def _patched_powers(
    y: np.ndarray, steps: np.ndarray, gain: float, changed: np.ndarray | None,
    y_scale: float = 1.0,
) -> np.ndarray:
    """Per-channel K-weighted power of each whole 10 ms of the prepared audio ``y * y_scale``,
    as a meter fed it would read it.

    The prepared audio is ``gain`` times the source from which ``steps`` were measured, except
    in the 1 ms blocks marked ``changed``. There, for as long as the K filter remembers them,
    and at the start (a meter fed ``y`` starts from rest, the stream's did not), the power is
    measured again from a filter that settled on the 60 ms before; the rest is only scaled.
    """
    n = len(y) // POWER_STEP
    powers = steps[:n] * gain**2
    dirty = np.zeros(n + K_SETTLE_STEPS + 2, dtype=bool)
    dirty[:K_SETTLE_STEPS] = True
    if changed is not None and changed.any():
        touched = np.unique(np.flatnonzero(changed) * PEAK_BLOCK // POWER_STEP)
        # a change is heard by the filter for K_SETTLE_STEPS more steps
        for k in range(K_SETTLE_STEPS + 1):
            dirty[touched + k] = True
    dirty = dirty[:n]
    edges = np.flatnonzero(np.diff(np.concatenate([[False], dirty, [False]]).astype(np.int8)))
    runs = edges.reshape(-1, 2)  # [start, end) of each dirty stretch, in steps
    # stretches closer than a settling time share one filter run
    merged: list[list[int]] = []
    for a, b in runs:
        if merged and a - merged[-1][1] <= K_SETTLE_STEPS:
            merged[-1][1] = b
        else:
            merged.append([a, b])

    def measure(run: list[int]) -> None:
        a, b = run
        settle = max(0, a - K_SETTLE_STEPS)
        fresh = k_weighted_step_powers(y[settle * POWER_STEP : b * POWER_STEP])
        powers[a:b] = fresh[a - settle :] * y_scale**2

    # many short runs: group them so each thread gets a few large tasks
    groups = [merged[i : i + 64] for i in range(0, len(merged), 64)]
    in_parallel(lambda group: [measure(run) for run in group], groups)
    return powers


def _check_decode(path: Path, report: DecodeReport, decoded: int) -> None:
    """Turn what ffmpeg said into a rejection when the input cannot be trusted."""
    if decoded == 0:
        if report.return_code == 0 and not report.errors and report.channels:
            raise RejectedInput("audio.empty", file=path.name)
        raise RejectedInput("audio.unreadable", file=path.name)
    decoded_s = decoded / SAMPLE_RATE
    streamed = streamed_wav(path)
    # a streaming recorder's placeholder sizes: ffmpeg calls the short last packet corrupt,
    # but when every frame the file holds was decoded, nothing is missing
    if (streamed is not None and report.return_code == 0
            and abs(decoded_s - streamed.seconds) <= 0.05):
        return
    declared = report.declared_duration_s
    if declared and decoded_s < declared * 0.97 - 0.5:
        raise RejectedInput("audio.truncated", file=path.name)
    if report.errors or report.return_code != 0:
        raise RejectedInput("audio.truncated", file=path.name)


def _to_int16(y: np.ndarray, scale: float, peak: float) -> np.ndarray:
    """16-bit samples of ``y * scale``, rounded; ``peak`` is the largest |y * scale| (or more).

    Done in slices small enough to stay in cache, on two threads (numpy lets go of the GIL).
    """
    pcm = np.empty(y.shape, dtype="<i2")
    factor = np.float32(scale * 32767.0)
    clip = peak * 32767.0 > 32767.0  # only when a station sets its ceiling above 0 dBTP

    def convert(lo: int) -> None:
        part = y[lo : lo + _SLICE] * factor
        np.rint(part, out=part)
        if clip:
            np.clip(part, -32768, 32767, out=part)
        pcm[lo : lo + _SLICE] = part

    in_parallel(convert, range(0, len(y), _SLICE))
    return pcm


_SLICE = 1 << 18  # frames per slice: 2 MB of stereo float32


def _wav_bytes(pcm: np.ndarray, channels: int) -> bytes:
    """A canonical 44-byte-header WAV file around 16-bit 48 kHz samples, in one copy."""
    data = pcm.nbytes
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + data, b"WAVE", b"fmt ", 16, 1, channels,
        SAMPLE_RATE, SAMPLE_RATE * channels * 2, channels * 2, 16, b"data", data,
    )
    return b"".join([header, memoryview(np.ascontiguousarray(pcm)).cast("B")])
