"""Seeding the weekly DX section once, for the wizard and the demo alike."""

from commune_radio.services.seeding import (
    DX_PROGRAMME,
    default_template_path,
    has_programme,
    sample_dx_count,
    seed_dx_section,
)


def test_an_empty_station_gets_the_samples_the_programme_and_the_slots(ctx):
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    seen = []
    result = seed_dx_section(ctx, progress=seen.append)
    report = result.value
    assert report.programme_created and report.sample_items == sample_dx_count() == 5
    assert report.slots_added == 2
    assert result.changes.library and result.changes.programmes and result.changes.schedule
    assert seen[-1] == 1.0 and seen == sorted(seen)
    programme = ctx.programmes.find(DX_PROGRAMME)
    assert programme.dx and programme.intro is not None and len(programme.items) == 6
    assert default_template_path().is_file()


def test_a_second_call_adds_nothing(ctx):
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    seed_dx_section(ctx)
    again = seed_dx_section(ctx)
    assert again.value.programme_created is False and again.value.slots_added == 0
    assert not again.changes
    assert len(ctx.library.list()) == 6 and len(ctx.schedule.list()) == 2
    assert has_programme(ctx)
