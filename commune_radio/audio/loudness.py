"""Loudness (ITU-R BS.1770-4, as an EBU R128 meter reads it) and true peak, fed in chunks.

The meter is fed the decoded chunks while ffmpeg is still decoding, so measuring costs almost no
extra wall time on a two-core PC. Only 48 kHz input is handled: the decoder always delivers it.

True peak is kept per 1 ms block of the signal: while decoding, each block's largest sample is
noted, so later questions ("what is the true peak?", "where does it pass the ceiling?")
oversample only the blocks that could possibly answer yes, and the answer is still exact.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from commune_radio.audio.dsp import firwin_kaiser, sosfilt

RATE = 48_000
SUB_BLOCK = RATE // 10  # 100 ms: the 400 ms gating blocks overlap by 75 %, i.e. 4 sub-blocks
POWER_STEP = RATE // 100  # 10 ms: K-weighted power is kept this finely so any 10 ms cut re-aligns
STEPS_PER_SUB_BLOCK = SUB_BLOCK // POWER_STEP

# K-weighting at 48 kHz, coefficients from ITU-R BS.1770-4, Annex 1 (tables 1 and 2).
K_SOS = np.array(
    [
        [1.53512485958697, -2.69169618940638, 1.19839281085285, 1.0, -1.69065929318241,
         0.73248077421585],
        [1.0, -2.0, 1.0, 1.0, -1.99004745483398, 0.99007225036621],
    ]
)
# The K filter's impulse response falls under 4e-8 of its peak after 60 ms, so a filter started
# from rest 60 ms early reads the same powers as one that ran from the start (to ~1e-7 relative,
# a millionth of a dB), and a change to the signal stops mattering 60 ms after it ends.
K_SETTLE_STEPS = 6

ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0

# True-peak interpolator: 4x oversampling with a 48-tap low-pass FIR (12 taps per phase), as
# BS.1770-4 Annex 2 recommends. Phases are applied only where a peak is possible (see below).
OVERSAMPLE = 4
_FIR = firwin_kaiser(48, 1.0 / OVERSAMPLE, 6.0) * OVERSAMPLE
PHASES = np.stack([_FIR[p::OVERSAMPLE] for p in range(OVERSAMPLE)]).astype(np.float64)  # (4, 12)
TAPS = PHASES.shape[1]
# No interpolated value can exceed this multiple of the largest sample within its 12 taps.
PHASE_GAIN_BOUND = float(np.abs(PHASES).sum(axis=1).max())

PEAK_BLOCK = RATE // 1000  # 1 ms: the unit of true-peak bookkeeping (and of the limiter's gain)
_SEGMENT = PEAK_BLOCK + TAPS - 1  # input samples that feed the interpolated values of one block
# Interpolated output n is sum_k PHASES[p, k] * x[n - k]. For block b (outputs 48b .. 48b+47)
# with seg = x[48b - 11 .. 48b + 47], every output of every phase is seg @ _BLOCK_FIR: one
# matrix product per batch of blocks instead of a Python loop or a 12x fancy-index gather.
_BLOCK_FIR = np.zeros((_SEGMENT, PEAK_BLOCK * OVERSAMPLE))
for _j in range(PEAK_BLOCK):
    for _k in range(TAPS):
        _BLOCK_FIR[_j + TAPS - 1 - _k, _j * OVERSAMPLE : (_j + 1) * OVERSAMPLE] = PHASES[:, _k]
_BLOCK_FIR32 = _BLOCK_FIR.astype(np.float32)
_BATCH_BLOCKS = 4096  # bounds the temporary arrays to a few MB
_GEMM_ROWS = 8  # 8 x 59 x 192 stays under OpenBLAS's threshold for using more threads


def db(value: float) -> float:
    """Decibels of an amplitude ratio (-inf for zero)."""
    return 20.0 * math.log10(value) if value > 0 else -math.inf


def gated_loudness(sub_powers: np.ndarray) -> float:
    """Integrated loudness (LUFS) from channel-summed mean squares of consecutive 100 ms blocks.

    Applies BS.1770-4's 400 ms blocks (75 % overlap), the -70 LUFS absolute gate and the -10 LU
    relative gate; -inf when nothing passes the gates.
    """
    if len(sub_powers) < 4:
        return -math.inf
    window = np.lib.stride_tricks.sliding_window_view(sub_powers, 4).mean(axis=1)
    with np.errstate(divide="ignore"):
        block_lufs = -0.691 + 10 * np.log10(window)
    above_abs = window[block_lufs > ABSOLUTE_GATE_LUFS]
    if not len(above_abs):
        return -math.inf
    relative_gate = -0.691 + 10 * math.log10(above_abs.mean()) + RELATIVE_GATE_LU
    gated = above_abs[block_lufs[block_lufs > ABSOLUTE_GATE_LUFS] > relative_gate]
    return -0.691 + 10 * math.log10(gated.mean())


def sub_block_powers(step_powers: np.ndarray) -> np.ndarray:
    """Channel-summed 100 ms mean squares from per-channel 10 ms ones (a partial end dropped)."""
    whole = len(step_powers) - len(step_powers) % STEPS_PER_SUB_BLOCK
    summed = step_powers[:whole].sum(axis=1) if step_powers.ndim == 2 else step_powers[:whole]
    # channel weights are 1 for L, R, C (BS.1770-4 table 3)
    return summed.reshape(-1, STEPS_PER_SUB_BLOCK).mean(axis=1)


def _step_powers(filtered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean squares of whole 10 ms steps of channel-major samples, and the samples left over."""
    whole = filtered.shape[1] - filtered.shape[1] % POWER_STEP
    steps = filtered[:, :whole].reshape(filtered.shape[0], -1, POWER_STEP)
    return np.einsum("cij,cij->ic", steps, steps) / POWER_STEP, filtered[:, whole:]


