"""The library screen: the table of segments, import, metadata editing and preview."""

from commune_radio.ui.library.screen import LibraryScreen

__all__ = ["LibraryScreen"]
