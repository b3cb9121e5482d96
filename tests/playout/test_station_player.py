"""The station player on its one output stream, offscreen, on short real audio.

With no sound card the stream runs on the clocked "no device" output, in real time, so the
engine, the stream sink, the feeder and the log are exercised exactly as on the station.
"""

import datetime as dt
import random
import time

import pytest

from commune_radio.core.broadcasts import ItemStatus, Priority, Status, Trigger
from commune_radio.core.errors import EnvironmentProblem, KnownError
from commune_radio.playout.devices import output_devices

TIMEOUT_MS = 15_000


@pytest.fixture
def player(station, qtbot):
    p = station.ctx.player(require_device=False)
    yield p
    if p.is_playing():
        p.stop("test teardown")
    p.close()


def test_a_programme_plays_to_the_end_and_is_logged(station, player, qtbot):
    p = station.programme("Chuyên mục CĐS tuần 48", seconds=(0.6, 0.8))
    positions, started, ended_items = [], [], []
    player.position_changed.connect(lambda item_ms, elapsed, remaining: positions.append(
        (item_ms, elapsed, remaining)))
    player.item_started.connect(lambda now: started.append(now.item.segment.id))
    player.item_ended.connect(ended_items.append)
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        with qtbot.waitSignal(player.broadcast_started, timeout=1000):
            bid = player.play_programme(p.name)
        assert player.is_playing() and player.current_broadcast().id == bid
    record = done.args[0]
    assert record.id == bid and record.status == Status.PLAYED and record.reason is None
    assert record.trigger == Trigger.MANUAL and record.device == "none"
    assert started == [s.id for s in p.segments]
    assert [e.status for e in ended_items] == [ItemStatus.PLAYED, ItemStatus.PLAYED]
    for item, planned in zip(record.items, (0.6, 0.8), strict=True):
        assert item.played_s == pytest.approx(planned, abs=0.05)
    assert positions and positions[-1][1] > 1000  # elapsed counts across items
    assert any(remaining < 800 for _, _, remaining in positions)
    assert not player.is_playing() and player.current() is None


def test_missing_and_damaged_files_fail_alone(station, player, qtbot):
    p = station.programme("Có mục hỏng", seconds=(0.6, 0.6, 0.6, 0.6))
    station.ctx.library.audio_path(p.segments[1]).unlink()
    station.ctx.library.audio_path(p.segments[2]).write_bytes(b"RIFF\x00\x00junk" * 64)
    problems = []
    player.problem.connect(problems.append)
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        player.play_programme(p)
    record = done.args[0]
    assert [(i.status, i.reason) for i in record.items] == [
        (ItemStatus.PLAYED, None), (ItemStatus.FAILED, "file_missing"),
        (ItemStatus.FAILED, "media_error"), (ItemStatus.PLAYED, None)]
    assert (record.status, record.reason) == (Status.PARTIAL, "file_missing")
    # the items that aired carry what was sent, measured from the samples
    for item in (record.items[0], record.items[3]):
        assert -25 < item.sent_rms_dbfs < -10 and item.sent_peak_dbfs > item.sent_rms_dbfs
        assert item.silent_s < 0.1 and item.monitor_rms_dbfs is None
    assert {e.message_id for e in problems} == {"programme.audio_missing", "playout.media_error"}
    assert all(isinstance(e, KnownError) for e in problems)


def test_emergency_bulletin_interrupts_what_is_on_air(station, player, qtbot):
    normal = station.programme("Chuyên mục CĐS", seconds=(2.0, 2.0))
    bulletin = station.programme("Bản tin khẩn cấp", seconds=(0.6,), dx=False)
    ended = []
    player.broadcast_ended.connect(ended.append)
    with qtbot.waitSignal(player.position_changed, timeout=TIMEOUT_MS,
                          check_params_cb=lambda item_ms, *_: item_ms > 200):
        first = player.play_programme(normal)
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS,
                          check_params_cb=lambda r: r.trigger == Trigger.EMERGENCY):
        second = player.emergency(bulletin.name)
    assert [r.id for r in ended] == [first, second]
    interrupted, aired = ended
    assert (interrupted.status, interrupted.reason) == (Status.PARTIAL, "emergency")
    assert interrupted.items[0].status == ItemStatus.PARTIAL
    assert 0.2 < interrupted.items[0].played_s < 2.0
    assert interrupted.items[1].status == ItemStatus.SKIPPED
    assert (aired.status, aired.priority, aired.dx) == (Status.PLAYED, Priority.EMERGENCY, False)


def test_operator_stop_keeps_what_aired(station, player, qtbot):
    p = station.programme("Dừng khẩn", seconds=(2.0,))
    with qtbot.waitSignal(player.position_changed, timeout=TIMEOUT_MS,
                          check_params_cb=lambda item_ms, *_: item_ms > 300):
        player.play_programme(p)
    with qtbot.waitSignal(player.playing_changed, timeout=1000, check_params_cb=lambda on: not on):
        record = player.stop("Loa hú, dừng để kiểm tra")
    assert (record.status, record.reason) == (Status.PARTIAL, "Loa hú, dừng để kiểm tra")
    assert 0.3 <= record.items[0].played_s < 2.0


