"""The four signal-processing functions the audio pipeline needs, on numpy alone.

They replace scipy (73 MB with its own OpenBLAS in the bundle, for four functions): the FIR
design of the true-peak interpolator (``firwin_kaiser``), the K-weighting IIR filter of the
loudness meter (``sosfilt``, with carried state so chunks can be fed as they are decoded) and
the limiter's running minimum and running mean (``minimum_filter1d``, ``uniform_filter1d``).
Each gives scipy's results (tests/audio/test_dsp.py compares them) with scipy's conventions, so
the loudness and true-peak figures stay what they were.

An IIR filter is a loop over samples, which numpy cannot run fast one sample at a time. It is
exactly a linear state machine, though, so it can be run on blocks of samples with matrix
products: each block's output is the response to its own samples (a small lower-triangular
matrix of the impulse response) plus the response to the state it starts in, and the states at
block starts follow a recurrence over blocks that is solved the same way, level by level.
This is exact arithmetic rearranged, not an approximation: the results differ from a
sample-by-sample loop only by floating-point rounding (about 1e-15 relative).
"""

from __future__ import annotations

import numpy as np

# Samples per block of the IIR filter: the product per sample costs about BLOCK + 2 * states
# multiply-adds, and the recurrence over blocks shrinks by BLOCK at each level.
IIR_BLOCK = 16
# States per group when solving the recurrence over blocks, and the length it is left to a loop.
SCAN_GROUP = 16
SCAN_LOOP = 64
# Matrix products are cut into slices of at most this many multiply-adds: OpenBLAS runs a
# smaller product on the calling thread, where a larger one wakes helper threads that spin and
# take the second core from ffmpeg while it decodes (it costs more CPU than it saves time).
GEMM_LIMIT = 200_000


def firwin_kaiser(numtaps: int, cutoff: float, beta: float) -> np.ndarray:
    """Low-pass FIR by the window method, as ``scipy.signal.firwin(numtaps, cutoff,
    window=("kaiser", beta))``: ``cutoff`` relative to Nyquist, unit gain at 0 Hz."""
    alpha = 0.5 * (numtaps - 1)
    m = np.arange(numtaps) - alpha
    h = cutoff * np.sinc(cutoff * m)
    h *= np.kaiser(numtaps, beta)  # the symmetric window, as firwin asks of get_window
    return h / h.sum()


def minimum_filter1d(x: np.ndarray, size: int) -> np.ndarray:
    """Running minimum over ``size`` values of a 1-D array, as ``scipy.ndimage.minimum_filter1d``
    with its defaults (window centred, edges mirrored: d c b a | a b c d)."""
    return _window_view(x, size).min(axis=1)


def uniform_filter1d(x: np.ndarray, size: int) -> np.ndarray:
    """Running mean over ``size`` values of a 1-D array, as ``scipy.ndimage.uniform_filter1d``
    with its defaults (window centred, edges mirrored)."""
    return _window_view(np.asarray(x, dtype=np.float64), size).mean(axis=1)


def _window_view(x: np.ndarray, size: int) -> np.ndarray:
    """Windows of ``size`` around each value of ``x``, placed as scipy.ndimage places them."""
    before = size // 2  # ndimage's window for origin 0 covers i - size//2 .. i - size//2 + size-1
    after = size - 1 - before
    # numpy's "symmetric" padding repeats the edge value, which is ndimage's "reflect" mode;
    # a window longer than the array mirrors again, as np.pad does
    padded = np.pad(x, (before, after), mode="symmetric")
    return np.lib.stride_tricks.sliding_window_view(padded, size)


