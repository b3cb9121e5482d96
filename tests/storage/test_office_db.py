"""The office database on both engines: migrations, two officers at once, roles, bad servers.

Every test runs on the SQLite file and on a fresh PostgreSQL database (tests/conftest.py).
"""

import datetime as dt
import threading

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from commune_radio.app import AppContext
from commune_radio.cli import main
from commune_radio.core.clock import FixedClock
from commune_radio.core.errors import EnvironmentProblem
from commune_radio.exchange.samples import sample_entries
from commune_radio.services.office_service import OfficeService
from commune_radio.storage import office_db, office_merge, office_repo
from commune_radio.storage import office_tables as t
from commune_radio.storage.log_repo import insert_log_rows

pytestmark = pytest.mark.office_db  # every test on SQLite and on PostgreSQL

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)
NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture
def clock():
    return FixedClock(NOW)


@pytest.fixture
def files(tmp_path, clock):
    """Signed November files of three stations (two share nothing; per_day 3, 4 items)."""
    out = {}
    for code in ("02785", "02788", "04465"):
        ctx = AppContext.open(tmp_path / f"station-{code}", clock=clock)
        ctx.station.init(code, f"Đài {code}")
        insert_log_rows(ctx.db, sample_entries(code, *NOV, seed=int(code), per_day=3, items=4))
        out[code] = tmp_path / f"{code}.crlog"
        ctx.export.export(*NOV, out[code])
        ctx.close()
    return out


@pytest.fixture
def office(tmp_path, clock):
    ctx = AppContext.open(tmp_path / "office", clock=clock)
    yield ctx
    ctx.close()


def content(ctx) -> dict:
    """The office's tables, independent of the order files were merged in (no rids, no ids)."""
    with ctx.office.odb.read() as conn:
        return {
            "broadcasts": sorted(tuple(r) for r in conn.execute(text(
                "SELECT station_code, id, programme, dx, trigger, scheduled_at, started_at,"
                " ended_at, status, reason, device, day, week, at FROM office_broadcasts"))),
            "items": sorted(tuple(r) for r in conn.execute(text(
                "SELECT b.station_code, b.id, i.position, i.title, i.topic, i.language,"
                " i.planned_s, i.played_s, i.status FROM office_items i"
                " JOIN office_broadcasts b ON b.rid = i.broadcast_rid"))),
            "daily": office_repo.rows(conn, "office_daily"),
            "minutes": [(*r[:5], round(r[5], 6))
                        for r in office_repo.rows(conn, "office_daily_minutes")],
            "imports": sorted(r[:5] for r in conn.execute(text(
                "SELECT station_code, file_name, manifest_sha256, broadcasts, items"
                " FROM office_imports"))),
            "stations": sorted((r[0], r[1], r[5]) for r in office_repo.rows(
                conn, "office_stations")),
        }


def test_the_engine_is_the_one_asked_for_and_the_schema_is_current(office, office_engine):
    odb = office.office.odb
    assert odb.is_postgres == (office_engine == "postgresql")
    with odb.read() as conn:
        assert office_db.current_version(conn) == len(office_db.MIGRATIONS)
        assert {tb.name for tb in t.metadata.sorted_tables} <= set(
            conn.dialect.get_table_names(conn))


def test_a_newer_schema_is_refused_with_a_message(office):
    odb = office.office.odb
    with odb.transaction() as conn:
        conn.execute(t.schema_version.update().values(version=len(office_db.MIGRATIONS) + 1))
    office.office.close()
    with pytest.raises(EnvironmentProblem) as err:
        office.office.odb  # noqa: B018  (opening it is the test)
    assert err.value.message_id == "db.too_new"
    assert "phiên bản mới hơn" in err.value.render("vi")


