"""Preview playback (after Picard's ui/player): the playout's clip player behind typed signals.

Controls never talk to the output: they call ``play``/``stop`` and listen to ``started``,
``stopped``, ``position_changed`` and ``error``. The output stream is opened on the first
``play``, so opening the window never touches the sound system.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from commune_radio.playout.clip import ClipPlayer


class Player(ClipPlayer):
    """Plays one segment's prepared audio at a time for preview."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._position = 0
        self.position_changed.connect(self._remember)
        self.started.connect(lambda: self._remember(0))

    def _remember(self, ms: int) -> None:
        self._position = int(ms)

    def position_ms(self) -> int:
        """Where playback is, in milliseconds."""
        return self._position
