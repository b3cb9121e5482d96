"""Playout: the Qt-free engine (what plays next, what gets logged) and its sinks.

``engine`` and ``file_sink`` never import Qt; ``qt_sink``, ``devices`` and ``player`` do, and
are only imported by code that plays on a real output.
"""
