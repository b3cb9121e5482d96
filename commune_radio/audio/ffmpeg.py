"""Decoding any audio file to 48 kHz float PCM through ffmpeg, without ffprobe.

Which ffmpeg is decided here, once, for every part of the program (decoding, the MP3 hand-over,
the Icecast stream): the installed Linux bundle carries its own small audio-only LGPL build
(installer/build_ffmpeg.sh) in ``_internal/ffmpeg/``; elsewhere (development, the tests, the
Windows bundle) it is the imageio-ffmpeg wheel's, so a station needs nothing else. A reader
thread drains its output into one array and hands it on in chunks, so that loudness can be
measured while ffmpeg is still decoding (the two run on two cores) and so that a cancel stops
the work at once.
"""

from __future__ import annotations

import os
import queue
import re
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where it is used: this module is on the window's start path
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


BUNDLED_FFMPEG_DIR = "ffmpeg"  # inside the bundle's _internal folder (sys._MEIPASS)


def bundled_ffmpeg(base: Path | str | None = None) -> Path | None:
    """The bundle's own ffmpeg program under ``base`` (the frozen program's ``sys._MEIPASS``
    when not given); None when there is none, e.g. when running from a checkout."""
    if base is None:
        base = getattr(sys, "_MEIPASS", None)
        if base is None:
            return None
    exe = Path(base) / BUNDLED_FFMPEG_DIR / ("ffmpeg.exe" if os.name == "nt" else "ffmpeg")
    return exe if exe.is_file() else None


@cache
def ffmpeg_exe() -> str:
    """Path of the ffmpeg program: ``$COMMUNE_RADIO_FFMPEG`` if set, else the bundle's own
    build, else the imageio-ffmpeg wheel's."""
    override = os.environ.get("COMMUNE_RADIO_FFMPEG")
    if override:
        if not Path(override).is_file():
            raise EnvironmentProblem("audio.no_ffmpeg")
        return override
    own = bundled_ffmpeg()
    if own is not None:
        return str(own)
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


class PcmBuffer:
    """Decoded samples, (frames, channels) float32 at 48 kHz, written in place as they arrive.

    The reader thread reads ffmpeg's output straight into this array (no per-chunk copies and no
    final concatenation); chunks handed out while decoding are views of it.
    """

    def __init__(self) -> None:
        import numpy as np
        self.array = np.zeros((0, 1), dtype=np.float32)
        self.frames = 0

    @property
    def samples(self) -> np.ndarray:
        """Everything decoded so far."""
        return self.array[: self.frames]


def decode_chunks(
    path: Path,
    *,
    max_seconds: float,
    cancel: threading.Event | None = None,
    report: DecodeReport,
    on_header: Callable[[DecodeReport], None] | None = None,
    into: PcmBuffer | None = None,
) -> Iterator[np.ndarray]:
    """Yield float32 arrays shaped (frames, channels) at 48 kHz, mono kept, more than 2 -> 2.

    A reader thread drains ffmpeg's output while the caller works on the chunks, so decoding (in
    the ffmpeg process) and measuring (in this process) run on two cores at once. Every chunk
    but the last holds a whole number of 100 ms. The chunks are views of ``into`` (when given),
    which holds all the samples at the end. Raises ``RejectedInput`` when the file is longer
    than ``max_seconds`` and ``Cancelled`` when ``cancel`` is set; either way ffmpeg and the
    reader thread are gone when this returns. ffmpeg's error lines and exit code are left in
    ``report``. Close the generator (``contextlib.closing``) if you stop iterating early.
    """
    exe = ffmpeg_exe()
    buffer = into if into is not None else PcmBuffer()
    with tempfile.TemporaryFile() as err:
        # The channel count is only known from ffmpeg's banner, so downmix >2 inside ffmpeg by
        # asking for at most 2 channels via a filter that keeps mono as mono. Regrouping the
        # samples into frames of 24000 (the last one not padded) cuts the hand-overs between
        # ffmpeg's own threads by about a third, and its CPU time by about a fifth; the samples
        # are the same.
        cmd = [
            exe, "-nostdin", "-hide_banner", "-loglevel", "level+info", "-nostats",
            "-i", str(path), "-map", "0:a:0", "-vn", "-sn", "-dn",
            "-af", f"aformat=channel_layouts=mono|stereo,asetnsamples=n={SAMPLE_RATE // 2}:p=0",
            "-ar", str(SAMPLE_RATE), "-c:a", "pcm_f32le", "-f", "wav", "-",
        ]
        try:
            proc = subprocess.Popen(
                cmd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL
            )
        except OSError as exc:  # removed or not executable since it was found
            raise EnvironmentProblem("audio.no_ffmpeg") from exc
        _widen_pipe(proc.stdout)
        reader: _Reader | None = None
        try:
            channels = _read_wav_header(proc.stdout)
            _parse_banner(err, report)
            report.channels = channels
            if on_header:
                on_header(report)
            if channels:
                limit = int(max_seconds * SAMPLE_RATE)
                seconds = (report.declared_duration_s or 60.0) + 1.0
                expected = min(int(seconds * SAMPLE_RATE), limit)
                reader = _Reader(proc.stdout, buffer, channels, expected, limit)
                reader.start()
                yield from _consume(reader, cancel, path, max_seconds)
            proc.wait()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            if reader is not None:
                reader.join()  # the pipe is closed now, so its read returns at once
            report.return_code = proc.returncode
            _parse_banner(err, report)


