"""The station event log: what is recorded, read back by period, and a crash found at start."""

import datetime as dt

import pytest

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock

T0 = dt.datetime(2026, 11, 23, 5, 0, tzinfo=dt.UTC)


@pytest.fixture
def ctx(tmp_path):
    context = AppContext.open(tmp_path / "data", clock=FixedClock(T0))
    yield context
    context.close()


def test_record_and_list_between_two_moments(ctx):
    ctx.events.record("dead_air", "12 s of silence on “Loa xã”")
    ctx.events.record("device_lost", "USB Audio", at=T0 + dt.timedelta(hours=1))
    ctx.events.record("stream_up", at=T0 + dt.timedelta(hours=2))
    assert [(e.kind, e.detail) for e in ctx.events.list()] == [
        ("dead_air", "12 s of silence on “Loa xã”"), ("device_lost", "USB Audio"),
        ("stream_up", "")]
    window = ctx.events.list(since=T0 + dt.timedelta(minutes=30),
                             until=T0 + dt.timedelta(hours=2))
    assert [(e.at, e.kind) for e in window] == [(T0 + dt.timedelta(hours=1), "device_lost")]


def test_an_unknown_kind_is_refused_and_nothing_is_written(ctx):
    with pytest.raises(ValueError):
        ctx.events.record("coffee_break")
    assert ctx.events.list() == []


def test_a_run_without_its_stop_is_a_crash_at_the_next_start(ctx):
    assert ctx.events.begin_run("headless") is None
    ctx.clock.advance(minutes=1)
    ctx.events.heartbeat()
    # the process dies here: no stop. The next start finds it.
    ctx.events.run_id = None
    ctx.clock.advance(hours=3)
    crash = ctx.events.begin_run("window")
    assert crash is not None and crash.kind == "crash"
    assert "headless pid" in crash.detail and "heartbeat" in crash.detail
    ctx.clock.advance(minutes=5)
    ctx.events.end_run("window")
    # a clean run leaves nothing to report
    assert ctx.events.begin_run("window") is None
    kinds = [e.kind for e in ctx.events.list()]
    assert kinds == ["start", "heartbeat", "crash", "start", "stop", "start"]
