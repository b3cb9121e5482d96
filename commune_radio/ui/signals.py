"""The one app-wide change signal (after Anki's operations): a change says what it touched.

Screens never emit it: the operation helper (``ui/operations.py``) fires it with the ``Changes``
a service call returned, and every view refreshes on it when what it shows was touched, so two
screens never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from commune_radio.services.changes import Changes

__all__ = ["AppSignals", "Changes"]


class AppSignals(QObject):
    """Signals shared by every screen of one window."""

    changed = Signal(object)  # a Changes

    def emit_changed(self, **kinds: bool) -> None:
        """Tell every view that these kinds of data changed outside this window (another
        process wrote the database); changes of the window's own come from operations."""
        self.changed.emit(Changes(**kinds))
