"""Levelling to the station target with a true-peak limiter, and the conservative silence trim.

Speech levelled to -16 LUFS often needs more gain than its peaks allow under -1 dBTP; rather than
leaving such an item quiet (which makes the loudspeakers jump in volume from item to item), the
limiter turns down only the few milliseconds around each peak.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from commune_radio.audio.dsp import minimum_filter1d, uniform_filter1d
from commune_radio.audio.loudness import (
    PEAK_BLOCK,
    POWER_STEP,
    RATE,
    block_sample_peaks,
    block_true_peaks,
    candidate_blocks,
    peak_block_count,
    true_peak,
)

GAIN_BLOCK = PEAK_BLOCK  # the gain curve is computed per millisecond, ramped within it
LIMITER_BLOCKS = 10  # 10 ms ramps around each peak: inaudible on speech, no clicks
MAX_LIMITER_PASSES = 8  # one or two suffice on speech and music
SAFETY_DB = 0.05  # aim this far under the ceiling so the estimate's error cannot cross it
# Act on peaks above ceiling - HOLD_DB: rounding to 16 bits moves a true peak by far less than
# this, so a peak left in place cannot end up over the ceiling in the written file.
HOLD_DB = 0.01
# Every block whose true peak may be within this of the ceiling is measured exactly, so the true
# peak reported after limiting (which sits about SAFETY_DB under the ceiling) is exact.
EXACT_WITHIN_DB = 0.5


class TruePeakLimiter:
    """Holds every true peak of ``y`` (frames, channels) at or under ``ceiling``, in place.

    The needed gain is taken per 1 ms block; the curve is the running minimum of that over
    +-(W+1) blocks, then averaged over W blocks: an average of values each no larger than the
    gain needed around the centre can never exceed it, so the curve is smooth and sufficient.
    Inside a block the gain ramps linearly between two such values, both sufficient there.

    True peaks are known per block and exactly (``block_true_peaks``), but only for blocks that
    can come near the ceiling (found from each block's largest sample); after a pass only the
    blocks it changed are measured again, so a long item costs little more than its loud spots.
    """

    def __init__(
        self,
        y: np.ndarray,
        ceiling: float,
        sample_peaks: np.ndarray | None = None,
        known: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> None:
        """``sample_peaks``: an upper bound of each 1 ms block's largest sample of ``y``;
        ``known``: (blocks, exact true peaks) already measured on ``y``."""
        self.y = y
        self.ceiling = ceiling
        bounds = block_sample_peaks(y) if sample_peaks is None else sample_peaks
        self.sample_peaks = np.array(bounds, dtype=np.float64)  # a copy: scaled in place
        self.peaks = np.full(peak_block_count(len(y)), -1.0)  # -1: not measured
        if known is not None:
            self.peaks[known[0]] = known[1]
        self.changed = np.zeros(len(self.sample_peaks), dtype=bool)  # blocks the gain touched
        self.acted = False
        self._target = ceiling * 10 ** (-SAFETY_DB / 20)

    def scale(self, factor: float) -> None:
        """Multiply ``y`` by ``factor`` (what is known about it scales exactly with it)."""
        self.y *= np.float32(factor)
        measured = self.peaks >= 0
        self.peaks[measured] *= factor
        self.sample_peaks *= factor

    def run(self) -> bool:
        """Hold the peaks under the ceiling; whether anything had to change."""
        floor = self.ceiling * 10 ** (-EXACT_WITHIN_DB / 20)
        hold = self.ceiling * 10 ** (-HOLD_DB / 20)
        blocks = candidate_blocks(self.sample_peaks, len(self.y), floor)
        self._measure(blocks[self.peaks[blocks] < 0])
        acted = False
        for _ in range(MAX_LIMITER_PASSES):
            over = np.flatnonzero(self.peaks > hold)
            if not len(over):
                break
            acted = True
            changed = self._apply(over)
            # values of block b come from sample blocks b-1 and b
            remeasure = np.union1d(changed, changed + 1)
            self._measure(remeasure[remeasure < len(self.peaks)])
            self._target *= 10 ** (-SAFETY_DB / 20)  # another pass means the estimate ran short
        else:
            worst = float(self.peaks.max())
            if worst > hold:  # never seen; the ceiling is a promise, so turn it all down
                self.scale(self._target / worst)
                self.changed[:] = True
                acted = True
        self.acted |= acted
        return acted

    def true_peak(self) -> float:
        """The true peak of ``y`` as it is now (linear), exact."""
        best = float(self.peaks.max()) if len(self.peaks) else 0.0
        if best >= self.ceiling * 10 ** (-EXACT_WITHIN_DB / 20):
            return best  # every block that could be higher than this was measured
        return true_peak(self.y)

    def _measure(self, blocks: np.ndarray) -> None:
        if len(blocks):
            self.peaks[blocks] = block_true_peaks(self.y, blocks)

    def _apply(self, over: np.ndarray) -> np.ndarray:
        """Turn down the blocks around ``over``; return the sample blocks that changed."""
        y = self.y
        n_blocks = len(self.sample_peaks)
        need = np.ones(n_blocks + 1, dtype=np.float64)
        # the ring-out after the last sample comes from the last block
        np.minimum.at(need, np.minimum(over, n_blocks - 1), self._target / self.peaks[over])
        curve = minimum_filter1d(need, size=2 * (LIMITER_BLOCKS + 1) + 1)
        curve = uniform_filter1d(curve, size=LIMITER_BLOCKS + 1)
        # the running mean leaves rounding dust under 1 far from any peak: that is no change
        curve[curve > 1.0 - 1e-9] = 1.0
        active = np.flatnonzero((curve[:-1] < 1.0) | (curve[1:] < 1.0))
        frac = np.arange(GAIN_BLOCK, dtype=np.float64) / GAIN_BLOCK
        ramps = curve[active, None] + (curve[active + 1] - curve[active])[:, None] * frac
        whole = len(y) // GAIN_BLOCK
        inside = active < whole
        view = y[: whole * GAIN_BLOCK].reshape(whole, GAIN_BLOCK, y.shape[1])
        view[active[inside]] *= ramps[inside, :, None].astype(y.dtype)
        for b, ramp in zip(active[~inside], ramps[~inside], strict=True):
            tail = y[b * GAIN_BLOCK :]
            tail *= ramp[: len(tail), None].astype(y.dtype)
        self.changed[active] = True
        # the gain never rises, so the blocks' sample peaks stay valid upper bounds
        return active


def limit_true_peak(x: np.ndarray, ceiling: float) -> tuple[np.ndarray, bool]:
    """``x`` (frames, channels) with every true peak at or under ``ceiling``; whether it acted.

    ``x`` itself is left alone: a limited copy is returned when the limiter acts.
    """
    limiter = TruePeakLimiter(x.copy(), ceiling)
    if limiter.run():
        return limiter.y, True
    return x, False


@dataclass(frozen=True)
class TrimResult:
    """Where the kept audio starts and ends, in frames."""

    start: int
    end: int
    has_sound: bool


FRAME = POWER_STEP  # 10 ms analysis frames, the loudness meter's steps
MIN_SILENCE_S = 0.5  # shorter leading/trailing pauses are left alone
KEEP_MARGIN_S = 0.25  # silence kept before the first and after the last sound


def frame_powers(x: np.ndarray) -> np.ndarray:
    """Mean square of each whole 10 ms frame, the loudest channel's (a partial end dropped)."""
    n_frames = len(x) // FRAME
    if not n_frames:
        return np.zeros(0)
    frames = x[: n_frames * FRAME]
    if frames.ndim == 1:
        frames = frames[:, None]
    power = None
    for ch in range(frames.shape[1]):
        col = np.ascontiguousarray(frames[:, ch]).reshape(n_frames, FRAME)
        p = np.einsum("ij,ij->i", col, col)
        power = p if power is None else np.maximum(power, p)
    return power.astype(np.float64) / FRAME


def trim_bounds(power: np.ndarray, frames: int, threshold: float) -> TrimResult:
    """Bounds that drop only leading and trailing silence of ``frames`` samples, given the mean
    square of each whole 10 ms (``frame_powers``, or the meter's K-weighted ones).

    ``threshold`` is a linear RMS. Nothing between the first and the last sound is ever
    touched, so a pause inside speech stays. The start falls on the 10 ms grid.
    """
    loud = np.flatnonzero(power > threshold * threshold)
    if not len(loud):
        return TrimResult(0, frames, False)
    first, last = loud[0] * FRAME, (loud[-1] + 1) * FRAME
    margin = int(KEEP_MARGIN_S * RATE)
    min_silence = int(MIN_SILENCE_S * RATE)
    start = max(0, first - margin) if first >= min_silence else 0
    tail = frames - last
    end = min(frames, last + margin) if tail >= min_silence else frames
    return TrimResult(start, end, True)


def find_trim(x: np.ndarray, threshold: float) -> TrimResult:
    """Bounds that drop only leading and trailing silence below ``threshold`` (linear RMS)."""
    if len(x) < FRAME:
        peak = float(np.abs(x).max()) if len(x) else 0.0
        return TrimResult(0, len(x), peak > threshold)
    return trim_bounds(frame_powers(x), len(x), threshold)
