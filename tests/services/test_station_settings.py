"""The Settings dialog's values are read and saved Qt-free, all or nothing."""

from dataclasses import replace

import pytest

from commune_radio.core import settings as S
from commune_radio.core.errors import RejectedInput
from commune_radio.services.changes import Changes
from commune_radio.services.station_settings import StationSettingsService


def service(ctx, office=True):
    return StationSettingsService(ctx.settings, ctx.station,
                                  (lambda: ctx.office) if office else None)


def test_defaults_then_a_save_that_reaches_every_owner(ctx):
    ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")
    svc = service(ctx)
    values = svc.load()
    assert (values.preroll_s, values.dead_air_s, values.catch_up_minutes) == (3.0, 20.0, 30.0)
    assert values.language == "vi" and values.target_lufs == -16.0
    assert values.office_name is None  # a station has no office name to edit

    changes = svc.save(replace(values, monitor="Line-in", preroll_s=5.5, dead_air_s=45,
                               catch_up_minutes=0, language="en", target_lufs=-18.0))
    assert changes == Changes(settings=True, station=True)
    assert ctx.output.monitor() == "Line-in" and ctx.output.preroll_s() == 5.5
    assert ctx.output.dead_air_s() == 45.0
    assert ctx.settings.get(S.CATCH_UP_MINUTES) == 0.0
    assert ctx.settings.get(S.LANGUAGE) == "en"
    assert ctx.station.get().target_lufs == -18.0
    assert ctx.library.target().lufs == -18.0  # what the next import levels to


def test_a_bad_value_writes_nothing(ctx):
    ctx.station.init("02785", "Đài truyền thanh xã Bản Phiệt")
    svc = service(ctx)
    before = svc.load()
    with pytest.raises(RejectedInput) as err:
        svc.save(replace(before, preroll_s=4.0, target_lufs=-3.0))
    assert err.value.message_id == "station.bad_target"
    assert svc.load() == before  # the pre-roll checked fine but was not written either
    with pytest.raises(RejectedInput):
        svc.save(replace(before, dead_air_s=0.0))
    assert svc.load() == before


def test_the_office_names_itself(ctx):
    ctx.settings.set(S.ROLE, "office")
    ctx.office.save_settings(name="Phòng Văn hóa huyện Bát Xát")
    svc = service(ctx)
    values = svc.load()
    assert values.office_name == "Phòng Văn hóa huyện Bát Xát" and values.target_lufs is None
    assert svc.save(replace(values, office_name="  Sở VHTTDL Lào Cai ")) == Changes(
        settings=True, office=True)
    assert ctx.office.settings().name == "Sở VHTTDL Lào Cai"
    with pytest.raises(RejectedInput):
        svc.save(replace(values, office_name="   "))
    assert ctx.office.settings().name == "Sở VHTTDL Lào Cai"
