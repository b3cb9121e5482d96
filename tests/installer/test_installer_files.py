"""The installer files agree with the program: plugin policy, autostart entry, data dir, icons.

The bundle itself is built and smoke-tested by ``./dev dist`` (installer/build.sh); these fast
checks keep the installer scripts from drifting away from the code they install.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import struct
from pathlib import Path

import pytest

from commune_radio.services import autostart

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_filter = _load("bundle_filter")
make_icons = _load("make_icons")


@pytest.mark.parametrize("path", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/plugins/imageformats/qico.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libQt6Charts.so.6",  # kept for the office screens
    "PySide6/Qt/translations/qtbase_en.qm",
    "assets/translations/commune_radio_vi.qm",
    "assets/guide/station_vi.html",  # the operator's guide (Help → User guide)
    "assets/guide/img/playout-on-air.png",
    "imageio_ffmpeg/binaries/ffmpeg-win-x86_64-v7.1.exe",  # the Windows bundle's ffmpeg
    "ffmpeg/ffmpeg",  # the Linux bundle's own audio-only build
    "ffmpeg/COPYING.LGPLv2.1",
])
def test_the_bundle_keeps_what_the_program_needs(path):
    assert bundle_filter.wanted(path)
    assert bundle_filter.wanted(path.replace("/", "\\"))


@pytest.mark.parametrize("path", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "PySide6\\Qt6Pdf.dll",
    # QAudioSink needs no media backend: the FFmpeg plugin and what only it links stay out
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6QmlModels.so.6",
    "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/lib/libswresample.so.5",
    "PySide6\\avformat-61.dll",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/plugins/imageformats/qtiff.dll",
])
def test_the_bundle_leaves_out_what_is_unused(path):
    assert not bundle_filter.wanted(path)


def test_the_windows_installer_writes_the_autostart_value_the_program_writes():
    iss = (INSTALLER / "windows" / "commune_radio.iss").read_text(encoding="utf-8-sig")
    run_entries = [line for line in iss.splitlines()
                   if line.startswith("Root: HKCU") and "CurrentVersion\\Run" in line]
    assert run_entries
    for line in run_entries:
        assert f'Subkey: "{autostart.RUN_KEY}"' in line
        assert f'ValueName: "{autostart.APP_ID}"' in line
        assert "uninsdeletevalue" in line
    # the program quotes every argument: "C:\...\commune-radio.exe"
    assert 'ValueData: """{app}\\{#AppExe}"""' in iss
    assert '#define AppExe "commune-radio.exe"' in iss


def test_the_windows_installer_keeps_the_data_directory():
    iss = (INSTALLER / "windows" / "commune_radio.iss").read_text(encoding="utf-8-sig")
    assert not re.search(r"^\[UninstallDelete\]", iss, re.MULTILINE)
    # the folder the uninstaller names is the one platformdirs gives the program
    assert "{localappdata}\\commune-radio" in iss
    assert re.search(r'user_data_dir\("commune-radio"', (
        INSTALLER.parent / "commune_radio" / "paths.py").read_text(encoding="utf-8"))
    # Vietnamese is the first language, with a fallback when Vietnamese.isl is missing
    languages = iss.split("[Languages]")[1].split("[")[0]
    assert languages.strip().splitlines()[1].startswith('Name: "vi"')
    assert "Languages\\Unofficial\\Vietnamese.isl" in iss
    assert '#define ViMessages "compiler:Default.isl"' in iss


def test_the_linux_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(INSTALLER / "linux" / "commune-radio.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name[vi]"] == "Đài truyền thanh xã"
    assert desktop["Icon"] == autostart.APP_ID
    assert desktop["Type"] == "Application"
    assert desktop["Terminal"] == "false"
    assert desktop["Exec"] == "commune-radio"  # install.sh writes the absolute path


def test_the_ico_file_holds_every_size_as_png(tmp_path):
    pngs = {size: b"\x89PNG\r\n\x1a\n" + bytes([size % 256]) * size for size in make_icons.SIZES}
    ico = tmp_path / "x.ico"
    make_icons.write_ico(ico, pngs)
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.SIZES))
    for i, size in enumerate(sorted(make_icons.SIZES)):
        w, h, _, _, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (w or 256, h or 256) == (size, size)
        assert (planes, bpp) == (1, 32)
        assert data[offset:offset + length] == pngs[size]


