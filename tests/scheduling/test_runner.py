"""The station runner: a real scheduler firing a real playout, reconcile, catch-up, clock jumps."""

import datetime as dt
import subprocess
from zoneinfo import ZoneInfo

import pytest

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock, system_clock
from commune_radio.scheduling.runner import StationRunner

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
DX = "Chuyên mục Chuyển đổi số"


def _station(tmp_path, clock):
    ctx = AppContext.open(tmp_path / "data", clock=clock)
    ctx.schedule.clock = clock
    ctx.station.init("02785", "Đài xã")
    tone = tmp_path / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", "0.8", "sine",
                    "660", "vol", "0.3"], check=True)
    seg = ctx.library.import_file(tone).segment
    ctx.programmes.create(DX, [seg.id])
    return ctx


def _local(text):
    """A stored UTC moment as station time, to the minute."""
    return dt.datetime.fromisoformat(text).astimezone(HCM).isoformat()[:16]


@pytest.fixture
def live(tmp_path, qapp):
    ctx = _station(tmp_path, system_clock)
    player = ctx.player(require_device=False)
    runner = StationRunner(ctx, player)
    yield ctx, player, runner
    runner.stop()
    player.close()
    ctx.close()


@pytest.fixture
def frozen(tmp_path, qapp):
    clock = FixedClock(dt.datetime(2026, 11, 23, 5, 0, tzinfo=HCM))
    ctx = _station(tmp_path, clock)
    player = ctx.player(require_device=False)
    runner = StationRunner(ctx, player)
    yield ctx, player, runner, clock
    runner.stop()
    player.close()
    ctx.close()


def test_a_real_scheduler_fires_a_real_playout_on_time(qtbot, live):
    ctx, player, runner = live
    at = (dt.datetime.now(HCM) + dt.timedelta(seconds=2)).replace(microsecond=0)
    ctx.schedule.add(ctx.schedule.build_slot(DX, one_off=at.date(), at=at.strftime("%H:%M:%S")))
    runner.start()
    with qtbot.waitSignal(player.broadcast_ended, timeout=10_000) as ended:
        pass
    record = ended.args[0]
    assert (record.trigger, record.status) == ("schedule", "played")
    scheduled = dt.datetime.fromisoformat(record.scheduled_at)
    started = dt.datetime.fromisoformat(record.started_at)
    assert scheduled == at
    assert dt.timedelta(0) <= started - scheduled < dt.timedelta(seconds=1)
    assert len(ctx.log.list()) == 1


def test_start_reconciles_missed_slots_once(frozen):
    ctx, player, runner, clock = frozen
    ctx.schedule.add(ctx.schedule.build_slot(DX, days="mon,thu", at="06:00"))
    with ctx.db.transaction() as t:  # the slot exists since 16/11
        t.execute("UPDATE slots SET created_at = '2026-11-15T17:00:00+00:00'")
    clock.now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=HCM).astimezone(dt.UTC)
    runner.reconcile_now()
    runner.reconcile_now()
    rows = sorted((_local(r.scheduled_at), r.status, r.reason) for r in ctx.log.list())
    assert [(s[:16], st) for s, st, _ in rows] == [
        ("2026-11-16T06:00", "missed"), ("2026-11-19T06:00", "missed"),
        ("2026-11-23T06:00", "missed"),
    ]
    assert {reason for *_, reason in rows} <= {"program_closed", "pc_off"}


def test_catch_up_inside_the_window_airs_late(qtbot, frozen):
    ctx, player, runner, clock = frozen
    ctx.schedule.add(ctx.schedule.build_slot(DX, days="mon", at="06:00"))
    with ctx.db.transaction() as t:
        t.execute("UPDATE slots SET created_at = '2026-11-22T00:00:00+00:00'")
    clock.now = dt.datetime(2026, 11, 23, 6, 20, tzinfo=HCM).astimezone(dt.UTC)
    with qtbot.waitSignal(player.broadcast_ended, timeout=10_000) as ended:
        runner.reconcile_now()
    record = ended.args[0]
    assert (record.trigger, record.status, record.slot_id) == ("catch_up", "played", 1)
    assert _local(record.scheduled_at) == "2026-11-23T06:00"


