"""Building programmes on a real database over real library segments."""

import datetime as dt

import pytest

from commune_radio.core.errors import RejectedInput


def test_create_list_find_and_the_totals(ctx, lib):
    p = ctx.programmes.create("  Chuyên mục CĐS  tuần 48 ", [lib["a"].id, lib["b"].id],
                              intro_id=lib["jingle"].id, target_s=2.0).value
    assert p.name == "Chuyên mục CĐS tuần 48" and p.dx is True
    assert [i.segment.id for i in p.items] == [lib["jingle"].id, lib["a"].id, lib["b"].id]
    assert p.duration_s == pytest.approx(2.3, abs=0.01)
    assert p.overrun_s == pytest.approx(0.3, abs=0.01)
    assert ctx.programmes.find("Chuyên mục CĐS tuần 48") == p
    assert ctx.programmes.find(str(p.id)) == p
    assert [x.name for x in ctx.programmes.list()] == [p.name]


def test_refusals_leave_nothing_behind(ctx, lib):
    ctx.programmes.create("Sáng thứ hai", [lib["a"].id])
    for kwargs, message in [
        ({"name": "Sáng thứ hai", "segment_ids": [lib["b"].id]}, "programme.exists"),
        ({"name": "Mới", "segment_ids": [lib["a"].id, 999]}, "segment.not_found"),
        ({"name": "Mới", "segment_ids": [lib["a"].id], "outro_id": 998}, "segment.not_found"),
        ({"name": "Mới", "segment_ids": []}, "programme.no_segments"),
    ]:
        with pytest.raises(RejectedInput) as err:
            ctx.programmes.create(**kwargs)
        assert err.value.message_id == message
    assert [p.name for p in ctx.programmes.list()] == ["Sáng thứ hai"]
    with pytest.raises(RejectedInput):
        ctx.programmes.find("Không có")


def test_reorder_replace_and_flags(ctx, lib):
    p = ctx.programmes.create("Chiều", [lib["a"].id, lib["b"].id], dx=False).value
    p = ctx.programmes.set_items(p.id, [lib["b"].id, lib["a"].id, lib["b"].id]).value
    assert [s.id for s in p.segments] == [lib["b"].id, lib["a"].id, lib["b"].id]
    p = ctx.programmes.update(p.id, outro_id=lib["jingle"].id, dx=True, name="Chiều tối").value
    assert (p.name, p.dx, p.outro.id, p.intro) == ("Chiều tối", True, lib["jingle"].id, None)
    p = ctx.programmes.update(p.id, outro_id=None, target_s=600).value
    assert p.outro is None and p.target_s == 600 and not p.overruns


def test_segments_outside_validity_are_flagged(ctx, lib):
    p = ctx.programmes.create("Hết hạn", [lib["a"].id, lib["old"].id]).value
    assert [v.segment.id for v in p.outside_validity(dt.date(2026, 11, 23))] == [lib["old"].id]
    assert p.outside_validity(dt.date(2026, 10, 30)) == []


def test_delete_is_refused_while_a_slot_uses_it(ctx, lib):
    p = ctx.programmes.create("Có lịch", [lib["a"].id]).value
    with ctx.db.transaction() as t:
        t.conn.execute("INSERT INTO slots (programme_id, days, at, enabled, created_at)"
                       " VALUES (?, 'mon', '05:30:00', 1, '2026-11-01')", (p.id,))
    with pytest.raises(RejectedInput) as err:
        ctx.programmes.delete(p.id)
    assert err.value.message_id == "programme.in_use"
    with ctx.db.transaction() as t:
        t.conn.execute("DELETE FROM slots")
    ctx.programmes.delete(p.id)
    assert ctx.programmes.list() == []
