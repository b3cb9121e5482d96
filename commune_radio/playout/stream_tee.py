"""The IP stream output: what airs, encoded by the bundled FFmpeg and sent to an Icecast mount.

84 of Lào Cai's 99 commune stations are IP loudspeaker systems whose receivers (or the line-in
"integration device" of a merged commune) pull a stream. The tee gets exactly the frames the
sound card gets (after volume), from the thread that feeds the output, and never blocks it: a
bounded queue hands them to a plain Python writer thread (not a Qt thread) that pipes them into
``ffmpeg``, which encodes MP3 or Opus and speaks Icecast's source protocol. When the server is
unreachable or goes away, the thread reconnects by itself with a growing pause; every change is
reported as ``stream_up`` / ``stream_down`` for the station's event log. Qt-free.

The source password is never stored by the program: it comes from the URL the operator typed
(``icecast://source:PASSWORD@host:port/mount``) or from ``$COMMUNE_RADIO_STREAM_PASSWORD``.
"""

from __future__ import annotations

import collections
import contextlib
import os
import queue
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass

import numpy as np

from commune_radio.playout.feeder import RATE

PASSWORD_ENV = "COMMUNE_RADIO_STREAM_PASSWORD"
FORMATS = {
    "mp3": (["-c:a", "libmp3lame", "-b:a", "128k", "-content_type", "audio/mpeg",
             "-f", "mp3"]),
    "opus": (["-c:a", "libopus", "-b:a", "96k", "-content_type", "audio/ogg", "-f", "ogg"]),
}
QUEUE_SECONDS = 4  # audio held for a slow connection before the oldest is dropped
RETRY_S = (2, 5, 10, 30)


class StreamConfigError(ValueError):
    """The stream URL or format cannot be used (said to the operator, nothing started)."""


@dataclass(frozen=True)
class StreamTarget:
    """Where the stream goes: the URL ffmpeg gets (with the password) and one to show."""

    url: str
    shown: str
    fmt: str


def parse_target(url: str, fmt: str = "mp3") -> StreamTarget:
    """Check ``icecast://[user[:password]@]host:port/mount``; the password may come from the
    environment. The shown form never contains the password."""
    if fmt not in FORMATS:
        raise StreamConfigError(f"unknown stream format {fmt!r} (mp3 or opus)")
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme != "icecast" or not parts.hostname or not parts.port:
        raise StreamConfigError("the stream address must look like icecast://host:port/mount")
    if not parts.path or parts.path == "/":
        raise StreamConfigError("the stream address needs a mount, e.g. /xa-ban-phiet.mp3")
    user = parts.username or "source"
    password = parts.password or os.environ.get(PASSWORD_ENV, "")
    if not password:
        raise StreamConfigError(f"no source password: put it in the address or in ${PASSWORD_ENV}")
    netloc = f"{urllib.parse.quote(user)}:{urllib.parse.quote(password)}@{parts.hostname}" \
             f":{parts.port}"
    shown = f"icecast://{parts.hostname}:{parts.port}{parts.path}"
    return StreamTarget(urllib.parse.urlunsplit(("icecast", netloc, parts.path, "", "")), shown,
                        fmt)


class IcecastTee:
    """Feeds a stream target from any thread; a writer thread owns ffmpeg and reconnects."""

    def __init__(self, target: StreamTarget, ffmpeg: str, *, channels: int = 2) -> None:
        self.target = target
        self.ffmpeg = ffmpeg
        self.channels = channels
        self._queue: queue.Queue[bytes | None] = queue.Queue(
            maxsize=int(QUEUE_SECONDS * RATE / 480))  # ~10 ms blocks
        self._changes: collections.deque[tuple[str, str]] = collections.deque()
        self._up = False
        self._stop = threading.Event()
        self.dropped_frames = 0
        self._thread = threading.Thread(target=self._run, name="icecast-tee", daemon=True)
        self._thread.start()

    # the feeding side (the output's thread): never blocks

    def feed(self, frames: np.ndarray) -> None:
        """Queue frames (int16, (n, channels)); the oldest go when the connection lags."""
        data = np.ascontiguousarray(frames, dtype="<i2").tobytes()
        while True:
            try:
                self._queue.put_nowait(data)
                return
            except queue.Full:
                try:
                    dropped = self._queue.get_nowait()
                    if dropped:
                        self.dropped_frames += len(dropped) // (2 * self.channels)
                except queue.Empty:
                    pass

    def take_changes(self) -> list[tuple[str, str]]:
        """("stream_up" | "stream_down", detail) since the last call, oldest first."""
        out = []
        while self._changes:
            out.append(self._changes.popleft())
        return out

    @property
    def up(self) -> bool:
        """Whether the server is taking the stream now."""
        return self._up

    def close(self) -> None:
        """Stop the writer thread and ffmpeg."""
        self._stop.set()
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(None)
        self._thread.join(timeout=5)

    # the writer thread

    def _set(self, up: bool, detail: str) -> None:
        if up != self._up:
            self._up = up
            self._changes.append(("stream_up" if up else "stream_down", detail))

    def _command(self) -> list[str]:
        return [self.ffmpeg, "-hide_banner", "-loglevel", "info", "-f", "s16le",
                "-ar", str(RATE), "-ac", str(self.channels), "-i", "pipe:0",
                *FORMATS[self.target.fmt], self.target.url]

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            proc = subprocess.Popen(self._command(), stdin=subprocess.PIPE,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            watcher = threading.Thread(target=self._watch, args=(proc,), daemon=True)
            watcher.start()
            started = time.monotonic()
            try:
                while not self._stop.is_set():
                    try:
                        data = self._queue.get(timeout=0.5)
                    except queue.Empty:
                        if proc.poll() is not None:
                            break
                        continue
                    if data is None:
                        break
                    proc.stdin.write(data)
            except (BrokenPipeError, OSError):
                pass
            finally:
                with contextlib.suppress(OSError):
                    proc.stdin.close()
                try:
                    proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            watcher.join(timeout=2)
            if self._stop.is_set():
                self._set(False, "stopped")
                return
            self._set(False, f"{self.target.shown}: {self._last_error or 'connection closed'}")
            attempt = 0 if time.monotonic() - started > 60 else attempt + 1
            self._stop.wait(RETRY_S[min(attempt, len(RETRY_S) - 1)])

    _last_error = ""

    def _watch(self, proc: subprocess.Popen) -> None:
        """Read ffmpeg's messages: the output header means the server took the stream."""
        for raw in proc.stderr:
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith("Output #0"):
                self._set(True, self.target.shown)
            elif "error" in line.lower() or "refused" in line.lower() or "401" in line:
                self._last_error = line[:200]
