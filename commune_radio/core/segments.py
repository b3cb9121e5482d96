"""Library segments: the metadata an operator sets and the rules it follows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from commune_radio.core.errors import RejectedInput
from commune_radio.core.languages import DEFAULT_LANGUAGE, is_language
from commune_radio.core.limits import check_text
from commune_radio.core.topics import is_topic


@dataclass(frozen=True)
class SegmentMeta:
    """What the operator says about a segment: title, DX theme, language, validity dates."""

    title: str
    topic: str | None = None
    language: str = DEFAULT_LANGUAGE
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class Segment:
    """A prepared, levelled audio item of the library."""

    id: int
    title: str
    topic: str | None
    language: str
    duration_s: float
    loudness_lufs: float
    true_peak_dbtp: float
    prepared_lufs: float
    sha256: str
    source_file: str
    source_sha256: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    imported_at: str
    pack_id: str | None = None  # the office content pack it came from, if any
    pack_segment_id: str | None = None  # the office's stable id of it in that pack

    def is_valid_on(self, day: dt.date) -> bool:
        """Whether the segment may air on ``day`` (inside its validity dates)."""
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day > self.valid_until)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` date, None for empty; a clear rejection otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise RejectedInput("meta.bad_date", value=value) from None


def validate_meta(meta: SegmentMeta) -> SegmentMeta:
    """The metadata checked and normalised, or ``RejectedInput`` saying what is wrong."""
    title = (meta.title or "").strip()
    if not title:
        raise RejectedInput("meta.empty_title")
    check_text("title", title)
    if meta.topic is not None and meta.topic != "" and not is_topic(meta.topic):
        raise RejectedInput("meta.bad_topic", value=meta.topic)
    language = meta.language or DEFAULT_LANGUAGE
    if not is_language(language):
        raise RejectedInput("meta.bad_language", value=language)
    since, until = parse_date(meta.valid_from), parse_date(meta.valid_until)
    if since and until and until < since:
        raise RejectedInput("meta.dates_reversed", since=since.isoformat(), until=until.isoformat())
    return SegmentMeta(title, meta.topic or None, language, since, until)
