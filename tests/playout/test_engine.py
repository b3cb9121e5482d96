"""The playout engine's decisions and log writes, with a fake sink where order matters."""

import datetime as dt

import pytest

from commune_radio.audio.wav import read_info
from commune_radio.core.broadcasts import ItemStatus, Priority, Status, Trigger
from commune_radio.core.errors import RejectedInput
from commune_radio.playout.engine import EngineListener
from commune_radio.playout.file_sink import FileSink


class FakeSink:
    """Records what the engine asks; the test decides when items end (or ``auto`` at once)."""

    def __init__(self, db, auto=False):
        self.db = db
        self.auto = auto
        self.events = None
        self.calls = []
        self.playing = None

    def attach(self, events):
        self.events = events

    def device_name(self):
        return "Loa xã (fake)"

    def begin_broadcast(self, paths, *, start_at=None):
        self.calls.append(("begin", len(paths)))

    def play(self, path):
        # the log must already say "started" with every item pending or playing
        rows = self.db.query("SELECT status FROM broadcasts WHERE status = 'started'")
        self.calls.append(("play", path.name, len(rows)))
        self.playing = path
        if self.auto:
            self.finish(1.0)

    def stop(self):
        self.calls.append(("stop",))
        self.playing = None
        return 0.25

    def stopped_evidence(self):
        return None

    def end_broadcast(self):
        self.calls.append(("end",))

    def finish(self, played=1.0):
        self.playing = None
        self.events.sink_finished(played)

    def fail(self, reason="media_error", played=0.0):
        self.playing = None
        self.events.sink_failed(reason, "boom", played)


class Recorder(EngineListener):
    def __init__(self):
        self.events = []

    def broadcast_started(self, record):
        self.events.append(("started", record.programme, record.status.value))

    def item_started(self, now):
        self.events.append(("item", now.item.position))

    def item_ended(self, broadcast_id, item, status, played_s, reason):
        self.events.append(("item_end", item.position, status.value, reason))

    def broadcast_ended(self, record):
        self.events.append(("ended", record.programme, record.status.value, record.reason))

    def problem(self, error):
        self.events.append(("problem", error.message_id))


def _engine(station, sink, **kw):
    listener = Recorder()
    return station.ctx.engine(sink, listener), listener


def test_items_play_in_order_and_each_is_logged_as_it_ends(station):
    p = station.programme("Tuần 48", intro_id=station.segment(0.7).id)
    sink = FakeSink(station.ctx.db)
    engine, rec = _engine(station, sink)
    bid = engine.play(p)
    record = station.ctx.log.get(bid)
    assert record.status == Status.STARTED and record.device == "Loa xã (fake)"
    assert [i.status for i in record.items] == [ItemStatus.PLAYING] + [ItemStatus.PENDING] * 3
    assert sink.calls[:2] == [("begin", 4), ("play", sink.playing.name, 1)]
    sink.finish(0.3)
    assert station.ctx.log.get(bid).items[0].status == ItemStatus.PLAYED
    assert station.ctx.log.get(bid).items[1].status == ItemStatus.PLAYING
    for _ in range(3):
        sink.finish(0.6)
    final = station.ctx.log.get(bid)
    assert final.status == Status.PLAYED and final.reason is None and not engine.busy
    assert [i.played_s for i in final.items] == [0.3, 0.6, 0.6, 0.6]
    assert all(i.started_at and i.ended_at for i in final.items)
    assert rec.events[0] == ("started", "Tuần 48", "started")
    assert rec.events[-1] == ("ended", "Tuần 48", "played", None)
    assert [e[1] for e in rec.events if e[0] == "item"] == [0, 1, 2, 3]


def test_missing_file_is_logged_failed_and_the_rest_plays(station):
    p = station.programme("Thiếu tệp")
    station.ctx.library.audio_path(p.segments[1]).unlink()
    engine, rec = _engine(station, FakeSink(station.ctx.db, auto=True))
    final = station.ctx.log.get(engine.play(p))
    assert [(i.status, i.reason) for i in final.items] == [
        (ItemStatus.PLAYED, None), (ItemStatus.FAILED, "file_missing"), (ItemStatus.PLAYED, None)]
    assert (final.status, final.reason) == (Status.PARTIAL, "file_missing")
    assert ("problem", "programme.audio_missing") in rec.events


def test_nothing_playable_ends_failed(station):
    p = station.programme("Hỏng hết", seconds=(0.6, 0.6))
    sink = FakeSink(station.ctx.db)
    engine, _ = _engine(station, sink)
    station.ctx.library.audio_path(p.segments[0]).unlink()
    bid = engine.play(p)
    sink.fail("device_error")
    final = station.ctx.log.get(bid)
    assert [i.status for i in final.items] == [ItemStatus.FAILED, ItemStatus.FAILED]
    assert (final.status, final.reason) == (Status.FAILED, "file_missing")


def test_an_item_error_midway_is_failed_with_what_had_played(station):
    p = station.programme("Lỗi giữa chừng")
    sink = FakeSink(station.ctx.db)
    engine, _ = _engine(station, sink)
    bid = engine.play(p)
    sink.finish(0.6)
    sink.fail("device_error", played=0.2)
    sink.finish(0.6)
    final = station.ctx.log.get(bid)
    assert [(i.status, i.played_s, i.reason) for i in final.items] == [
        (ItemStatus.PLAYED, 0.6, None), (ItemStatus.FAILED, 0.2, "device_error"),
        (ItemStatus.PLAYED, 0.6, None)]
    assert (final.status, final.reason) == (Status.PARTIAL, "device_error")


