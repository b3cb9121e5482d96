"""Listening to a draft in the programme builder: item after item through the window's shared
preview ``Player``, with a line saying which item plays and how far it is.

A mixin of ``ProgrammesScreen`` (it uses the screen's player, items and labels): the preview
is the screen's own behaviour, kept in its own module so the screen stays readable.
"""

from __future__ import annotations

from PySide6.QtGui import QHideEvent

from commune_radio.core.segments import Segment
from commune_radio.ui.text import format_duration


class ProgrammePreview:
    """Preview of the draft: the queue of items still to play and the tag of ours on air."""

    _queue: list[Segment]
    _preview_tag: object

    def _is_mine(self) -> bool:
        return self._preview_tag is not None and self.player.tag is self._preview_tag

    def preview_programme(self) -> None:
        """Listen to the draft from its first item to its last, one after another."""
        self._start_preview([item.segment for item in self.draft().items])

    def preview_selected(self) -> None:
        """Listen to the selected item only."""
        row = self.selected_row()
        if row is not None:
            self._start_preview([self.items_model.segment(row)])

    def _start_preview(self, segments: list[Segment]) -> None:
        self._queue = list(segments)
        self._preview_total = len(segments)
        self._play_next()

    def _play_next(self) -> None:
        while self._queue:
            segment = self._queue.pop(0)
            path = self.library.audio_path(segment)
            if not path.is_file():
                self.preview_label.setText(
                    self.tr("The audio of “%1” is missing from the library folder.")
                    .replace("%1", segment.title))
                continue
            self._preview_segment = segment
            self._preview_tag = object()  # a fresh tag: a stop of an earlier item is not ours
            self.player.play(path, tag=self._preview_tag)
            return
        self._preview_tag = None

    def stop_preview(self) -> None:
        """Stop listening (the rest of the queue is dropped)."""
        self._queue = []
        if self._is_mine():
            self._preview_tag = None
            self.player.stop()
        self.preview_label.setText("")

    def _on_player_state(self) -> None:
        self._update_actions()

    def _on_player_stopped(self) -> None:
        if self._is_mine() and not self.player.is_playing():
            if self._queue:
                self._play_next()
            else:
                self._preview_tag = None
                self.preview_label.setText("")
        self._update_actions()

    def _on_position(self, ms: int) -> None:
        if not self._is_mine():
            return
        done = self._preview_total - len(self._queue)
        self.preview_label.setText(
            self.tr("Listening %1/%2: “%3” %4 / %5")
            .replace("%1", str(done)).replace("%2", str(self._preview_total))
            .replace("%3", self._preview_segment.title)
            .replace("%4", format_duration(ms / 1000))
            .replace("%5", format_duration(self._preview_segment.duration_s)))

    def _on_player_error(self, message: str) -> None:
        if self._is_mine():
            self.preview_label.setText(self.tr("Cannot play this item: %1").replace(
                "%1", message))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # the preview player is shared with the library screen: leave it free
        self.stop_preview()
        super().hideEvent(event)
