"""Levelling to the station target with a true-peak limiter, and the conservative silence trim.

Speech levelled to -16 LUFS often needs more gain than its peaks allow under -1 dBTP; rather than
leaving such an item quiet (which makes the loudspeakers jump in volume from item to item), the
limiter turns down only the few milliseconds around each peak.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from commune_radio.audio.loudness import RATE, frame_magnitude, interpolated_peaks

GAIN_BLOCK = RATE // 1000  # the gain curve is computed per millisecond, ramped within it
LIMITER_BLOCKS = 10  # 10 ms ramps around each peak: inaudible on speech, no clicks
MAX_LIMITER_PASSES = 4
SAFETY_DB = 0.05  # aim this far under the ceiling so the estimate's error cannot cross it


def limit_true_peak(x: np.ndarray, ceiling: float) -> tuple[np.ndarray, bool]:
    """``x`` (frames, channels) with every true peak at or under ``ceiling``; whether it acted.

    The needed gain is taken per 1 ms block; the curve is the running minimum of that over
    +-(W+1) blocks, then averaged over W blocks: an average of values each no larger than the
    gain needed around the centre can never exceed it, so the curve is smooth and sufficient.
    Inside a block the gain ramps linearly between two such values, both sufficient there.
    Only blocks near a peak are touched, so a clean item costs one measurement.
    """
    acted = False
    target = ceiling * 10 ** (-SAFETY_DB / 20)
    for _ in range(MAX_LIMITER_PASSES):
        idx, peaks = interpolated_peaks(x, ceiling)
        over = peaks > ceiling
        if not over.any():
            return x, acted
        n_blocks = -(-len(x) // GAIN_BLOCK) + 1
        need = np.ones(n_blocks, dtype=np.float64)
        np.minimum.at(need, idx[over] // GAIN_BLOCK, target / peaks[over])
        curve = ndimage.minimum_filter1d(need, size=2 * (LIMITER_BLOCKS + 1) + 1)
        curve = np.minimum(ndimage.uniform_filter1d(curve, size=LIMITER_BLOCKS + 1), 1.0)
        active = np.flatnonzero((curve[:-1] < 1.0) | (curve[1:] < 1.0))
        if not acted:
            x = x.copy()
            acted = True
        frac = np.arange(GAIN_BLOCK, dtype=np.float64) / GAIN_BLOCK
        ramps = curve[active, None] + (curve[active + 1] - curve[active])[:, None] * frac
        whole = len(x) // GAIN_BLOCK
        inside = active < whole
        view = x[: whole * GAIN_BLOCK].reshape(whole, GAIN_BLOCK, x.shape[1])
        view[active[inside]] *= ramps[inside, :, None].astype(x.dtype)
        for b, ramp in zip(active[~inside], ramps[~inside], strict=True):
            tail = x[b * GAIN_BLOCK :]
            tail *= ramp[: len(tail), None].astype(x.dtype)
        target *= 10 ** (-SAFETY_DB / 20)  # a second pass means the estimate ran short
    return x, acted


@dataclass(frozen=True)
class TrimResult:
    """Where the kept audio starts and ends, in frames."""

    start: int
    end: int
    has_sound: bool


FRAME = RATE // 100  # 10 ms analysis frames
MIN_SILENCE_S = 0.5  # shorter leading/trailing pauses are left alone
KEEP_MARGIN_S = 0.25  # silence kept before the first and after the last sound


def find_trim(x: np.ndarray, threshold: float) -> TrimResult:
    """Bounds that drop only leading and trailing silence below ``threshold`` (linear RMS).

    Nothing between the first and the last sound is ever touched, so a pause inside speech stays.
    """
    n_frames = len(x) // FRAME
    if n_frames == 0:
        return TrimResult(0, len(x), bool(len(x)) and frame_magnitude(x).max() > threshold)
    frames = x[: n_frames * FRAME]
    if frames.ndim == 2:
        power = np.zeros(n_frames)
        for ch in range(frames.shape[1]):
            col = frames[:, ch].astype(np.float64).reshape(n_frames, FRAME)
            np.maximum(power, np.einsum("ij,ij->i", col, col) / FRAME, out=power)
    else:
        col = frames.astype(np.float64).reshape(n_frames, FRAME)
        power = np.einsum("ij,ij->i", col, col) / FRAME
    loud = np.flatnonzero(power > threshold * threshold)
    if not len(loud):
        return TrimResult(0, len(x), False)
    first, last = loud[0] * FRAME, (loud[-1] + 1) * FRAME
    margin = int(KEEP_MARGIN_S * RATE)
    min_silence = int(MIN_SILENCE_S * RATE)
    start = max(0, first - margin) if first >= min_silence else 0
    tail = len(x) - last
    end = min(len(x), last + margin) if tail >= min_silence else len(x)
    return TrimResult(start, end, True)
