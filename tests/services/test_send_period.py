"""The period note of the send-report dialog, decided without Qt."""

import datetime as dt

from commune_radio.services.export_service import ExportRecord, PeriodProposal
from commune_radio.services.send_period import Note, period_note

D = dt.date
TODAY = D(2026, 12, 10)


def record(start, end, at="2026-12-01T02:00:00+00:00"):
    return ExportRecord(start, end, f"/x/{start}.crlog", "0" * 64, 3, at)


def proposal(start, end, nothing_new=False):
    return PeriodProposal(start, end, "f.crlog", complete=end < TODAY, follows_last=True,
                          nothing_new=nothing_new)


def note(start, end, history=(), prop=None):
    return period_note(start, end, history=list(history), proposal=prop, today=TODAY)


def test_backwards_period_is_bad_and_says_nothing_else():
    n = note(D(2026, 11, 30), D(2026, 11, 1))
    assert n.notes == (Note.BACKWARDS,) and n.bad and not n.warn


def test_first_report_and_a_period_not_over():
    assert note(D(2026, 11, 1), D(2026, 11, 30)).notes == (Note.FIRST,)
    n = note(D(2026, 12, 1), TODAY)
    assert n.notes == (Note.FIRST, Note.NOT_OVER) and n.warn and not n.bad


def test_same_period_again_names_when_it_was_written():
    history = [record(D(2026, 10, 1), D(2026, 10, 31), "2026-11-01T01:00:00+00:00"),
               record(D(2026, 11, 1), D(2026, 11, 30), "2026-12-01T01:00:00+00:00")]
    n = note(D(2026, 10, 1), D(2026, 10, 31), history)
    assert n.notes == (Note.SENT_ALREADY,)
    assert n.sent_at == "2026-11-01T01:00:00+00:00"
    assert n.last_to == D(2026, 11, 30)


def test_follows_overlaps_and_nothing_new():
    history = [record(D(2026, 11, 1), D(2026, 11, 30))]
    assert note(D(2026, 12, 1), D(2026, 12, 5), history).notes == (Note.FOLLOWS_LAST,)
    n = note(D(2026, 11, 15), D(2026, 12, 5), history)
    assert n.notes == (Note.OVERLAPS,) and n.last_to == D(2026, 11, 30)
    prop = proposal(D(2026, 12, 11), D(2026, 12, 31), nothing_new=True)
    assert note(D(2026, 12, 11), D(2026, 12, 31), history, prop).notes == (
        Note.NOTHING_NEW, Note.NOT_OVER)
