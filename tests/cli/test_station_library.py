"""The command contract of CLI.md, run as a real subprocess where exit codes and stdout matter."""

import json
import sqlite3
import subprocess
import sys

import pytest

from commune_radio.paths import assets_dir


@pytest.fixture(scope="module")
def speech_wav(tmp_path_factory):
    """A few seconds of Vietnamese speech made by espeak-ng."""
    path = tmp_path_factory.mktemp("cli-audio") / "dich-vu-cong.wav"
    subprocess.run(["espeak-ng", "-v", "vi", "-w", str(path), "Nộp hồ sơ trực tuyến."], check=True)
    return path


def run(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def test_version():
    out = subprocess.run([sys.executable, "-m", "commune_radio", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip().startswith("commune-radio ")


def test_station_topics_languages(tmp_path):
    assert run(tmp_path, "station", "show", "--json").returncode == 2
    init = run(tmp_path, "station", "init", "--code", "02785", "--name", "Đài xã Bản Phiệt")
    assert init.returncode == 0
    show = json.loads(run(tmp_path, "station", "show", "--json").stdout)
    assert set(show) == {"code", "name", "province", "office", "timezone", "public_key",
                         "app_version"}
    assert show["code"] == "02785" and show["timezone"] == "Asia/Ho_Chi_Minh"
    again = run(tmp_path, "station", "init", "--code", "02785", "--name", "x")
    assert again.returncode == 1 and "--force" in again.stderr
    bad = run(tmp_path, "--lang", "en", "station", "init", "--code", "123", "--name", "x",
              "--force")
    assert bad.returncode == 1 and "5 digits" in bad.stderr
    topics = json.loads(run(tmp_path, "topics", "--json").stdout)
    assert {"id", "vi", "en"} == set(topics[0]) and len(topics) == 12
    languages = json.loads(run(tmp_path, "languages", "--json").stdout)
    assert any(lang["id"] == "hmong" for lang in languages)


def test_usage_error_exits_2(tmp_path):
    assert run(tmp_path, "library", "import").returncode == 2


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_library_import_and_list(tmp_path, speech_wav, lang):
    junk = tmp_path / "junk.ogg"
    junk.write_bytes(b"\x00" * 4096)
    out = run(tmp_path, "--lang", lang, "library", "import", str(speech_wav), str(junk),
              "--topic", "online_services", "--language", "dao", "--title", "Dịch vụ công",
              "--json")
    assert out.returncode == 1  # one file rejected, the other imported
    results = json.loads(out.stdout)
    assert results[0]["ok"] and results[0]["title"] == "Dịch vụ công"
    assert set(results[0]) == {"file", "ok", "segment_id", "title", "duration_s",
                               "loudness_lufs", "sha256"}
    assert results[1] == {"file": str(junk), "ok": False, "error": results[1]["error"]}
    assert ("audio" if lang == "en" else "âm thanh") in results[1]["error"]
    listing = json.loads(run(tmp_path, "library", "list", "--json").stdout)
    assert len(listing) == 1
    assert listing[0]["topic"] == "online_services" and listing[0]["language"] == "dao"
    assert listing[0]["source_file"] == speech_wav.name
    dup = json.loads(run(tmp_path, "library", "import", str(speech_wav), "--json").stdout)
    assert dup[0]["duplicate"] is True and dup[0]["segment_id"] == results[0]["segment_id"]


def test_schedule_commands(tmp_path, speech_wav):
    run(tmp_path, "station", "init", "--code", "02785", "--name", "Đài xã")
    seg = json.loads(run(tmp_path, "library", "import", str(speech_wav), "--json").stdout)[0]
    conn = sqlite3.connect(tmp_path / "commune_radio.sqlite3")
    with conn:
        conn.execute("INSERT INTO programmes (id, name, dx, created_at, updated_at) "
                     "VALUES (1, 'Chuyên mục Chuyển đổi số', 1, 'x', 'x')")
        conn.execute("INSERT INTO programme_items VALUES (1, 0, ?)", (seg["segment_id"],))
    conn.close()
    template = assets_dir().parent / "schedules" / "laocai-dx-weekly.toml"
    assert run(tmp_path, "schedule", "import", str(template)).returncode == 0
    added = run(tmp_path, "schedule", "add", "Chuyên mục Chuyển đổi số", "--days", "mon",
                "--at", "06:00", "--json")
    assert added.returncode == 0 and "06:00" in added.stderr  # warned about the clash
    listing = json.loads(run(tmp_path, "schedule", "list", "--json", "--next", "2").stdout)
    assert [s["days"] for s in listing["slots"]] == ["mon", "mon", "thu"]
    assert set(listing["slots"][0]) >= {"id", "programme", "days", "at", "from", "until"}
    assert all(n["at"].endswith("+07:00") for n in listing["next"])
    check = json.loads(run(tmp_path, "schedule", "check", "--json").stdout)
    assert len(check["conflicts"]) == 1 and check["overruns"] == []
    assert run(tmp_path, "schedule", "remove", str(json.loads(added.stdout)["id"])).returncode == 0
    assert json.loads(run(tmp_path, "schedule", "check", "--json").stdout)["conflicts"] == []
    bad = run(tmp_path, "--lang", "en", "schedule", "add", "Nope", "--days", "mon", "--at", "6:00")
    assert bad.returncode == 1 and "no programme" in bad.stderr


def test_library_import_takes_folders_as_the_window_does(tmp_path, speech_wav):
    folder = tmp_path / "tuan-47"
    (folder / "dao").mkdir(parents=True)
    (folder / "dao" / speech_wav.name).write_bytes(speech_wav.read_bytes())
    (folder / "ghi-chu.txt").write_text("không phải âm thanh", encoding="utf-8")
    empty = tmp_path / "trong"
    empty.mkdir()
    data = tmp_path / "data"
    out = run(data, "library", "import", str(folder), "--json")
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    assert [(r["file"], r["ok"]) for r in results] == [(str(folder / "dao" / speech_wav.name),
                                                        True)]
    # a folder with no audio is a rejection with its reason; nothing else changes
    out = run(data, "--lang", "en", "library", "import", str(empty), str(folder), "--json")
    assert out.returncode == 1
    results = json.loads(out.stdout)
    assert results[0]["file"] == str(empty) and not results[0]["ok"]
    assert "holds no audio file" in results[0]["error"]
    assert results[1]["ok"] and results[1]["duplicate"] is True
    assert len(json.loads(run(data, "library", "list", "--json").stdout)) == 1
