"""The loudness meter (BS.1770-4 / EBU R128) and the true-peak measure."""

from __future__ import annotations

import math

import numpy as np
import pytest
from audio_helpers import ffmpeg_ebur128, sine, write_wav
from scipy import signal

from commune_radio.audio import loudness
from commune_radio.audio.loudness import (
    LoudnessMeter,
    block_sample_peaks,
    block_true_peaks,
    candidate_blocks,
    db,
    interpolated_peaks,
    peak_block_count,
    true_peak,
)
from commune_radio.audio.prepare import prepare_file

RATE = 48_000


def lufs(x: np.ndarray) -> float:
    meter = LoudnessMeter(x.shape[1])
    meter.feed(x)
    return meter.integrated()


def brute_true_peak(x: np.ndarray) -> float:
    """Every 4x-oversampled value of every channel (filter ring-out included) and every sample."""
    columns = range(x.shape[1])
    over = max(np.abs(signal.upfirdn(loudness._FIR, x[:, c], up=4)).max() for c in columns)
    return max(over, np.abs(x).max())


# EBU Tech 3341, minimum requirements test signals (1 kHz sines, both channels, 48 kHz)
def test_case_1_sine_at_minus_23_dbfs_reads_minus_23_lufs():
    assert lufs(sine(20, RATE, 1000, -23.0)) == pytest.approx(-23.0, abs=0.1)


def test_case_2_sine_at_minus_33_dbfs_reads_minus_33_lufs():
    assert lufs(sine(20, RATE, 1000, -33.0)) == pytest.approx(-33.0, abs=0.1)


def test_case_3_relative_gate_leaves_out_the_quiet_parts():
    x = np.concatenate(
        [sine(10, RATE, 1000, -36.0), sine(60, RATE, 1000, -23.0), sine(10, RATE, 1000, -36.0)]
    )
    assert lufs(x) == pytest.approx(-23.0, abs=0.1)


def test_case_4_absolute_gate_leaves_out_near_silence():
    parts = [(10, -72.0), (10, -36.0), (60, -23.0), (10, -36.0), (10, -72.0)]
    x = np.concatenate([sine(s, RATE, 1000, level) for s, level in parts])
    assert lufs(x) == pytest.approx(-23.0, abs=0.1)


def test_case_5_louder_middle_is_averaged_by_power():
    parts = [(20, -26.0), (20.1, -20.0), (20, -26.0)]
    x = np.concatenate([sine(s, RATE, 1000, level) for s, level in parts])
    assert lufs(x) == pytest.approx(-23.0, abs=0.1)


def test_mono_is_one_channel_of_weight_one_as_ffmpeg_reads_it(tmp_path):
    mono = sine(20, RATE, 1000, -23.0, channels=1)
    # one channel carries half the power of the same sine on two: 3 dB less
    assert lufs(mono) == pytest.approx(-26.0, abs=0.1)
    ffmpeg_lufs, _ = ffmpeg_ebur128(write_wav(tmp_path / "mono.wav", mono, RATE))
    assert lufs(mono) == pytest.approx(ffmpeg_lufs, abs=0.1)


def test_silence_and_too_short_read_minus_infinity():
    assert lufs(np.zeros((RATE * 5, 2))) == -math.inf
    assert lufs(sine(0.3, RATE, 1000, -10.0)) == -math.inf  # no whole 400 ms block


@pytest.mark.parametrize("size", [479, 4800, 7777, 96000])
def test_chunk_sizes_do_not_change_the_reading(size):
    rng = np.random.default_rng(7)
    x = (rng.standard_normal((RATE * 7 + 123, 2)) * 0.1).astype(np.float32)
    whole = LoudnessMeter(2)
    whole.feed(x)
    pieces = LoudnessMeter(2)
    for lo in range(0, len(x), size):
        pieces.feed(x[lo : lo + size])
    assert pieces.frames == len(x)
    assert pieces.integrated() == pytest.approx(whole.integrated(), abs=1e-9)
    assert np.allclose(pieces.step_powers(), whole.step_powers(), rtol=1e-9)


def test_speech_matches_ffmpeg_ebur128(speech_mp3):
    ffmpeg_lufs, ffmpeg_peak = ffmpeg_ebur128(speech_mp3)
    prepared = prepare_file(speech_mp3)
    assert prepared.source_lufs == pytest.approx(ffmpeg_lufs, abs=0.3)
    assert prepared.source_true_peak_dbtp == pytest.approx(ffmpeg_peak, abs=0.5)


def test_true_peak_sees_the_peak_between_samples():
    # a quarter-rate sine at 45 degrees: every sample sits 3 dB under the wave's real peak
    x = sine(1, RATE, RATE / 4, -6.0, phase=math.pi / 4)
    assert db(np.abs(x).max()) == pytest.approx(-9.01, abs=0.01)
    assert db(true_peak(x)) == pytest.approx(-6.0, abs=0.2)  # Tech 3341's tolerance is +0.2/-0.4


@pytest.mark.parametrize("frames", [1, 5, 47, 48, 49, 95, 1000, 4811, 3 * RATE + 17])
@pytest.mark.parametrize("channels", [1, 2])
def test_true_peak_is_exact_against_full_oversampling(frames, channels):
    rng = np.random.default_rng(frames * channels)
    x = (rng.standard_normal((frames, channels)) * 0.3).astype(np.float32)
    expected = brute_true_peak(x)
    assert true_peak(x) == pytest.approx(expected, rel=1e-6)
    every_block = block_true_peaks(x, np.arange(peak_block_count(frames)))
    assert every_block.max() == pytest.approx(expected, rel=1e-6)


def test_block_search_skips_only_blocks_that_cannot_reach_the_threshold():
    rng = np.random.default_rng(3)
    x = (rng.standard_normal((RATE, 2)) * 0.05).astype(np.float32)
    x[20_000:20_050] *= 12  # one loud burst
    threshold = 0.5
    every = block_true_peaks(x, np.arange(peak_block_count(len(x))))
    candidates = candidate_blocks(block_sample_peaks(x), len(x), threshold)
    reaching = np.flatnonzero(every >= threshold)
    assert len(reaching) and set(reaching) <= set(candidates)
    assert len(candidates) < len(every) / 20  # and it really skips


def test_block_sample_peaks_are_each_blocks_largest_sample():
    rng = np.random.default_rng(5)
    x = rng.standard_normal((48 * 10 + 7, 2)).astype(np.float32)
    peaks = block_sample_peaks(x)
    assert len(peaks) == 11
    for b in range(11):
        assert peaks[b] == np.abs(x[48 * b : 48 * b + 48]).max()


def test_interpolated_peaks_exact_above_threshold():
    rng = np.random.default_rng(11)
    x = (rng.standard_normal((RATE // 2, 2)) * 0.2).astype(np.float32)
    full = brute_true_peak(x)
    threshold = 0.8 * full
    _, peaks = interpolated_peaks(x, threshold)
    assert peaks.max() == pytest.approx(full, rel=1e-6)
