"""Content packs in the station database (schema v9): provenance, the pinned office key, and
pack items past their validity date leaving programmes (intro/outro included)."""

import datetime as dt
import sqlite3

import sqlite_utils

from commune_radio.core.programmes import ProgrammeDraft
from commune_radio.storage import keys, pack_repo, programme_repo, schema, segment_repo
from commune_radio.storage.database import DB_FILE, Database


def add_segment(db, n, *, pack=None, until=None):
    return segment_repo.insert_segment(db, {
        "title": f"mục {n}", "language": "vi", "duration_s": 1.0, "sha256": f"{n:064x}",
        "source_sha256": f"{n + 1000:064x}", "valid_until": until,
        "pack_id": pack and pack[0], "pack_segment_id": pack and pack[1],
    })


def test_a_v8_database_gains_provenance_columns_as_null(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_FILE)
    old = sqlite_utils.Database(conn)
    for migration in schema.MIGRATIONS[:8]:
        migration(old)
    old["segments"].insert({"title": "cũ", "language": "vi", "duration_s": 1.0,
                            "sha256": "f" * 64, "source_sha256": "e" * 64})
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()
    db = Database.in_dir(tmp_path)
    (kept,) = segment_repo.list_segments(db)
    assert kept.title == "cũ" and (kept.pack_id, kept.pack_segment_id) == (None, None)
    assert db.schema_version == len(schema.MIGRATIONS)
    for table in ("segments", "broadcast_items"):
        columns = {c.name for c in db.db[table].columns}
        assert {"pack_id", "pack_segment_id"} <= columns
    own = add_segment(db, 1)
    assert segment_repo.get_segment(db, own).pack_id is None
    assert segment_repo.set_provenance(db, own, "p1", "s1")
    assert not segment_repo.set_provenance(db, own, "p2", "s9")  # the first origin stays
    assert segment_repo.get_segment(db, own).pack_segment_id == "s1"
    db.close()


def test_pinning_the_office_key(tmp_path):
    db = Database.in_dir(tmp_path)
    assert pack_repo.trusted_office(db) == (None, None)
    pack_repo.pin_office(db, None, "AAAA-BBBB-CCCC-DDDD")
    assert pack_repo.trusted_office(db) == (None, "AAAA-BBBB-CCCC-DDDD")
    pack_repo.pin_office(db, "k" * 44, "AAAA-BBBB-CCCC-DDDD")
    assert pack_repo.trusted_office(db) == ("k" * 44, "AAAA-BBBB-CCCC-DDDD")
    db.close()


def test_expired_pack_items_leave_programmes_and_the_rest_keep_their_order(tmp_path):
    db = Database.in_dir(tmp_path)
    own_old = add_segment(db, 1, until="2026-12-01")  # the station's own: never touched here
    a = add_segment(db, 2, pack=("p", "a"), until="2026-12-31")
    gone = add_segment(db, 3, pack=("p", "b"), until="2026-12-09")
    intro = add_segment(db, 4, pack=("p", "c"), until="2026-12-05")
    pid = programme_repo.insert_programme(db, ProgrammeDraft(
        "Tuần", (a, gone, own_old, gone), intro_id=intro))
    other = programme_repo.insert_programme(db, ProgrammeDraft("Khác", (a,)))

    assert pack_repo.remove_expired_from_programmes(db, dt.date(2026, 12, 5)) == []
    removed = pack_repo.remove_expired_from_programmes(db, dt.date(2026, 12, 10))
    assert sorted((r.programme, r.segment_id) for r in removed) == [("Tuần", gone),
                                                                     ("Tuần", intro)]
    row = programme_repo.get_programme(db, pid)
    assert row.segment_ids == (a, own_old) and row.intro_id is None
    assert programme_repo.get_programme(db, other).segment_ids == (a,)
    assert pack_repo.remove_expired_from_programmes(db, dt.date(2026, 12, 10)) == []
    db.close()


def test_the_office_key_is_its_own_file_made_on_first_use(tmp_path):
    office = keys.office_key(tmp_path)
    assert keys.key_path(tmp_path, keys.OFFICE_KEY_FILE).is_file()
    assert keys.load_key(tmp_path) is None  # not the station's key
    assert keys.public_key_b64(keys.office_key(tmp_path)) == keys.public_key_b64(office)
