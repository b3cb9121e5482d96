"""The true-peak limiter and the conservative silence trim."""

from __future__ import annotations

import math

import numpy as np
import pytest
from audio_helpers import sine

from commune_radio.audio.level import (
    KEEP_MARGIN_S,
    TruePeakLimiter,
    find_trim,
    frame_powers,
    limit_true_peak,
    trim_bounds,
)
from commune_radio.audio.loudness import db, true_peak

RATE = 48_000
CEILING = 10 ** (-1 / 20)


def bursts(seconds: float = 4.0, every_s: float = 0.5, level_db: float = 3.0) -> np.ndarray:
    """A -20 dBFS tone with a short 3 kHz burst over 0 dBFS every ``every_s`` seconds."""
    x = sine(seconds, RATE, 220, -20.0).astype(np.float32)
    burst = sine(0.004, RATE, 3000, level_db).astype(np.float32)
    for start in np.arange(0.25, seconds - 0.1, every_s):
        i = int(start * RATE)
        x[i : i + len(burst)] += burst
    return x


def test_limiter_holds_every_true_peak_under_the_ceiling():
    x = bursts()
    assert db(true_peak(x)) > 2.0
    y, acted = limit_true_peak(x, CEILING)
    assert acted
    assert db(true_peak(y)) <= -1.0
    assert db(true_peak(x)) > 2.0  # the input is left alone


def test_limiter_touches_only_the_milliseconds_around_peaks():
    x = bursts()
    y, _ = limit_true_peak(x, CEILING)
    changed = np.flatnonzero(np.any(y != x, axis=1))
    burst_starts = (np.arange(0.25, 3.9, 0.5) * RATE).astype(int)
    nearest = np.min(np.abs(changed[:, None] - burst_starts[None, :]), axis=1)
    assert nearest.max() < 0.03 * RATE  # within 30 ms of a burst
    assert len(changed) < 0.15 * len(x)
    assert np.array_equal(y[:10_000], x[:10_000])


def test_limiter_gain_is_smooth():
    x = bursts()
    y, _ = limit_true_peak(x, CEILING)
    gain = y[:, 0].astype(np.float64) / np.where(x[:, 0] == 0, 1, x[:, 0])
    steady = np.abs(x[:, 0]) > 0.05
    # the gain changes by well under 1 dB per millisecond: ramps, not steps (no clicks)
    step = np.abs(np.diff(db_array(gain[steady])))
    assert step.max() < 1.0


def db_array(g: np.ndarray) -> np.ndarray:
    return 20 * np.log10(np.clip(np.abs(g), 1e-9, None))


def test_limiter_catches_intersample_peaks():
    # samples at -2 dBFS, the wave itself at +1 dBTP: only oversampling sees it
    x = sine(2, RATE, RATE / 4, 1.0, phase=math.pi / 4).astype(np.float32)
    assert np.abs(x).max() < CEILING
    y, acted = limit_true_peak(x, CEILING)
    assert acted
    assert db(true_peak(y)) <= -1.0


def test_limiter_leaves_quiet_audio_alone():
    x = sine(2, RATE, 1000, -6.0).astype(np.float32)
    y, acted = limit_true_peak(x, CEILING)
    assert not acted and y is x


def test_limiter_reports_the_exact_true_peak_and_scales():
    x = bursts(level_db=6.0)
    limiter = TruePeakLimiter(x.copy(), CEILING)
    assert limiter.run()
    assert limiter.true_peak() == pytest.approx(true_peak(limiter.y), rel=1e-6)
    assert db(limiter.true_peak()) <= -1.0
    limiter.scale(10 ** (2 / 20))  # make-up gain: the known peaks follow exactly
    assert limiter.true_peak() == pytest.approx(true_peak(limiter.y), rel=1e-6)
    assert limiter.run()
    assert db(true_peak(limiter.y)) <= -1.0


def test_limiter_handles_a_peak_in_the_last_partial_millisecond():
    x = sine(1, RATE, 220, -20.0).astype(np.float32)[: RATE - 13]
    x[-20:] = 1.2
    y, acted = limit_true_peak(x, CEILING)
    assert acted and db(true_peak(y)) <= -1.0


def test_limiter_keeps_its_promise_even_when_passes_run_out(monkeypatch):
    monkeypatch.setattr("commune_radio.audio.level.MAX_LIMITER_PASSES", 0)
    limiter = TruePeakLimiter(bursts(), CEILING)
    assert limiter.run()
    assert db(true_peak(limiter.y)) <= -1.0
    assert limiter.changed.all()


def with_silence(sound: np.ndarray, head_s: float, tail_s: float) -> np.ndarray:
    pad = lambda s: np.zeros((int(s * RATE), sound.shape[1]), dtype=sound.dtype)  # noqa: E731
    return np.concatenate([pad(head_s), sound, pad(tail_s)])


def test_trim_drops_leading_and_trailing_silence_keeping_a_margin():
    sound = sine(2, RATE, 440, -20.0)
    x = with_silence(sound, 3.0, 3.0)
    trim = find_trim(x, 10 ** (-50 / 20))
    assert trim.has_sound
    assert trim.start == pytest.approx((3.0 - KEEP_MARGIN_S) * RATE, abs=RATE * 0.011)
    assert len(x) - trim.end == pytest.approx((3.0 - KEEP_MARGIN_S) * RATE, abs=RATE * 0.011)
    assert trim.start % (RATE // 100) == 0  # on the 10 ms grid


def test_trim_never_cuts_a_pause_between_sounds():
    sound = sine(1, RATE, 440, -20.0)
    x = with_silence(np.concatenate([sound, np.zeros((2 * RATE, 2)), sound]), 1.0, 1.0)
    trim = find_trim(x, 10 ** (-50 / 20))
    kept = (trim.end - trim.start) / RATE
    assert kept == pytest.approx(4.0 + 2 * KEEP_MARGIN_S, abs=0.02)


def test_trim_leaves_short_edge_pauses_alone():
    x = with_silence(sine(2, RATE, 440, -20.0), 0.3, 0.4)
    trim = find_trim(x, 10 ** (-50 / 20))
    assert (trim.start, trim.end) == (0, len(x))


def test_trim_counts_sound_on_any_channel():
    x = with_silence(sine(1, RATE, 440, -20.0), 2.0, 2.0)
    x[:, 0] = 0.0  # only the right channel speaks
    trim = find_trim(x, 10 ** (-50 / 20))
    assert trim.has_sound and trim.start > 0
    assert trim.end - trim.start == pytest.approx((1 + 2 * KEEP_MARGIN_S) * RATE, abs=RATE * 0.02)


def test_trim_of_silence_finds_no_sound():
    assert not find_trim(np.zeros((RATE, 2), np.float32), 1e-4).has_sound
    assert not trim_bounds(np.zeros(0), 0, 1e-4).has_sound


def test_frame_powers_are_the_loudest_channels_mean_square():
    x = np.zeros((RATE // 100 * 3 + 5, 2), np.float32)
    x[:480, 0] = 0.5
    x[480:960, 1] = 0.25
    assert frame_powers(x) == pytest.approx([0.25, 0.0625, 0.0])
