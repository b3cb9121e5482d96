"""Stations with real logs and signing keys, an office, and a way to craft (bad) files."""

import pytest
from exchange_helpers import NOV, NOW, Crafter

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.exchange.samples import sample_entries
from commune_radio.storage.log_repo import insert_log_rows


@pytest.fixture
def clock():
    return FixedClock(NOW)


@pytest.fixture
def make_station(tmp_path, clock):
    """A station data directory with a key and the given entries in its log."""
    opened = []

    def make(code="02785", name="Đài truyền thanh xã Bản Phiệt", entries=None, folder=None):
        ctx = AppContext.open(tmp_path / (folder or f"station-{code}"), clock=clock)
        opened.append(ctx)
        ctx.station.init(code, name)
        if entries is None:
            entries = sample_entries(code, *NOV, seed=int(code), per_day=2, items=3)
        insert_log_rows(ctx.db, entries)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()


@pytest.fixture
def office(tmp_path, clock):
    ctx = AppContext.open(tmp_path / "office", clock=clock)
    yield ctx
    ctx.close()


@pytest.fixture
def station(make_station):
    return make_station()


@pytest.fixture
def nov_file(station, tmp_path):
    """A good export of November from the station."""
    path = tmp_path / "02785_2026-11.crlog"
    station.export.export(*NOV, path)
    return path


@pytest.fixture
def crafter(station):
    return Crafter(station.data_dir)
