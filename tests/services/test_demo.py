"""The embedded demo station: made once, with segments, a DX programme and the weekly slots."""

from commune_radio.services.demo import DEMO_CODE, DEMO_PROGRAMME, ensure_demo_station


def test_demo_station_is_seeded_once(ctx):
    ensure_demo_station(ctx)
    assert ctx.station.get().code == DEMO_CODE
    segments = ctx.library.list()
    assert len(segments) == 6
    assert {s.topic for s in segments if s.topic} >= {"dx_goals", "information_security"}
    programme = ctx.programmes.find(DEMO_PROGRAMME)
    assert programme.dx and len(programme.items) == 6  # the jingle, then five DX items
    assert [(s.days_text(), s.at.isoformat()) for s in ctx.schedule.list()] == [
        ("mon", "06:00:00"), ("thu", "17:00:00")
    ]
    ensure_demo_station(ctx)  # a second start adds nothing
    assert len(ctx.library.list()) == 6 and len(ctx.schedule.list()) == 2
