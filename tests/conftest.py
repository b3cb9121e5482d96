"""Test-wide set-up: Qt draws off screen (no display in CI), before any Qt module loads."""

import os
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

# Messages that depend only on the machine, never on our code, let through qt_log_level_fail:
# the offscreen plugin warns whenever a window with size constraints is shown; QtMultimedia's
# FFmpeg backend probes for PipeWire (absent on Debian servers) and, with no sound server,
# says PulseAudio is unreachable and no audio device exists.
ENVIRONMENT_NOISE = (
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
)


def pytest_collection_modifyitems(items):
    """Let the environment's known warnings pass ``qt_log_level_fail``.

    pytest-qt reads only the closest ``qt_log_ignore`` marker, so the patterns a test module
    gives are kept and this one added to them.
    """
    for item in items:
        closest = item.get_closest_marker("qt_log_ignore")
        patterns = (*closest.args, *ENVIRONMENT_NOISE) if closest else ENVIRONMENT_NOISE
        kwargs = dict(closest.kwargs) if closest else {}
        item.add_marker(pytest.mark.qt_log_ignore(*patterns, **kwargs), append=False)


# --- the office database: every office test on SQLite and on PostgreSQL ----------------------
#
# A test module marked ``office_db`` runs each test twice: on the data directory's SQLite file,
# and on a fresh PostgreSQL database (named by $COMMUNE_RADIO_OFFICE_DB, which the program
# reads). The server is $COMMUNE_RADIO_TEST_PG_URL when given (`.ci/run` starts one), else a
# throwaway cluster this session starts itself when initdb is installed.

TEST_PG_ENV = "COMMUNE_RADIO_TEST_PG_URL"
NO_PG_REASON = (f"no PostgreSQL server for the office tests: set {TEST_PG_ENV} (as .ci/run "
                "does) or install Debian's postgresql package (initdb)")


def pytest_configure(config):
    config.addinivalue_line("markers", "office_db: run on both office database engines")


def pytest_generate_tests(metafunc):
    if metafunc.definition.get_closest_marker("office_db") is not None:
        metafunc.parametrize("office_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """The PostgreSQL server URL (no password in it; libpq's PGPASSFILE holds it), or None."""
    given = os.environ.get(TEST_PG_ENV, "").strip()
    if given:
        yield given
        return
    from pg_throwaway import pg_bin, start

    if pg_bin() is None:
        yield None
        return
    import tempfile

    # not under pytest's own temporary folder: the cluster's owner (nobody) must reach it
    folder = Path(tempfile.mkdtemp(prefix="commune-radio-pg-"))
    folder.chmod(0o711)
    cluster = start(folder / "cluster")
    before = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(cluster.passfile)
    try:
        yield cluster.url
    finally:
        cluster.stop()
        if before is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = before


def libpq_conninfo(url: str) -> str:
    """A SQLAlchemy URL as libpq takes it (no driver suffix)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


_pg_databases = iter(range(1, 1_000_000))


@pytest.fixture(autouse=True)
def office_engine(request, monkeypatch):
    """'sqlite' (the default, the data directory's file) or 'postgresql' (a fresh database)."""
    monkeypatch.delenv("COMMUNE_RADIO_OFFICE_DB", raising=False)
    engine = getattr(request, "param", "sqlite")
    if engine != "postgresql":
        yield engine
        return
    server = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip(NO_PG_REASON)
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"office_test_{os.getpid()}_{next(_pg_databases)}"
    with psycopg.connect(libpq_conninfo(server), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    monkeypatch.setenv("COMMUNE_RADIO_OFFICE_DB", url)
    try:
        yield engine
    finally:
        with psycopg.connect(libpq_conninfo(server), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
