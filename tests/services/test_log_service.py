"""The as-played log on a real database, with a fixed clock: writes, recovery, reading."""

import datetime as dt

import pytest

from commune_radio.app import AppContext
from commune_radio.core.broadcasts import ItemStatus, Status, Trigger
from commune_radio.core.clock import FixedClock
from commune_radio.core.errors import RejectedInput
from commune_radio.core.programmes import Programme
from commune_radio.core.segments import Segment
from commune_radio.services.broadcast_lock import LiveLocks
from commune_radio.services.log_service import LogFilter

ICT = dt.timezone(dt.timedelta(hours=7))


def seg(i, seconds=60.0, topic="dx_goals", language="vi"):
    return Segment(
        id=i, title=f"Mục {i}", topic=topic, language=language, duration_s=seconds,
        loudness_lufs=-20.0, true_peak_dbtp=-3.0, prepared_lufs=-16.0, sha256=f"{i:064x}",
        source_file=f"{i}.wav", source_sha256=f"{i:064x}", valid_from=None, valid_until=None,
        imported_at="2026-11-01T00:00:00+00:00",
    )


PROGRAMME = Programme(1, "Chuyên mục CĐS", intro=seg(1, 5.0),
                      segments=(seg(2, 300.0), seg(3, 240.0, "online_services", "hmong")))


@pytest.fixture
def clock():
    return FixedClock(dt.datetime(2026, 11, 23, 5, 30, tzinfo=ICT))


@pytest.fixture
def ctx(tmp_path, clock):
    context = AppContext.open(tmp_path / "data", clock=clock)
    context.station.init("02785", "Đài xã Bản Phiệt")
    yield context
    context.close()


def air(ctx, clock, at, programme=PROGRAMME, stop=None, **kwargs):
    clock.now = at.astimezone(dt.UTC)
    record = ctx.log.begin(programme, device="Loa", **kwargs)
    for item in programme.items:
        ctx.log.item_started(record.id, item.position)
        clock.advance(seconds=item.duration_s)
        ctx.log.item_ended(record.id, item.position, ItemStatus.PLAYED, item.duration_s)
        if stop:
            break
    return ctx.log.end(record.id, stop)


def test_begin_writes_the_broadcast_and_pending_items_before_audio(ctx, clock):
    record = ctx.log.begin(PROGRAMME, device="Loa xã", trigger=Trigger.MANUAL)
    assert record.status == Status.STARTED and record.station_code == "02785"
    assert [i.status for i in record.items] == [ItemStatus.PENDING] * 3
    assert [i.sha256 for i in record.items] == [f"{i:064x}" for i in (1, 2, 3)]
    assert ctx.log.locks.is_live(record.id)
    ctx.log.item_started(record.id, 0)
    clock.advance(seconds=5)
    ctx.log.item_ended(record.id, 0, ItemStatus.PLAYED, 5.0)
    final = ctx.log.end(record.id, "operator_stop")
    assert (final.status, final.reason) == (Status.PARTIAL, "operator_stop")
    assert [i.status for i in final.items] == [ItemStatus.PLAYED, ItemStatus.SKIPPED,
                                               ItemStatus.SKIPPED]
    assert final.ended_at == "2026-11-22T22:30:05.000+00:00"
    assert not ctx.log.locks.is_live(record.id)


def test_recovery_closes_dead_broadcasts_and_leaves_live_ones(ctx, clock, tmp_path):
    dead = ctx.log.begin(PROGRAMME)
    ctx.log.item_started(dead.id, 0)
    clock.advance(seconds=5)
    ctx.log.item_ended(dead.id, 0, ItemStatus.PLAYED, 5.0)
    ctx.log.item_started(dead.id, 1)
    ctx.log.item_progress(dead.id, 1, 42.5)
    ctx.log.locks.release(dead.id)  # as if the process had died: the OS drops its lock
    (ctx.data_dir / "run" / f"{dead.id}.lock").touch()  # ... but the file stays behind

    live = ctx.log.begin(PROGRAMME)  # another process airing it right now
    other_process = LiveLocks(ctx.data_dir)
    ctx.log.locks = other_process

    assert ctx.log.recover_interrupted() == [dead.id]
    record = ctx.log.get(dead.id)
    assert (record.status, record.reason) == (Status.PARTIAL, "interrupted")
    assert [(i.status, i.played_s, i.reason) for i in record.items] == [
        (ItemStatus.PLAYED, 5.0, None), (ItemStatus.PARTIAL, 42.5, "interrupted"),
        (ItemStatus.SKIPPED, 0.0, "interrupted")]
    assert record.items[1].ended_at == "2026-11-22T22:30:47.500+00:00"
    assert record.ended_at == record.items[1].ended_at
    assert ctx.log.get(live.id).status == Status.STARTED
    assert not (ctx.data_dir / "run" / f"{dead.id}.lock").exists()
    assert ctx.log.recover_interrupted() == []


