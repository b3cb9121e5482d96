"""The log's words (statuses, triggers, reasons, colours, moments) come from ``ui/words.py``,
the window's one catalogue; these names stay for the log's modules."""

from commune_radio.ui.words import (
    STATUS_COLOURS,
    Words,
    local_day,
    moment_text,
    status_colour,
)

BroadcastWords = Words

__all__ = ["STATUS_COLOURS", "BroadcastWords", "local_day", "moment_text", "status_colour"]
