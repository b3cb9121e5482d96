"""Reconcile on a real database: each past slot decided once, catch-up window, clock moves."""

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest

from commune_radio.core.clock import FixedClock, to_utc_iso
from commune_radio.services.reconcile_service import ReconcileService

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
DX = "Chuyên mục Chuyển đổi số"


@pytest.fixture
def setup(ctx, speech_wav):
    ctx.station.init("02785", "Đài xã")
    seg = ctx.library.import_file(speech_wav).segment
    with ctx.db.transaction() as t:
        pid = t["programmes"].insert({"name": DX, "dx": 1, "created_at": "x",
                                      "updated_at": "x"}).last_pk
        t["programme_items"].insert({"programme_id": pid, "position": 0, "segment_id": seg.id})
    clock = FixedClock(dt.datetime(2026, 11, 16, 0, tzinfo=HCM))
    ctx.schedule.clock = clock
    slot = ctx.schedule.add(ctx.schedule.build_slot(DX, days="mon,thu", at="06:00")).value
    # the slot exists since 16/11 00:00 station time
    with ctx.db.transaction() as t:
        t.execute("UPDATE slots SET created_at = ?", (to_utc_iso(clock()),))
    return ctx, ReconcileService(ctx.db, ctx.schedule, clock), clock, slot


def _log(ctx, slot, due, status):
    with ctx.db.transaction() as t:
        t["broadcasts"].insert({
            "id": str(uuid.uuid4()), "station_code": "02785", "programme": DX, "dx": 1,
            "trigger": "schedule", "slot_id": slot.id, "scheduled_at": to_utc_iso(due.at),
            "status": status, "reason": "program_closed", "created_at": to_utc_iso(due.at),
        })


def test_past_slots_are_decided_once(setup):
    ctx, rec, clock, slot = setup
    clock.now = dt.datetime(2026, 11, 27, 9, tzinfo=HCM).astimezone(dt.UTC)
    decided = rec.decide()
    assert [d.occurrence.at.astimezone(HCM).date() for d in decided] == [
        dt.date(2026, 11, 16), dt.date(2026, 11, 19), dt.date(2026, 11, 23), dt.date(2026, 11, 26)
    ]
    assert {d.action for d in decided} == {"missed"}
    for d in decided:
        _log(ctx, slot, d.occurrence, "missed")
    rec.mark_done()
    assert rec.decide() == []


def test_latest_within_window_airs_late_only_it(setup):
    ctx, rec, clock, slot = setup
    clock.now = dt.datetime(2026, 11, 19, 6, 20, tzinfo=HCM).astimezone(dt.UTC)
    decided = rec.decide()
    assert [(d.occurrence.at.astimezone(HCM).day, d.action) for d in decided] == [
        (16, "missed"), (19, "catch_up")
    ]
    rec.set_catch_up_minutes(0)
    assert [d.action for d in rec.decide()] == ["missed", "missed"]


def test_settle_leaves_a_firing_slot_to_the_scheduler(setup):
    ctx, rec, clock, slot = setup
    clock.now = dt.datetime(2026, 11, 16, 6, 0, 1, tzinfo=HCM).astimezone(dt.UTC)
    assert rec.decide(settle_s=30) == []
    assert len(rec.decide()) == 1


def test_a_clock_set_back_does_not_move_the_watermark_back(setup):
    ctx, rec, clock, slot = setup
    clock.now = dt.datetime(2026, 11, 27, 9, tzinfo=HCM).astimezone(dt.UTC)
    for d in rec.decide():
        _log(ctx, slot, d.occurrence, "missed")
    rec.mark_done()
    clock.now = dt.datetime(2026, 11, 20, 9, tzinfo=HCM).astimezone(dt.UTC)  # BIOS clock wrong
    assert rec.decide() == []
    rec.mark_done()
    clock.now = dt.datetime(2026, 11, 30, 9, tzinfo=HCM).astimezone(dt.UTC)  # clock fixed
    assert [d.occurrence.at.astimezone(HCM).date() for d in rec.decide()] == [
        dt.date(2026, 11, 30)
    ]
