"""Errors split as qutebrowser does: the environment's or the input's (told to the person) vs ours.

A ``KnownError`` carries a message id and parameters, not a sentence, so the window and the
command line render it in the person's language from one catalogue (``core.messages``).
"""

from __future__ import annotations

from typing import Any


class KnownError(Exception):
    """A problem a person can act on: bad input, a full disk, a locked or read-only file."""

    def __init__(self, message_id: str, **params: Any) -> None:
        super().__init__(message_id, params)
        self.message_id = message_id
        self.params = params

    def render(self, lang: str = "vi") -> str:
        """The message in ``lang`` (vi or en)."""
        from commune_radio.core.messages import render

        return render(self.message_id, lang, **self.params)

    def __str__(self) -> str:
        return self.render("en")


class RejectedInput(KnownError):
    """An input file or value that was refused; nothing was changed because of it."""


class EnvironmentProblem(KnownError):
    """The machine stands in the way: disk full, database locked, read-only folder, no ffmpeg."""


class BugError(Exception):
    """Something that should not happen whatever the input: a defect of ours."""
