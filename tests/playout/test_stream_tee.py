"""The IP stream output against a real Icecast server on 127.0.0.1, started by the test.

What airs is sent to a mount; a listener (ffmpeg reading the mount over HTTP) receives it, and
the decoded audio holds the programme's items in order. The tee reconnects by itself when the
server goes away and comes back, and each change is a station event.
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
import wave
from pathlib import Path

import numpy as np
import pytest
from tones import make_tone

from commune_radio.audio.ffmpeg import ffmpeg_exe
from commune_radio.playout.stream_tee import PASSWORD_ENV, StreamConfigError, parse_target

PASSWORD = "nguon-thu"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Icecast:
    """A throwaway icecast2 on 127.0.0.1 (drops root to nobody, as Debian's package expects)."""

    def __init__(self, folder):
        self.folder = folder
        self.port = _free_port()
        self.proc = None
        logs = folder / "log"
        logs.mkdir()
        os.chmod(logs, 0o777)
        owner = ("<changeowner><user>nobody</user><group>nogroup</group></changeowner>"
                 if os.geteuid() == 0 else "")
        (folder / "icecast.xml").write_text(f"""<icecast>
  <limits><sources>2</sources><clients>10</clients></limits>
  <authentication><source-password>{PASSWORD}</source-password>
    <admin-user>admin</admin-user><admin-password>quan-tri</admin-password></authentication>
  <hostname>127.0.0.1</hostname>
  <listen-socket><port>{self.port}</port><bind-address>127.0.0.1</bind-address></listen-socket>
  <fileserve>1</fileserve>
  <paths><basedir>/usr/share/icecast2</basedir><logdir>{logs}</logdir>
    <webroot>/usr/share/icecast2/web</webroot><adminroot>/usr/share/icecast2/admin</adminroot>
  </paths>
  <logging><errorlog>error.log</errorlog><accesslog>access.log</accesslog>
    <loglevel>3</loglevel></logging>
  <security><chroot>0</chroot>{owner}</security>
</icecast>""")

    def start(self):
        self.proc = subprocess.Popen(["icecast2", "-c", str(self.folder / "icecast.xml")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                assert self.proc.poll() is None, "icecast2 exited"
                assert time.monotonic() < deadline, "icecast2 did not listen"
                time.sleep(0.05)

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=10)

    def mount_live(self, mount):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{mount}", timeout=1) as r:
                return r.status == 200
        except OSError:
            return False


@pytest.fixture
def icecast():
    if shutil.which("icecast2") is None:
        pytest.skip("icecast2 is not installed (./dev test installs it)")
    # not under pytest's tmp_path: its parents are private to root, and icecast2 drops to nobody
    with tempfile.TemporaryDirectory(prefix="cr-icecast-") as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)
        server = Icecast(folder)
        server.start()
        yield server
        server.stop()


def test_an_address_is_checked_and_never_shows_its_password(monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    target = parse_target(f"icecast://source:{PASSWORD}@127.0.0.1:8000/xa.mp3")
    assert PASSWORD in target.url and PASSWORD not in target.shown
    with pytest.raises(StreamConfigError):
        parse_target("http://127.0.0.1:8000/xa.mp3")
    with pytest.raises(StreamConfigError):
        parse_target("icecast://127.0.0.1:8000/xa.mp3")  # no password anywhere
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert PASSWORD in parse_target("icecast://127.0.0.1:8000/xa.mp3").url
    with pytest.raises(StreamConfigError):
        parse_target("icecast://127.0.0.1:8000/xa.mp3", "flac")


def _dominant(block):
    spectrum = np.abs(np.fft.rfft(block * np.hanning(len(block))))
    return np.argmax(spectrum) * 48_000 / len(block)


@pytest.mark.timeout(120)
def test_what_airs_reaches_the_mount_and_the_stream_comes_back(station, icecast, tmp_path,
                                                                qtbot, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    ctx = station.ctx
    ids = []
    for i, hz in enumerate((440, 660, 880)):
        path = make_tone(tmp_path / f"s{i}.wav", 1.0, hz)
        ids.append(ctx.library.import_file(path).segment.id)
    programme = ctx.programmes.create("Luồng IP", ids).value
    ctx.output.set_stream(f"icecast://127.0.0.1:{icecast.port}/xa.mp3", "mp3")
    player = ctx.player(require_device=False)
    try:
        tee = player.sink._tee
        assert tee is not None
        qtbot.waitUntil(lambda: tee.up, timeout=15_000)
        qtbot.waitUntil(lambda: icecast.mount_live("/xa.mp3"), timeout=10_000)
        received = tmp_path / "received.wav"
        listener = subprocess.Popen(
            [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-i",
             f"http://127.0.0.1:{icecast.port}/xa.mp3", "-t", "6", "-ac", "1", "-ar", "48000",
             "-f", "wav", str(received)], stdin=subprocess.DEVNULL)
        qtbot.wait(1500)  # the listener is connected
        with qtbot.waitSignal(player.broadcast_ended, timeout=20_000):
            player.play_programme(programme)
        listener.wait(timeout=30)
        with wave.open(str(received), "rb") as w:
            audio = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2") / 32768.0
        # the items, in order, in the decoded stream: 440 → 660 → 880 Hz, about 1 s each
        window = 4800
        blocks = audio[: len(audio) // window * window].reshape(-1, window)
        loud = np.sqrt((blocks ** 2).mean(axis=1)) > 0.02
        heard = [round(_dominant(b) / 10) * 10 for b, on in zip(blocks, loud, strict=True) if on]
        # the tones in order; an onset block (the encoder's first frame of a note) spreads
        # over the spectrum, so only a frequency held for two blocks in a row counts
        steady = [f for i, f in enumerate(heard[1:], 1) if f == heard[i - 1]]
        sequence = [f for i, f in enumerate(steady) if i == 0 or f != steady[i - 1]]
        assert sequence == [440, 660, 880], heard
        assert 2.6 <= len(heard) * window / 48_000 <= 3.4  # three seconds of programme

        # the server goes away and comes back: the tee reconnects by itself
        icecast.stop()
        qtbot.waitUntil(lambda: not player.sink._tee.up, timeout=15_000)
        icecast.start()
        qtbot.waitUntil(lambda: player.sink._tee.up, timeout=30_000)
        qtbot.wait(100)  # the sink's next tick reports the change
        kinds = [e.kind for e in ctx.events.list() if e.kind.startswith("stream_")]
        assert kinds[:3] == ["stream_up", "stream_down", "stream_up"], kinds
    finally:
        player.close()
