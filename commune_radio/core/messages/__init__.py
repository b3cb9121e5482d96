"""The one catalogue of human words of the non-Qt layers, in Vietnamese (default) and English.

Every sentence a person reads from the core, the services, the exchange files or the command
line comes from here: errors (``KnownError`` renders through it, so the window and the command
line say the same sentence), the words of the log and the reports, the command line's sentences
and its ``--help``. Each domain keeps its entries in its own module; this package joins them
into ``MESSAGES`` and refuses an id defined twice. Widgets use Qt's ``.ts`` files instead.
Keep the sentences plain: the reader is not technical.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from commune_radio.core.messages.cli import ARGPARSE, CLI
from commune_radio.core.messages.cli_help import CLI_HELP
from commune_radio.core.messages.exchange import EXCHANGE
from commune_radio.core.messages.labels import LABELS
from commune_radio.core.messages.station import STATION

__all__ = ["ARGPARSE", "MESSAGES", "render"]


def _join(*parts: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    joined: dict[str, tuple[str, str]] = {}
    for part in parts:
        twice = joined.keys() & part.keys()
        if twice:
            raise ValueError(f"message ids defined twice: {sorted(twice)}")
        joined.update(part)
    return joined


MESSAGES: dict[str, tuple[str, str]] = _join(STATION, EXCHANGE, LABELS, CLI, CLI_HELP)


def render(message_id: str, lang: str = "vi", **params: Any) -> str:
    """The message ``message_id`` in ``lang``, with its parameters filled in."""
    pair = MESSAGES.get(message_id)
    if pair is None:
        return f"{message_id} {params}" if params else message_id
    text = pair[1] if lang == "en" else pair[0]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
