"""The weekly DX rule and the office's compliance report, Qt-free and storage-free.

The plan asks every commune station for the "Chuyển đổi số" section once a week. A week is an ISO
week (Monday–Sunday) in station time. Per station and week the report says:

- ``compliant``: at least one DX broadcast with status ``played`` started in it (CLI.md);
- ``not_compliant``: the office holds a file covering some day of that week, and no DX broadcast
  played in full;
- ``no_data``: no file received covers any day of that week (shown grey; it still counts as not
  compliant in the rate, as CLI.md wants).

"No data" means one thing everywhere (heat-map legend, footnote, the "weeks not met" count): a
week no received file covers; it is a week not met. A station is *overdue* when no file covers
any of its last N weeks (up to the last week that has begun; N is the office's setting), which
includes an expected station that never sent a file.

A station is *silent* for the trailing weeks (up to the last week that has begun) in which nothing
aired at all, any programme: either it sent nothing or it broadcast nothing.

Minutes are the ``played_s`` of the items of DX broadcasts (any status: a partial broadcast
still aired what it aired), so the per-theme and per-language totals add up to the same sum.
The functions take plain numbers so the office service, the window and the tests share them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Protocol

from commune_radio.core.dates import iso_week_key, period_days, week_monday  # noqa: F401

DEFAULT_SILENT_WEEKS = 2



class WeekStatus(StrEnum):
    """What the heat-map shows for one station and week: green, red or grey."""

    COMPLIANT = "compliant"
    NOT_COMPLIANT = "not_compliant"
    NO_DATA = "no_data"


def weeks_in_period(start: dt.date, end: dt.date) -> list[str]:
    """The ISO weeks touching the inclusive period, in order."""
    if end < start:
        return []
    monday = start - dt.timedelta(days=start.isoweekday() - 1)
    weeks = []
    while monday <= end:
        weeks.append(iso_week_key(monday))
        monday += dt.timedelta(days=7)
    return weeks


@lru_cache(maxsize=4096)
def _weeks_of(start: dt.date, end: dt.date) -> tuple[str, ...]:
    """``weeks_in_period`` remembered: thousands of stations send files of the same periods."""
    return tuple(weeks_in_period(start, end))


def weeks_covered(
    periods: Iterable[tuple[dt.date, dt.date]], start: dt.date, end: dt.date
) -> set[str]:
    """The weeks of [start, end] having a day inside one of ``periods`` (files received)."""
    covered: set[str] = set()
    for p_from, p_to in periods:
        lo, hi = max(p_from, start), min(p_to, end)
        if lo <= hi:
            covered.update(_weeks_of(lo, hi))
    return covered


@dataclass(slots=True)  # 176,000 of them in a national year: small and quick to make
class WeekFacts:
    """What the office knows of one station in one week (only days inside the report period)."""

    dx_broadcasts: int = 0  # DX broadcasts of any outcome
    dx_played: int = 0  # DX broadcasts that played in full: the ones that make a week compliant
    dx_partial: int = 0
    dx_missed: int = 0
    dx_seconds: float = 0.0  # items' played_s of DX broadcasts
    aired: int = 0  # broadcasts of any programme that aired (played or partial)
    covered: bool = False  # a received file covers a day of this week
    # DX broadcasts played in full, by the sound evidence their v2 file carried
    sound_verified: int = 0  # every item heard back on the air monitor
    sound_sent: int = 0  # the samples sent were measured; no monitor to hear them
    sound_dead_air: int = 0  # the monitor heard silence, or the station logged dead air

    @property
    def sound(self) -> str | None:
        """The week's proof of sound: ``dead_air`` when any DX broadcast had it, else
        ``verified`` (heard on the monitor), ``sent`` (measured as sent, no monitor),
        ``unmeasured`` (aired, from a file without evidence), None when no DX one played."""
        if self.sound_dead_air:
            return "dead_air"
        if self.sound_verified:
            return "verified"
        if self.sound_sent:
            return "sent"
        return "unmeasured" if self.dx_played else None

    @property
    def status(self) -> WeekStatus:
        """Compliant, not compliant, or no data (see the module docstring)."""
        if self.dx_played > 0:
            return WeekStatus.COMPLIANT
        if self.covered or self.dx_broadcasts or self.aired:
            return WeekStatus.NOT_COMPLIANT
        return WeekStatus.NO_DATA

    @property
    def played_minutes(self) -> float:
        """Minutes of DX content that aired."""
        return self.dx_seconds / 60.0


def trailing_silent_weeks(
    weeks: Sequence[str], facts: Mapping[str, WeekFacts], last_begun: str | None
) -> int:
    """How many weeks, counting back from ``last_begun`` (inclusive), nothing aired at all."""
    count = 0
    for key in reversed(weeks):
        if last_begun is not None and key > last_begun:
            continue  # a week that has not begun yet says nothing about silence
        f = facts.get(key)
        if f is not None and f.aired > 0:
            break
        count += 1
    return count


@dataclass
class StationRow:
    """One station's line of the report."""

    code: str
    name: str
    commune: str | None  # the official name from the commune lists, when the code is known
    commune_list: str | None  # "2025-07" (current list) or "before-2025-07"
    weeks: Mapping[str, WeekFacts]  # a LazyWeeks in the office's reports
    compliance_rate: float
    compliant_weeks: int
    silent_weeks: int
    silent: bool
    last_entry: str | None = None
    last_import: str | None = None
    expected: bool = False  # on the office's list of stations it expects files from
    files: int = 0  # files the office accepted from it (ever)
    overdue_weeks: int = 0  # trailing weeks (up to the last begun) that no file covers
    overdue: bool = False

    @property
    def weeks_not_met(self) -> int:
        """Weeks not compliant, those with no data included (they count as not met)."""
        return len(self.weeks) - self.compliant_weeks

    @property
    def no_data_weeks(self) -> int:
        """Weeks no received file covers."""
        return sum(1 for f in self.weeks.values() if f.status is WeekStatus.NO_DATA)

    def week_status(self, key: str) -> WeekStatus:
        """The heat-map colour of one week."""
        return self.weeks[key].status


