"""Helpers that make and measure real audio for the audio pipeline's tests.

Vietnamese speech from espeak-ng, tones and silence from numpy or sox, and every container the
stations meet (MP3, Ogg, FLAC, M4A, WAV in several shapes) encoded by the same bundled ffmpeg
that decodes them. Everything lands under pytest's temporary directories.
"""

from __future__ import annotations

import io
import re
import subprocess
import wave
from pathlib import Path

import numpy as np
from scipy import signal

from commune_radio.audio.ffmpeg import ffmpeg_exe
from commune_radio.audio.loudness import LoudnessMeter, db, true_peak

SPEECH_VI = (
    "Kính thưa bà con. Đài truyền thanh xã xin giới thiệu chuyên mục chuyển đổi số. "
    "Bà con có thể nộp hồ sơ dịch vụ công trực tuyến và thanh toán không dùng tiền mặt."
)
SPEECH_VI_2 = "Hãy giữ an toàn thông tin cá nhân, không chia sẻ mã xác thực cho người lạ."


def read_wav(data: bytes | Path) -> tuple[np.ndarray, int]:
    """Samples (frames, channels) as float in [-1, 1) and the rate of a 16-bit PCM WAV."""
    if not isinstance(data, bytes | bytearray):
        data = Path(data).read_bytes()
    with wave.open(io.BytesIO(data)) as w:
        assert w.getsampwidth() == 2
        raw = w.readframes(w.getnframes())
        x = np.frombuffer(raw, "<i2").reshape(-1, w.getnchannels()).astype(np.float64)
        return x / 32768.0, w.getframerate()


def write_wav(path: Path, x: np.ndarray, rate: int) -> Path:
    """A 16-bit PCM WAV of ``x`` (frames, channels) or (frames,), float in [-1, 1)."""
    x = x if x.ndim == 2 else x[:, None]
    pcm = np.clip(np.rint(x * 32767), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(x.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def measure(x: np.ndarray) -> tuple[float, float]:
    """(integrated loudness LUFS, true peak dBTP) of 48 kHz samples, by our own meter."""
    meter = LoudnessMeter(x.shape[1])
    meter.feed(x)
    return meter.integrated(), db(true_peak(x))


def ffmpeg_ebur128(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) by ffmpeg's own EBU R128 filter, a second opinion."""
    out = subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-hide_banner", "-nostats", "-i", str(path),
         "-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    ).stderr
    summary = out[out.rindex("Summary:") :]
    lufs = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1))
    return lufs, peak


def banner(path: Path) -> str:
    """What ffmpeg says about a file when asked to open it."""
    return subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-hide_banner", "-i", str(path)],
        capture_output=True, text=True,
    ).stderr


def stream_info(path: Path) -> str:
    """ffmpeg's one-line description of the file's audio stream."""
    return re.search(r"Stream #0:\d.*?: Audio: (.*)", banner(path)).group(1)


def sine(seconds: float, rate: int, freq: float, dbfs: float, channels: int = 2,
         phase: float = 0.0) -> np.ndarray:
    """A sine of peak level ``dbfs`` on every channel, (frames, channels)."""
    t = np.arange(int(round(seconds * rate))) / rate
    tone = 10 ** (dbfs / 20) * np.sin(2 * np.pi * freq * t + phase)
    return np.repeat(tone[:, None], channels, axis=1)


class AudioMaker:
    """Makes test audio files in one directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._speech: np.ndarray | None = None
        self._speech2: np.ndarray | None = None

    def path(self, name: str) -> Path:
        return self.root / name

    def ffmpeg(self, *args: str) -> None:
        subprocess.run(
            [ffmpeg_exe(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args],
            check=True,
        )

    def convert(self, source: Path, name: str, *options: str) -> Path:
        """``source`` re-encoded by the bundled ffmpeg with ``options`` into ``name``."""
        out = self.path(name)
        self.ffmpeg("-i", str(source), *options, str(out))
        return out

    def _espeak(self, text: str, name: str) -> np.ndarray:
        path = self.path(name)
        subprocess.run(["espeak-ng", "-v", "vi", "-w", str(path), text], check=True)
        x, rate = read_wav(path)
        assert rate == 22050
        # keep only the sound: the tests below know exactly where speech starts and ends
        loud = np.flatnonzero(np.abs(x[:, 0]) > 1e-3)
        return x[loud[0] : loud[-1] + 1, 0]

    def speech_clip(self, second: bool = False) -> np.ndarray:
        """Vietnamese speech, mono 22.05 kHz float, no silence before or after it."""
        if self._speech is None:
            self._speech = self._espeak(SPEECH_VI, "espeak-1.wav")
            self._speech2 = self._espeak(SPEECH_VI_2, "espeak-2.wav")
        return self._speech2 if second else self._speech

    def speech(self, name: str, lufs: float | None = None, *, channels: int = 1,
               rate: int = 22050, head_s: float = 0.0, tail_s: float = 0.0,
               pause_s: float | None = None) -> Path:
        """A WAV of speech (optionally two sentences around a pause), at ``lufs`` if given,
        with ``head_s`` / ``tail_s`` of digital silence around it."""
        clip = self.speech_clip()
        if pause_s is not None:
            clip = np.concatenate([clip, np.zeros(int(pause_s * 22050)), self.speech_clip(True)])
        x = np.concatenate([np.zeros(int(head_s * 22050)), clip, np.zeros(int(tail_s * 22050))])
        x = np.repeat(x[:, None], channels, axis=1)
        if lufs is not None:
            x = x * 10 ** ((lufs - self.loudness_22k(x)) / 20)
        path = write_wav(self.path(name + ".src.wav"), x, 22050)
        if rate == 22050 and name.endswith(".wav"):
            return path.rename(self.path(name))
        return self.convert(path, name, "-ar", str(rate))

    def loudness_22k(self, x: np.ndarray) -> float:
        """Our meter's reading of 22.05 kHz samples once brought to 48 kHz (as ffmpeg would)."""
        return measure(signal.resample_poly(x, 320, 147, axis=0))[0]

    def piped(self, name: str, seconds: float, fmt: str = "flac") -> Path:
        """A tone as ffmpeg writes it to a pipe: the header cannot state the duration."""
        data = subprocess.run(
            [ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i",
             f"sine=frequency=440:duration={seconds}", "-f", fmt, "pipe:1"],
            capture_output=True, check=True,
        ).stdout
        path = self.path(name)
        path.write_bytes(data)
        return path

    def tone(self, name: str, seconds: float, freq: float, dbfs: float, *, rate: int = 48000,
             channels: int = 2) -> Path:
        """A 16-bit WAV sine."""
        return write_wav(self.path(name), sine(seconds, rate, freq, dbfs, channels), rate)

    def silence(self, name: str, seconds: float, rate: int = 44100, channels: int = 2) -> Path:
        return write_wav(self.path(name), np.zeros((int(seconds * rate), channels)), rate)
