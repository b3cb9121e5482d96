"""One window per data directory: the station lock, and a local socket to raise the window.

The first window takes the station lock (the one `run` takes too) and listens on a local
socket named after its data directory. A second start finds the lock taken: it says who holds
it and, when the holder is a window, asks it over the socket to come to the front, then ends.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from commune_radio.core.errors import EnvironmentProblem
from commune_radio.services.station_lock import StationLock, read_holder

RAISE = b"raise\n"
CONNECT_MS = 1000


def server_name(data_dir: Path) -> str:
    """The local socket's name: one per data directory, short enough for every platform."""
    key = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"commune-radio-{key}"


class WindowServer(QObject):
    """Listens for a second start of the window; ``raise_requested`` asks to come forward."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening (a socket file left by a crashed window is removed first: we hold
        the station lock, so nobody else is listening on it)."""
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if RAISE.strip() in bytes(socket.readAll().data()):
            self.raise_requested.emit()

    def close(self) -> None:
        """Stop listening."""
        self.server.close()


def ask_to_raise(data_dir: Path) -> bool:
    """Ask the window holding ``data_dir`` to come to the front; False when none answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


def take_window_lock(data_dir: Path, clock, timezone: str) -> tuple[StationLock | None,
                                                                     EnvironmentProblem | None]:
    """The station lock for a window, or the refusal (after asking a holding window to come
    forward)."""
    lock = StationLock(data_dir, clock)
    try:
        lock.acquire("window", timezone)
    except EnvironmentProblem as refusal:
        holder = read_holder(data_dir)
        if holder is not None and holder.kind == "window":
            ask_to_raise(data_dir)
        return None, refusal
    return lock, None


def bring_to_front(window) -> None:
    """Show the window over the others (restored if minimised)."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
