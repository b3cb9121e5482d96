"""Every kind of damaged or altered file is refused, named with its reason, and changes nothing."""

import datetime as dt
import io
import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from exchange_helpers import NOV, office_dump

from commune_radio.exchange import format as fmt
from commune_radio.exchange.errors import FileRejected
from commune_radio.exchange.reader import open_log_bytes
from commune_radio.exchange.samples import broadcast

pytestmark = pytest.mark.office_db  # every test on SQLite and on PostgreSQL


@pytest.fixture
def seeded(office, make_station, tmp_path):
    """An office that already holds another station's file (so "unchanged" means something)."""
    other = make_station(code="04465", name="Đài xã Khao Mang")
    path = tmp_path / "04465.crlog"
    other.export.export(*NOV, path)
    assert office.office.import_file(path).ok
    return office


@pytest.fixture
def good(nov_file):
    return nov_file.read_bytes()


def assert_rejected(office, tmp_path, blob, reason, name="bad.crlog"):
    """Import ``blob``: it must be refused for ``reason`` and leave the database as it was."""
    before = office_dump(office)
    path = tmp_path / name
    path.write_bytes(blob)
    result = office.office.import_file(path)
    assert not result.ok, reason
    assert isinstance(result.error, FileRejected)
    assert result.error.reason_id == reason, result.error.render("en")
    for lang in ("vi", "en"):
        text = result.error.render(lang)
        assert name in text and "{" not in text
    assert office_dump(office) == before
    return result.error


