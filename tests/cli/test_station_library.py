"""The command contract of CLI.md, run as a real subprocess where exit codes and stdout matter."""

import json
import subprocess
import sys

import pytest


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
