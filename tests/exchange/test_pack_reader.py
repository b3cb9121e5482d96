"""The strict pack reader: hostile containers are refused before anything is extracted."""

import base64
import datetime as dt
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from commune_radio.exchange import pack_format as pf
from commune_radio.exchange.pack_reader import PackRejected, open_pack
from commune_radio.exchange.pack_writer import write_pack

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))
from pack_helpers import rewrite, write_spec  # noqa: E402

NOW = dt.datetime(2026, 12, 10, 5, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    root = tmp_path_factory.mktemp("pack")
    key = Ed25519PrivateKey.generate()
    out = write_pack(write_spec(root / "spec"), root / "p.crpack", key, app_version="0.1.0",
                     now=NOW)
    return root, out.path, key


def reason_of(path: Path) -> str:
    with pytest.raises(PackRejected) as info:
        pack = open_pack(path)
        (path.parent / "x").mkdir(exist_ok=True)
        pack.extract(path.parent / "x")
    assert "“" in info.value.render("vi") and info.value.render("en").startswith("Content pack")
    return info.value.reason_id


def test_a_good_pack_opens_and_extracts(signed, tmp_path):
    _, path, _ = signed
    pack = open_pack(path)
    assert [s.id for s in pack.manifest.segments] == ["dvc-vi", "dvc-hmong"]
    assert pack.manifest.province == "Lào Cai"
    got = pack.extract(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seg-dvc-hmong.wav", "seg-dvc-vi.wav"]
    assert got.audio["dvc-vi"].read_bytes() == (path.parent / "spec" / "dvc-vi.wav").read_bytes()


def test_path_traversal_member_is_refused(signed, tmp_path):
    _, path, _ = signed
    evil = tmp_path / "evil.crpack"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(evil, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("../../etc/seg-x.wav", b"RIFF")
    assert reason_of(evil) == "exchange.member_path"
    assert not (tmp_path.parent.parent / "etc" / "seg-x.wav").exists()


def test_zip_bomb_is_refused_from_the_header(signed, tmp_path):
    _, path, _ = signed
    bomb = tmp_path / "bomb.crpack"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "seg-dvc-vi.wav":
                data = bytes(50 * 2**20)  # 50 MB of zeros in a few KB
            zout.writestr(info.filename, data)
    assert bomb.stat().st_size < 2**20
    assert reason_of(bomb) == "exchange.zip_bomb"


def test_an_unexpected_or_missing_member_is_refused(signed, tmp_path):
    _, path, _ = signed
    extra = tmp_path / "extra.crpack"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(extra, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("seg-undeclared.wav", b"RIFF....")
    assert reason_of(extra) == "pack.member_unexpected"
    gone = rewrite(path, tmp_path / "gone.crpack",
                   lambda n, d: None if n == "seg-dvc-hmong.wav" else d)
    assert reason_of(gone) == "exchange.member_missing"
    unsigned = rewrite(path, tmp_path / "unsigned.crpack",
                       lambda n, d: None if n == "signature" else d)
    assert reason_of(unsigned) == "exchange.member_missing"
    odd = tmp_path / "odd.crpack"
    with zipfile.ZipFile(odd, "w") as z:
        z.writestr("readme.txt", b"hi")
    assert reason_of(odd) == "pack.member_unexpected"


def test_a_zip_of_many_members_is_refused_before_reading_its_directory(tmp_path):
    many = tmp_path / "many.crpack"
    with zipfile.ZipFile(many, "w") as z:
        for n in range(pf.MAX_MEMBERS + 1):
            z.writestr(f"seg-{n}.wav", b"")
    assert reason_of(many) == "pack.too_many_members"


def test_not_a_zip_and_a_log_file_are_refused(signed, tmp_path):
    junk = tmp_path / "junk.crpack"
    junk.write_bytes(b"hello" * 100)
    assert reason_of(junk) == "pack.not_zip"


def resign(path: Path, dst: Path, key, edit) -> Path:
    """A pack whose manifest is edited and signed again by ``key`` (a well-signed bad pack)."""
    def change(name, data):
        if name == pf.MANIFEST:
            return json.dumps(edit(json.loads(data)), ensure_ascii=False).encode()
        return data
    rewrite(path, dst, change)
    with zipfile.ZipFile(dst) as z:
        raw = z.read(pf.MANIFEST)
    sig = base64.b64encode(key.sign(raw))
    return rewrite(dst, dst.with_suffix(".signed"), lambda n, d: sig if n == "signature" else d)


def first(m: dict, **change) -> dict:
    """The manifest with its first segment changed (the others kept)."""
    return {**m, "segments": [m["segments"][0] | change, *m["segments"][1:]]}


@pytest.mark.parametrize("edit, reason", [
    (lambda m: m | {"format_version": 2}, "exchange.future_version"),
    (lambda m: m | {"format": "commune-radio-log"}, "pack.not_a_pack"),
    (lambda m: m | {"pack_id": "../up"}, "exchange.why.field"),
    (lambda m: m | {"extra": 1}, "exchange.why.field"),
    (lambda m: first(m, member="../seg-x.wav"),
     "exchange.why.field"),
    (lambda m: first(m, topic="nope"), "exchange.why.field"),
    (lambda m: first(m, language="xx"),
     "exchange.why.field"),
    (lambda m: first(m, title="a\x1b[31mred"),
     "exchange.why.field"),
    (lambda m: first(m, size=5), "exchange.hash_mismatch"),
    (lambda m: {**m, "valid_until": "2026-11-01"}, "exchange.why.field"),
    (lambda m: {**m, "programmes": [m["programmes"][0] | {"segments": ["ghost"]}]},
     "exchange.why.field"),
])
def test_every_field_is_validated(signed, tmp_path, edit, reason):
    _, path, key = signed
    bad = resign(path, tmp_path / "bad.crpack", key, edit)
    assert reason_of(bad) == reason


def test_the_command_line_round_trip(signed, tmp_path):
    """`office pack create` and `library import-pack --json` as subprocesses (no window)."""
    root, _, _ = signed
    data = tmp_path / "office"
    done = subprocess.run(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(data), "--lang", "en",
         "office", "pack", "create", str(root / "spec" / "2026-12-dx.toml"), "-o",
         str(tmp_path / "cli.crpack"), "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    assert made["segments"] == 2 and len(made["fingerprint"]) == 19
    assert (data / "keys" / "office_ed25519.pem").is_file()
    st = tmp_path / "st"
    subprocess.run([sys.executable, "-m", "commune_radio", "--data-dir", str(st), "station",
                    "init", "--code", "02785", "--name", "Bản Phiệt"], check=True, timeout=60,
                   capture_output=True)
    # refused without a confirmation: exit 1, one JSON document naming the fingerprint
    done = subprocess.run(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(st), "--lang", "en", "library",
         "import-pack", str(tmp_path / "cli.crpack"), "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 1
    answer = json.loads(done.stdout)
    assert answer["ok"] is False and answer["fingerprint"] == made["fingerprint"]
    assert made["fingerprint"] in done.stderr


def test_station_commands_end_to_end_at_a_fixed_date(signed, tmp_path):
    """`station trust-office FP`, `library import-pack --create-programme`, `play --to-file` and
    `log list --json` as subprocesses, the whole process held at 10 December 2026 (datefudge)."""
    root, pack, key = signed
    from commune_radio.exchange.trust import fingerprint
    from commune_radio.storage.keys import public_key_b64

    fp = fingerprint(public_key_b64(key))
    st = tmp_path / "st"

    def cr(*args):
        return subprocess.run(
            ["datefudge", "2026-12-10 12:00:00 +0700", sys.executable, "-m", "commune_radio",
             "--data-dir", str(st), "--lang", "en", *args],
            capture_output=True, text=True, encoding="utf-8", timeout=60)

    assert cr("station", "init", "--code", "02785", "--name", "Bản Phiệt").returncode == 0
    done = cr("station", "trust-office", fp.replace("-", " ").lower(), "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["fingerprint"] == fp
    done = cr("library", "import-pack", str(pack), "--create-programme", "vi", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["programme_created"] == "Chuyển đổi số tuần này"
    assert [s["ok"] for s in answer["segments"]] == [True, True]
    done = cr("play", "Chuyển đổi số tuần này", "--to-file", str(tmp_path / "a.wav"), "--json")
    assert done.returncode == 0, done.stderr
    done = cr("log", "list", "--json")
    (broadcast,) = json.loads(done.stdout)
    assert broadcast["started_at"].startswith("2026-12-10")
    (item,) = broadcast["items"]
    assert (item["pack_id"], item["pack_segment_id"]) == ("2026-12-dx", "dvc-vi")
    # another office's pack is refused with the reason, exit 1
    other = write_pack(write_spec(tmp_path / "spec2", pack_id="forged"), tmp_path / "f.crpack",
                       Ed25519PrivateKey.generate(), app_version="0.1.0", now=NOW).path
    done = cr("library", "import-pack", str(other), "--json")
    assert done.returncode == 1 and json.loads(done.stdout)["reason"] == "pack.wrong_key"


@pytest.mark.parametrize("text", [
    'pack_id = "x"\nsegments = 3\n',
    'pack_id = "x"\n[[segments]]\nid = "a"\n',
    'pack_id = "x"\nthemes = [{id = "a"}]\n',
    "not toml at all [",
])
def test_a_bad_spec_is_refused_with_a_message(tmp_path, text):
    from commune_radio.core.errors import RejectedInput

    spec = tmp_path / "spec.toml"
    spec.write_text(text, encoding="utf-8")
    with pytest.raises(RejectedInput) as info:
        write_pack(spec, tmp_path / "o.crpack", Ed25519PrivateKey.generate(),
                   app_version="0.1.0", now=NOW)
    assert info.value.message_id == "pack.bad_spec"
    assert not (tmp_path / "o.crpack").exists()