def test_missed_and_skipped_are_one_outcome_per_slot_occurrence(ctx):
    at = dt.datetime(2026, 11, 23, 5, 30, tzinfo=ICT)
    assert ctx.log.record_missed(PROGRAMME, 4, at, "pc_off") is True
    assert ctx.log.record_missed(PROGRAMME, 4, at, "pc_off") is False
    assert ctx.log.record_skipped(PROGRAMME, 4, at, "hội nghị") is False
    assert ctx.log.record_skipped(PROGRAMME, 4, at + dt.timedelta(days=7), "hội nghị") is True
    rows = ctx.log.list()
    assert [(r.status, r.reason, r.trigger) for r in rows] == [
        (Status.MISSED, "pc_off", Trigger.SCHEDULE), (Status.SKIPPED, "hội nghị", Trigger.SCHEDULE)]
    assert rows[0].started_at is None and rows[0].scheduled_at == "2026-11-22T22:30:00.000+00:00"
    assert {i.status for i in rows[0].items} == {ItemStatus.SKIPPED}
    with pytest.raises(RejectedInput) as err:
        ctx.log.begin(PROGRAMME, trigger=Trigger.SCHEDULE, slot_id=4, scheduled_at=at)
    assert err.value.message_id == "log.slot_already_logged"
    assert ctx.db.query("SELECT count(*) FROM broadcasts")[0][0] == 2


def test_dates_are_inclusive_station_days(ctx, clock):
    air(ctx, clock, dt.datetime(2026, 11, 22, 23, 59, tzinfo=ICT))
    early = air(ctx, clock, dt.datetime(2026, 11, 23, 0, 5, tzinfo=ICT))
    late = air(ctx, clock, dt.datetime(2026, 11, 23, 23, 55, tzinfo=ICT))
    ctx.log.record_missed(PROGRAMME, 9, dt.datetime(2026, 11, 24, 5, 0, tzinfo=ICT), "pc_off")
    day = ctx.log.list(LogFilter("2026-11-23", "2026-11-23"))
    assert [r.id for r in day] == [early.id, late.id]
    assert len(ctx.log.list(LogFilter(from_date="2026-11-23"))) == 3
    assert len(ctx.log.list(LogFilter(to_date=dt.date(2026, 11, 22)))) == 1
    assert [r.status for r in ctx.log.list(LogFilter(statuses=("missed",)))] == [Status.MISSED]
    assert len(ctx.log.list(LogFilter(language="hmong"))) == 4
    assert ctx.log.list(LogFilter(topic="cybersecurity")) == []
    with pytest.raises(RejectedInput):
        ctx.log.list(LogFilter("2026-11-24", "2026-11-23"))


def test_json_is_the_cli_contract_in_station_time(ctx, clock):
    record = air(ctx, clock, dt.datetime(2026, 11, 23, 5, 30, tzinfo=ICT))
    out = ctx.log.as_json(record)
    assert set(out) >= {"id", "station_code", "programme", "dx", "trigger", "scheduled_at",
                        "started_at", "ended_at", "status", "reason", "device", "items"}
    assert set(out["items"][0]) >= {"segment_id", "sha256", "title", "topic", "language",
                                    "planned_s", "played_s", "started_at", "ended_at", "status"}
    assert out["started_at"] == "2026-11-23T05:30:00+07:00"
    assert out["ended_at"] == "2026-11-23T05:39:05+07:00"
    assert (out["status"], out["dx"], out["trigger"]) == ("played", True, "manual")
    assert out["items"][2]["language"] == "hmong" and out["items"][2]["played_s"] == 240.0


def test_pages_follow_time_without_gaps_or_repeats(ctx, clock):
    start = dt.datetime(2026, 11, 1, 5, 30, tzinfo=ICT)
    short = Programme(2, "Ngắn", segments=(seg(7, 1.0),))
    ids = [air(ctx, clock, start + dt.timedelta(hours=6 * n), short).id for n in range(25)]
    seen, cursor = [], None
    while True:
        records, cursor = ctx.log.page(limit=10, after=cursor)
        seen.extend(r.id for r in records)
        if cursor is None:
            break
    assert seen == ids[::-1]
    assert ctx.log.count() == 25
    assert ctx.log.count(LogFilter("2026-11-01", "2026-11-01")) == 4  # 05:30 … 23:30


def test_week_badge_needs_a_dx_broadcast_played_in_full(ctx, clock):
    monday = dt.datetime(2026, 11, 23, 5, 30, tzinfo=ICT)
    air(ctx, clock, monday, stop="operator_stop")
    air(ctx, clock, monday + dt.timedelta(days=1),
        Programme(3, "Ca nhạc", dx=False, segments=(seg(8, 30.0),)))
    assert not ctx.log.week_status(dt.date(2026, 11, 25)).compliant
    air(ctx, clock, monday + dt.timedelta(days=6, hours=12))  # Sunday evening
    week = ctx.log.week_status(dt.date(2026, 11, 25))
    assert (week.week, week.compliant, week.dx_played) == ("2026-W48", True, 1)
    assert not ctx.log.week_status(dt.date(2026, 11, 30)).compliant