def run_together(*jobs):
    """Run the jobs in threads that start at the same instant; their results in order."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def wrap(n, job):
        barrier.wait()
        try:
            results[n] = job()
        except BaseException as exc:  # noqa: BLE001  (handed to the test to fail on)
            results[n] = exc

    threads = [threading.Thread(target=wrap, args=(n, job)) for n, job in enumerate(jobs)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    return results


def officer(ctx, clock) -> OfficeService:
    """A second officer: another service (own engine, own connections) on the same database."""
    return OfficeService(ctx.db, ctx.data_dir, clock=clock)


def test_two_officers_importing_different_files_at_once(office, files, clock, tmp_path):
    a, b = officer(office, clock), officer(office, clock)
    try:
        first, second = run_together(
            lambda: a.import_paths([files["02785"], files["04465"]]),
            lambda: b.import_paths([files["02788"]]),
        )
    finally:
        a.close()
        b.close()
    assert not isinstance(first, BaseException), first
    assert not isinstance(second, BaseException), second
    assert [(r.ok, r.new) for r in first + second] == [(True, 90), (True, 90), (True, 90)]
    # the same files one after the other, into a database of their own
    alone = AppContext.open(tmp_path / "alone", clock=clock)
    alone.office.use_database(f"sqlite:///{tmp_path / 'alone.sqlite3'}")
    try:
        alone.office.import_paths([files["02785"], files["02788"], files["04465"]])
        assert content(office) == content(alone)
    finally:
        alone.close()
    with office.office.odb.transaction() as conn:  # the kept sums equal a recomputation
        before = office_repo.rows(conn, "office_daily")
        office_merge.rebuild_aggregates(conn)
        assert office_repo.rows(conn, "office_daily") == before


def test_two_officers_importing_the_same_file_at_once(office, files, clock, tmp_path):
    a, b = officer(office, clock), officer(office, clock)
    try:
        results = run_together(lambda: a.import_file(files["02785"]),
                               lambda: b.import_file(files["02785"]))
    finally:
        a.close()
        b.close()
    assert all(not isinstance(r, BaseException) for r in results), results
    assert all(r.ok for r in results)
    assert sorted(r.new for r in results) == [0, 90]
    assert sorted(r.already_imported for r in results) == [False, True]
    alone = AppContext.open(tmp_path / "alone", clock=clock)
    alone.office.use_database(f"sqlite:///{tmp_path / 'alone.sqlite3'}")
    try:
        alone.office.import_file(files["02785"])
        assert content(office) == content(alone)
    finally:
        alone.close()


# --- bad servers and addresses -----------------------------------------------------------------

def run_cli(capsys, *args):
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_wrong_address_is_exit_2_with_a_vietnamese_message(office, files, capsys):
    for url in ("mysql://someone@host/db", "postgresql+psycopg://x@127.0.0.1:1/office",
                "not a url at all"):
        code, out, err = run_cli(capsys, "--data-dir", str(office.data_dir), "office",
                                 "--db", url, "import", str(files["02785"]))
        assert code == 2, (url, err)
        assert out == ""
        assert "cơ sở dữ liệu văn phòng" in err, err
    assert content(office)["broadcasts"] == []


def pg_only(office_engine):
    if office_engine != "postgresql":
        pytest.skip("a PostgreSQL server's behaviour (the SQLite leg has its own test)")


def server_url() -> str:
    import os

    return os.environ[office_db.OFFICE_DB_ENV]


def admin(url: str):
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"),
                           autocommit=True)


def passfile_with(tmp_path, monkeypatch, url, user, password):
    """A PGPASSFILE holding the test server's entries plus ``user``'s password."""
    import os
    from pathlib import Path

    u = make_url(url)
    lines = Path(os.environ["PGPASSFILE"]).read_text() if os.environ.get("PGPASSFILE") else ""
    path = tmp_path / f"pgpass-{user}"
    path.write_text(lines + f"{u.host}:{u.port}:*:{user}:{password}\n")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))


def test_a_refused_password_is_exit_2_and_names_pgpassfile(office, office_engine, files,
                                                          capsys, tmp_path, monkeypatch):
    pg_only(office_engine)
    url = server_url()
    office.office.odb  # noqa: B018  (the schema exists; the officer below is refused at the door)
    with admin(url) as conn:
        conn.execute("DROP ROLE IF EXISTS officer_typo")
        conn.execute("CREATE ROLE officer_typo LOGIN PASSWORD 'right-one'")
    passfile_with(tmp_path, monkeypatch, url, "officer_typo", "wrong-one")
    wrong = make_url(url).set(username="officer_typo").render_as_string(hide_password=False)
    code, out, err = run_cli(capsys, "--data-dir", str(office.data_dir), "office", "--db",
                             wrong, "import", str(files["02785"]))
    assert code == 2 and out == ""
    assert "từ chối mật khẩu" in err and "PGPASSFILE" in err, err
    assert "wrong-one" not in err
    assert content(office)["broadcasts"] == []


def test_a_server_gone_mid_import_leaves_nothing_half_imported(office, office_engine, files,
                                                              capsys):
    pg_only(office_engine)
    assert office.office.import_file(files["02788"]).new == 90
    before = content(office)
    with office.office.odb.transaction() as conn:
        # the server ends this very session while the file's items are being written
        conn.execute(text(
            "CREATE FUNCTION test_server_goes_away() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"))
        conn.execute(text(
            "CREATE TRIGGER test_server_goes_away BEFORE INSERT ON office_items"
            " FOR EACH STATEMENT EXECUTE FUNCTION test_server_goes_away()"))
    office.office.close()
    code, out, err = run_cli(capsys, "--data-dir", str(office.data_dir), "office", "import",
                             str(files["02785"]))
    assert code == 2, err
    assert "Mất kết nối" in err and "không được ghi chút nào" in err, err
    with office.office.odb.transaction() as conn:
        conn.execute(text("DROP TRIGGER test_server_goes_away ON office_items"))
    assert content(office) == before
    # and once the server is fine again the same file goes in whole
    assert office.office.import_file(files["02785"]).new == 90


# --- roles ---------------------------------------------------------------------------------------

def test_a_viewer_cannot_import_or_reregister_the_database_says_no(
        office, office_engine, files, capsys, tmp_path, monkeypatch, clock):
    pg_only(office_engine)
    assert office.office.import_file(files["02788"]).ok
    before = content(office)
    url = server_url()
    with admin(url) as conn:
        for role, group in (("viewer_an", office_db.VIEWER_ROLE),
                            ("importer_binh", office_db.IMPORTER_ROLE)):
            conn.execute(f"DROP OWNED BY {role}" if conn.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() else "SELECT 1")
            conn.execute(f"DROP ROLE IF EXISTS {role}")
            conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}' IN ROLE {group}")
    as_viewer = make_url(url).set(username="viewer_an").render_as_string(hide_password=False)
    passfile_with(tmp_path, monkeypatch, url, "viewer_an", "pw-viewer_an")
    data = str(office.data_dir)
    code, out, err = run_cli(capsys, "--data-dir", data, "office", "--db", as_viewer,
                             "import", str(files["02785"]))
    assert code == 2 and "chỉ được xem" in err, err
    code, out, err = run_cli(capsys, "--data-dir", data, "office", "--db", as_viewer,
                             "stations", "--reregister", "02788")
    assert code == 2 and "chỉ được xem" in err, err
    code, out, err = run_cli(capsys, "--data-dir", data, "office", "--db", as_viewer,
                             "report", "--from", "2026-11-02", "--to", "2026-11-29", "--json")
    assert code == 0, err  # a viewer reads
    assert content(office) == before
    # an importer may do both
    as_importer = make_url(url).set(username="importer_binh").render_as_string(
        hide_password=False)
    passfile_with(tmp_path, monkeypatch, url, "importer_binh", "pw-importer_binh")
    code, out, err = run_cli(capsys, "--data-dir", data, "office", "--db", as_importer,
                             "import", str(files["02785"]))
    assert code == 0, err
    code, out, err = run_cli(capsys, "--data-dir", data, "office", "--db", as_importer,
                             "stations", "--reregister", "02788")
    assert code == 0, err


def test_on_sqlite_the_viewer_is_a_setting(office, office_engine, files, capsys):
    if office_engine != "sqlite":
        pytest.skip("on PostgreSQL the server's roles decide (test above)")
    assert office.office.import_file(files["02788"]).ok
    office.office.save_settings(role="viewer")
    before = content(office)
    data = str(office.data_dir)
    code, _, err = run_cli(capsys, "--data-dir", data, "office", "import", str(files["02785"]))
    assert code == 2 and "chế độ chỉ xem" in err, err
    code, _, err = run_cli(capsys, "--data-dir", data, "office", "stations", "--reregister",
                           "02788")
    assert code == 2 and "chế độ chỉ xem" in err, err
    assert content(office) == before


def test_the_weekly_sums_migration_fills_them_from_the_broadcasts_held(office, files):
    assert office.office.import_file(files["02785"]).ok
    with office.office.odb.read() as conn:
        weekly = office_repo.rows(conn, "office_weekly")
        minutes = office_repo.rows(conn, "office_weekly_minutes")
    assert len(weekly) >= 4 and minutes
    with office.office.odb.transaction() as conn:  # a database of schema 2 (no weekly sums)
        t.weekly_minutes.drop(conn)
        t.weekly.drop(conn)
        conn.execute(t.schema_version.update().values(version=2))
    office.office.close()
    with office.office.odb.read() as conn:
        assert office_db.current_version(conn) == len(office_db.MIGRATIONS)
        assert office_repo.rows(conn, "office_weekly") == weekly
        assert [(*r[:3], round(r[3], 6)) for r in office_repo.rows(
            conn, "office_weekly_minutes")] == [(*r[:3], round(r[3], 6)) for r in minutes]
