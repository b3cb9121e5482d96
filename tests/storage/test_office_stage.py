"""The scratch database of an imported file, and its CSV for PostgreSQL's COPY.

Text of every shape survives the trip (NULL, the empty string, the word NULL, quotes, commas,
line breaks, backslashes), on SQLite's side and, through COPY, on PostgreSQL's.
"""

import os

import pytest

from commune_radio.exchange.reader import Entries
from commune_radio.storage import office_merge, office_stage
from commune_radio.storage.office_db import OfficeDatabase, resolve_url

HOSTILE = [None, "", "NULL", "it's", "a,b", "line\nbreak\r\n", "back\\slash\\N", "Đài 'x'"]


def staged(tmp_path):
    """A stage whose broadcasts' ``reason`` and items' ``title`` take every hostile value."""
    broadcasts, items = [], []
    for n, value in enumerate(HOSTILE):
        broadcasts.append((f"id-{n}", "Bản tin", 1, "schedule", "2026-11-02T06:00:00+07:00",
                           None, None, "missed", value, "default", "2026-11-02", "2026-W45",
                           "2026-11-02T06:00:00+07:00", None))
        items.append((n, 0, n + 1, None, value, "online_services", "vi", 1.5 + n, 0.1 / 3,
                      None, None, "missed", -20.25, None, 0.0, None, value, None))
    stage = tmp_path / "stage.sqlite3"
    office_stage.write_stage(stage, [Entries(broadcasts, items)],
                             [("2026-11-02T06:00:00+07:00", "start", value or "-", None)
                              for value in HOSTILE])
    return stage, broadcasts, items


def test_the_csv_quotes_every_text_and_leaves_null_bare(tmp_path):
    stage, _b, _i = staged(tmp_path)
    office_stage.write_csv(stage)
    lines = office_stage.csv_path(stage, "b").read_text("utf-8")
    assert ",NULL,'default'," in lines  # None: bare, so COPY reads it as NULL
    assert ",'NULL','default'," in lines and ",'','default'," in lines
    assert "'it''s'" in lines
    office_stage.remove_stage(stage)
    assert not list(tmp_path.iterdir())


@pytest.mark.office_db
def test_copy_brings_every_value_back(tmp_path, office_engine):
    if office_engine != "postgresql":
        pytest.skip("COPY is PostgreSQL's (SQLite attaches the stage itself)")
    stage, broadcasts, items = staged(tmp_path)
    office_stage.write_csv(stage)
    odb = OfficeDatabase(resolve_url(os.environ["COMMUNE_RADIO_OFFICE_DB"], None))
    try:
        with odb.transaction() as conn:
            office_merge.copy_stage(conn, stage)
            cursor = conn.connection.dbapi_connection.cursor()
            got_b = cursor.execute("SELECT reason FROM stage_b ORDER BY idx").fetchall()
            got_i = cursor.execute("SELECT title, played_s, sent_rms_dbfs, pack_id"
                                   " FROM stage_i ORDER BY idx").fetchall()
    finally:
        odb.close()
    assert [r[0] for r in got_b] == HOSTILE
    assert [r[0] for r in got_i] == HOSTILE and [r[3] for r in got_i] == HOSTILE
    assert {r[1] for r in got_i} == {0.1 / 3} and {r[2] for r in got_i} == {-20.25}
