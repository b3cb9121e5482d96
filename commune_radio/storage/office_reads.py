"""Reading the office tables for the report and the drill-downs (never writing).

The report reads only the sums (``office_weekly`` for whole weeks, ``office_daily`` for the days
of a week the period cuts); at national scale that is 176,000 station-weeks, so the big reads
come back as the driver's plain tuples or as one text per station made by the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.engine import Connection, RowMapping

from commune_radio.storage import office_tables as t

# --- reading for the report ---------------------------------------------------------------

def _tuples(conn: Connection, sql: str, params: dict) -> list[tuple]:
    """Rows as the driver's plain tuples: hundreds of thousands of them for a national year,
    where SQLAlchemy's row objects would cost more than the query."""
    result = conn.execute(text(sql), params)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _span(start: dt.date, end: dt.date) -> dict:
    return {"start": start.isoformat(), "end": end.isoformat()}


def week_facts(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(station, week, dx_broadcasts, dx_played, dx_partial, dx_missed, 0.0, aired) summed over
    the days of [start, end] (the seconds come from ``week_dx_seconds``)."""
    return _tuples(
        conn, "SELECT station_code, week, sum(dx_broadcasts), sum(dx_played), sum(dx_partial),"
        " sum(dx_missed), 0.0, sum(aired)"
        " FROM office_daily WHERE day BETWEEN :start AND :end GROUP BY station_code, week",
        _span(start, end),
    )


def week_dx_seconds(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(station, week, seconds) of DX content aired over [start, end]."""
    return _tuples(
        conn, "SELECT station_code, week, coalesce(sum(seconds), 0.0) FROM office_daily_minutes"
        " WHERE day BETWEEN :start AND :end GROUP BY station_code, week", _span(start, end),
    )


def theme_language_seconds(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(topic, language, seconds) of DX content aired over [start, end]; '' = none."""
    return _tuples(
        conn, "SELECT topic, language, coalesce(sum(seconds), 0.0) FROM office_daily_minutes"
        " WHERE day BETWEEN :start AND :end GROUP BY topic, language", _span(start, end),
    )


def weekly_packed(conn: Connection, first_week: str, last_week: str) -> list[tuple]:
    """The whole ISO weeks [first_week, last_week] of the weekly sums, one row per station made
    by the database: (station, facts, compliant weeks, active weeks, aired weeks).

    ``facts`` is ``week,dx_broadcasts,dx_played,dx_partial,dx_missed,dx_seconds,aired`` joined
    by ``;`` (seconds exact: 17 digits); the three week lists are joined by ``,`` (or None):
    weeks with a DX broadcast played in full, with any DX broadcast or anything aired, with
    anything aired. A national year is 3,321 rows instead of 176,000.
    """
    postgres = conn.dialect.name == "postgresql"
    agg = "string_agg" if postgres else "group_concat"
    seconds = "dx_seconds::text" if postgres else "printf('%.17g', dx_seconds)"
    return _tuples(
        conn, f"SELECT station_code, {agg}(week || ',' || dx_broadcasts || ',' || dx_played"
        f" || ',' || dx_partial || ',' || dx_missed || ',' || {seconds} || ',' || aired, ';'),"
        f" {agg}(CASE WHEN dx_played > 0 THEN week END, ','),"
        f" {agg}(CASE WHEN dx_broadcasts > 0 OR aired > 0 THEN week END, ','),"
        f" {agg}(CASE WHEN aired > 0 THEN week END, ',')"
        " FROM office_weekly WHERE week BETWEEN :first AND :last GROUP BY station_code",
        {"first": first_week, "last": last_week},
    )


def weekly_theme_language_seconds(conn: Connection, first_week: str,
                                  last_week: str) -> list[tuple]:
    """(topic, language, seconds) of DX content aired in the whole weeks [first, last]."""
    return _tuples(
        conn, "SELECT topic, language, sum(seconds) FROM office_weekly_minutes"
        " WHERE week BETWEEN :first AND :last GROUP BY topic, language",
        {"first": first_week, "last": last_week},
    )


def coverage(
    conn: Connection, start: dt.date, end: dt.date
) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """The periods of the files received from each station that touch [start, end]."""
    out: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for code, since, until in conn.execute(text(
        "SELECT DISTINCT station_code, period_from, period_to FROM office_imports"
        " WHERE period_to >= :start AND period_from <= :end"), _span(start, end),
    ):
        out.setdefault(code, []).append(
            (dt.date.fromisoformat(since), dt.date.fromisoformat(until)))
    return out


def files_per_station(conn: Connection) -> dict[str, int]:
    """How many files the office accepted from each station."""
    return dict(conn.execute(select(t.imports.c.station_code, func.count())
                             .group_by(t.imports.c.station_code)).all())


def broadcasts_between(conn: Connection, code: str, start: dt.date,
                       end: dt.date) -> list[RowMapping]:
    """One station's broadcasts of [start, end] (station dates), in time order."""
    b = t.broadcasts
    return list(conn.execute(
        b.select().where(b.c.station_code == code, b.c.day.between(start.isoformat(),
                                                                   end.isoformat()))
        .order_by(b.c.day, b.c.at, b.c.id)).mappings())


def items_of(conn: Connection, rids: Iterable[int]) -> dict[int, list[RowMapping]]:
    """The items of these broadcasts, by broadcast rid, in position order."""
    rids = list(rids)
    out: dict[int, list[RowMapping]] = {rid: [] for rid in rids}
    i = t.items
    q = (i.select().where(i.c.broadcast_rid.in_(bindparam("rids", expanding=True)))
         .order_by(i.c.broadcast_rid, i.c.position))
    for chunk_start in range(0, len(rids), 500):
        for r in conn.execute(q, {"rids": rids[chunk_start:chunk_start + 500]}).mappings():
            out[r["broadcast_rid"]].append(r)
    return out


# the conditions of the partial indexes of migration v5 (storage.office_db), written as they
# are there: a bound parameter in their place would keep the planner off those indexes
SOUND_WHERE = "dx = 1 AND status = 'played' AND sound IS NOT NULL"
PACK_WHERE = "pack_id IS NOT NULL"


def sound_facts(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(station, week, sound class, count) of the DX broadcasts played in full in [start, end]
    that carry sound evidence (format v2 files), through their partial index."""
    return _tuples(
        conn, "SELECT station_code, week, sound, count(*) FROM office_broadcasts"
        f" WHERE {SOUND_WHERE} AND day >= :start AND day <= :end"
        " GROUP BY station_code, week, sound", _span(start, end))


def pack_airings(conn: Connection, start: dt.date, end: dt.date) -> list[tuple]:
    """(pack, pack segment, language, station, week, seconds aired) of the items that came
    from an office content pack and aired in [start, end] (format v2 files), through the
    partial index of pack items: a year of a million items holds few of them."""
    return _tuples(
        conn, "SELECT i.pack_id, i.pack_segment_id, i.language, b.station_code, b.week,"
        " sum(i.played_s) FROM office_items i JOIN office_broadcasts b ON i.broadcast_rid = b.rid"
        f" WHERE i.{PACK_WHERE} AND i.played_s > 0 AND b.day >= :start AND b.day <= :end"
        " GROUP BY i.pack_id, i.pack_segment_id, i.language, b.station_code, b.week",
        _span(start, end))


def station_events(conn: Connection, code: str, since: str, until: str) -> list[dict]:
    """A station's running periods and events between two moments (ISO text as signed)."""
    e = t.station_events
    query = (select(e.c.at, e.c.kind, e.c.detail, e.c.until)
             .where(e.c.station_code == code, e.c.at < until,
                    func.coalesce(e.c.until, e.c.at) >= since)
             .order_by(e.c.at, e.c.kind))
    return [dict(r._mapping) for r in conn.execute(query)]