def test_outside_the_window_is_missed_not_aired(frozen):
    ctx, player, runner, clock = frozen
    ctx.schedule.add(ctx.schedule.build_slot(DX, days="mon", at="06:00"))
    with ctx.db.transaction() as t:
        t.execute("UPDATE slots SET created_at = '2026-11-22T00:00:00+00:00'")
    clock.now = dt.datetime(2026, 11, 23, 7, 0, tzinfo=HCM).astimezone(dt.UTC)
    runner.reconcile_now()
    assert not player.is_playing()
    assert [(r.trigger, r.status) for r in ctx.log.list()] == [("schedule", "missed")]


def test_clock_jumps_neither_replay_nor_drop(qtbot, frozen):
    ctx, player, runner, clock = frozen
    slot = ctx.schedule.add(ctx.schedule.build_slot(DX, days="mon", at="06:00")).value
    # the job fires at 06:00:00.2 and the slot airs
    clock.now = dt.datetime(2026, 11, 23, 6, 0, 0, 200_000, tzinfo=HCM).astimezone(dt.UTC)
    with qtbot.waitSignal(player.broadcast_ended, timeout=10_000):
        runner._on_slot_due(slot.id, dt.datetime(2026, 11, 23, 6, tzinfo=HCM))
    # NTP sets the clock back a minute: the job fires for 06:00 again; nothing airs twice
    clock.now = dt.datetime(2026, 11, 23, 6, 0, 0, 100_000, tzinfo=HCM).astimezone(dt.UTC)
    runner._on_slot_due(slot.id, dt.datetime(2026, 11, 23, 6, tzinfo=HCM))
    assert not player.is_playing()
    # a wrong BIOS date is fixed: the clock jumps a week; the skipped Monday is missed once
    clock.now = dt.datetime(2026, 11, 30, 9, 0, tzinfo=HCM).astimezone(dt.UTC)
    runner.reconcile_now()
    runner.reconcile_now()
    rows = sorted((_local(r.scheduled_at), r.trigger, r.status) for r in ctx.log.list())
    assert rows == [("2026-11-23T06:00", "schedule", "played"),
                    ("2026-11-30T06:00", "schedule", "missed")]


def test_a_slot_due_while_an_emergency_airs_is_logged_missed_busy(qtbot, frozen):
    ctx, player, runner, clock = frozen
    slot = ctx.schedule.add(ctx.schedule.build_slot(DX, days="mon", at="06:00")).value
    clock.now = dt.datetime(2026, 11, 23, 5, 59, 59, tzinfo=HCM).astimezone(dt.UTC)
    player.emergency(DX)
    clock.now = dt.datetime(2026, 11, 23, 6, 0, 0, 100_000, tzinfo=HCM).astimezone(dt.UTC)
    runner._on_slot_due(slot.id, dt.datetime(2026, 11, 23, 6, tzinfo=HCM))
    with qtbot.waitSignal(player.broadcast_ended, timeout=10_000):
        pass
    rows = {(r.trigger, r.status, r.reason) for r in ctx.log.list()}
    assert ("schedule", "missed", "busy") in rows
    assert ("emergency", "played", None) in rows


def test_a_station_running_for_days_backs_up_daily_when_idle(frozen):
    """No restart for a week: the runner's minute tick still makes each day's backup."""
    from commune_radio.storage.backup import list_backups

    ctx, player, runner, clock = frozen
    start = len(list_backups(ctx.data_dir))
    for _ in range(3):
        clock.now += dt.timedelta(days=1)
        runner.backup_if_due()
        runner.backup_if_due()  # once a day, not once a tick
    backups = list_backups(ctx.data_dir)
    assert len(backups) == start + 3
    assert backups[0].made_at == clock.now
