"""The real QtMultimedia player offscreen, on short real audio: it runs to EndOfMedia with no
sound card, so the engine, the Qt sink and the log are exercised exactly as on the station."""

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


# the damaged file makes FFmpeg say so, as it should: that one warning is the point of the test
@pytest.mark.qt_log_ignore(r"^Could not open media\. FFmpeg error description: Invalid data")
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
