"""Decoding any audio file to 48 kHz float PCM through ffmpeg, without ffprobe.

ffmpeg comes from the imageio-ffmpeg wheel so a Windows station needs nothing else. Its stream
is read in chunks so that loudness can be measured while ffmpeg is still decoding (the two run
on two cores) and so that a cancel stops the work at once.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from commune_radio.core.errors import EnvironmentProblem, RejectedInput

SAMPLE_RATE = 48_000
CHUNK_FRAMES = SAMPLE_RATE * 2  # two seconds per read: small enough to cancel promptly

_DURATION = re.compile(r"Duration:\s*(\d+):(\d\d):(\d\d(?:\.\d+)?)")
# ffmpeg's own words for a damaged input, at error level or as warnings it recovers from
_DAMAGE = re.compile(
    r"\[(error|fatal)\]|corrupt|truncat|Header missing|Invalid data|Error while decoding"
    r"|overread|invalid frame|Packet mismatch",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^\[info\]\s+title\s*:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
_CHANNELS = re.compile(r"Audio:.*?,\s*\d+ Hz,\s*([^,]+)")


@cache
def ffmpeg_exe() -> str:
    """Path of the bundled ffmpeg binary (``$COMMUNE_RADIO_FFMPEG`` overrides it)."""
    override = os.environ.get("COMMUNE_RADIO_FFMPEG")
    if override:
        return override
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception as exc:  # the wheel raises RuntimeError or ImportError
        raise EnvironmentProblem("audio.no_ffmpeg") from exc


class Cancelled(Exception):
    """The person cancelled the work; nothing was kept."""


@dataclass
class DecodeReport:
    """What ffmpeg said about the input besides the samples."""

    declared_duration_s: float | None = None
    channels: int = 0
    errors: list[str] = field(default_factory=list)
    return_code: int = 0
    title: str | None = None


def _channels_from_layout(layout: str) -> int:
    layout = layout.strip().lower()
    if layout.startswith("mono"):
        return 1
    m = re.match(r"(\d+) channels", layout)
    if m:
        return int(m.group(1))
    return 2


def _read_wav_header(stream) -> int:
    """Consume a streamed WAV header up to its data chunk; return the channel count."""
    head = stream.read(12)
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return 0
    channels = 0
    while True:
        chunk_head = stream.read(8)
        if len(chunk_head) < 8:
            return 0
        chunk_id, size = chunk_head[:4], struct.unpack("<I", chunk_head[4:])[0]
        if chunk_id == b"data":
            return channels
        body = stream.read(size + (size & 1))
        if chunk_id == b"fmt ":
            channels = struct.unpack("<H", body[2:4])[0]


def decode_chunks(
    path: Path,
    *,
    max_seconds: float,
    cancel: threading.Event | None = None,
    report: DecodeReport,
    on_header: Callable[[DecodeReport], None] | None = None,
) -> Iterator[np.ndarray]:
    """Yield float32 arrays shaped (frames, channels) at 48 kHz, mono kept, more than 2 -> 2.

    Raises ``RejectedInput`` when the file is longer than ``max_seconds`` and ``Cancelled`` when
    ``cancel`` is set. ffmpeg's error lines and exit code are left in ``report``.
    """
    exe = ffmpeg_exe()
    with tempfile.TemporaryFile() as err:
        # The channel count is only known from ffmpeg's banner, so downmix >2 inside ffmpeg by
        # asking for at most 2 channels via a filter that keeps mono as mono.
        cmd = [
            exe, "-nostdin", "-hide_banner", "-loglevel", "level+info", "-nostats",
            "-i", str(path), "-map", "0:a:0", "-vn", "-sn", "-dn",
            "-af", "aformat=channel_layouts=mono|stereo",
            "-ar", str(SAMPLE_RATE), "-c:a", "pcm_f32le", "-f", "wav", "-",
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL)
        try:
            channels = _read_wav_header(proc.stdout)
            _parse_banner(err, report)
            report.channels = channels
            if on_header:
                on_header(report)
            if channels:
                yield from _read_samples(proc, channels, max_seconds, cancel, path)
            proc.wait()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            report.return_code = proc.returncode
            _parse_banner(err, report)


def _read_samples(proc, channels, max_seconds, cancel, path) -> Iterator[np.ndarray]:
    frame_bytes = 4 * channels
    total = 0
    leftover = b""
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        data = proc.stdout.read(CHUNK_FRAMES * frame_bytes)
        if not data:
            break
        data = leftover + data
        usable = len(data) - len(data) % frame_bytes
        leftover = data[usable:]
        if not usable:
            continue
        block = np.frombuffer(data[:usable], dtype="<f4").reshape(-1, channels)
        total += len(block)
        if total > max_seconds * SAMPLE_RATE:
            raise RejectedInput(
                "audio.too_long", file=path.name, minutes=f"{total / SAMPLE_RATE / 60:.0f}+",
                limit=f"{max_seconds / 60:.0f}",
            )
        yield block


def _parse_banner(err, report: DecodeReport) -> None:
    err.flush()
    err.seek(0)
    text = err.read().decode("utf-8", "replace")
    err.seek(0, os.SEEK_END)
    report.errors = [line for line in text.splitlines() if _DAMAGE.search(line)]
    t = _TITLE.search(text)
    if t:
        report.title = t.group(1)
    m = _DURATION.search(text)
    if m:
        h, mi, s = m.groups()
        report.declared_duration_s = int(h) * 3600 + int(mi) * 60 + float(s)
    if not report.channels:
        c = _CHANNELS.search(text)
        if c:
            report.channels = min(2, _channels_from_layout(c.group(1)))
