"""The real APScheduler clock firing a slot a couple of seconds ahead, received on the Qt thread."""

import datetime as dt
import subprocess
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QThread

from commune_radio.app import AppContext
from commune_radio.core.schedule import Slot
from commune_radio.scheduling.slot_clock import SlotClock, trigger_for

DX = "Chuyên mục Chuyển đổi số"


@pytest.fixture
def ctx(tmp_path):
    context = AppContext.open(tmp_path / "data")
    context.station.init("02785", "Đài xã")
    wav = tmp_path / "a.wav"
    subprocess.run(["espeak-ng", "-v", "vi", "-w", str(wav), "Xin chào"], check=True)
    seg = context.library.import_file(wav).segment
    with context.db.transaction() as t:
        pid = t["programmes"].insert({"name": DX, "dx": 1, "created_at": "x",
                                      "updated_at": "x"}).last_pk
        t["programme_items"].insert({"programme_id": pid, "position": 0, "segment_id": seg.id})
    yield context
    context.close()


def test_a_slot_fires_on_time_on_the_qt_thread(qtbot, ctx):
    tz = ctx.schedule.timezone()
    at = (dt.datetime.now(tz) + dt.timedelta(seconds=2)).replace(microsecond=0)
    slot = ctx.schedule.add(
        ctx.schedule.build_slot(DX, one_off=at.date(), at=at.strftime("%H:%M:%S"))
    ).value
    clock = SlotClock(ctx.schedule, lead_s=0.5)
    received = []
    clock.slot_due.connect(lambda sid, occ: received.append((sid, occ, dt.datetime.now(tz),
                                                               QThread.currentThread())))
    clock.start()
    try:
        assert clock.next_fire_times()[slot.id] == at
        assert clock.wake_times()[slot.id] == at - dt.timedelta(seconds=0.5)
        with qtbot.waitSignal(clock.slot_due, timeout=6000):
            pass
    finally:
        clock.shutdown()
    slot_id, occurrence, when, thread = received[0]
    assert (slot_id, occurrence) == (slot.id, at)
    assert thread is QThread.currentThread()  # delivered to the test's (GUI) thread
    # woken the lead time before the occurrence, not at it
    assert dt.timedelta(seconds=-0.5) <= when - at < dt.timedelta(seconds=0.3)


def test_rebuild_follows_the_table(qtbot, ctx):
    clock = SlotClock(ctx.schedule)
    clock.start()
    try:
        assert clock.next_fire_times() == {}
        slot = ctx.schedule.add(ctx.schedule.build_slot(DX, days="mon,thu", at="06:00")).value
        clock.rebuild()
        nxt = clock.next_fire_times()[slot.id].astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))
        assert nxt.weekday() in (0, 3) and (nxt.hour, nxt.minute) == (6, 0)
        ctx.schedule.remove(slot.id)
        clock.rebuild()
        assert clock.next_fire_times() == {}
    finally:
        clock.shutdown()


def test_until_date_ends_the_trigger():
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    slot = Slot(1, 1, dt.time(6), frozenset({0}), until_date=dt.date(2026, 11, 30))
    trig, at = trigger_for(slot, tz, dt.datetime(2026, 11, 27, tzinfo=tz), lead_s=3)
    assert at == dt.datetime(2026, 11, 30, 6, tzinfo=tz)
    assert trig.run_date == at - dt.timedelta(seconds=3)  # woken the pre-roll before it
    assert trigger_for(slot, tz, at + dt.timedelta(seconds=1), lead_s=3) is None


def test_the_clock_thread_survives_a_job_removed_under_it(qtbot, ctx):
    clock = SlotClock(ctx.schedule)
    clock.start()
    try:
        clock._scheduler.remove_job("slot-999")  # a job already gone: no error, thread alive
        assert clock._scheduler._thread.is_alive()
    finally:
        clock.shutdown()
