"""Station set-up: refusal without --force, key kept unless --new-key."""

import pytest

from commune_radio.core.errors import EnvironmentProblem, RejectedInput


def test_init_then_refuse_then_force_keeps_key_then_new_key(ctx):
    with pytest.raises(EnvironmentProblem):
        ctx.station.require()
    first = ctx.station.init("02785", "Đài xã Bản Phiệt").value
    with pytest.raises(RejectedInput) as info:
        ctx.station.init("02785", "Khác")
    assert info.value.message_id == "station.already"
    forced = ctx.station.init("02785", "Đài xã Bản Phiệt mới", force=True).value
    assert forced.public_key == first.public_key and forced.name.endswith("mới")
    renewed = ctx.station.init("02785", "x", force=True, new_key=True).value
    assert renewed.public_key != first.public_key
    assert ctx.station.require().public_key == renewed.public_key