class _Reader(threading.Thread):
    """Reads ffmpeg's PCM into a ``PcmBuffer`` and posts what is ready on a queue.

    Without it ffmpeg stalls whenever the 64 KB pipe is full, i.e. whenever the measuring side
    is busy, and the two never overlap.
    """

    def __init__(self, stream, buffer: PcmBuffer, channels: int, expected: int, limit: int):
        super().__init__(name="ffmpeg-reader", daemon=True)
        self.stream = stream
        self.buffer = buffer
        self.channels = channels
        # whole chunks, so the buffer only grows (a copy) when the file outlasts its header
        self.expected = max(1, -(-expected // CHUNK_FRAMES)) * CHUNK_FRAMES
        self.limit = limit
        self.posts: queue.SimpleQueue = queue.SimpleQueue()

    def run(self) -> None:
        try:
            self._read()
        except BaseException as exc:  # handed to the consuming thread, which raises it
            self.posts.put(("error", exc))

    def _read(self) -> None:
        import numpy as np
        frame_bytes = 4 * self.channels
        buffer = self.buffer
        buffer.array = np.empty((self.expected, self.channels), dtype=np.float32)
        buffer.frames = 0
        filled = 0  # bytes, may end inside a frame
        while True:
            if filled + CHUNK_FRAMES * frame_bytes > buffer.array.nbytes:
                grown = np.empty((2 * len(buffer.array), self.channels), dtype=np.float32)
                _bytes_of(grown)[:filled] = _bytes_of(buffer.array)[:filled]
                buffer.array = grown
            target = _bytes_of(buffer.array)[filled : filled + CHUNK_FRAMES * frame_bytes]
            got = self.stream.readinto(target)
            if not got:
                self.posts.put(("end",))
                return
            filled += got
            start, buffer.frames = buffer.frames, filled // frame_bytes
            # a whole chunk unless at the end: readinto fills the request unless EOF comes first
            if buffer.frames > start:
                self.posts.put(("data", buffer.array, start, buffer.frames))
            if buffer.frames > self.limit:
                self.posts.put(("too_long", buffer.frames))
                return


def _widen_pipe(stream) -> None:
    """Ask Linux for a 1 MB pipe instead of 64 KB, so ffmpeg can run almost 3 s of audio ahead
    while the reader thread waits for the GIL. Elsewhere, or when refused, the default does."""
    try:
        import fcntl

        fcntl.fcntl(stream.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except (ImportError, OSError):
        pass


def _bytes_of(array: np.ndarray) -> memoryview:
    import numpy as np
    return memoryview(array.reshape(-1).view(np.uint8))


def _consume(reader: _Reader, cancel, path: Path, max_seconds: float) -> Iterator[np.ndarray]:
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        try:
            post = reader.posts.get(timeout=0.1)  # wake up now and then to see a cancel
        except queue.Empty:
            continue
        kind = post[0]
        if kind == "data":
            _, array, start, end = post
            yield array[start:end]
        elif kind == "end":
            return
        elif kind == "too_long":
            raise RejectedInput(
                "audio.too_long", file=path.name, minutes=f"{post[1] / SAMPLE_RATE / 60:.0f}+",
                limit=f"{max_seconds / 60:.0f}",
            )
        else:
            raise post[1]


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
