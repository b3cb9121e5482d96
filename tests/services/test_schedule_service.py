"""The schedule service on a real database: slots, checks before saving, templates."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from commune_radio.core.clock import FixedClock
from commune_radio.core.errors import RejectedInput
from commune_radio.paths import assets_dir

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
TEMPLATE = assets_dir().parent / "schedules" / "laocai-dx-weekly.toml"
DX = "Chuyên mục Chuyển đổi số"


@pytest.fixture
def sched(ctx, speech_wav):
    """A station with a 'DX' programme of one segment, the clock on Friday 27/11/2026 09:00."""
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    seg = ctx.library.import_file(speech_wav).segment
    with ctx.db.transaction() as t:
        pid = t["programmes"].insert({"name": DX, "dx": 1, "created_at": "x",
                                      "updated_at": "x"}).last_pk
        t["programme_items"].insert({"programme_id": pid, "position": 0, "segment_id": seg.id})
    ctx.schedule.clock = FixedClock(dt.datetime(2026, 11, 27, 9, tzinfo=HCM))
    return ctx.schedule


def test_add_list_next_remove(sched):
    slot = sched.add(sched.build_slot(DX, days="mon,thu", at="06:00")).value
    assert slot.programme == DX and slot.days == frozenset({0, 3})
    nxt = sched.next(2)
    assert [o.at.astimezone(HCM) for o in nxt] == [
        dt.datetime(2026, 11, 30, 6, tzinfo=HCM), dt.datetime(2026, 12, 3, 6, tzinfo=HCM)
    ]
    sched.remove(slot.id)
    assert sched.list() == []
    with pytest.raises(RejectedInput):
        sched.remove(slot.id)


def test_bad_input_is_refused_and_nothing_saved(sched):
    for kwargs, message_id in [
        ({"days": "mon", "at": "25:00"}, "schedule.bad_time"),
        ({"days": "someday", "at": "06:00"}, "schedule.bad_days"),
        ({"at": "06:00"}, "schedule.no_days"),
        ({"days": "mon", "at": "06:00", "from_date": "2026-12-01", "until_date": "2026-11-01"},
         "meta.dates_reversed"),
    ]:
        with pytest.raises(RejectedInput) as info:
            sched.build_slot(DX, **kwargs)
        assert info.value.message_id == message_id
    with pytest.raises(RejectedInput) as info:
        sched.build_slot("Không có", days="mon", at="06:00")
    assert info.value.message_id == "schedule.no_programme"
    assert sched.list() == []


def test_check_shows_a_conflict_before_saving(sched):
    sched.add(sched.build_slot(DX, days="mon", at="06:00"))
    candidate = sched.build_slot(DX, days="mon", at="06:00")
    found = sched.check(candidate, weeks=1)
    assert [c.kind for c in found] == ["conflict"]
    later = sched.build_slot(DX, days="mon", at="07:00")
    assert sched.check(later, weeks=1) == []
    assert sched.list()[0].at == dt.time(6)  # checking saved nothing
    assert len(sched.list()) == 1


def test_one_off_and_skip_date(sched):
    once = sched.add(sched.build_slot(DX, one_off="2026-12-24", at="07:30")).value
    assert once.one_off_date == dt.date(2026, 12, 24) and not once.days
    weekly = sched.add(sched.build_slot(DX, days="mon", at="06:00")).value
    sched.skip_date(weekly.id, dt.date(2026, 11, 30))
    nxt = [o.at.astimezone(HCM).date() for o in sched.next(4)]
    assert nxt == [dt.date(2026, 12, 7), dt.date(2026, 12, 14), dt.date(2026, 12, 21),
                   dt.date(2026, 12, 24)]


def test_template_round_trip(sched, tmp_path):
    added = sched.import_template(TEMPLATE).value
    assert [(s.days_text(), s.at.isoformat()) for s in added] == [
        ("mon", "06:00:00"), ("thu", "17:00:00")
    ]
    out = tmp_path / "exported.toml"
    assert sched.export_template(out) == 2
    for slot in sched.list():
        sched.remove(slot.id)
    again = sched.import_template(out).value
    assert [(s.programme, s.days_text(), s.at) for s in again] == [
        (s.programme, s.days_text(), s.at) for s in added
    ]


def test_a_bad_template_changes_nothing(sched, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\n[[slot]]\nprogramme = "Chuyên mục Chuyển đổi số"\n'
                   'days = ["mon"]\nat = "06:00"\n[[slot]]\nprogramme = "Khác"\n'
                   'days = ["tue"]\nat = "07:00"\n', encoding="utf-8")
    with pytest.raises(RejectedInput) as info:
        sched.import_template(bad)
    assert info.value.message_id == "schedule.no_programme"
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n[[slot]\n", encoding="utf-8")
    with pytest.raises(RejectedInput) as info:
        sched.import_template(broken)
    assert info.value.message_id == "schedule.bad_template"
    future = tmp_path / "future.toml"
    future.write_text('format = 9\n[[slot]]\nprogramme = "x"\nat = "06:00"\n', encoding="utf-8")
    with pytest.raises(RejectedInput):
        sched.import_template(future)
    assert sched.list() == []