@dataclass
class ComplianceReport:
    """Everything the office report shows: the heat-map, the totals, the silent stations."""

    period_from: dt.date
    period_to: dt.date
    weeks: list[str]
    stations: list[StationRow]
    topic_minutes: dict[str | None, float]  # None: items without a DX theme (jingles, …)
    language_minutes: dict[str | None, float]
    silent_after_weeks: int
    made_on: dt.date
    office_name: str = ""
    office_level: str = ""
    extra: dict = field(default_factory=dict)
    packs: list[dict] = field(default_factory=list)  # see ``pack_summary``

    @property
    def silent_stations(self) -> list[StationRow]:
        """Stations with at least ``silent_after_weeks`` trailing silent weeks."""
        return [s for s in self.stations if s.silent]

    @property
    def overdue_stations(self) -> list[StationRow]:
        """Stations no file of which covers the last ``silent_after_weeks`` weeks."""
        return [s for s in self.stations if s.overdue]

    @property
    def overall_rate(self) -> float:
        """Compliant station-weeks over all station-weeks of the report."""
        total = len(self.weeks) * len(self.stations)
        return sum(s.compliant_weeks for s in self.stations) / total if total else 0.0

    def as_json(self) -> dict:
        """The `office report --json` document of CLI.md (plus a few added keys)."""
        return {
            "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
            "office": {"name": self.office_name, "level": self.office_level},
            "made_on": self.made_on.isoformat(),
            "weeks": list(self.weeks),
            "stations": [
                {
                    "code": s.code, "name": s.name, "commune": s.commune,
                    "weeks": {
                        key: {
                            "dx_broadcasts": f.dx_broadcasts,
                            "dx_played": f.dx_played,
                            "played_minutes": round(f.played_minutes, 2),
                            "missed": f.dx_missed,
                            "compliant": f.status is WeekStatus.COMPLIANT,
                            "status": f.status.value,
                            "sound": f.sound,
                            "sound_counts": {"verified": f.sound_verified,
                                             "sent": f.sound_sent,
                                             "dead_air": f.sound_dead_air},
                        }
                        for key, f in s.weeks.items()
                    },
                    "compliance_rate": round(s.compliance_rate, 4),
                    "silent_weeks": s.silent_weeks, "silent": s.silent,
                    "last_entry": s.last_entry, "last_import": s.last_import,
                    "expected": s.expected, "files": s.files,
                    "weeks_not_met": s.weeks_not_met, "no_data_weeks": s.no_data_weeks,
                    "overdue_weeks": s.overdue_weeks, "overdue": s.overdue,
                }
                for s in self.stations
            ],
            "topics": [{"id": k, "minutes": round(v, 2)} for k, v in self.topic_minutes.items()],
            "languages": [
                {"id": k, "minutes": round(v, 2)} for k, v in self.language_minutes.items()
            ],
            "packs": self.packs,
            "silent_after_weeks": self.silent_after_weeks,
            "silent_stations": [s.code for s in self.silent_stations],
            "overdue_stations": [s.code for s in self.overdue_stations],
        }


