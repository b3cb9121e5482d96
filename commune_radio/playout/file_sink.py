"""A sink that writes what would air into one WAV file, as fast as the disk allows.

Used by ``play --to-file`` (a broadcast logged like any other, with the file as its device)
and by tests. It pulls frames from the same ``Feeder`` the loudspeaker stream uses, so the file
holds exactly the samples the output would get, measured the same way. It reports each item
synchronously, so one ``engine.play`` call runs the whole programme.
"""

from __future__ import annotations

from pathlib import Path

from commune_radio.audio.wav import WavError, WavJoiner, output_channels, read_info
from commune_radio.playout.engine import SinkEvents
from commune_radio.playout.feeder import RATE, Evidence, Feeder

CHUNK = RATE  # one second per render call keeps memory flat for an hour-long item


class FileSink:
    """Joins the items of each broadcast into ``target`` (mono stays mono unless any is stereo)."""

    def __init__(self, target: Path | str) -> None:
        self.target = Path(target)
        self._events: SinkEvents | None = None
        self._joiner: WavJoiner | None = None
        self._feeder: Feeder | None = None
        self._paths: list[Path] = []
        self._done = False

    def attach(self, events: SinkEvents) -> None:
        """Report to ``events``."""
        self._events = events

    def device_name(self) -> str:
        """The log's device field: the file written."""
        return f"file:{self.target}"

    def begin_broadcast(self, paths: list[Path], *, start_at=None) -> None:
        """Open the output with the widest channel count among the readable items.

        ``start_at`` means nothing to a file: it is written at once."""
        infos = []
        for path in paths:
            try:
                infos.append(read_info(path))
            except (OSError, WavError):
                continue  # the feeder reports the item itself when its turn comes
        channels = output_channels(infos)
        self._joiner = WavJoiner(self.target, channels)
        self._feeder = Feeder(channels)
        self._paths = [Path(p) for p in paths]
        self._feeder.load(self._paths)
        self._done = False

    def play(self, path: Path) -> None:
        """Render until this item has ended in the stream, then report it (at once)."""
        if self._feeder is None:
            self.begin_broadcast([path])
        index = self._paths.index(Path(path)) if Path(path) in self._paths else None
        while True:
            for event in self._feeder.take_events(self._feeder.position):
                if event.kind == "done":
                    self._done = True
                if event.index != index or event.kind not in ("end", "failed"):
                    continue
                self._paths[index] = Path("\0played")  # a repeated path finds its next turn
                self._report(event.kind, event.played_frames, event.evidence, event.reason,
                             event.detail)
                return
            if self._done:
                return
            self._render()

    def _render(self) -> None:
        start = self._feeder.position
        frames = self._feeder.render(CHUNK)
        # the stream goes on with silence after the last item: keep only the programme
        ends = [e.frame for e in self._feeder.events if e.kind == "done"]
        if ends:
            frames = frames[:max(0, ends[0] - start)]
        self._joiner.write(frames)

    def _report(self, kind: str, frames: int, evidence: Evidence | None, reason: str | None,
                detail: str) -> None:
        if kind == "end":
            self._events.sink_position(int(frames * 1000 / RATE))
            self._events.sink_finished(frames / RATE, evidence=evidence)
        else:
            self._events.sink_failed(reason or "", detail, 0.0, evidence=evidence)

    def stop(self) -> float:
        """Nothing is ever mid-item here: items are rendered whole."""
        return 0.0

    def stopped_evidence(self) -> Evidence | None:
        """Nothing is ever cut here."""
        return None

    def end_broadcast(self) -> None:
        """Finish the file under its final name."""
        if self._joiner is not None:
            if not self._done:  # the rest of the stream up to the end of the last item
                while not any(e.kind == "done" for e in self._feeder.events) and \
                        self._feeder.active:
                    self._render()
            self._joiner.close()
            self._joiner = None
        self._feeder = None
