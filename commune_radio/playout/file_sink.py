"""A sink that writes what would air into one WAV file, as fast as the disk allows.

Used by ``play --to-file`` (a broadcast logged like any other, with the file as its device)
and by tests. It reports each item synchronously, so one ``engine.play`` call runs the whole
programme.
"""

from __future__ import annotations

from pathlib import Path

from commune_radio.core.broadcast_log import REASON_MEDIA_ERROR
from commune_radio.playout.engine import SinkEvents
from commune_radio.playout.wav import SAMPLE_RATE, WavError, WavJoiner, output_channels, read_info


class FileSink:
    """Joins the items of each broadcast into ``target`` (mono upmixed when any is stereo)."""

    def __init__(self, target: Path | str) -> None:
        self.target = Path(target)
        self._events: SinkEvents | None = None
        self._joiner: WavJoiner | None = None

    def attach(self, events: SinkEvents) -> None:
        """Report to ``events``."""
        self._events = events

    def device_name(self) -> str:
        """The log's device field: the file written."""
        return f"file:{self.target}"

    def begin_broadcast(self, paths: list[Path]) -> None:
        """Open the output with the widest channel count among the readable items."""
        infos = []
        for path in paths:
            try:
                infos.append(read_info(path))
            except (OSError, WavError):
                continue  # the engine logs the item itself when its turn comes
        self._joiner = WavJoiner(self.target, output_channels(infos))

    def play(self, path: Path) -> None:
        """Copy one item into the output, then report it (at once)."""
        if self._joiner is None:
            self.begin_broadcast([path])
        try:
            frames = self._joiner.append(path)
        except (OSError, WavError) as exc:
            self._events.sink_failed(REASON_MEDIA_ERROR, str(exc), 0.0)
            return
        self._events.sink_position(int(frames * 1000 / SAMPLE_RATE))
        self._events.sink_finished(frames / SAMPLE_RATE)

    def stop(self) -> float:
        """Nothing is ever mid-item here: items are copied whole."""
        return 0.0

    def end_broadcast(self) -> None:
        """Finish the file under its final name."""
        if self._joiner is not None:
            self._joiner.close()
            self._joiner = None
