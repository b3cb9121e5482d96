"""Content packs end to end: the office builds and signs one, a station imports it strictly.

Every refusal class leaves the station exactly as it was (library, programmes, trusted key);
the happy path ends with a broadcast whose logged items carry the pack's ids.
"""

import base64
import datetime as dt
import json

import pytest
from pack_helpers import NOW, open_ctx, rewrite, write_spec

from commune_radio.app import AppContext
from commune_radio.core.clock import FixedClock
from commune_radio.exchange.pack_reader import PackRejected
from commune_radio.exchange.trust import fingerprint
from commune_radio.playout.file_sink import FileSink
from commune_radio.services.log_service import item_json
from commune_radio.services.pack_service import PackService
from commune_radio.storage.pack_repo import trusted_office


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The office's data directory, its key's fingerprint, and a good pack (with a segment
    whose file is not audio)."""
    root = tmp_path_factory.mktemp("office")
    ctx = open_ctx(root / "office")
    spec = write_spec(root / "spec", broken=True)
    written = ctx.packs.create(spec, root / "good.crpack")
    fp = ctx.packs.office_fingerprint()
    assert fingerprint(ctx.packs.office_public_key()) == fp
    assert len(base64.b64decode(ctx.packs.office_public_key())) == 32
    ctx.close()
    return root, written.path, fp


@pytest.fixture
def station(tmp_path):
    ctx = open_ctx(tmp_path / "station")
    ctx.station.init("02785", "Đài xã Bản Phiệt", province="Lào Cai")
    yield ctx
    ctx.close()


def snapshot(ctx):
    """Everything an import may change."""
    return (
        [(s.id, s.sha256, s.pack_id) for s in ctx.library.list()],
        [(p.name, [s.id for s in p.segments]) for p in ctx.programmes.list()],
        trusted_office(ctx.db),
        sorted(p.name for p in (ctx.data_dir / "audio").rglob("*")) if (
            ctx.data_dir / "audio").exists() else [],
        sorted(p.name for p in ctx.data_dir.iterdir()),
    )


def refused(ctx, path, reason_id, **kwargs):
    before = snapshot(ctx)
    result = ctx.packs.import_pack(path, **kwargs)
    assert not result.ok
    assert isinstance(result.error, PackRejected), result.error
    assert result.error.reason_id == reason_id, result.error.render("en")
    assert snapshot(ctx) == before
    return result


def test_happy_path_office_to_station_to_the_log(office, station, tmp_path):
    _, pack, fp = office
    result = station.packs.import_pack(pack, accept_key=fp, create_programme="hmong")
    assert result.ok and result.key_pinned
    assert trusted_office(station.db)[1] == fp
    outcomes = {s.pack_segment_id: s.result for s in result.segments}
    assert outcomes["dvc-vi"].ok and outcomes["dvc-hmong"].ok
    assert not outcomes["broken"].ok  # reported, and the rest imported
    assert outcomes["broken"].error.message_id == "audio.unreadable"
    assert not result.all_ok

    hmong = station.library.get(outcomes["dvc-hmong"].segment.id)
    assert (hmong.pack_id, hmong.pack_segment_id) == ("2026-12-dx", "dvc-hmong")
    assert hmong.language == "hmong" and hmong.topic == "online_services"
    assert hmong.prepared_lufs == pytest.approx(-16.0, abs=0.5)  # levelled like any import
    assert hmong.valid_until == dt.date(2026, 12, 20)
    vi = station.library.get(outcomes["dvc-vi"].segment.id)
    assert vi.valid_until == dt.date(2027, 1, 31)  # the pack's own end date
    assert len(station.library.list()) == 2

    offered = result.as_json("en")
    json.dumps(offered)
    assert [p["language"] for p in offered["programmes_offered"]] == ["vi", "hmong"]
    assert offered["programmes_offered"][0]["available"] == 1  # the broken one is not
    # offered, never forced: only the asked-for language became a programme
    assert [p.name for p in station.programmes.list()] == ["Chuyển đổi số (H'Mông)"]
    assert result.programme.segments == (hmong,)
    assert not list(station.data_dir.glob(".pack-*"))  # nothing half-done remains

    # a play logs items with the pack's ids
    broadcast_id = station.engine(FileSink(tmp_path / "aired.wav")).play(result.programme)
    record = station.log.get(broadcast_id)
    (item,) = record.items
    assert (item.pack_id, item.pack_segment_id) == ("2026-12-dx", "dvc-hmong")
    listed = item_json(item, "Asia/Ho_Chi_Minh")
    assert listed["pack_id"] == "2026-12-dx" and listed["pack_segment_id"] == "dvc-hmong"
    # and the export for the office (format v2) carries them from the logged row
    day = dt.date(2026, 12, 10)
    entries, _ = station.export.entries(day, day)
    (exported,) = [e for e in entries if e["id"] == broadcast_id]
    assert (exported["items"][0]["pack_id"], exported["items"][0]["pack_segment_id"]) == (
        "2026-12-dx", "dvc-hmong")
    # and the office's report says which stations aired which of the pack's items, and when
    crlog = tmp_path / f"{station.station.require().code}_2026-12.crlog"
    station.export.export(day, day, crlog)
    receiving = AppContext.open(tmp_path / "receiving-office", clock=station.clock)
    try:
        assert receiving.office.import_file(crlog).ok
        (aired,) = receiving.office.report(day, day).as_json()["packs"]
    finally:
        receiving.close()
    code = station.station.require().code
    assert aired["id"] == "2026-12-dx" and aired["stations"] == [code]
    (segment,) = aired["segments"]
    assert segment["id"] == "dvc-hmong" and segment["language"] == "hmong"
    assert segment["stations"] == {code: ["2026-W50"]}
    assert [m["id"] for m in aired["minutes_by_language"]] == ["hmong"]

    # importing the same pack again adds nothing and keeps provenance
    again = station.packs.import_pack(pack)
    assert again.ok and all(s.result.duplicate for s in again.segments if s.result.ok)
    assert len(station.library.list()) == 2


def test_items_not_from_a_pack_log_null_ids(station, tmp_path):
    from tone_library import add_tone

    segment = add_tone(station, tmp_path, 1.0, 500)
    assert segment.pack_id is None
    programme = station.programmes.create("Riêng", [segment.id]).value
    record = station.log.get(station.engine(FileSink(tmp_path / "a.wav")).play(programme))
    listed = item_json(record.items[0], "Asia/Ho_Chi_Minh")
    assert listed["pack_id"] is None and listed["pack_segment_id"] is None


def test_first_use_without_confirmation_is_refused_with_the_fingerprint(office, station):
    _, pack, fp = office
    result = refused(station, pack, "pack.key_unknown")
    assert fp in result.error.render("en") and fp in result.error.render("vi")
    assert result.as_json("en")["fingerprint"] == fp
    refused(station, pack, "pack.key_not_confirmed", accept_key="0000-0000-0000-0000")


def test_a_pinned_fingerprint_accepts_the_office_and_refuses_another_key(office, station,
                                                                          tmp_path):
    root, pack, fp = office
    assert station.packs.trust_office(fp.lower().replace("-", " ")).value == fp
    other = open_ctx(tmp_path / "other-office")
    forged = other.packs.create(write_spec(root / "spec"), tmp_path / "forged.crpack").path
    other.close()
    refused(station, forged, "pack.wrong_key")
    assert station.packs.import_pack(pack).ok
    assert trusted_office(station.db)[0] is not None  # the full key is pinned now
    refused(station, forged, "pack.wrong_key", accept_key=fp)  # a confirmation cannot override


def test_tampered_member_and_manifest_are_refused(office, station, tmp_path):
    _, pack, fp = office
    station.packs.trust_office(fp)

    def flip_audio(name, data):
        if name == "seg-dvc-vi.wav":
            return data[:-10] + bytes(10)
        return data
    refused(station, rewrite(pack, tmp_path / "audio.crpack", flip_audio),
            "exchange.hash_mismatch")

    def edit_manifest(name, data):
        if name == "manifest.json":
            return data.replace(b'"2027-01-31"', b'"2029-01-31"')
        return data
    refused(station, rewrite(pack, tmp_path / "manifest.crpack", edit_manifest),
            "exchange.bad_signature")


def test_expired_pack_is_refused(office, tmp_path):
    _, pack, fp = office
    late = open_ctx(tmp_path / "late", NOW + dt.timedelta(days=60))
    late.station.init("02785", "Đài xã Bản Phiệt")
    try:
        result = refused(late, pack, "pack.expired", accept_key=fp)
        assert "2027-01-31" in result.error.render("vi")
    finally:
        late.close()


def test_pack_for_another_province_is_refused(office, tmp_path):
    root, _, fp = office
    office_ctx = open_ctx(root / "office")
    other = office_ctx.packs.create(write_spec(root / "spec", pack_id="yb-dx",
                                               province="Yên Bái"), tmp_path / "yb.crpack").path
    office_ctx.close()
    st = open_ctx(tmp_path / "st")
    st.station.init("02785", "Đài xã Bản Phiệt", province="lào  cai")
    try:
        refused(st, other, "pack.other_province", accept_key=fp)
    finally:
        st.close()


def test_pack_larger_than_the_free_disk_is_refused(office, station):
    _, pack, fp = office
    small = PackService(station.db, station.data_dir, station.library, station.programmes,
                        clock=FixedClock(NOW), free_space=lambda _path: 10 * 2**20)
    before = snapshot(station)
    result = small.import_pack(pack, accept_key=fp)
    assert not result.ok and result.error.reason_id == "pack.no_disk"
    assert "10 MB" in result.error.render("en")
    assert snapshot(station) == before


def test_expired_pack_segments_leave_their_programmes(office, tmp_path):
    _, pack, fp = office
    st = open_ctx(tmp_path / "st")
    st.station.init("02785", "Đài xã Bản Phiệt")
    try:
        result = st.packs.import_pack(pack, accept_key=fp, create_programme="hmong")
        programme = result.programme
        assert result.removed == []
        st.packs.clock = FixedClock(NOW + dt.timedelta(days=11))  # 21 December
        removed = st.packs.retire_expired().value
        assert [(r.programme, r.valid_until) for r in removed] == [
            ("Chuyển đổi số (H'Mông)", "2026-12-20")]
        assert st.programmes.get(programme.id).segments == ()
        assert st.packs.retire_expired().value == []  # told once
    finally:
        st.close()


def test_create_programme_for_a_language_the_pack_does_not_offer(office, station):
    _, pack, fp = office
    result = station.packs.import_pack(pack, accept_key=fp, create_programme="dao")
    assert result.ok and result.programme is None
    assert result.programme_error.message_id == "pack.no_programme"
    assert station.programmes.list() == []


def test_theme_catalogue_keeps_ids_and_retired_themes(office, tmp_path):
    from commune_radio.core.topics import TOPICS
    from commune_radio.storage.pack_repo import theme_catalogue

    root, _, fp = office
    themes = "".join(
        f'[[themes]]\nid = "{t.id}"\nvi = "{t.vi}"\nen = "{t.en}"\n'
        f'retired = {"true" if t.id == "targets_dti" else "false"}\n' for t in TOPICS)
    themes += '[[themes]]\nid = "ai_basics"\nvi = "Trí tuệ nhân tạo"\nen = "AI basics"\n'
    extra_spec = root / "themes-spec"
    office_ctx = open_ctx(root / "office")
    spec = write_spec(extra_spec, pack_id="themes", extra="schedule_template = \"t.toml\"\n")
    (extra_spec / "t.toml").write_text(
        'format = 1\nname = "Mẫu"\n[[slot]]\nprogramme = "Chuyển đổi số tuần này"\n'
        'days = ["mon"]\nat = "06:00"\n', encoding="utf-8")
    spec.write_text(spec.read_text(encoding="utf-8") + "\n" + themes, encoding="utf-8")
    pack = office_ctx.packs.create(spec, tmp_path / "themes.crpack").path
    office_ctx.close()
    st = open_ctx(tmp_path / "st")
    st.station.init("02785", "Đài xã Bản Phiệt")
    try:
        result = st.packs.import_pack(pack, accept_key=fp)
        assert result.ok and result.schedule_template.is_file()
        stored = {t["id"]: t for t in theme_catalogue(st.db)}
        assert stored["targets_dti"]["retired"] and stored["ai_basics"]["en"] == "AI basics"
    finally:
        st.close()
