"""The runner as the station program: its record of being on, pre-flight, the pre-roll start."""

import datetime as dt
import subprocess
import time

import pytest

from commune_radio.app import AppContext
from commune_radio.core.broadcasts import Trigger
from commune_radio.core.clock import FixedClock
from commune_radio.scheduling.runner import REASON_CLOCK_CHANGED, StationRunner, jump_size

HCM = dt.timezone(dt.timedelta(hours=7))
DX = "Chuyên mục Chuyển đổi số"


@pytest.fixture
def station(tmp_path, qapp):
    def make(clock=None):
        ctx = AppContext.open(tmp_path / "data", **({"clock": clock} if clock else {}))
        if clock:
            ctx.schedule.clock = clock
        ctx.station.init("02785", "Đài xã")
        tone = tmp_path / "tone.wav"
        subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", "0.6",
                        "sine", "550", "vol", "0.3"], check=True)
        ctx.programmes.create(DX, [ctx.library.import_file(tone).segment.id])
        made.append(ctx)
        return ctx

    made = []
    yield make
    for ctx in made:
        ctx.close()


def test_start_heartbeat_stop_and_preflight_are_recorded(qtbot, station):
    ctx = station()
    runner = StationRunner(ctx, ctx.player(require_device=False), holder="window")
    with qtbot.waitSignal(runner.preflight_done, timeout=20_000) as done:
        runner.start()
    report = done.args[0]
    assert report.colour() in ("green", "amber", "red")
    assert {c.id for c in report.checks} == {"output_device", "programme_files", "disk",
                                             "database", "dx_week"}
    runner._heartbeat.setInterval(50)  # the minute, shortened
    runner._heartbeat.start()
    qtbot.waitUntil(lambda: "heartbeat" in [e.kind for e in ctx.events.list()], timeout=3000)
    runner.stop("window")
    events = ctx.events.list()
    assert events[0].kind == "start" and events[0].detail.startswith("window pid ")
    assert events[-1].kind == "stop"
    assert any(e.kind == "preflight" and e.detail.startswith(report.colour())
               for e in events)


def test_the_player_starts_at_the_occurrence_not_when_woken(qtbot, station):
    ctx = station()
    player = ctx.player(require_device=False)
    qtbot.waitUntil(player.sink.flowing, timeout=5000)
    qtbot.wait(200)  # readings for the device clock
    at = ctx.clock() + dt.timedelta(seconds=1.5)
    programme = ctx.programmes.find(DX)
    bid = player.play_programme(programme, trigger=Trigger.MANUAL, start_at=at)
    # woken early: the row is written now, its start is the cued instant, no sample yet
    record = ctx.log.get(bid)
    assert abs(dt.datetime.fromisoformat(record.started_at) - at) < dt.timedelta(milliseconds=1)
    assert 0 not in player.sink._starts
    with qtbot.waitSignal(player.broadcast_ended, timeout=10_000):
        pass
    first = player.sink.fit.time_of(player.sink._starts[0] - player.sink._base)
    intended = time.monotonic() + (at - ctx.clock()).total_seconds()
    assert abs(first - intended) < 0.020
    player.close()


def test_a_forward_jump_logs_what_it_jumped_over_as_clock_changed(qtbot, station):
    clock = FixedClock(dt.datetime(2026, 11, 23, 5, 0, tzinfo=HCM))
    ctx = station(clock)
    for at in ("05:30", "06:00", "06:59:30"):
        ctx.schedule.add(ctx.schedule.build_slot(DX, days="mon", at=at))
    runner = StationRunner(ctx, ctx.player(require_device=False), preflight=False)
    before = clock()
    clock.now = dt.datetime(2026, 11, 23, 7, 0, tzinfo=HCM).astimezone(dt.UTC)
    with qtbot.waitSignal(runner.player.broadcast_ended, timeout=10_000):
        runner.on_clock_jump(before, clock())
    rows = sorted((r.scheduled_at, r.trigger.value, r.status.value, r.reason)
                  for r in ctx.log.list())
    assert [row[2:] for row in rows] == [("missed", REASON_CLOCK_CHANGED),
                                         ("missed", REASON_CLOCK_CHANGED),
                                         ("played", None)]  # 30 s late: still aired
    (event,) = [e for e in ctx.events.list() if e.kind == "clock_jump"]
    assert event.detail.startswith("+2 h 0 min 0 s")
    # reconcile afterwards finds nothing more to decide
    assert runner.reconcile_now() == []
    runner.stop()


def test_jump_size_reads_in_units():
    assert jump_size(-86_405) == "-24 h 0 min 5 s"
    assert jump_size(125.4) == "+0 h 2 min 5 s"


def test_an_unplugged_output_is_red_at_preflight_and_recorded(qtbot, station):
    from commune_radio.playout.preflight_device import device_check

    ctx = station()
    ctx.output.set_device("usb-audio-that-was-unplugged", "Loa USB ngoài sân")
    check = device_check(ctx)
    assert check.severity == "error" and "Loa USB ngoài sân" in check.message("vi")
    runner = StationRunner(ctx, ctx.player(require_device=False))
    with qtbot.waitSignal(runner.preflight_done, timeout=20_000) as done:
        runner.start()
    assert done.args[0].colour() == "red"
    runner.stop()
    (event,) = [e for e in ctx.events.list() if e.kind == "preflight"]
    assert event.detail.startswith("red output_device") and "Loa USB ngoài sân" in event.detail