def test_stop_with_a_reason_is_partial_and_the_rest_skipped(station):
    p = station.programme("Dừng")
    sink = FakeSink(station.ctx.db)
    engine, _ = _engine(station, sink)
    bid = engine.play(p)
    sink.finish(0.6)
    final = engine.stop("Mất điện khu vực")
    assert final.id == bid and not engine.busy
    assert [(i.status, i.played_s, i.reason) for i in final.items] == [
        (ItemStatus.PLAYED, 0.6, None), (ItemStatus.PARTIAL, 0.25, "Mất điện khu vực"),
        (ItemStatus.SKIPPED, 0.0, "Mất điện khu vực")]
    assert (final.status, final.reason) == (Status.PARTIAL, "Mất điện khu vực")
    assert sink.calls[-2:] == [("stop",), ("end",)]
    assert engine.stop("again") is None


def test_emergency_interrupts_and_is_its_own_broadcast(station):
    normal = station.programme("Chuyên mục CĐS")
    bulletin = station.programme("Bản tin khẩn: lũ quét", seconds=(0.7,), dx=False)
    sink = FakeSink(station.ctx.db)
    engine, rec = _engine(station, sink)
    first = engine.play(normal)
    with pytest.raises(RejectedInput) as busy:
        engine.play(bulletin)  # a normal play does not interrupt
    assert busy.value.message_id == "playout.busy"
    second = engine.emergency(bulletin)
    interrupted = station.ctx.log.get(first)
    assert (interrupted.status, interrupted.reason) == (Status.PARTIAL, "emergency")
    assert interrupted.items[0].status == ItemStatus.PARTIAL
    live = station.ctx.log.get(second)
    assert (live.trigger, live.priority, live.status) == (Trigger.EMERGENCY, Priority.EMERGENCY,
                                                          Status.STARTED)
    with pytest.raises(RejectedInput):
        engine.emergency(normal)  # an emergency is not interrupted by another
    sink.finish(0.4)
    assert station.ctx.log.get(second).status == Status.PLAYED
    ends = [e for e in rec.events if e[0] == "ended"]
    assert ends == [("ended", "Chuyên mục CĐS", "partial", "emergency"),
                    ("ended", "Bản tin khẩn: lũ quét", "played", None)]


def test_priority_interrupts_normal_with_its_own_reason(station):
    normal = station.programme("Thường", seconds=(0.6,))
    notice = station.programme("Thông báo ưu tiên", seconds=(0.6,))
    sink = FakeSink(station.ctx.db)
    engine, _ = _engine(station, sink)
    first = engine.play(normal)
    engine.play(notice, priority=Priority.PRIORITY)
    assert station.ctx.log.get(first).reason == "priority"


def test_a_slot_occurrence_already_logged_does_not_air_again(station):
    p = station.programme("Lịch sáng", seconds=(0.6,))
    at = dt.datetime(2026, 11, 23, 22, 0, tzinfo=dt.UTC)
    assert station.ctx.log.record_missed(p, slot_id=7, scheduled_at=at,
                                         reason="pc_off") is True
    sink = FakeSink(station.ctx.db)
    engine, _ = _engine(station, sink)
    with pytest.raises(RejectedInput) as err:
        engine.play(p, trigger=Trigger.SCHEDULE, slot_id=7, scheduled_at=at)
    assert err.value.message_id == "log.slot_already_logged"
    assert not engine.busy and sink.calls == []
    assert not list((station.ctx.data_dir / "run").glob("*.lock"))


def test_position_is_checkpointed_so_a_crash_keeps_what_aired(station):
    p = station.programme("Dài", seconds=(0.6,))
    sink = FakeSink(station.ctx.db)
    engine = station.ctx.engine(sink)
    engine.checkpoint_ms = 1000
    bid = engine.play(p)
    for ms in (400, 900, 1200, 1900, 2300):
        sink.events.sink_position(ms)
    assert station.ctx.log.get(bid).items[0].played_s == 2.3
    now = engine.current()
    assert now.item.position == 0 and now.remaining_after_s == 0


def test_file_sink_writes_exactly_what_render_writes(station, tmp_path):
    stereo = station.segment(0.8, channels=2)
    p = station.programme("Tập tin", seconds=(0.6, 0.9))
    p = station.ctx.programmes.update(p.id, outro_id=stereo.id).value
    bid = station.ctx.engine(FileSink(tmp_path / "aired.wav")).play(p)
    record = station.ctx.log.get(bid)
    assert record.status == Status.PLAYED and record.device.startswith("file:")
    rendered = station.ctx.render.render(p, tmp_path / "render.wav")
    assert (tmp_path / "aired.wav").read_bytes() == (tmp_path / "render.wav").read_bytes()
    info = read_info(tmp_path / "aired.wav")
    assert info.channels == 2 and info.frames == rendered.frames
    assert abs(record.played_s - info.duration_s) < 1e-3
