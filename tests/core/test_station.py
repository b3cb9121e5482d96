"""Station identity rules and the commune lists."""

import pytest

from commune_radio.core.communes import commune_by_code, load_communes
from commune_radio.core.errors import RejectedInput
from commune_radio.core.station import validate_code, validate_name, validate_timezone
from commune_radio.paths import assets_dir


@pytest.mark.parametrize("code", ["02785", " 04465 "])
def test_five_digit_codes_are_accepted(code):
    assert validate_code(code) == code.strip()


@pytest.mark.parametrize("code", ["2785", "027850", "0278a", ""])
def test_other_codes_are_refused(code):
    with pytest.raises(RejectedInput) as info:
        validate_code(code)
    assert "5" in info.value.render("en")


def test_name_and_timezone():
    assert validate_name(" Đài xã ") == "Đài xã"
    with pytest.raises(RejectedInput):
        validate_name("  ")
    assert validate_timezone("Asia/Ho_Chi_Minh") == "Asia/Ho_Chi_Minh"
    with pytest.raises(RejectedInput):
        validate_timezone("Mars/Olympus")


def test_both_commune_lists_are_loaded():
    communes = load_communes(assets_dir() / "data")
    codes = {c.code for c in communes}
    assert len(codes) == len(communes)
    assert commune_by_code(assets_dir() / "data", "04465").name == "Xã Khao Mang"
    old = commune_by_code(assets_dir() / "data", "02635")
    assert old.name == "Phường Duyên Hải" and old.list_name == "before-2025-07"
    assert all(len(c.code) == 5 and c.code.isdigit() for c in communes)