def rezip(blob, transform):
    """Rebuild the ZIP with ``transform(list of (name, data)) -> list of (name, data)``."""
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        members = [(i.filename, zf.read(i)) for i in zf.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in transform(members):
            zf.writestr(name, data)
    return buf.getvalue()


def test_a_good_file_passes_the_same_checks(seeded, nov_file):
    assert seeded.office.import_file(nov_file).ok


@pytest.mark.parametrize("where", [0.1, 0.3, 0.5, 0.7, 0.9, 0.99])
def test_bit_flips(seeded, tmp_path, good, where):
    pos = int(len(good) * where)
    blob = bytearray(good)
    blob[pos] ^= 0x10
    before = office_dump(seeded)
    path = tmp_path / "flip.crlog"
    path.write_bytes(bytes(blob))
    result = seeded.office.import_file(path)
    # a flip inside zip bookkeeping no check covers (a timestamp) leaves the content intact;
    # anything else is refused. Either way nothing changes but the new file's own broadcasts.
    if result.ok:
        assert result.new == 60
    else:
        assert result.error.reason_id in {f"exchange.{r}" for r in (
            "not_zip", "damaged", "bad_signature", "hash_mismatch", "member_path",
            "member_unexpected", "manifest_unreadable", "zip_bomb", "member_too_big",
            "bad_compression", "encrypted", "member_missing", "member_duplicate",
        )}
        assert office_dump(seeded) == before


def test_a_flip_in_the_compressed_entries_is_caught(seeded, tmp_path, good):
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        info = zf.getinfo(fmt.ENTRIES)
    # the member's data starts after its local header (30 bytes + name + extra)
    data_start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    blob = bytearray(good)
    blob[data_start + info.compress_size // 2] ^= 0x01
    err = assert_rejected(seeded, tmp_path, bytes(blob), "exchange.damaged")
    assert err.reason.params["member"] == fmt.ENTRIES


@pytest.mark.parametrize("keep", [0, 1, 22, 100, 0.5, 0.9, -1])
def test_truncation(seeded, tmp_path, good, keep):
    n = keep if isinstance(keep, int) and keep >= 0 else (
        len(good) - 1 if keep == -1 else int(len(good) * keep))
    assert_rejected(seeded, tmp_path, good[:n], "exchange.not_zip")


def test_not_a_zip_at_all(seeded, tmp_path):
    assert_rejected(seeded, tmp_path, "nhật ký\n".encode() * 100, "exchange.not_zip")


def test_an_edited_entry_breaks_the_signed_hash(seeded, tmp_path, good):
    def edit(members):
        out = []
        for name, data in members:
            if name == fmt.ENTRIES:  # a non-DX broadcast made to count as DX
                edited = data.replace(b'"dx":false', b'"dx":true', 1)
                assert edited != data
                data = edited
            out.append((name, data))
        return out

    assert_rejected(seeded, tmp_path, rezip(good, edit), "exchange.hash_mismatch")


def test_an_edited_entry_with_a_recomputed_hash_breaks_the_signature(
    seeded, tmp_path, good, crafter
):
    manifest, entries = crafter.parts(good)
    entries[0]["status"] = "played" if entries[0]["status"] != "played" else "partial"
    blob = crafter.build(manifest, entries, sign=False)
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        old_sig = zf.read(fmt.SIGNATURE)
    blob = rezip(blob, lambda ms: [*ms, (fmt.SIGNATURE, old_sig)])
    assert_rejected(seeded, tmp_path, blob, "exchange.bad_signature")


def test_a_removed_signature(seeded, tmp_path, good):
    blob = rezip(good, lambda ms: [(n, d) for n, d in ms if n != fmt.SIGNATURE])
    assert_rejected(seeded, tmp_path, blob, "exchange.member_missing")


def test_a_garbage_signature(seeded, tmp_path, good):
    blob = rezip(good, lambda ms: [(n, b"not a signature" if n == fmt.SIGNATURE else d)
                                   for n, d in ms])
    assert_rejected(seeded, tmp_path, blob, "exchange.bad_signature")


@pytest.mark.parametrize("bad_name", [
    "../manifest.json", "sub/entries.jsonl", "/etc/passwd", "..\\signature", "C:evil",
    "sub/", ".hidden",
])
def test_a_member_with_a_path(seeded, tmp_path, good, bad_name):
    blob = rezip(good, lambda ms: [((bad_name if n == fmt.SIGNATURE else n), d)
                                   for n, d in ms])
    err = assert_rejected(seeded, tmp_path, blob, "exchange.member_path")
    assert err.reason.params["member"] == bad_name


def test_unexpected_extra_and_duplicate_members(seeded, tmp_path, good):
    renamed = rezip(good, lambda ms: [("readme.txt" if n == fmt.SIGNATURE else n, d)
                                      for n, d in ms])
    assert_rejected(seeded, tmp_path, renamed, "exchange.member_unexpected")
    extra = rezip(good, lambda ms: [*ms, ("readme.txt", b"hi")])
    assert_rejected(seeded, tmp_path, extra, "exchange.too_many_members")
    with pytest.warns(UserWarning, match="Duplicate name"):
        dup = rezip(good, lambda ms: [ms[0], ms[1], ms[1]])
    assert_rejected(seeded, tmp_path, dup, "exchange.member_duplicate")


def test_a_zip_bomb_is_not_expanded(seeded, tmp_path, good):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zipfile.ZipFile(io.BytesIO(good)) as src:
            zf.writestr(fmt.MANIFEST, src.read(fmt.MANIFEST))
            zf.writestr(fmt.SIGNATURE, src.read(fmt.SIGNATURE))
        with zf.open(fmt.ENTRIES, "w", force_zip64=True) as fh:
            chunk = b"\n" * (1 << 20)
            for _ in range(64):  # 64 MB of newlines compress to about 64 KB
                fh.write(chunk)
    blob = buf.getvalue()
    assert len(blob) < 200_000
    assert_rejected(seeded, tmp_path, blob, "exchange.zip_bomb")


def test_a_member_larger_than_its_limit(seeded, tmp_path, good):
    big = rezip(good, lambda ms: [(n, d + b" " * (fmt.MAX_MANIFEST_BYTES + 1)
                                   if n == fmt.MANIFEST else d) for n, d in ms])
    assert_rejected(seeded, tmp_path, big, "exchange.member_too_big")


def test_an_encrypted_member(seeded, tmp_path, good):
    blob = bytearray(good)
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        info = zf.getinfo(fmt.MANIFEST)
        cd_offset = bytes(good).rfind(b"PK\x01\x02", 0, len(good))
    # set the "encrypted" flag in the local and the central header of the first member
    assert info.header_offset == 0
    blob[6] |= 0x01
    first_cd = bytes(good).find(b"PK\x01\x02")
    assert first_cd <= cd_offset
    blob[first_cd + 8] |= 0x01
    assert_rejected(seeded, tmp_path, bytes(blob), "exchange.encrypted")


def test_another_key_for_the_same_code_is_refused_until_reregistered(
    seeded, tmp_path, station, nov_file
):
    assert seeded.office.import_file(nov_file).ok
    trusted = seeded.office.stations()[0].fingerprint
    # the station is set up again with a new key (or someone forges its files)
    station.station.init("02785", "Đài truyền thanh xã Bản Phiệt", force=True, new_key=True)
    station.db.conn.execute("DELETE FROM broadcast_items")
    station.db.conn.execute("DELETE FROM broadcasts")
    from commune_radio.storage.log_repo import insert_log_rows

    insert_log_rows(station.db, [broadcast("02785", "2026-12-01T05:30:00.000+07:00",
                                           items=[("dx_goals", "vi", 60)])])
    path = tmp_path / "02785_2026-12.crlog"
    station.export.export(dt.date(2026, 12, 1), dt.date(2026, 12, 31), path)
    err = assert_rejected(seeded, tmp_path, path.read_bytes(), "exchange.key_changed",
                          name="02785_2026-12.crlog")
    assert err.reason.params["trusted"] == trusted
    assert "--reregister 02785" in err.render("en")
    # the officer re-registers the station on purpose: the next file's key is trusted
    view = seeded.office.reregister("02785").value
    assert view.key_pending and view.public_key is None
    result = seeded.office.import_file(path)
    assert result.ok and result.new == 1
    (st,) = [s for s in seeded.office.stations() if s.code == "02785"]
    assert st.public_key == station.station.require().public_key and st.fingerprint != trusted
    history = seeded.office.key_history("02785")
    assert len(history) == 2 and history[0]["retired_at"] and not history[1]["retired_at"]
    # and the old key is now the stranger
    assert_rejected(seeded, tmp_path, nov_file.read_bytes(), "exchange.key_changed")


def test_reregister_with_a_given_key_and_unknown_codes(seeded):
    key = Ed25519PrivateKey.generate()
    from commune_radio.storage.keys import public_key_b64

    view = seeded.office.reregister("04465", public_key_b64(key)).value
    assert view.public_key == public_key_b64(key) and not view.key_pending
    from commune_radio.core.errors import RejectedInput

    with pytest.raises(RejectedInput) as exc:
        seeded.office.reregister("99999")
    assert exc.value.message_id == "office.unknown_station"
    with pytest.raises(RejectedInput):
        seeded.office.reregister("04465", "not-a-key")


def test_accept_new_key_on_purpose_from_the_window(seeded, tmp_path, crafter, good):
    manifest, entries = crafter.parts(good)
    other = Ed25519PrivateKey.generate()
    from commune_radio.storage.keys import public_key_b64

    manifest["station"]["code"] = "04465"
    manifest["station"]["public_key"] = public_key_b64(other)
    for e in entries:
        e["station_code"] = "04465"
    blob = crafter.build(manifest, entries, key=other)
    assert_rejected(seeded, tmp_path, blob, "exchange.key_changed")
    path = tmp_path / "bad.crlog"
    assert seeded.office.import_file(path, accept_new_key=True).ok


def test_a_future_format_version_gets_its_own_message(seeded, tmp_path, good, crafter):
    manifest, entries = crafter.parts(good)
    manifest["format_version"] = fmt.FORMAT_VERSION + 1
    manifest["something_new"] = {"x": 1}
    err = assert_rejected(seeded, tmp_path, crafter.build(manifest, entries),
                          "exchange.future_version")
    assert "newer version" in err.render("en") and "phiên bản mới hơn" in err.render("vi")
    manifest["format_version"] = 0
    assert_rejected(seeded, tmp_path, crafter.build(manifest, entries), "exchange.why.field")


def test_a_wrong_format_name(seeded, tmp_path, good, crafter):
    manifest, entries = crafter.parts(good)
    manifest["format"] = "something-else"
    assert_rejected(seeded, tmp_path, crafter.build(manifest, entries), "exchange.not_a_log")


FIELD_EDITS = [
    # (what is changed, where, the field named in the message)
    ("code of 4 digits", lambda m, e: m["station"].update(code="2785"), "station.code"),
    ("empty name", lambda m, e: m["station"].update(name="  "), "station.name"),
    ("bad zone", lambda m, e: m["station"].update(timezone="Mars/Olympus"), "station.timezone"),
    ("zone path", lambda m, e: m["station"].update(timezone="../../etc/passwd"),
     "station.timezone"),
    ("bad period", lambda m, e: m["period"].update(to="2026-02-30"), "period.to"),
    ("period reversed", lambda m, e: m["period"].update(to="2026-10-01"), "period.to"),
    ("missing key", lambda m, e: m.pop("app_version"), "(manifest)"),
    ("entry uuid", lambda m, e: e[0].update(id="not-a-uuid"), "id"),
    ("upper-case uuid", lambda m, e: e[0].update(id=e[0]["id"].upper()), "id"),
    ("entry code", lambda m, e: e[0].update(station_code="04465"), "station_code"),
    ("status started", lambda m, e: e[0].update(status="started"), "status"),
    ("unknown trigger", lambda m, e: e[0].update(trigger="magic"), "trigger"),
    ("dx as int", lambda m, e: e[0].update(dx=1), "dx"),
    ("naive time", lambda m, e: e[0].update(scheduled_at="2026-11-01T05:30:00"), "scheduled_at"),
    ("bad time", lambda m, e: e[0].update(scheduled_at="2026-11-31T05:30:00+07:00"),
     "scheduled_at"),
    ("extra key", lambda m, e: e[0].update(extra=1), "(line)"),
    ("unknown topic", lambda m, e: e[0]["items"][0].update(topic="lottery"), "items[0].topic"),
    ("unknown language", lambda m, e: e[1]["items"][2].update(language="klingon"),
     "items[2].language"),
    ("negative seconds", lambda m, e: e[0]["items"][1].update(played_s=-1), "items[1].played_s"),
    ("seconds as text", lambda m, e: e[0]["items"][1].update(planned_s="60"),
     "items[1].planned_s"),
    ("bad hash", lambda m, e: e[0]["items"][0].update(sha256="xyz"), "items[0].sha256"),
    ("segment 0", lambda m, e: e[0]["items"][0].update(segment_id=0), "items[0].segment_id"),
    ("item time", lambda m, e: e[2]["items"][0].update(ended_at="yesterday"),
     "items[0].ended_at"),
    ("item status", lambda m, e: e[0]["items"][0].update(status="done"), "items[0].status"),
    ("item extra key", lambda m, e: e[0]["items"][0].update(volume=3), "items[0]"),
    ("items not a list", lambda m, e: e[0].update(items={}), "items"),
    ("huge title", lambda m, e: e[0]["items"][0].update(title="x" * 5000), "items[0].title"),
]


@pytest.mark.parametrize("label,edit,field", FIELD_EDITS, ids=[f[0] for f in FIELD_EDITS])
def test_every_field_is_validated_even_when_properly_signed(
    seeded, tmp_path, good, crafter, label, edit, field
):
    manifest, entries = crafter.parts(good)
    edit(manifest, entries)
    # a status outside the vocabulary cannot be counted in the manifest: keep the old counts
    blob = crafter.build(manifest, entries, recount=label != "status started")
    err = assert_rejected(seeded, tmp_path, blob, "exchange.why.field")
    assert err.reason.params["field"] == field, err.render("en")


def test_entry_level_consistency(seeded, tmp_path, good, crafter):
    manifest, entries = crafter.parts(good)
    dup = [*entries, dict(entries[0])]
    assert_rejected(seeded, tmp_path, crafter.build(manifest, dup), "exchange.duplicate_entry")
    outside = [dict(entries[0], scheduled_at="2026-12-05T05:30:00.000+07:00",
                    started_at="2026-12-05T05:30:00.000+07:00"), *entries[1:]]
    assert_rejected(seeded, tmp_path, crafter.build(manifest, outside),
                    "exchange.outside_period")
    wrong_count = crafter.build(manifest, entries[1:], recount=False)
    assert_rejected(seeded, tmp_path, wrong_count, "exchange.counts_mismatch")
    manifest["counts"] = {"broadcasts": 1, "items": 0,
                          "by_status": dict.fromkeys(fmt.FINAL_STATUSES, 0) | {"played": 1},
                          "events": crafter.events_data.count(b"\n")}
    not_json = crafter.build(manifest, entries_data=b'{"id": \n', entries=None, recount=False)
    assert_rejected(seeded, tmp_path, not_json, "exchange.entries_unreadable")


def test_the_reader_refuses_lone_surrogates_that_sqlite_could_not_store(good, crafter):
    manifest, entries = crafter.parts(good)
    data = bytearray()
    for n, e in enumerate(entries):
        line = json.dumps(e, ensure_ascii=False)
        if n == 3:
            line = line.replace('"title": "', '"title": "\\ud800', 1)
        data += line.encode() + b"\n"
    blob = crafter.build(manifest, entries, entries_data=bytes(data), recount=False)
    with pytest.raises(FileRejected) as exc:
        open_log_bytes(blob, "s.crlog").read_entries()
    assert exc.value.reason_id == "exchange.why.field"
