"""The office database on both engines (issue 14): SQLite file and PostgreSQL server.

For each engine (PostgreSQL when ``$COMMUNE_RADIO_BENCH_PG_URL`` names a server, else a
throwaway cluster started here with ``tests/pg_throwaway.py`` when initdb is installed):

1. **import**: ``OfficeService.import_paths`` over 99 signed station files of one year holding
   1,000,000 broadcast items (up to six broadcasts a day, five items each), into an empty
   office database, against the same run's raw bulk insert of the very same rows into the same
   tables of another empty database, one transaction per file: ``executemany`` on SQLite,
   ``COPY`` on PostgreSQL. Goal >= 0.5x.
2. **report**: ``OfficeService.report`` of that year for the 99 stations. Goal < 0.5 s.
3. **heat-map**: the office screen (offscreen Qt) switched to a year of 3,321 stations (the
   country's communes) x 53 ISO weeks, from the click to the painted page. Goal < 1 s. The
   3,321 stations' daily and weekly sums are written directly into the office tables (a year of
   one DX broadcast a week each, 176,013 station-weeks, three in four played): making 3,321
   signed files would measure the import again.

Each import side is timed ``ROUNDS`` times alternately and the best kept; report and heat-map
best and median of 5.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import text  # noqa: E402

from benchmarks.bench_office import YEAR, make_files  # noqa: E402
from commune_radio.core.clock import FixedClock  # noqa: E402
from commune_radio.services.office_service import OfficeService  # noqa: E402
from commune_radio.storage import office_tables as t  # noqa: E402
from commune_radio.storage.database import Database  # noqa: E402
from commune_radio.storage.office_db import OfficeDatabase  # noqa: E402

STATIONS = 99
ITEMS = 1_000_000
NATIONAL = 3_321
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2"))
NOW = dt.datetime(2026, 12, 31, 3, 0, tzinfo=dt.UTC)
PG_ENV = "COMMUNE_RADIO_BENCH_PG_URL"


class Engine:
    """Fresh office databases of one engine, by name."""

    def __init__(self, name: str, folder: Path, server: str | None = None) -> None:
        self.name, self.folder, self.server = name, folder, server

    def fresh(self, db_name: str) -> str:
        if self.server is None:
            path = self.folder / f"{db_name}.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            return f"sqlite:///{path}"
        import psycopg
        from sqlalchemy.engine import make_url

        with psycopg.connect(self.server.replace("+psycopg", ""), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {db_name} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {db_name}")
        return make_url(self.server).set(database=db_name).render_as_string(hide_password=False)


def office_service(url: str, clock=None) -> OfficeService:
    kwargs = {"clock": clock} if clock else {}
    return OfficeService(Database(":memory:"), url=url, **kwargs)


def ours(engine: Engine, files: list[Path]) -> tuple[float, OfficeService]:
    service = office_service(engine.fresh("bench_ours"))
    service.odb  # noqa: B018  (schema made before the clock starts, as an office has it)
    started = time.perf_counter()
    results = service.import_paths(files)
    elapsed = time.perf_counter() - started
    bad = [r for r in results if not r.ok]
    if bad:
        raise RuntimeError(bad[0].error.render("en"))
    return elapsed, service


def rows_by_file(service: OfficeService) -> list[tuple[list[tuple], list[tuple]]]:
    """The imported rows grouped by station (one file each), as the raw side inserts them."""
    groups = []
    with service.odb.read() as conn:
        codes = [r[0] for r in conn.execute(text("SELECT code FROM office_stations ORDER BY 1"))]
        for code in codes:
            b = [tuple(r) for r in conn.execute(text(
                "SELECT * FROM office_broadcasts WHERE station_code = :c ORDER BY rid"),
                {"c": code})]
            i = [tuple(r) for r in conn.execute(text(
                "SELECT i.* FROM office_items i JOIN office_broadcasts b ON b.rid ="
                " i.broadcast_rid WHERE b.station_code = :c ORDER BY 1, 2"), {"c": code})]
            groups.append((b, i))
    return groups


def raw(engine: Engine, groups) -> float:
    odb = OfficeDatabase(engine.fresh("bench_raw"))  # the same schema, made by our migrations
    b_cols = [c.name for c in t.broadcasts.columns]
    i_cols = [c.name for c in t.items.columns]
    with odb.engine.connect() as sa_conn:
        dbapi = sa_conn.connection.dbapi_connection
        started = time.perf_counter()
        if odb.is_postgres:
            for broadcasts, items in groups:
                with dbapi.transaction(), dbapi.cursor() as cur:
                    with cur.copy(f"COPY office_broadcasts ({', '.join(b_cols)}) FROM STDIN") as cp:
                        for row in broadcasts:
                            cp.write_row(row)
                    with cur.copy(f"COPY office_items ({', '.join(i_cols)}) FROM STDIN") as cp:
                        for row in items:
                            cp.write_row(row)
        else:
            b_marks, i_marks = ",".join("?" * len(b_cols)), ",".join("?" * len(i_cols))
            for broadcasts, items in groups:
                dbapi.execute("BEGIN IMMEDIATE")
                dbapi.executemany(f"INSERT INTO office_broadcasts VALUES ({b_marks})",
                                  broadcasts)
                dbapi.executemany(f"INSERT INTO office_items VALUES ({i_marks})", items)
                dbapi.execute("COMMIT")
        elapsed = time.perf_counter() - started
        count = sa_conn.execute(text("SELECT count(*) FROM office_items")).scalar_one()
    odb.close()
    if count != sum(len(g[1]) for g in groups):
        raise RuntimeError("raw insert lost rows")
    return elapsed


def national(engine: Engine) -> OfficeService:
    """3,321 stations with a year of weekly sums and one file each, written directly."""
    service = office_service(engine.fresh("bench_national"), clock=FixedClock(NOW))
    mondays = [YEAR[0] + dt.timedelta(days=n) for n in range(-3, 365, 7)]  # ISO Mondays
    stations, imports, daily, minutes, weekly, weekly_minutes = [], [], [], [], [], []
    for n in range(NATIONAL):
        code = f"{n + 1:05d}"
        stations.append({"code": code, "name": f"Đài xã số {n + 1}", "timezone": "Asia/Ho_Chi_Minh",
                         "first_import": "2027-01-02T00:00:00Z",
                         "last_import": "2027-01-02T00:00:00Z"})
        imports.append({"station_code": code, "file_name": f"{code}.crlog", "file_sha256": "0",
                        "manifest_sha256": code, "public_key": "k", "format_version": 1,
                        "app_version": "bench", "created_at": "2027-01-02T00:00:00Z",
                        "period_from": YEAR[0].isoformat(), "period_to": YEAR[1].isoformat(),
                        "broadcasts": 53, "items": 53, "new_broadcasts": 53, "duplicates": 0,
                        "imported_at": "2027-01-02T00:00:00Z"})
        for k, monday in enumerate(mondays):
            day = monday + dt.timedelta(days=3)  # Thursdays: 1/1/2026 … 31/12/2026
            iso = day.isocalendar()
            week = f"{iso.year}-W{iso.week:02d}"
            played = int((n + k) % 4 != 0)
            daily.append({"day": day.isoformat(), "station_code": code, "week": week,
                          "broadcasts": 1, "aired": played, "dx_broadcasts": 1,
                          "dx_played": played, "dx_partial": 0, "dx_missed": 1 - played})
            minutes.append({"day": day.isoformat(), "station_code": code, "week": week,
                            "topic": "online_services", "language": "vi",
                            "seconds": 600.0 * played})
            weekly.append({"week": week, "station_code": code, "broadcasts": 1,
                           "aired": played, "dx_broadcasts": 1, "dx_played": played,
                           "dx_partial": 0, "dx_missed": 1 - played,
                           "dx_seconds": 600.0 * played})
    for week in sorted({w["week"] for w in weekly}):
        weekly_minutes.append({"week": week, "topic": "online_services", "language": "vi",
                               "seconds": sum(w["dx_seconds"] for w in weekly
                                              if w["week"] == week)})
    with service.odb.transaction() as conn:
        for table, rows in ((t.stations, stations), (t.imports, imports), (t.daily, daily),
                            (t.daily_minutes, minutes), (t.weekly, weekly),
                            (t.weekly_minutes, weekly_minutes)):
            for start in range(0, len(rows), 20_000):
                conn.execute(table.insert(), rows[start:start + 20_000])
    return service


def heatmap_times(service: OfficeService) -> tuple[list[float], int, int]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_office_window import _wait
    from commune_radio.ui import i18n, tasks
    from commune_radio.ui.office import OfficeScreen
    from commune_radio.ui.signals import AppSignals

    app = QApplication.instance() or QApplication([])
    i18n.install("vi")
    service.report(*YEAR)  # first read: the page cache is nobody's figure
    times = []
    for _ in range(5):
        screen = OfficeScreen(service, AppSignals(), "vi")
        screen.resize(1100, 700)
        screen.show()
        _wait(app, screen)
        t0 = time.perf_counter()
        screen.set_period(*YEAR)
        _wait(app, screen)
        times.append(time.perf_counter() - t0)
        rows, weeks = screen.heatmap_model.rowCount(), len(screen.report.weeks)
        screen.close()
        screen.deleteLater()
        app.processEvents()
    tasks.cancel_all_and_wait()
    return times, rows, weeks


def measure(engine: Engine, files: list[Path]) -> list[dict]:
    best_ours = best_raw = float("inf")
    groups = service = None
    for n in range(ROUNDS):
        if groups is not None:
            best_raw = min(best_raw, raw(engine, groups))
        if service is not None:
            service.close()
        elapsed, service = ours(engine, files)
        best_ours = min(best_ours, elapsed)
        if groups is None:
            groups = rows_by_file(service)
            n_items = sum(len(g[1]) for g in groups)
            if n_items != ITEMS or len(groups) != STATIONS:
                raise RuntimeError(f"imported {n_items} items of {len(groups)} stations")
        if n == ROUNDS - 1:
            best_raw = min(best_raw, raw(engine, groups))
    report_s = []
    for _ in range(5):
        t0 = time.perf_counter()
        report = service.report(*YEAR)
        report_s.append(time.perf_counter() - t0)
    service.close()
    del groups
    nat = national(engine)
    heat_s, rows, weeks = heatmap_times(nat)
    nat_report = []
    for _ in range(5):
        t0 = time.perf_counter()
        nat.report(*YEAR)
        nat_report.append(time.perf_counter() - t0)
    nat.close()
    ratio = best_raw / best_ours
    raw_name = "COPY" if engine.server else "executemany"
    return [
        {"figure": f"office import 1 M items, 99 files ({engine.name})",
         "import_s": round(best_ours, 2), f"raw_{raw_name}_s": round(best_raw, 2),
         "ratio_vs_raw": round(ratio, 2), "goal": ">= 0.5", "ok": ratio >= 0.5,
         "rounds": ROUNDS},
        {"figure": f"compliance report, a year x 99 stations ({engine.name})",
         "stations": len(report.stations), "weeks": len(report.weeks),
         "best_s": round(min(report_s), 3), "median_s": round(statistics.median(report_s), 3),
         "goal": "< 0.5", "ok": min(report_s) < 0.5},
        {"figure": f"heat-map, 3,321 stations x 53 weeks ({engine.name})",
         "rows": rows, "weeks": weeks, "best_s": round(min(heat_s), 3),
         "median_s": round(statistics.median(heat_s), 3), "goal": "< 1", "ok": min(heat_s) < 1,
         "report_alone_best_s": round(min(nat_report), 3)},
    ]


def run() -> list[dict]:
    out: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-office-engines-") as tmp:
        folder = Path(tmp)
        folder.chmod(0o711)
        started = time.perf_counter()
        files = make_files(folder, stations=STATIONS, items=ITEMS, per_day=6)
        made = time.perf_counter() - started
        out += measure(Engine("SQLite", folder), files)
        server, cluster = os.environ.get(PG_ENV, "").strip() or None, None
        if server is None:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
            from pg_throwaway import pg_bin, start

            if pg_bin() is not None:
                cluster = start(folder / "pg")
                os.environ["PGPASSFILE"] = str(cluster.passfile)
                server = cluster.url
        try:
            if server is None:
                out.append({"figure": "PostgreSQL", "skipped": f"no server: set {PG_ENV} "
                            "or install Debian's postgresql (initdb)"})
            else:
                out += measure(Engine("PostgreSQL", folder, server), files)
        finally:
            if cluster is not None:
                cluster.stop()
        out[0]["files_made_s"] = round(made, 1)
    return out
