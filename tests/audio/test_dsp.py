"""The numpy signal-processing functions give scipy's results (scipy is only a test dependency)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage, signal

from commune_radio.audio import dsp
from commune_radio.audio.loudness import K_SOS


def _close(ours: np.ndarray, theirs: np.ndarray, rel: float = 1e-9) -> None:
    """Equal up to rounding: the K filter's near-double pole amplifies rounding to ~1e-11."""
    scale = max(float(np.abs(theirs).max()), 1e-300) if theirs.size else 1.0
    assert ours.shape == theirs.shape
    assert np.abs(ours - theirs).max(initial=0.0) <= rel * scale


@pytest.mark.parametrize("numtaps,cutoff,beta", [(48, 0.25, 6.0), (31, 0.4, 8.6), (12, 0.1, 0.0)])
def test_firwin_kaiser_is_scipys_firwin(numtaps, cutoff, beta):
    theirs = signal.firwin(numtaps, cutoff, window=("kaiser", beta))
    np.testing.assert_allclose(dsp.firwin_kaiser(numtaps, cutoff, beta), theirs, rtol=0, atol=1e-15)


@pytest.mark.parametrize("n", [0, 1, 5, 15, 16, 17, 63, 64, 65, 1023, 1024, 1025, 4097, 70_001])
def test_sosfilt_from_rest_is_scipys(n):
    x = np.random.default_rng(n).standard_normal((2, n))
    if n:
        _close(dsp.sosfilt(K_SOS, x), signal.sosfilt(K_SOS, x, axis=-1))
    else:  # scipy refuses an empty signal; ours returns an empty one
        assert dsp.sosfilt(K_SOS, x).shape == (2, 0)


def test_sosfilt_fed_in_chunks_carries_the_state_like_scipy():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((2, 200_000)).astype(np.float32)
    ours = np.zeros((len(K_SOS), 2, 2))
    theirs = ours.copy()
    whole_ours, whole_theirs = [], []
    for lo, hi in [(0, 3), (3, 4800), (4800, 28_811), (28_811, 124_000), (124_000, 200_000)]:
        y, ours = dsp.sosfilt(K_SOS, x[:, lo:hi], zi=ours)
        z, theirs = signal.sosfilt(K_SOS, x[:, lo:hi], axis=-1, zi=theirs)
        whole_ours.append(y)
        whole_theirs.append(z)
        _close(ours, theirs)
    _close(np.concatenate(whole_ours, axis=1), np.concatenate(whole_theirs, axis=1))
    # a state in the middle of loud audio is handed over unchanged between the two
    y, _ = dsp.sosfilt(K_SOS, x[:, :1000] * 0, zi=theirs)
    z, _ = signal.sosfilt(K_SOS, x[:, :1000] * 0, axis=-1, zi=theirs)
    _close(y, z)


def test_sosfilt_other_filters_and_shapes():
    sos = signal.butter(6, 0.1, output="sos")  # three sections, another response
    x = np.random.default_rng(3).standard_normal((3, 2, 5000))
    zi = np.random.default_rng(4).standard_normal((3, 3, 2, 2))
    y, zf = dsp.sosfilt(sos, x, zi=zi)
    z, zf2 = signal.sosfilt(sos, x, axis=-1, zi=zi)
    _close(y, z)
    _close(zf, zf2)
    with pytest.raises(ValueError):
        dsp.sosfilt(sos, x, zi=np.zeros((3, 2)))


@pytest.mark.parametrize("size", [1, 2, 3, 11, 23, 24])
@pytest.mark.parametrize("n", [1, 5, 40, 1001])
def test_running_minimum_and_mean_are_ndimages(size, n):
    x = np.random.default_rng(size * n).random(n)
    x[n // 2 :] = 1.0  # the limiter's curves: runs of exactly 1 must stay exactly 1
    np.testing.assert_array_equal(dsp.minimum_filter1d(x, size), ndimage.minimum_filter1d(x, size))
    np.testing.assert_allclose(
        dsp.uniform_filter1d(x, size), ndimage.uniform_filter1d(x, size), rtol=0, atol=1e-13
    )


def test_audio_pipeline_does_not_import_scipy():
    import subprocess
    import sys

    code = (
        "import sys, commune_radio.audio.prepare, commune_radio.audio.level;"
        "sys.exit(any(m == 'scipy' or m.startswith('scipy.') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