@dataclass(frozen=True)
class StationInfo:
    """A station known to the office, as the report needs it."""

    code: str
    name: str
    commune: str | None = None
    commune_list: str | None = None
    last_entry: str | None = None
    last_import: str | None = None
    expected: bool = False
    files: int = 0


def trailing_uncovered_weeks(
    weeks: Sequence[str], facts: Mapping[str, WeekFacts], last_begun: str | None
) -> int:
    """How many weeks, counting back from ``last_begun`` (inclusive), have no data."""
    count = 0
    for key in reversed(weeks):
        if last_begun is not None and key > last_begun:
            continue
        if facts[key].status is not WeekStatus.NO_DATA:
            break
        count += 1
    return count


class WeekSource(Protocol):
    """Per-station week facts that are made only when read (a national year has 176,000)."""

    def week_sets(self, code: str) -> tuple[set[str], set[str], set[str]]:
        """The station's weeks with a DX broadcast played in full, with any DX broadcast or
        anything aired, and with anything aired: all the colours and counts need."""

    def week_facts(self, code: str) -> dict[str, WeekFacts]:
        """The station's weeks that have facts (sums, sound), made now, for this caller."""


class LazyWeeks(Mapping[str, WeekFacts]):
    """A station's weeks of a report, whose ``WeekFacts`` are made on first read: the
    heat-map paints a screenful of stations, never all 3,321 of a national year."""

    __slots__ = ("_weeks", "_make", "_facts")

    def __init__(self, weeks: Sequence[str], make: Callable[[], dict[str, WeekFacts]]) -> None:
        self._weeks, self._make = weeks, make
        self._facts: dict[str, WeekFacts] | None = None

    def _all(self) -> dict[str, WeekFacts]:
        if self._facts is None:
            self._facts = self._make()
        return self._facts

    def __getitem__(self, key: str) -> WeekFacts:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._weeks)

    def __len__(self) -> int:
        return len(self._weeks)


def _covered_weeks(weeks: Sequence[str], facts: dict[str, WeekFacts],
                   covered: set[str]) -> dict[str, WeekFacts]:
    """Every week of the report for one station, each marked covered or not."""
    out = {}
    for key in weeks:
        f = facts.get(key)
        if f is None:
            f = WeekFacts()
        f.covered = f.covered or key in covered
        out[key] = f
    return out


def _trailing(weeks: Sequence[str], last_begun: str, hit: Callable[[str], bool]) -> int:
    """Weeks counted back from ``last_begun`` (inclusive) until the first one ``hit``."""
    count = 0
    for key in reversed(weeks):
        if key > last_begun:
            continue
        if hit(key):
            break
        count += 1
    return count


