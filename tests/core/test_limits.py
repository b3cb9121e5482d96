"""One table of limits: what `station init` accepts always exports, and the reader, the writer
and the entry checks agree on every bound."""

import pytest

from commune_radio.app import AppContext
from commune_radio.core.errors import RejectedInput
from commune_radio.core.limits import FIELD_LIMITS, check_text
from commune_radio.core.segments import SegmentMeta, validate_meta
from commune_radio.exchange import format as fmt


def test_format_reads_the_shared_table():
    assert fmt.MAX_SHORT_TEXT == FIELD_LIMITS["station.name"] == FIELD_LIMITS["programme"]
    assert fmt.MAX_LONG_TEXT == FIELD_LIMITS["title"] == FIELD_LIMITS["reason"]


@pytest.mark.parametrize("field", sorted(FIELD_LIMITS))
def test_limit_is_inclusive(field):
    limit = FIELD_LIMITS[field]
    assert check_text(field, "a" * limit) == "a" * limit
    with pytest.raises(RejectedInput) as caught:
        check_text(field, "a" * (limit + 1))
    assert caught.value.message_id == "input.too_long"
    assert str(limit) in caught.value.render("vi")


def test_station_init_refuses_what_export_cannot_carry(tmp_path):
    ctx = AppContext.open(tmp_path / "st")
    try:
        for kwargs in ({"name": "x" * 250}, {"name": "ok", "province": "p" * 201},
                       {"name": "ok", "office": "o" * 201}, {"name": "Đài\x1b[2Kxã"}):
            name = kwargs.pop("name")
            with pytest.raises(RejectedInput):
                ctx.station.init("02785", name, **kwargs)
            assert ctx.station.get() is None
        # the longest name allowed exports and reads back
        ctx.station.init("02785", "Đ" * FIELD_LIMITS["station.name"])
        import datetime as dt
        result = ctx.export.export(dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                                   tmp_path / "02785_2026-11.crlog")
        assert result is not None
    finally:
        ctx.close()


def test_title_limit_at_entry():
    with pytest.raises(RejectedInput):
        validate_meta(SegmentMeta(title="t" * (FIELD_LIMITS["title"] + 1)))
    assert validate_meta(SegmentMeta(title="t" * FIELD_LIMITS["title"])).title