def sosfilt(
    sos: np.ndarray, x: np.ndarray, zi: np.ndarray | None = None
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Cascaded biquads along the last axis of ``x``, as ``scipy.signal.sosfilt(sos, x,
    axis=-1, zi=zi)``: transposed direct form II, ``zi`` shaped (sections, ..., 2); returns
    the output (float64), and the final state as well when ``zi`` is given."""
    return _cascade(np.asarray(sos, dtype=np.float64)).run(x, zi)


_CASCADES: dict[bytes, _Cascade] = {}


def _cascade(sos: np.ndarray) -> _Cascade:
    """The block matrices of a filter, built once per set of coefficients."""
    key = sos.tobytes() + bytes(str(sos.shape), "ascii")
    found = _CASCADES.get(key)
    if found is None:
        found = _CASCADES[key] = _Cascade(sos)
    return found


class _Cascade:
    """A cascade of biquads as the linear state machine s' = A s + B x, y = C s + D x.

    The state is every section's two transposed-direct-form-II registers in order, i.e. scipy's
    ``zi`` flattened, so a state can be handed over between this and scipy unchanged.
    """

    def __init__(self, sos: np.ndarray) -> None:
        if sos.ndim != 2 or sos.shape[1] != 6:
            raise ValueError("sos must be shaped (sections, 6)")
        self.sections = len(sos)
        self.sos = sos / sos[:, 3:4]  # a0 = 1, as scipy normalises
        d = 2 * self.sections
        # the four matrices, read off the exact one-step update by feeding unit vectors
        basis = np.eye(d)
        self.A = np.stack([self._step(basis[i], 0.0)[0] for i in range(d)], axis=1)
        self.C = np.array([self._step(basis[i], 0.0)[1] for i in range(d)])
        self.B, self.D = self._step(np.zeros(d), 1.0)
        self.states = d
        n = IIR_BLOCK
        powers = [np.eye(d)]
        for _ in range(n):
            powers.append(self.A @ powers[-1])
        # impulse response h[0..n-1]: D, C B, C A B, ...
        h = np.array([self.D] + [self.C @ powers[k] @ self.B for k in range(n - 1)])
        # Row-vector form, one block of samples x and the state s it starts in:
        # outputs = [x | s] @ self.outputs, where the top is the block's response to its own
        # samples (lower-triangular Toeplitz of h) and the bottom y[j] = C A^j s
        self.outputs = np.zeros((n + d, n))
        for k in range(n):
            self.outputs[k, k:] = h[: n - k]
        self.outputs[n:] = np.stack([self.C @ powers[j] for j in range(n)], axis=1)
        # the state a block ends in from its own samples: sum_k A^(n-1-k) B x[k]
        self.to_state = np.stack([powers[n - 1 - k] @ self.B for k in range(n)])  # (n, d)
        self.scan = _Scan(powers[n].T)  # s_next = s @ A^n.T + end state from the samples

    def _step(self, state: np.ndarray, x: float) -> tuple[np.ndarray, float]:
        """One sample through the cascade (transposed direct form II): (next state, output)."""
        nxt = np.empty_like(state)
        for i, (b0, b1, b2, _a0, a1, a2) in enumerate(self.sos):
            z0, z1 = state[2 * i], state[2 * i + 1]
            y = b0 * x + z0
            nxt[2 * i] = b1 * x - a1 * y + z1
            nxt[2 * i + 1] = b2 * x - a2 * y
            x = y
        return nxt, x

    def run(self, x: np.ndarray, zi: np.ndarray | None):
        x = np.asarray(x)
        lead, n = x.shape[:-1], x.shape[-1]
        rows = int(np.prod(lead, dtype=np.int64))
        flat = x.reshape(rows, n)  # a view for the usual transposed (frames, channels) chunk
        d = self.states
        if zi is None:
            state = np.zeros((rows, d))
        else:
            zi = np.asarray(zi, dtype=np.float64)
            if zi.shape != (self.sections, *lead, 2):
                raise ValueError(f"zi must be shaped {(self.sections, *lead, 2)}")
            state = np.moveaxis(zi, 0, -2).reshape(rows, d)
        y = np.empty((rows, n))
        blocks = n // IIR_BLOCK
        whole = blocks * IIR_BLOCK
        if blocks:
            # one array [samples of a block | state it starts in] per block: filling it is the
            # only copy of the samples (and their conversion to float64), and then every output
            # is one matrix product
            work = np.empty((rows, blocks, IIR_BLOCK + d))
            work[:, :, :IIR_BLOCK] = flat[:, :whole].reshape(rows, blocks, IIR_BLOCK)
            samples = work[:, :, :IIR_BLOCK].reshape(rows * blocks, IIR_BLOCK)
            starts = self.scan.run(product(samples, self.to_state).reshape(rows, blocks, d), state)
            work[:, :, IIR_BLOCK:] = starts[:, :-1, :]
            if whole == n:  # chunks of whole 10 ms: the products land in place
                product(work.reshape(rows * blocks, -1), self.outputs,
                        out=y.reshape(rows * blocks, IIR_BLOCK))
            else:
                y[:, :whole] = product(work.reshape(rows * blocks, -1), self.outputs).reshape(
                    rows, whole
                )
            state = starts[:, -1, :]
        for i in range(whole, n):  # fewer than IIR_BLOCK samples left
            xi = flat[:, i].astype(np.float64)
            y[:, i] = state @ self.C + xi * self.D
            state = state @ self.A.T + xi[:, None] * self.B
        y = y.reshape(*lead, n)
        if zi is None:
            return y
        zf = np.moveaxis(state.reshape(*lead, self.sections, 2), -2, 0)
        return y, np.ascontiguousarray(zf)


class _Scan:
    """Solves s[i + 1] = s[i] @ step + u[i] for every row, all states at once.

    Long recurrences are cut into groups of SCAN_GROUP: each group's states from rest are one
    matrix product, the states at group starts follow the same recurrence with
    step^SCAN_GROUP (solved by the next level), and the two add up. The matrices of every level
    are built once.
    """

    def __init__(self, step: np.ndarray) -> None:
        self.step = step
        d = len(step)
        g = SCAN_GROUP
        powers = [np.eye(d)]
        for _ in range(g):
            powers.append(powers[-1] @ step)
        # from rest, the state after j + 1 inputs of a group: sum_{k <= j} u[k] @ step^(j - k)
        self.within = np.zeros((g * d, g * d))
        for k in range(g):
            for j in range(k, g):
                self.within[k * d : (k + 1) * d, j * d : (j + 1) * d] = powers[j - k]
        # the state after j + 1 inputs of a group from the state it starts in: s @ step^(j + 1)
        self.carry = np.concatenate(powers[1:], axis=1)  # (d, g*d)
        self._group_step = powers[g]
        self._next: _Scan | None = None

    def run(self, u: np.ndarray, s0: np.ndarray) -> np.ndarray:
        """States s[0] .. s[n] (rows, n + 1, d) for inputs ``u`` (rows, n, d) from ``s0``."""
        rows, n, d = u.shape
        out = np.empty((rows, n + 1, d))
        out[:, 0] = s0
        if n <= SCAN_LOOP:
            s = s0
            for i in range(n):
                s = s @ self.step + u[:, i]
                out[:, i + 1] = s
            return out
        g = SCAN_GROUP
        groups = -(-n // g)
        if groups * g != n:  # inputs after the end are zeros: they change no earlier state
            u = np.concatenate([u, np.zeros((rows, groups * g - n, d))], axis=1)
        local = product(u.reshape(rows * groups, g * d), self.within).reshape(rows, groups, g * d)
        if self._next is None:
            self._next = _Scan(self._group_step)
        starts = self._next.run(local[:, :, -d:], s0)  # (rows, groups + 1, d)
        local += product(starts[:, :-1, :].reshape(rows * groups, d), self.carry).reshape(
            rows, groups, g * d
        )
        out[:, 1:] = local.reshape(rows, groups * g, d)[:, :n]
        return out


def product(a: np.ndarray, b: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """``a @ b`` for a 2-D ``a`` with many rows, as slices small enough for one thread each.

    numpy runs a stack of matrices through BLAS one slice at a time, in C, so slicing ``a``
    into a stack costs no Python loop.
    """
    n_rows, inner = a.shape
    cols = b.shape[1]
    rows = max(1, GEMM_LIMIT // (inner * cols))
    if out is None:
        out = np.empty((n_rows, cols))
    whole = n_rows - n_rows % rows
    if whole:
        np.matmul(a[:whole].reshape(-1, rows, inner), b, out=out[:whole].reshape(-1, rows, cols))
    if whole < n_rows:
        np.matmul(a[whole:], b, out=out[whole:])
    return out