def test_volume_and_output_choice_are_remembered(station, player):
    player.set_volume(0.4)
    assert station.ctx.output.volume() == pytest.approx(0.4)
    assert station.ctx.player(require_device=False).volume() == pytest.approx(0.4)
    with pytest.raises(EnvironmentProblem) as err:
        player.set_output_device("Loa không tồn tại")
    assert err.value.message_id == "playout.no_such_device"
    player.set_output_device(None)
    assert station.ctx.output.device_id() is None


@pytest.mark.skipif(bool(output_devices()), reason="this machine has an audio output")
def test_no_output_at_all_is_a_failed_broadcast_not_a_silent_played_one(station, qtbot):
    strict = station.ctx.player(require_device=True)
    p = station.programme("Không có loa", seconds=(0.6,))
    with qtbot.waitSignal(strict.broadcast_ended, timeout=TIMEOUT_MS) as done:
        strict.play_programme(p)
    assert (done.args[0].status, done.args[0].reason) == (Status.FAILED, "no_device")


def _frame_now(player):
    return player.sink.feeder.position - (player.sink._written - player.sink._output.consumed())


def test_stop_returns_at_once_and_fades(station, player, qtbot):
    p = station.programme("Dừng nhanh", seconds=(3.0,))
    with qtbot.waitSignal(player.position_changed, timeout=TIMEOUT_MS,
                          check_params_cb=lambda item_ms, *_: item_ms > 300):
        player.play_programme(p)
    began = time.perf_counter()
    record = player.stop("operator_stop")
    took = time.perf_counter() - began
    assert took < 0.05, f"stop took {took * 1000:.0f} ms"
    assert record.status == Status.PARTIAL
    assert player.sink.feeder.fade_frames <= 48_000 * 0.020  # the fade itself: <= 20 ms


def test_an_emergency_cuts_in_within_100_ms(station, player, qtbot):
    normal = station.programme("Đang phát", seconds=(3.0,))
    bulletin = station.programme("Khẩn", seconds=(0.6,), dx=False)
    with qtbot.waitSignal(player.position_changed, timeout=TIMEOUT_MS,
                          check_params_cb=lambda item_ms, *_: item_ms > 300):
        player.play_programme(normal)
    called_at = _frame_now(player)
    with qtbot.waitSignal(player.item_started, timeout=TIMEOUT_MS):
        player.emergency(bulletin)
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS):
        pass
    first = player.sink._starts.get(0)
    assert first is not None
    assert (first - called_at) / 48_000 < 0.100


def test_a_cued_start_is_written_now_and_airs_on_the_instant(station, player, qtbot):
    p = station.programme("Đúng giờ", seconds=(0.6,))
    qtbot.waitUntil(player.sink.flowing, timeout=5000)
    qtbot.wait(300)  # readings for the device clock
    at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    bid = player.play_programme(p, start_at=at)
    row = station.ctx.log.get(bid)
    assert row.status == Status.STARTED  # written before the first sample
    assert dt.datetime.fromisoformat(row.started_at) == at.replace(
        microsecond=at.microsecond // 1000 * 1000)
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS):
        pass
    start_frame = player.sink._starts[0]
    aired = player.sink.fit.time_of(start_frame - player.sink._base)
    target = time.monotonic() + (at - dt.datetime.now(dt.UTC)).total_seconds()
    assert abs(aired - target) < 0.020


def test_a_lost_output_ends_the_item_partial_device_lost(station, player, qtbot):
    p = station.programme("Mất loa", seconds=(2.0, 1.0))
    with qtbot.waitSignal(player.position_changed, timeout=TIMEOUT_MS,
                          check_params_cb=lambda item_ms, *_: item_ms > 300):
        player.play_programme(p)
    with qtbot.waitSignal(player.broadcast_ended, timeout=TIMEOUT_MS) as done:
        player.sink._lose_device("Loa xã")  # what QMediaDevices' change or a sink error calls
    record = done.args[0]
    assert (record.status, record.reason) == (Status.PARTIAL, "device_lost")
    assert [(i.status, i.reason) for i in record.items] == [
        (ItemStatus.PARTIAL, "device_lost"), (ItemStatus.SKIPPED, "device_lost")]


@pytest.mark.timeout(240)
def test_thousands_of_random_commands_never_hang_and_every_broadcast_closes(station, qtbot):
    player = station.ctx.player(require_device=False)
    normal = station.programme("Thường", seconds=(0.6, 0.5))
    bulletin = station.programme("Khẩn", seconds=(0.5,), dx=False)
    rng = random.Random(2026)
    for _ in range(2000):
        action = rng.random()
        try:
            if action < 0.35:
                player.play_programme(normal)
            elif action < 0.55:
                player.emergency(bulletin)
            elif action < 0.80:
                player.stop("operator_stop")
            elif action < 0.90:
                player.set_output_device(None)
            else:
                player.sink._lose_device("Loa xã")
        except KnownError as exc:
            assert exc.message_id == "playout.busy"
        qtbot.wait(rng.choice((0, 1, 3, 8)))
    player.stop("operator_stop")
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=TIMEOUT_MS)
    player.close()
    records = station.ctx.log.list()
    assert len(records) > 500
    assert all(r.status in (Status.PLAYED, Status.PARTIAL, Status.FAILED) for r in records)
    assert all(r.ended_at for r in records)
    assert station.ctx.db.integrity_ok()
