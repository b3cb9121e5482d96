"""The log and programme tables at the SQL level: the index is used, writes are all-or-nothing."""

import pytest

from commune_radio.core.errors import BugError
from commune_radio.core.programmes import ProgrammeDraft
from commune_radio.storage import log_repo, programme_repo
from commune_radio.storage.database import Database
from commune_radio.storage.log_repo import Bounds


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "log.sqlite3")
    yield database
    database.close()


def _broadcast(i, when, slot_id=None, status="played"):
    return {"id": f"b{i}", "station_code": "02785", "programme": "P", "programme_id": 1,
            "dx": 1, "trigger": "schedule", "priority": "normal", "slot_id": slot_id,
            "scheduled_at": when, "started_at": when if status != "missed" else None,
            "ended_at": None, "status": status, "reason": None, "device": "x",
            "created_at": when}


def test_reading_a_page_walks_the_time_index(db):
    plan = db.query(
        "EXPLAIN QUERY PLAN SELECT b.rowid FROM broadcasts b WHERE"
        f" {log_repo.WHEN} >= ? ORDER BY {log_repo.WHEN} DESC, b.rowid DESC LIMIT 10",
        ("2026-11-01",))
    assert any("idx_broadcasts_when" in row[3] for row in plan), [tuple(r) for r in plan]


def test_a_second_outcome_for_a_slot_occurrence_is_ignored_with_its_items(db):
    item = {"position": 0, "segment_id": 1, "sha256": "a" * 64, "title": "t", "topic": None,
            "language": "vi", "planned_s": 1.0, "played_s": 0.0, "started_at": None,
            "ended_at": None, "status": "skipped", "reason": None}
    at = "2026-11-22T22:30:00.000+00:00"
    with db.transaction() as t:
        assert log_repo.insert_broadcast(t.conn, _broadcast(1, at, 3, "missed"), [item],
                                         or_ignore=True)
        assert not log_repo.insert_broadcast(t.conn, _broadcast(2, at, 3, "missed"), [item],
                                             or_ignore=True)
    assert db.query("SELECT count(*) FROM broadcast_items")[0][0] == 1
    records, cursor = log_repo.page(db, Bounds(), limit=5)
    assert [r.id for r in records] == ["b1"] and cursor is None


def test_replacing_programme_items_is_all_or_nothing(db):
    with db.transaction() as t:
        for i in (1, 2):
            t["segments"].insert({"id": i, "title": f"s{i}", "language": "vi", "duration_s": 1.0,
                                  "sha256": f"{i}" * 64, "source_sha256": f"{i}" * 64})
    pid = programme_repo.insert_programme(db, ProgrammeDraft("P", (1, 2)))
    with pytest.raises(BugError):  # the foreign key refuses segment 99: the service checks first
        programme_repo.update_programme(db, pid, ProgrammeDraft("P", (2, 99)))
    assert programme_repo.get_programme(db, pid).segment_ids == (1, 2)


@pytest.mark.parametrize("common_items", [0, 1000])
def test_theme_filter_gives_the_same_pages_by_either_route(db, monkeypatch, common_items):
    monkeypatch.setattr(log_repo, "COMMON_ITEMS", common_items)
    with db.transaction() as t:
        for n in range(12):
            when = f"2026-11-{n + 1:02d}T00:00:00.000+00:00"
            topic = "information_security" if n % 3 == 0 else "dx_goals"
            log_repo.insert_broadcast(t.conn, _broadcast(n, when), [
                {"position": 0, "segment_id": n, "sha256": "a" * 64, "title": "t",
                 "topic": topic, "language": "vi", "planned_s": 1.0, "played_s": 1.0,
                 "started_at": when, "ended_at": when, "status": "played", "reason": None}])
    bounds = Bounds(topic="information_security")
    first, cursor = log_repo.page(db, bounds, limit=3, newest_first=True)
    rest, end = log_repo.page(db, bounds, limit=3, after=cursor, newest_first=True)
    assert [r.id for r in first + rest] == ["b9", "b6", "b3", "b0"] and end is None
    assert log_repo.count(db, bounds) == 4
