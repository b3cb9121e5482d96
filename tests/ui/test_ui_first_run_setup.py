"""What "Finish" does, without the wizard: the weekly section from samples, no doubled slots."""

from __future__ import annotations

import pytest

from commune_radio.services import seeding
from commune_radio.storage.station_repo import get_setting
from commune_radio.ui.first_run import SetupAnswers, apply_setup


@pytest.fixture
def one_sample(monkeypatch):
    """The jingle and one DX item of the shipped samples (all five take seconds to level)."""
    items = seeding.sample_items()
    chosen = [next(i for i in items if i.intro), next(i for i in items if i.topic)]
    monkeypatch.setattr(seeding, "sample_items", lambda: chosen)
    return chosen


def answers(**changes) -> SetupAnswers:
    values = dict(code="02911", station_name="Đài truyền thanh xã Bản Phiệt", autostart=False)
    values.update(changes)
    return SetupAnswers(**values)


def test_an_empty_library_gets_the_sample_items_and_the_weekly_slots(ctx, one_sample):
    steps = []
    result = apply_setup(ctx, answers(), steps.append)
    assert result.programme_created and result.sample_items == 1 and result.slots_added == 2
    programme = ctx.programmes.find(seeding.DX_PROGRAMME)
    jingle, item = one_sample
    assert programme.intro.title == jingle.title
    assert [s.title for s in programme.segments] == [item.title]
    assert programme.dx
    assert steps[0] == 0.0 and steps[-1] == 1.0 and steps == sorted(steps)
    assert get_setting(ctx.db, "role") == "station"


def test_finishing_twice_adds_nothing_twice(ctx, one_sample):
    apply_setup(ctx, answers())
    again = apply_setup(ctx, answers())
    assert not again.programme_created and again.slots_added == 0
    assert len(ctx.schedule.list()) == 2
    assert len(ctx.library.list()) == 2


def test_an_existing_programme_of_that_name_is_used_as_it_is(ctx, seeded):
    ctx.programmes.create(seeding.DX_PROGRAMME, [seeded[0].id])
    result = apply_setup(ctx, answers())
    assert not result.programme_created and result.slots_added == 2
    assert [s.id for s in ctx.programmes.find(seeding.DX_PROGRAMME).segments] == [seeded[0].id]


def test_without_the_template_no_programme_and_no_slot(ctx):
    result = apply_setup(ctx, answers(use_template=False, output_device_id="usb-1",
                                      output_device_name="USB Audio"))
    assert ctx.station.get().code == "02911"
    assert result.slots_added == 0 and ctx.programmes.list() == [] == ctx.schedule.list()
    assert (ctx.output.device_id(), ctx.output.device_name()) == ("usb-1", "USB Audio")


def test_start_at_login_that_cannot_be_written_is_reported_not_fatal(ctx, tmp_path, monkeypatch):
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    result = apply_setup(ctx, answers(use_template=False, autostart=True))
    assert result.autostart_error and not result.autostart_where
    assert get_setting(ctx.db, "role") == "station"


def test_a_province_office_expects_every_commune_of_the_province(ctx):
    result = apply_setup(ctx, answers(role="office", office_name="Sở VHTTDL tỉnh Lào Cai",
                                      office_level="province"))
    assert result.role == "office"
    expected = ctx.office.expected()
    assert len(expected) == 99 and {e["province"] for e in expected} == {"Lào Cai"}
    assert ctx.office.settings().province == "Lào Cai"
