"""The office's compliance report and drill-downs (``OfficeService``'s reading side).

The report of a period reads only the sums each import keeps (``office_weekly`` for whole ISO
weeks, ``office_daily`` for the days of a week the period cuts), never the broadcasts. For a
national year (3,321 stations x 53 weeks) the whole weeks come as one text per station made by
the database, and a station's ``WeekFacts`` are made only when a view reads them
(``core.compliance.LazyWeeks``); the counts and colours come from sets of week keys.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from commune_radio.core.compliance import (
    ComplianceReport,
    StationInfo,
    WeekFacts,
    build_report,
    iso_week_key,
    pack_summary,
    week_monday,
)
from commune_radio.core.errors import RejectedInput
from commune_radio.core.languages import LANGUAGES
from commune_radio.core.station import DEFAULT_TIMEZONE
from commune_radio.core.topics import TOPICS
from commune_radio.exchange import format as fmt
from commune_radio.storage import office_reads, office_repo


def split_period(start: dt.date, end: dt.date
                 ) -> tuple[tuple[str, str] | None, list[tuple[dt.date, dt.date]]]:
    """[start, end] as its whole ISO weeks (first, last key; None when there is none) and the
    day ranges of the weeks it cuts (at most two)."""
    first_monday = start + dt.timedelta(days=(7 - start.weekday()) % 7)
    last_sunday = end - dt.timedelta(days=(end.weekday() + 1) % 7)
    if first_monday > last_sunday:  # inside one week, or two cut weeks
        if iso_week_key(start) == iso_week_key(end):
            return None, [(start, end)]
        return None, [(start, first_monday - dt.timedelta(days=1)),
                      (first_monday, end)]
    edges = []
    if start < first_monday:
        edges.append((start, first_monday - dt.timedelta(days=1)))
    if last_sunday < end:
        edges.append((last_sunday + dt.timedelta(days=1), end))
    return (iso_week_key(first_monday), iso_week_key(last_sunday)), edges



def _weeks(joined: str | None) -> set[str]:
    return set(joined.split(",")) if joined else set()


class StoredWeeks:
    """``core.compliance.WeekSource`` over the office's sums for one report: the whole weeks
    as the database packed them per station (parsed when a view reads that station), the
    weeks the period cuts and the sound counts as rows."""

    def __init__(self, packed: list[tuple], edge_rows: list[tuple], second_rows: list[tuple],
                 sounds: list[tuple]) -> None:
        self._packed = {row[0]: row[1] for row in packed}
        self._sets = {code: (_weeks(c), _weeks(a), _weeks(r)) for code, _, c, a, r in packed}
        # code -> week -> WeekFacts's positional fields, for the days of the cut weeks
        self._edges: dict[str, dict[str, list]] = {}
        for code, week, dxb, dxp, dxpart, dxm, seconds, aired in edge_rows:
            self._edges.setdefault(code, {})[week] = [
                int(dxb), int(dxp), int(dxpart), int(dxm), float(seconds), int(aired)]
        for code, week, seconds in second_rows:
            fields = self._edges.setdefault(code, {}).setdefault(week, [0, 0, 0, 0, 0.0, 0])
            fields[4] = float(seconds)
        self._sounds: dict[str, list[tuple]] = {}
        for code, week, sound, count in sounds:
            self._sounds.setdefault(code, []).append((week, sound, int(count)))

    def week_sets(self, code: str) -> tuple[set[str], set[str], set[str]]:
        """See ``core.compliance.WeekSource``."""
        compliant, active, aired = (set(s) for s in self._sets.get(code, ((), (), ())))
        for week, (dxb, dxp, _partial, _missed, _seconds, on_air) in (
                self._edges.get(code, {}).items()):
            if dxp > 0:
                compliant.add(week)
            if dxb > 0 or on_air > 0:
                active.add(week)
            if on_air > 0:
                aired.add(week)
        return compliant, active, aired

    def week_facts(self, code: str) -> dict[str, WeekFacts]:
        """See ``core.compliance.WeekSource``."""
        out: dict[str, WeekFacts] = {}
        text = self._packed.get(code)
        for part in text.split(";") if text else ():
            week, dxb, dxp, dxpart, dxm, seconds, aired = part.split(",")
            out[week] = WeekFacts(int(dxb), int(dxp), int(dxpart), int(dxm), float(seconds),
                                  int(aired))
        for week, fields in self._edges.get(code, {}).items():
            out[week] = WeekFacts(*fields)
        for week, sound, count in self._sounds.get(code, ()):
            f = out.get(week)
            if f is None:
                f = out[week] = WeekFacts()
            setattr(f, f"sound_{sound}", getattr(f, f"sound_{sound}") + count)
        return out


class OfficeReports:
    """The report side of ``OfficeService`` (a mixin: it uses the service's ``odb``, ``clock``,
    ``settings`` and ``stations``)."""


    def report(self, start: dt.date, end: dt.date, *,
               silent_after: int | None = None) -> ComplianceReport:
        """The compliance report of [start, end] (inclusive, station dates) for every station."""
        if end < start:
            raise RejectedInput("export.bad_period", since=start.isoformat(),
                                until=end.isoformat())
        settings = self.settings()
        whole, edges = split_period(start, end)
        packed, edge_rows, second_rows, theme_rows = [], [], [], []
        with self.odb.read() as conn:
            if whole is not None:  # whole weeks from the weekly sums
                packed = office_reads.weekly_packed(conn, *whole)
                theme_rows += office_reads.weekly_theme_language_seconds(conn, *whole)
            for since, until in edges:  # the days of a week cut by the period, from the daily
                edge_rows += office_reads.week_facts(conn, since, until)
                second_rows += office_reads.week_dx_seconds(conn, since, until)
                theme_rows += office_reads.theme_language_seconds(conn, since, until)
            coverage = office_reads.coverage(conn, start, end)
            sounds = office_reads.sound_facts(conn, start, end)
            pack_rows = office_reads.pack_airings(conn, start, end)
            files = office_reads.files_per_station(conn)
            expected = {r["code"]: r for r in office_repo.expected_stations(conn)}
        source = StoredWeeks(packed, edge_rows, second_rows, sounds)
        topics: dict[str | None, float] = {}
        languages: dict[str | None, float] = {}
        for topic, language, seconds in theme_rows:
            topics[topic or None] = topics.get(topic or None, 0.0) + float(seconds)
            languages[language or None] = languages.get(language or None, 0.0) + float(seconds)
        infos = {}
        for s in self.stations():
            infos[s.code] = StationInfo(
                code=s.code, name=s.name, commune=s.commune, commune_list=s.commune_list,
                last_entry=s.last_entry, last_import=s.last_import,
                expected=s.code in expected, files=files.get(s.code, 0),
            )
        for code, e in expected.items():  # expected, and never sent a file
            if code not in infos:
                infos[code] = StationInfo(code=code, name=e["name"], commune=e["name"],
                                          commune_list=e["list_name"] or None, expected=True)
        report = build_report(
            start, end, [infos[c] for c in sorted(infos)], {}, coverage,
            topics, languages, today=self._today(),
            silent_after_weeks=silent_after or settings.silent_weeks,
            topic_order=[t.id for t in TOPICS], language_order=[lang.id for lang in LANGUAGES],
            source=source,
        )
        report.packs = pack_summary(pack_rows)
        report.office_name = settings.name
        report.office_level = settings.level
        report.extra = {"parent": settings.parent, "place": settings.place}
        return report

    def _today(self) -> dt.date:
        return self.clock().astimezone(ZoneInfo(DEFAULT_TIMEZONE)).date()

    def week_broadcasts(self, code: str, week: str) -> list[dict]:
        """One station's broadcasts of one ISO week with their items (heat-map drill-down).

        Each dict has the `log list` keys, times as the station signed them.
        """
        try:
            monday = week_monday(week)
        except (ValueError, TypeError):
            raise RejectedInput("office.bad_week", value=week) from None
        with self.odb.read() as conn:
            rows = office_reads.broadcasts_between(conn, code, monday,
                                                  monday + dt.timedelta(days=6))
            items = office_reads.items_of(conn, [r["rid"] for r in rows])
        return [
            {
                "id": r["id"], "station_code": r["station_code"], "programme": r["programme"],
                "dx": bool(r["dx"]), "trigger": r["trigger"], "scheduled_at": r["scheduled_at"],
                "started_at": r["started_at"], "ended_at": r["ended_at"], "status": r["status"],
                "reason": r["reason"], "device": r["device"], "day": r["day"],
                "items": [
                    {k: i[k] for k in fmt.ITEM_KEYS} for i in items[r["rid"]]
                ],
            }
            for r in rows
        ]

    def week_events(self, code: str, week: str) -> list[dict]:
        """One station's running periods and events of one ISO week (v2 files): when the
        station program was on, dead air, a lost output … shown beside the slots."""
        try:
            monday = week_monday(week)
        except (ValueError, TypeError):
            raise RejectedInput("office.bad_week", value=week) from None
        # the stored moments carry the station's offset: a day's margin, then the exact week
        since = (monday - dt.timedelta(days=1)).isoformat()
        until = (monday + dt.timedelta(days=8)).isoformat()
        with self.odb.read() as conn:
            rows = office_reads.station_events(conn, code, since, until)
        end = (monday + dt.timedelta(days=7)).isoformat()
        return [r for r in rows if r["at"][:10] < end
                and (r["until"] or r["at"])[:10] >= monday.isoformat()]

    def current_week(self) -> str:
        """The ISO week of today (station time of Việt Nam), e.g. for the heat-map's focus."""
        return iso_week_key(self._today())


def write_report_csv(report: ComplianceReport, path: Path | str) -> None:
    """`office report --csv`: station x week rows (see exchange.report_csv)."""
    from commune_radio.exchange.report_csv import write_report_csv as write

    write(path, report)


def write_report_xlsx(report: ComplianceReport, path: Path | str) -> None:
    """`office report --xlsx`: the workbook with a sheet per view and the heading."""
    from commune_radio.exchange.xlsx import write_report_xlsx as write

    write(path, report)
