"""The weekly DX rule and the report's arithmetic, on numbers worked out by hand."""

import dataclasses
import datetime as dt

from commune_radio.core.compliance import (
    StationInfo,
    WeekFacts,
    WeekStatus,
    build_report,
    iso_week_key,
    trailing_silent_weeks,
    week_monday,
    weeks_covered,
    weeks_in_period,
)

D = dt.date


def test_iso_weeks_cross_the_calendar_year():
    assert iso_week_key(D(2026, 11, 9)) == "2026-W46"  # a Monday
    assert iso_week_key(D(2026, 11, 15)) == "2026-W46"  # its Sunday
    assert iso_week_key(D(2027, 1, 1)) == "2026-W53"  # 2026 has 53 ISO weeks
    assert iso_week_key(D(2025, 12, 29)) == "2026-W01"
    assert week_monday("2026-W53") == D(2026, 12, 28)
    assert week_monday("2026-W01") == D(2025, 12, 29)


def test_weeks_in_a_period_include_partial_edge_weeks():
    assert weeks_in_period(D(2026, 11, 1), D(2026, 11, 30)) == [
        "2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"]
    assert weeks_in_period(D(2026, 12, 28), D(2027, 1, 10)) == [
        "2026-W53", "2027-W01"]
    assert weeks_in_period(D(2026, 11, 9), D(2026, 11, 8)) == []
    assert len(weeks_in_period(D(2026, 1, 1), D(2026, 12, 31))) == 53


def test_week_status():
    assert WeekFacts().status is WeekStatus.NO_DATA
    assert WeekFacts(covered=True).status is WeekStatus.NOT_COMPLIANT
    assert WeekFacts(dx_broadcasts=2, dx_missed=2).status is WeekStatus.NOT_COMPLIANT
    assert WeekFacts(dx_broadcasts=1, dx_partial=1, covered=True).status \
        is WeekStatus.NOT_COMPLIANT  # partial does not count, only played in full
    assert WeekFacts(dx_broadcasts=1, dx_played=1).status is WeekStatus.COMPLIANT
    assert WeekFacts(dx_seconds=90).played_minutes == 1.5


def test_coverage_of_received_periods():
    periods = [(D(2026, 11, 2), D(2026, 11, 8)), (D(2026, 11, 20), D(2026, 12, 5))]
    assert weeks_covered(periods, D(2026, 11, 1), D(2026, 11, 30)) == {
        "2026-W45", "2026-W47", "2026-W48", "2026-W49"}
    assert weeks_covered(periods, D(2026, 11, 9), D(2026, 11, 19)) == set()


def test_trailing_silence_counts_back_from_the_last_week_begun():
    weeks = ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    facts = {"2026-W45": WeekFacts(aired=3), "2026-W46": WeekFacts(covered=True)}
    assert trailing_silent_weeks(weeks, facts, "2026-W48") == 3
    assert trailing_silent_weeks(weeks, facts, "2026-W46") == 1  # W47, W48 not begun
    assert trailing_silent_weeks(weeks, {"2026-W48": WeekFacts(aired=1)}, "2026-W48") == 0


def test_report_arithmetic_by_hand():
    # period Mon 2 Nov - Sun 22 Nov 2026: weeks 45, 46, 47
    start, end = D(2026, 11, 2), D(2026, 11, 22)
    stations = [StationInfo("02785", "Bản Phiệt"), StationInfo("04465", "Khao Mang"),
                StationInfo("12345", "Không rõ")]
    facts = {
        ("02785", "2026-W45"): WeekFacts(dx_broadcasts=1, dx_played=1, dx_seconds=570, aired=2),
        ("02785", "2026-W46"): WeekFacts(dx_broadcasts=2, dx_partial=1, dx_missed=1,
                                         dx_seconds=120, aired=1),
        ("02785", "2026-W47"): WeekFacts(dx_broadcasts=2, dx_played=2, dx_seconds=240, aired=2),
        ("04465", "2026-W45"): WeekFacts(dx_broadcasts=1),
        ("12345", "2026-W47"): WeekFacts(aired=1),
    }
    coverage = {"02785": [(D(2026, 11, 1), D(2026, 11, 30))],
                "04465": [(D(2026, 11, 2), D(2026, 11, 8))],
                "12345": [(D(2026, 11, 16), D(2026, 11, 22))]}
    report = build_report(
        start, end, stations, facts, coverage,
        {"online_services": 420, None: 30, "digital_skills": 240, "information_security": 240},
        {"hmong": 240, "vi": 630, "dao": 60},
        today=D(2026, 12, 1), silent_after_weeks=2,
        topic_order=["dx_goals", "online_services", "information_security", "digital_skills"],
        language_order=["vi", "hmong", "dao"],
    )
    assert report.weeks == ["2026-W45", "2026-W46", "2026-W47"]
    a, b, c = report.stations
    S = WeekStatus
    assert [a.week_status(w) for w in report.weeks] == [S.COMPLIANT, S.NOT_COMPLIANT,
                                                         S.COMPLIANT]
    assert [b.week_status(w) for w in report.weeks] == [S.NOT_COMPLIANT, S.NO_DATA, S.NO_DATA]
    assert [c.week_status(w) for w in report.weeks] == [S.NO_DATA, S.NO_DATA, S.NOT_COMPLIANT]
    assert (a.compliant_weeks, round(a.compliance_rate, 4)) == (2, 0.6667)
    assert b.compliance_rate == 0 and c.compliance_rate == 0
    assert round(report.overall_rate, 4) == round(2 / 9, 4)
    assert (a.silent_weeks, b.silent_weeks, c.silent_weeks) == (0, 3, 0)
    assert [s.code for s in report.silent_stations] == ["04465"]
    assert sum(f.played_minutes for f in a.weeks.values()) == 15.5
    assert report.topic_minutes == {"online_services": 7.0, "information_security": 4.0,
                                    "digital_skills": 4.0, None: 0.5}
    assert report.language_minutes == {"vi": 10.5, "hmong": 4.0, "dao": 1.0}
    doc = report.as_json()
    assert doc["weeks"] == report.weeks
    week = doc["stations"][0]["weeks"]["2026-W46"]
    assert week == {"dx_broadcasts": 2, "dx_played": 0, "played_minutes": 2.0, "missed": 1,
                    "compliant": False, "status": "not_compliant", "sound": None,
                    "sound_counts": {"verified": 0, "sent": 0, "dead_air": 0}}
    # a week whose DX broadcast played from a file without evidence says so
    assert doc["stations"][0]["weeks"]["2026-W45"]["sound"] == "unmeasured"
    assert doc["stations"][1]["weeks"]["2026-W47"]["status"] == "no_data"
    assert doc["stations"][1]["weeks"]["2026-W47"]["compliant"] is False
    assert doc["topics"][0] == {"id": "online_services", "minutes": 7.0}
    assert doc["silent_stations"] == ["04465"]