def build_report(
    start: dt.date,
    end: dt.date,
    stations: Sequence[StationInfo],
    facts: Mapping[tuple[str, str], WeekFacts],
    coverage: Mapping[str, Iterable[tuple[dt.date, dt.date]]],
    topic_seconds: Mapping[str | None, float],
    language_seconds: Mapping[str | None, float],
    *,
    today: dt.date,
    silent_after_weeks: int = DEFAULT_SILENT_WEEKS,
    topic_order: Sequence[str] = (),
    language_order: Sequence[str] = (),
    take_facts: bool = False,
    source: WeekSource | None = None,
) -> ComplianceReport:
    """Assemble the report from per-(station, week) facts and the periods each station sent.

    ``facts`` may leave out station-weeks with nothing in them; ``coverage`` maps a station code to
    the (from, to) periods of the files received from it. Themes and languages come in the
    catalogue's order (``topic_order``/``language_order``), unknown or empty ones last.
    With ``take_facts`` the report keeps (and marks) the caller's ``WeekFacts`` objects
    instead of copying each: the office service builds them for this report only. With
    ``source`` (``facts`` then unused) each station's weeks are a ``LazyWeeks``: the counts come
    from the source's week sets, the facts are made when a view reads them.
    """
    weeks = weeks_in_period(start, end)
    last_begun = iso_week_key(min(today, end)) if today >= start else None
    rows = []
    for info in stations:
        covered = weeks_covered(coverage.get(info.code, ()), start, end)
        if source is not None:
            compliant_set, active, aired = source.week_sets(info.code)
            per_week: Mapping[str, WeekFacts] = LazyWeeks(weeks, (
                lambda code=info.code, covered=covered:
                _covered_weeks(weeks, source.week_facts(code), covered)))
            statuses = [WeekStatus.COMPLIANT if k in compliant_set else
                        WeekStatus.NOT_COMPLIANT if k in covered or k in active else
                        WeekStatus.NO_DATA for k in weeks]
        else:
            own = {}
            for key in weeks:
                f = facts.get((info.code, key))
                if f is not None:
                    own[key] = f if take_facts else dataclasses.replace(f)
            per_week = _covered_weeks(weeks, own, covered)
            statuses = [f.status for f in per_week.values()]
            aired = {k for k, f in per_week.items() if f.aired > 0}
        status_of = dict(zip(weeks, statuses, strict=True))
        compliant = statuses.count(WeekStatus.COMPLIANT)
        silent = _trailing(weeks, last_begun, aired.__contains__) if last_begun else 0
        uncovered = (_trailing(weeks, last_begun,
                               lambda k, status_of=status_of: status_of[k] is not
                               WeekStatus.NO_DATA) if last_begun else 0)
        rows.append(StationRow(
            code=info.code, name=info.name, commune=info.commune,
            commune_list=info.commune_list, weeks=per_week,
            compliance_rate=compliant / len(weeks) if weeks else 0.0,
            compliant_weeks=compliant, silent_weeks=silent,
            silent=last_begun is not None and silent >= silent_after_weeks,
            last_entry=info.last_entry, last_import=info.last_import,
            expected=info.expected, files=info.files, overdue_weeks=uncovered,
            overdue=last_begun is not None and uncovered >= silent_after_weeks,
        ))
    return ComplianceReport(
        period_from=start, period_to=end, weeks=weeks, stations=rows,
        topic_minutes=_ordered_minutes(topic_seconds, topic_order),
        language_minutes=_ordered_minutes(language_seconds, language_order),
        silent_after_weeks=silent_after_weeks, made_on=today,
    )


def _ordered_minutes(
    seconds: Mapping[str | None, float], order: Sequence[str]
) -> dict[str | None, float]:
    out: dict[str | None, float] = {}
    for key in order:
        if seconds.get(key):
            out[key] = seconds[key] / 60.0
    for key in sorted((k for k in seconds if k not in out and k), key=str):
        if seconds[key]:
            out[key] = seconds[key] / 60.0
    if seconds.get(None):
        out[None] = seconds[None] / 60.0
    return out


def pack_summary(rows: Sequence[tuple]) -> list[dict]:
    """Per office content pack: which stations aired which of its segments in which week, and
    the minutes by language, from (pack, segment, language, station, week, seconds) rows. It
    answers "did the H'Mông version reach the highland communes?"."""
    packs: dict[str, dict] = {}
    for pack_id, segment_id, language, code, week, seconds in rows:
        pack = packs.setdefault(pack_id, {"id": pack_id, "segments": {}, "minutes": {},
                                          "stations": set()})
        seg = pack["segments"].setdefault(segment_id, {"id": segment_id, "language": language,
                                                       "stations": {}})
        seg["stations"].setdefault(code, set()).add(week)
        key = language or ""
        pack["minutes"][key] = pack["minutes"].get(key, 0.0) + float(seconds or 0) / 60
        pack["stations"].add(code)
    out = []
    for pack in sorted(packs.values(), key=lambda p: p["id"]):
        out.append({
            "id": pack["id"],
            "stations": sorted(pack["stations"]),
            "minutes_by_language": [{"id": k or None, "minutes": round(v, 1)}
                                    for k, v in sorted(pack["minutes"].items())],
            "segments": [
                {"id": s["id"], "language": s["language"],
                 "stations": {c: sorted(w) for c, w in sorted(s["stations"].items())}}
                for s in sorted(pack["segments"].values(), key=lambda s: str(s["id"]))
            ],
        })
    return out