def k_weighted_step_powers(x: np.ndarray) -> np.ndarray:
    """Per-channel mean square of the K-weighted ``x`` (frames, channels), filter started from
    rest, for each whole 10 ms step."""
    if not len(x):
        return np.zeros((0, x.shape[1]))
    return _step_powers(sosfilt(K_SOS, x.T))[0]


class LoudnessMeter:
    """Integrated loudness of a stream of (frames, channels) float chunks at 48 kHz."""

    def __init__(self, channels: int) -> None:
        self.channels = channels
        self._zi = np.zeros((K_SOS.shape[0], channels, 2))
        self._pending = np.zeros((channels, 0))  # K-weighted samples short of a whole 10 ms
        self._powers: list[np.ndarray] = []
        self.frames = 0

    def feed(self, chunk: np.ndarray) -> None:
        """Add the next chunk of samples (frames, channels), in any float dtype."""
        if not len(chunk):
            return
        self.frames += len(chunk)
        # sosfilt works on one float64 copy and returns channel-major rows: nothing is
        # converted twice, and the mean squares below run over contiguous rows
        filtered, self._zi = sosfilt(K_SOS, chunk.T, zi=self._zi)
        if self._pending.shape[1]:
            filtered = np.concatenate([self._pending, filtered], axis=1)
        powers, rest = _step_powers(filtered)
        if len(powers):
            self._powers.append(powers)
        self._pending = rest.copy()  # do not keep the whole chunk alive for a few samples

    def step_powers(self) -> np.ndarray:
        """Per-channel mean square of the K-weighted signal for each whole 10 ms, from 0."""
        if not self._powers:
            return np.zeros((0, self.channels))
        if len(self._powers) > 1:
            self._powers = [np.concatenate(self._powers)]
        return self._powers[0]

    def integrated(self) -> float:
        """Gated integrated loudness in LUFS; -inf when every block is below the gates."""
        return gated_loudness(sub_block_powers(self.step_powers()))


def frame_magnitude(x: np.ndarray) -> np.ndarray:
    """Largest absolute sample over channels, per frame (channel by channel: numpy's reduction
    along a short last axis is an order of magnitude slower)."""
    if x.ndim == 1:
        return np.abs(x)
    mag = np.abs(x[:, 0])
    for ch in range(1, x.shape[1]):
        np.maximum(mag, np.abs(x[:, ch]), out=mag)
    return mag