def test_weeks_not_yet_begun_are_not_silence():
    report = build_report(D(2026, 11, 2), D(2026, 11, 29), [StationInfo("02785", "A")],
                          {("02785", "2026-W45"): WeekFacts(aired=1, dx_played=1,
                                                            dx_broadcasts=1)},
                          {"02785": [(D(2026, 11, 2), D(2026, 11, 10))]}, {}, {},
                          today=D(2026, 11, 11), silent_after_weeks=1)
    (row,) = report.stations
    assert row.silent_weeks == 1 and row.silent  # W46 has begun and nothing aired
    before = build_report(D(2026, 11, 2), D(2026, 11, 29), [StationInfo("02785", "A")], {}, {},
                          {}, {}, today=D(2026, 10, 1))
    assert before.stations[0].silent_weeks == 0 and not before.stations[0].silent


def test_a_weeks_proof_of_sound_is_its_worst_news():
    f = WeekFacts(dx_broadcasts=3, dx_played=3, sound_verified=2, sound_sent=1)
    assert f.sound == "verified"
    f.sound_dead_air = 1
    assert f.sound == "dead_air"  # one broadcast with silence on air is what the office sees
    assert WeekFacts(dx_played=1, sound_sent=1).sound == "sent"
    assert WeekFacts(dx_played=1).sound == "unmeasured"
    assert WeekFacts(dx_broadcasts=1).sound is None


class _Weeks:
    """A ``WeekSource`` over a plain facts dict, counting the stations it was asked to make."""

    def __init__(self, facts):
        self.facts, self.made = facts, []

    def week_sets(self, code):
        mine = {w: f for (c, w), f in self.facts.items() if c == code}
        return ({w for w, f in mine.items() if f.dx_played > 0},
                {w for w, f in mine.items() if f.dx_broadcasts or f.aired},
                {w for w, f in mine.items() if f.aired > 0})

    def week_facts(self, code):
        self.made.append(code)
        return {w: dataclasses.replace(f) for (c, w), f in self.facts.items() if c == code}


def test_a_lazy_report_is_the_eager_one_and_makes_a_station_only_when_read():
    start, end = D(2026, 10, 5), D(2026, 11, 29)
    stations = [StationInfo(code, code) for code in ("02785", "04465", "12345", "99999")]
    facts = {
        ("02785", "2026-W45"): WeekFacts(dx_broadcasts=1, dx_played=1, dx_seconds=570, aired=2,
                                         sound_verified=1),
        ("02785", "2026-W46"): WeekFacts(dx_broadcasts=2, dx_partial=1, dx_missed=1, aired=1),
        ("04465", "2026-W41"): WeekFacts(dx_broadcasts=1),
        ("12345", "2026-W47"): WeekFacts(aired=1),
    }
    coverage = {"02785": [(D(2026, 10, 1), D(2026, 11, 30))],
                "12345": [(D(2026, 11, 16), D(2026, 11, 22))]}
    args = (start, end, stations)
    kwargs = {"today": D(2026, 11, 25), "silent_after_weeks": 2}
    eager = build_report(*args, facts, coverage, {}, {}, **kwargs)
    source = _Weeks(facts)
    lazy = build_report(*args, {}, coverage, {}, {}, source=source, **kwargs)
    assert source.made == []  # counts, colours, silence and overdue came from the week sets
    assert [(s.compliant_weeks, s.silent_weeks, s.overdue_weeks, s.silent, s.overdue)
            for s in lazy.stations] == [
        (s.compliant_weeks, s.silent_weeks, s.overdue_weeks, s.silent, s.overdue)
        for s in eager.stations]
    assert lazy.stations[1].week_status("2026-W41") is WeekStatus.NOT_COMPLIANT
    assert source.made == ["04465"]
    assert lazy.as_json() == eager.as_json()
