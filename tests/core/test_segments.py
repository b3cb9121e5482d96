"""Segment metadata rules."""

import datetime as dt

import pytest

from commune_radio.core.errors import RejectedInput
from commune_radio.core.segments import SegmentMeta, parse_date, validate_meta


def test_valid_meta_is_normalised():
    meta = validate_meta(SegmentMeta("  Bản tin  ", "digital_skills", "hmong", "2026-11-01", ""))
    assert meta.title == "Bản tin"
    assert meta.valid_from == dt.date(2026, 11, 1)
    assert meta.valid_until is None


@pytest.mark.parametrize(
    ("meta", "message_id"),
    [
        (SegmentMeta(" "), "meta.empty_title"),
        (SegmentMeta("x", topic="weather"), "meta.bad_topic"),
        (SegmentMeta("x", language="fr"), "meta.bad_language"),
        (SegmentMeta("x", valid_from="23/11/2026"), "meta.bad_date"),
        (
            SegmentMeta("x", valid_from="2026-12-01", valid_until="2026-11-01"),
            "meta.dates_reversed",
        ),
    ],
)
def test_bad_meta_is_rejected_with_a_reason(meta, message_id):
    with pytest.raises(RejectedInput) as info:
        validate_meta(meta)
    assert info.value.message_id == message_id
    assert info.value.render("vi") != info.value.render("en")


def test_parse_date_accepts_dates_and_blank():
    assert parse_date(None) is None
    assert parse_date(dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)
