"""The one app-wide change signal (after Anki's operations): a change says what it touched.

A screen that changes data emits ``changed`` with a ``Changes``; every view refreshes on it
when what it shows was touched, so two screens never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from commune_radio.services.changes import Changes

__all__ = ["AppSignals", "Changes"]


class AppSignals(QObject):
    """Signals shared by every screen of one window."""

    changed = Signal(object)  # a Changes

    def emit_changed(self, **kinds: bool) -> None:
        """Tell every view that these kinds of data changed."""
        self.changed.emit(Changes(**kinds))
