"""Qt-free domain of Commune Radio: themes, languages, station, segments, messages.

Nothing in this package imports PySide6; it is tested without Qt.
"""
