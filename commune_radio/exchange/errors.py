"""Rejections of the exchange: one message naming the file, with a reason rendered inside it.

A reason is itself a message (``Reason``) so the whole sentence comes out in the person's
language: "Tệp “x.crlog” bị từ chối: chữ ký không đúng …". Field problems nest once more: which
field, where, and what was expected.
"""

from __future__ import annotations

from typing import Any

from commune_radio.core.errors import KnownError, RejectedInput
from commune_radio.core.messages import render


def _render_nested(message_id: str, lang: str, params: dict[str, Any]) -> str:
    resolved = {k: v.render(lang) if isinstance(v, KnownError) else v for k, v in params.items()}
    return render(message_id, lang, **resolved)


def _reason(message_id: str, params: dict[str, Any]) -> Reason:
    return Reason(message_id, **params)


class Reason(KnownError):
    """Why a file was refused (a message whose parameters may be messages themselves)."""

    def render(self, lang: str = "vi") -> str:
        return _render_nested(self.message_id, lang, self.params)

    def __reduce__(self):  # picklable, so a worker process can report it
        return _reason, (self.message_id, self.params)


class FileRejected(RejectedInput):
    """A log file the office (or the reader) refused; nothing was changed because of it."""

    def __init__(self, file: str, reason: KnownError) -> None:
        super().__init__("exchange.rejected", file=file, reason=reason)
        self.file = file
        self.reason = reason

    @property
    def reason_id(self) -> str:
        """The reason's message id, for tests and for the window to pick an icon."""
        return self.reason.message_id

    def render(self, lang: str = "vi") -> str:
        return _render_nested(self.message_id, lang, self.params)

    def __reduce__(self):
        return FileRejected, (self.file, self.reason)


def field_error(where: KnownError, field: str, expected: str, **params: Any) -> Reason:
    """A reason saying that ``field`` (at ``where``) is not what the format allows."""
    return Reason("exchange.why.field", where=where, field=field,
                  expected=Reason(f"exchange.expect.{expected}", **params))


IN_MANIFEST = Reason("exchange.where.manifest")


def at_event(line: int) -> Reason:
    """Where: a line of events.jsonl (format v2)."""
    return Reason("exchange.where.event", line=line)


def at_line(line: int) -> Reason:
    """Where: a line of entries.jsonl."""
    return Reason("exchange.where.line", line=line)