def _ffmpeg_features() -> dict[str, set[str]]:
    features: dict[str, set[str]] = {}
    for line in (INSTALLER / "ffmpeg_features.txt").read_text("utf-8").splitlines():
        words = line.split("#")[0].split()
        if words:
            kind, name = words
            features.setdefault(kind, set()).add(name)
    return features


# the demuxer that reads each file name ending a station may import
DEMUXER_OF_SUFFIX = {
    ".mp3": "mp3", ".wav": "wav", ".ogg": "ogg", ".oga": "ogg", ".opus": "ogg", ".flac": "flac",
    ".m4a": "mov", ".mp4": "mov", ".3gp": "mov", ".aac": "aac", ".wma": "asf", ".amr": "amr",
    ".aif": "aiff", ".aiff": "aiff", ".webm": "matroska",
}


def test_the_bundles_ffmpeg_reads_every_accepted_file_and_writes_what_the_program_sends():
    from commune_radio.playout.stream_tee import FORMATS
    from commune_radio.services.library_service import AUDIO_SUFFIXES

    features = _ffmpeg_features()
    assert set(AUDIO_SUFFIXES) == set(DEMUXER_OF_SUFFIX)
    assert {DEMUXER_OF_SUFFIX[s] for s in AUDIO_SUFFIXES} <= features["demuxer"]
    for decoder in ("mp3float", "vorbis", "opus", "aac", "flac", "wmav2", "amrnb", "pcm_s16le"):
        assert decoder in features["decoder"]
    # the decode of audio/ffmpeg.py: its filters, PCM float, WAV on a pipe
    assert {"aformat", "asetnsamples", "aresample"} <= features["filter"]
    assert {"pcm_f32le"} <= features["encoder"] and {"wav"} <= features["muxer"]
    assert {"file", "pipe"} <= features["protocol"]
    # the Icecast stream (stream_tee.FORMATS) and the MP3 hand-over
    for args in FORMATS.values():
        assert args[args.index("-c:a") + 1] in features["encoder"]
        assert args[args.index("-f") + 1] in features["muxer"]
    assert {"pcm_s16le"} <= features["demuxer"]
    assert {"tcp", "http", "icecast"} <= features["protocol"]
    # nothing GPL or non-free is asked for
    script = (INSTALLER / "build_ffmpeg.sh").read_text("utf-8")
    configure = script[script.index("./configure"):script.index("configure.log")]
    assert "--disable-everything" in configure
    for unwanted in ("--enable-gpl", "--enable-nonfree", "--enable-version3"):
        assert unwanted not in configure


@pytest.mark.parametrize(("item", "goes"), [
    ("coll/vi.res", False), ("coll/root.res", False), ("vi_VN.res", False), ("en.res", False),
    ("curr/en_001.res", False), ("brkitr/line.brk", False), ("zoneinfo64.res", False),
    ("supplementalData.res", False), ("pool.res", False), ("coll/pool.res", False),
    ("uprops.icu", False), ("nfc.nrm", False), ("brkitr/thaidict.dict", False),
    ("coll/de.res", True), ("coll/de_.res", True), ("zh_Hant_TW.res", True),
    ("lang/fr_CA.res", True), ("ibm-1386_P100-2001.cnv", True), ("translit/root.res", True),
])
def test_the_icu_data_keeps_vietnamese_english_and_what_they_fall_back_on(item, goes):
    assert _load("trim_icu").dropped(item) is goes
