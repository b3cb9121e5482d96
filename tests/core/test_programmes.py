"""Programme rules and broadcast outcomes: pure core, no database, no Qt."""

import datetime as dt

import pytest

from commune_radio.core.broadcast_log import (
    BroadcastRecord,
    decide_outcome,
    dx_compliant,
    recovered_outcome,
    week_bounds,
)
from commune_radio.core.broadcasts import ItemStatus, Priority, Status, Trigger
from commune_radio.core.errors import RejectedInput
from commune_radio.core.programmes import (
    Programme,
    ProgrammeDraft,
    Role,
    parse_target,
    validate_draft,
)
from commune_radio.core.segments import Segment


def seg(i, seconds, valid_from=None, valid_until=None):
    return Segment(
        id=i, title=f"Mục {i}", topic="dx_goals", language="vi", duration_s=seconds,
        loudness_lufs=-20.0, true_peak_dbtp=-3.0, prepared_lufs=-16.0, sha256=f"{i:064x}",
        source_file=f"{i}.wav", source_sha256=f"{i:064x}", valid_from=valid_from,
        valid_until=valid_until, imported_at="2026-11-01T00:00:00+00:00",
    )


def test_items_run_intro_segments_outro_and_add_up():
    p = Programme(1, "Tuần 48", intro=seg(1, 5), segments=(seg(2, 300), seg(3, 240)),
                  outro=seg(4, 6))
    assert [(i.position, i.role, i.segment.id) for i in p.items] == [
        (0, Role.INTRO, 1), (1, Role.SEGMENT, 2), (2, Role.SEGMENT, 3), (3, Role.OUTRO, 4)]
    assert p.duration_s == 551
    assert p.dx is True  # DX is the default


def test_overrun_is_measured_against_the_target_only_when_one_is_set():
    body = (seg(1, 600), seg(2, 400))
    assert Programme(1, "x", segments=body).overrun_s == 0
    assert Programme(1, "x", segments=body, target_s=1200).overruns is False
    late = Programme(1, "x", segments=body, target_s=900)
    assert late.overruns and late.overrun_s == 100


def test_segments_outside_their_validity_are_flagged_for_the_day_asked():
    p = Programme(1, "x", intro=seg(1, 5), segments=(
        seg(2, 60, valid_from=dt.date(2026, 11, 30)),
        seg(3, 60, valid_until=dt.date(2026, 11, 20)),
        seg(4, 60, valid_from=dt.date(2026, 11, 1), valid_until=dt.date(2026, 11, 30)),
    ))
    problems = p.outside_validity(dt.date(2026, 11, 23))
    assert [(v.position, v.segment.id, v.too_early) for v in problems] == [(1, 2, True),
                                                                         (2, 3, False)]
    assert p.outside_validity(dt.date(2026, 11, 30))[0].segment.id == 3  # 2 is valid that day


def test_draft_validation_names_what_is_wrong():
    ok = validate_draft(ProgrammeDraft("  Chuyên   mục  CĐS ", (3, 1), target_s=900))
    assert ok.name == "Chuyên mục CĐS" and ok.segment_ids == (3, 1) and ok.dx
    for draft, message in [
        (ProgrammeDraft("", (1,)), "programme.empty_name"),
        (ProgrammeDraft("x" * 121, (1,)), "programme.name_too_long"),
        (ProgrammeDraft("x", ()), "programme.no_segments"),
        (ProgrammeDraft("x", (1,), target_s=-5), "programme.bad_target"),
    ]:
        with pytest.raises(RejectedInput) as err:
            validate_draft(draft)
        assert err.value.message_id == message


@pytest.mark.parametrize("text, seconds", [("900", 900), ("15:00", 900), ("0:15:30", 930),
                                           (None, None), ("", None)])
def test_target_length_is_typed_as_seconds_or_clock_time(text, seconds):
    assert parse_target(text) == seconds


@pytest.mark.parametrize("text", ["abc", "0", "-1:00", "1:2:3:4", "7:00:00"])
def test_bad_target_lengths_are_refused(text):
    with pytest.raises(RejectedInput):
        parse_target(text)


P, F, S, X = ItemStatus.PLAYED, ItemStatus.FAILED, ItemStatus.SKIPPED, ItemStatus.PARTIAL


@pytest.mark.parametrize("items, stop, expected", [
    ([(P, None), (P, None)], None, (Status.PLAYED, None)),
    ([(P, None), (F, "file_missing"), (P, None)], None, (Status.PARTIAL, "file_missing")),
    ([(F, "file_missing"), (F, "media_error")], None, (Status.FAILED, "file_missing")),
    ([(P, None), (X, "operator_stop")], "operator_stop", (Status.PARTIAL, "operator_stop")),
    ([], "emergency", (Status.PARTIAL, "emergency")),
    ([], None, (Status.FAILED, "nothing_played")),
])
def test_outcome_of_a_broadcast(items, stop, expected):
    outcome = decide_outcome(items, stop)
    assert (outcome.status, outcome.reason) == expected


def test_recovery_outcome_is_interrupted_unless_everything_had_played():
    assert recovered_outcome([(P, None), (X, "interrupted"), (S, "interrupted")]).reason == \
        "interrupted"
    assert recovered_outcome([(P, None), (P, None)]).status == Status.PLAYED


def _broadcast(dx, status):
    return BroadcastRecord("id", "02785", "x", 1, dx, Trigger.SCHEDULE, Priority.NORMAL, None,
                           None, None, None, status, None, None)


def test_week_compliance_needs_one_dx_broadcast_played_in_full():
    assert week_bounds(dt.date(2026, 11, 26)) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert not dx_compliant([_broadcast(True, Status.PARTIAL), _broadcast(False, Status.PLAYED)])
    assert dx_compliant([_broadcast(True, Status.PLAYED)])