def block_sample_peaks(x: np.ndarray) -> np.ndarray:
    """Largest absolute sample of each 1 ms block of ``x`` (frames, channels); the last block may
    be partial."""
    whole = len(x) - len(x) % PEAK_BLOCK
    width = PEAK_BLOCK * (x.shape[1] if x.ndim == 2 else 1)
    # interleaved frames: one 1 ms block of every channel is one contiguous row
    rows = x[:whole].reshape(whole // PEAK_BLOCK, width)
    peaks = np.zeros(0, dtype=x.dtype)
    if whole and rows.dtype == np.float32:
        # |v| of a float32 is its bit pattern without the sign bit, and for finite values that
        # pattern orders like the value: an integer max is twice as fast as abs() then max()
        bits = rows.view(np.uint32) & np.uint32(0x7FFFFFFF)
        peaks = bits.max(axis=1).view(np.float32)
    elif whole:
        peaks = np.maximum(rows.max(axis=1), -rows.min(axis=1))
    if whole < len(x):
        last = np.abs(x[whole:]).max()
        peaks = np.append(peaks, np.asarray(last, dtype=peaks.dtype))
    return peaks


def peak_block_count(frames: int) -> int:
    """Blocks that hold every interpolated value of ``frames`` samples, filter tail included."""
    return (frames + TAPS - 2) // PEAK_BLOCK + 1


def candidate_blocks(sample_peaks: np.ndarray, frames: int, threshold: float) -> np.ndarray:
    """Peak blocks whose true peak may reach ``threshold``, from the blocks' sample peaks.

    Block b's values come from samples 48b-11 .. 48b+47, i.e. from sample blocks b-1 and b; when
    both stay under ``threshold / PHASE_GAIN_BOUND`` no value of block b can reach ``threshold``.
    """
    n = peak_block_count(frames)
    near = np.zeros(n, dtype=sample_peaks.dtype)
    m = min(len(sample_peaks), n)
    near[:m] = sample_peaks[:m]
    k = min(len(sample_peaks), n - 1)
    np.maximum(near[1 : k + 1], sample_peaks[:k], out=near[1 : k + 1])
    return np.flatnonzero(near >= threshold / PHASE_GAIN_BOUND)


def block_true_peaks(x: np.ndarray, blocks: np.ndarray) -> np.ndarray:
    """Exact true peak of each listed 1 ms block of ``x`` (frames, channels), silence around it.

    For block b: the largest absolute sample of 48b .. 48b+47 and the largest absolute
    4x-interpolated value among outputs 48b .. 48b+47 of the oversampling filter, over channels.
    Over blocks 0 .. peak_block_count(len(x)) - 1 this covers every value, the filter's ring-out
    after the last sample included.
    """
    x = x if x.ndim == 2 else x[:, None]
    blocks = np.asarray(blocks)
    out = np.zeros(len(blocks))
    n = len(x)
    offsets = np.arange(_SEGMENT) - (TAPS - 1)

    def batch(lo: int) -> None:
        part = blocks[lo : lo + _BATCH_BLOCKS]
        idx = part[:, None] * PEAK_BLOCK + offsets  # (blocks, 59) input sample indices
        inside = (idx >= 0) & (idx < n)
        seg = x[np.clip(idx, 0, max(n - 1, 0))]  # (blocks, 59, channels)
        if not inside.all():
            seg[~inside] = 0.0
        own = np.abs(seg[:, TAPS - 1 :, :]).max(axis=(1, 2))
        # float32 products of 12 terms are within ~1e-6 dB: far inside every margin used
        rows = np.moveaxis(seg, 2, 0).astype(np.float32, order="C").reshape(-1, _SEGMENT)
        # many small products rather than one large one: OpenBLAS runs each small one on the
        # calling thread, where a large one wakes spinning helper threads that cost twice the
        # CPU and fight ffmpeg and our own threads for the two cores
        short = -len(rows) % _GEMM_ROWS
        if short:
            rows = np.concatenate([rows, np.zeros((short, _SEGMENT), np.float32)])
        values = np.abs(rows.reshape(-1, _GEMM_ROWS, _SEGMENT) @ _BLOCK_FIR32)
        values = values.reshape(len(rows), -1)[: len(rows) - short].max(axis=1)
        values = values.reshape(x.shape[1], len(part)).max(axis=0)
        out[lo : lo + len(part)] = np.maximum(own, values)

    in_parallel(batch, range(0, len(blocks), _BATCH_BLOCKS))
    return out


def in_parallel(work, items) -> None:
    """``work(item)`` for every item, on two threads when there is more than one item.

    For numpy-heavy work that lets go of the GIL: after decoding, both cores are free.
    """
    items = list(items)
    if len(items) < 2:
        for item in items:
            work(item)
        return
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in pool.map(work, items):  # re-raises a worker's exception here
            pass


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


def true_peak(x: np.ndarray, sample_peaks: np.ndarray | None = None) -> float:
    """Largest absolute sample or 4x-interpolated value, as a linear amplitude (exact).

    ``sample_peaks`` (from ``block_sample_peaks(x)``) saves a pass over ``x`` when known.
    """
    if not len(x):
        return 0.0
    if sample_peaks is None:
        sample_peaks = block_sample_peaks(x)
    sample_peak = float(sample_peaks.max())
    if sample_peak == 0.0:
        return 0.0
    # the true peak is at least the sample peak, so only blocks that may reach it can hold it
    blocks = candidate_blocks(sample_peaks, len(x), sample_peak)
    return max(sample_peak, float(block_true_peaks(x, blocks).max()))
