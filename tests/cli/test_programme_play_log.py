"""`programme`, `play` and `log` as CLI.md promises them: names, flags, JSON keys, exit codes.

Most calls go through ``main()`` in this process (the same code as the installed command);
`play --json` runs as a real subprocess where stdout purity and the exit code matter.
"""

import json
import subprocess
import sys
import wave

import pytest

from commune_radio.app import AppContext
from commune_radio.cli import main
from commune_radio.services.library_service import ImportOptions

LOG_KEYS = {"id", "station_code", "programme", "dx", "trigger", "scheduled_at", "started_at",
            "ended_at", "status", "reason", "device", "items"}
ITEM_KEYS = {"segment_id", "sha256", "title", "topic", "language", "planned_s", "played_s",
             "started_at", "ended_at", "status"}


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    """A station with a jingle (mono), a DX item (mono) and a stereo item."""
    root = tmp_path_factory.mktemp("cli-playout")
    ctx = AppContext.open(root / "data")
    ctx.station.init("02785", "Đài xã Bản Phiệt")
    ids = []
    for name, seconds, freq, channels in [("nhac-hieu", 0.6, 880, 1), ("dvc", 1.0, 440, 1),
                                          ("an-toan", 0.8, 550, 2)]:
        path = root / f"{name}.wav"
        subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", "-c", str(channels), str(path),
                        "synth", str(seconds), "sine", str(freq), "vol", "0.3"], check=True)
        result = ctx.library.import_file(path, ImportOptions(topic="online_services",
                                                             language="dao", title=name))
        ids.append(result.segment.id)
    ctx.close()
    return root, ids


def cli(capsys, data, *args):
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_programme_create_list_render_play_and_log(station, capsys, tmp_path):
    root, (jingle, dvc, stereo) = station
    data = root / "data"
    code, out, err = cli(capsys, data, "programme", "create", "Tuần 48", "--intro", str(jingle),
                         "--no-dx", str(dvc), str(stereo))
    assert code == 0 and out == "" and "Tuần 48" in err

    code, out, _ = cli(capsys, data, "programme", "list", "--json")
    (listed,) = [p for p in json.loads(out) if p["name"] == "Tuần 48"]
    assert {"name", "dx", "items", "duration_s"} <= set(listed) and listed["dx"] is False
    assert [i["segment_id"] for i in listed["items"]] == [jingle, dvc, stereo]
    assert set(listed["items"][0]) >= {"segment_id", "title", "duration_s"}
    assert listed["duration_s"] == pytest.approx(2.4, abs=0.01)

    rendered = tmp_path / "tuan48.wav"
    code, out, _ = cli(capsys, data, "programme", "render", "Tuần 48", "-o", str(rendered))
    assert code == 0 and out == ""
    with wave.open(str(rendered)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (2, 48000, 2)
        assert w.getnframes() == round(2.4 * 48000)

    aired = tmp_path / "aired.wav"
    done = subprocess.run(
        [sys.executable, "-m", "commune_radio", "--data-dir", str(data), "play", "Tuần 48",
         "--to-file", str(aired), "--json"], capture_output=True, text=True, encoding="utf-8",
        timeout=60)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)  # one JSON document and nothing else
    assert set(record) >= LOG_KEYS and set(record["items"][0]) >= ITEM_KEYS
    assert (record["status"], record["trigger"], record["dx"]) == ("played", "manual", False)
    assert aired.read_bytes() == rendered.read_bytes()

    day = record["started_at"][:10]
    code, out, _ = cli(capsys, data, "log", "list", "--from", day, "--to", day, "--json")
    (logged,) = [b for b in json.loads(out) if b["id"] == record["id"]]
    assert logged == record | {"ended_at": logged["ended_at"]}
    assert logged["station_code"] == "02785" and logged["started_at"].endswith("+07:00")
    assert [i["status"] for i in logged["items"]] == ["played"] * 3
    assert logged["items"][1]["language"] == "dao"
    code, out, _ = cli(capsys, data, "log", "list", "--to", "2000-01-01", "--json")
    assert code == 0 and json.loads(out) == []


# looking up a device loads QtMultimedia, whose backend reports what this machine lacks
# (PipeWire, a sound server); only those environment messages are let through
@pytest.mark.qt_log_ignore(r"^Couldn't (load|resolve) pipewire-0\.3",
                           r"^PulseAudioService: pa_context_connect\(\) failed$")
def test_rejections_and_usage_errors(station, capsys, qapp):
    root, (jingle, dvc, _) = station
    data = root / "data"
    code, _, err = cli(capsys, data, "programme", "create", "Lỗi", str(dvc), "999")
    assert code == 1 and "segment 999" in err
    code, _, err = cli(capsys, data, "programme", "create", "Lỗi", "--target", "abc", str(dvc))
    assert code == 1 and "Target length" in err
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", str(data), "programme", "create", "Không có mục"])
    assert usage.value.code == 2
    capsys.readouterr()
    code, _, err = cli(capsys, data, "play", "Không có")
    assert code == 1 and "programme list" in err
    cli(capsys, data, "programme", "create", "Một mục", str(jingle))
    code, _, err = cli(capsys, data, "play", "Một mục", "--device", "Loa không có thật")
    assert code == 2 and "no audio output" in err.lower()
    code, _, err = cli(capsys, data, "log", "list", "--from", "2026-11-30", "--to",
                       "2026-11-01")
    assert code == 1 and "before the start date" in err


def test_an_mp3_for_the_platform_is_a_handover_never_a_broadcast(tmp_path):
    from commune_radio.app import AppContext

    data = tmp_path / "handover"
    ctx = AppContext.open(data)
    try:
        ctx.station.init("02785", "Đài xã")
        tone = tmp_path / "t.wav"
        subprocess.run(["sox", "-n", "-r", "48000", "-b", "16", str(tone), "synth", "2.0",
                        "sine", "700", "vol", "0.3"], check=True)
        seg = ctx.library.import_file(tone).segment
        programme = ctx.programmes.create("Bản tin tải lên", [seg.id]).value
        out = tmp_path / "ban-tin.mp3"
        done = ctx.handovers.export_mp3(programme, out, bitrate="128k").value
        head = out.read_bytes()[:3]
        assert head == b"ID3" or (head[0] == 0xFF and head[1] & 0xE0 == 0xE0)  # an MP3
        assert abs(done.duration_s - seg.duration_s) < 0.1  # MP3 padding is a few ms
        assert abs(done.loudness_lufs - (-16.0)) < 1.0  # the library's level survives MP3
        assert [h.sha256 for h in ctx.handovers.list()] == [done.sha256]
        assert ctx.log.list() == []  # an upload is not an airing: nothing in the broadcast log
    finally:
        ctx.close()
