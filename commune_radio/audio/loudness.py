"""Loudness (ITU-R BS.1770-4, as an EBU R128 meter reads it) and true peak, fed in chunks.

The meter is fed the decoded chunks while ffmpeg is still decoding, so measuring costs almost no
extra wall time on a two-core PC. Only 48 kHz input is handled: the decoder always delivers it.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import signal

RATE = 48_000
SUB_BLOCK = RATE // 10  # 100 ms: the 400 ms gating blocks overlap by 75 %, i.e. 4 sub-blocks

# K-weighting at 48 kHz, coefficients from ITU-R BS.1770-4, Annex 1 (tables 1 and 2).
K_SOS = np.array(
    [
        [1.53512485958697, -2.69169618940638, 1.19839281085285, 1.0, -1.69065929318241,
         0.73248077421585],
        [1.0, -2.0, 1.0, 1.0, -1.99004745483398, 0.99007225036621],
    ]
)

ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0

# True-peak interpolator: 4x oversampling with a 48-tap low-pass FIR (12 taps per phase), as
# BS.1770-4 Annex 2 recommends. Phases are applied only where a peak is possible (see below).
OVERSAMPLE = 4
_FIR = signal.firwin(48, 1.0 / OVERSAMPLE, window=("kaiser", 6.0)) * OVERSAMPLE
PHASES = np.stack([_FIR[p::OVERSAMPLE] for p in range(OVERSAMPLE)]).astype(np.float64)  # (4, 12)
TAPS = PHASES.shape[1]
# No interpolated value can exceed this multiple of the largest sample within its 12 taps.
PHASE_GAIN_BOUND = float(np.abs(PHASES).sum(axis=1).max())


def db(value: float) -> float:
    """Decibels of an amplitude ratio (-inf for zero)."""
    return 20.0 * math.log10(value) if value > 0 else -math.inf


class LoudnessMeter:
    """Integrated loudness of a stream of (frames, channels) float chunks at 48 kHz."""

    def __init__(self, channels: int) -> None:
        self.channels = channels
        self._zi = np.zeros((K_SOS.shape[0], 2, channels))
        self._pending = np.zeros((0, channels))
        self._sub_powers: list[np.ndarray] = []  # per-channel mean square of each 100 ms
        self.frames = 0

    def feed(self, chunk: np.ndarray) -> None:
        """Add the next chunk of samples (frames, channels)."""
        filtered, self._zi = signal.sosfilt(K_SOS, chunk, axis=0, zi=self._zi)
        self.frames += len(chunk)
        data = np.concatenate([self._pending, filtered]) if len(self._pending) else filtered
        whole = len(data) - len(data) % SUB_BLOCK
        if whole:
            blocks = data[:whole].reshape(-1, SUB_BLOCK, self.channels)
            self._sub_powers.append(np.einsum("ijk,ijk->ik", blocks, blocks) / SUB_BLOCK)
        self._pending = data[whole:]

    def integrated(self) -> float:
        """Gated integrated loudness in LUFS; -inf when every block is below the gates."""
        if not self._sub_powers:
            return -math.inf
        sub = np.concatenate(self._sub_powers).sum(axis=1)  # channel weights are 1 for L, R, C
        if len(sub) < 4:
            return -math.inf
        window = np.lib.stride_tricks.sliding_window_view(sub, 4).mean(axis=1)
        with np.errstate(divide="ignore"):
            block_lufs = -0.691 + 10 * np.log10(window)
        above_abs = window[block_lufs > ABSOLUTE_GATE_LUFS]
        if not len(above_abs):
            return -math.inf
        relative_gate = -0.691 + 10 * math.log10(above_abs.mean()) + RELATIVE_GATE_LU
        with np.errstate(divide="ignore"):
            gated = above_abs[-0.691 + 10 * np.log10(above_abs) > relative_gate]
        return -0.691 + 10 * math.log10(gated.mean())


def frame_magnitude(x: np.ndarray) -> np.ndarray:
    """Largest absolute sample over channels, per frame (channel by channel: numpy's reduction
    along a short last axis is an order of magnitude slower)."""
    if x.ndim == 1:
        return np.abs(x)
    mag = np.abs(x[:, 0])
    for ch in range(1, x.shape[1]):
        np.maximum(mag, np.abs(x[:, ch]), out=mag)
    return mag


def interpolated_peaks(x: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Per-sample true-peak estimates where they can reach ``threshold``.

    Returns (indices, peaks): for each sample index n that may matter, the largest absolute
    value among the sample and the 4x-oversampled values around it, over all channels. Samples
    whose 12-tap neighbourhood stays below ``threshold / PHASE_GAIN_BOUND`` cannot produce an
    interpolated value of ``threshold`` or more, so they are skipped; this makes the measure
    exact for the question asked while touching only the loud parts of speech.
    """
    mag = frame_magnitude(x)
    limit = threshold / PHASE_GAIN_BOUND
    hot = np.flatnonzero(mag >= limit)
    if not len(hot):
        return hot, np.zeros(0)
    # every index whose 12-tap window touches a hot sample (a mask: np.unique is far slower)
    touched = np.zeros(len(mag), dtype=bool)
    for k in range(TAPS):
        touched[hot[hot + k < len(mag)] + k] = True
    idx = np.flatnonzero(touched)
    peaks = mag[idx].astype(np.float64)
    frames = x if x.ndim == 2 else x[:, None]
    padded_idx = idx[:, None] - np.arange(TAPS)[None, :]  # x[n - k], k = 0..11
    valid = padded_idx >= 0
    safe = np.where(valid, padded_idx, 0)
    for ch in range(frames.shape[1]):
        windows = np.where(valid, frames[safe, ch], 0.0)
        values = np.abs(windows @ PHASES.T).max(axis=1)
        np.maximum(peaks, values, out=peaks)
    # the FIR delays by (TAPS - 1) / 2 input samples; move estimates back onto their samples
    shift = (TAPS - 1) // 2
    return np.clip(idx - shift, 0, len(mag) - 1), peaks


def true_peak(x: np.ndarray) -> float:
    """Largest absolute sample or 4x-interpolated value, as a linear amplitude."""
    if not len(x):
        return 0.0
    sample_peak = float(frame_magnitude(x).max())
    if sample_peak == 0.0:
        return 0.0
    _, peaks = interpolated_peaks(x, sample_peak)
    return max(sample_peak, float(peaks.max()) if len(peaks) else 0.0)
