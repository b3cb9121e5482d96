#!/usr/bin/env bash
# Smoke test of the Linux bundle itself: unpacks the TARBALL into a temporary folder and runs the
# program from there, with a bare environment (no virtualenv, no PYTHONPATH, an empty PATH, so no
# system ffmpeg either, and HOME in the temporary folder). Fails loudly on the first problem.
#
#   installer/smoke_test.sh dist/commune-radio-VERSION-linux-x86_64.tar.gz [VERSION]
#
# $SMOKE_ENCODER may name another ffmpeg (build.sh passes the development one) that makes the
# M4A/AAC test file, which the bundle's decode-only build cannot write; without it M4A is SKIPPED.
#
# Checks, in order:
#   1. layout: what must be in the bundle is there (xcb/offscreen platform plugins, our own
#      audio-only LGPL ffmpeg with its licence texts, assets, schedules, translations, desktop
#      entry), what was left out is absent (Qt's media plugin, imageio-ffmpeg, scipy, WebEngine,
#      3D, Pdf, ... tkinter), and every ELF file's libraries resolve;
#   2. commands: --version, station init/show, topics, languages, library import of WAV, FLAC
#      (sox), M4A (see SMOKE_ENCODER) and of the bundle's own demo MP3/OGG, a damaged file
#      rejected with exit 1, library list, programme create/render, the MP3 hand-over
#      (`programme export`, pydub over the bundled ffmpeg), and the bundled ffmpeg encoding the
#      render to MP3 and Ogg/Opus (what the Icecast stream sends), the Opus file imported back;
#   3. sound through QtMultimedia: `play --device` onto a private PulseAudio null sink while
#      parecord records it, then the recording must not be silent (SKIPPED without
#      pulseaudio/parecord, or when the bundle has no `play`);
#   4. the window: offscreen for 8 s (exit 124 from timeout = it stayed up), then under Xvfb with
#      the xcb plugin, where xwininfo must find the program's window; no Qt plugin errors and no
#      traceback on stderr.
# Set KEEP_SMOKE=1 to keep the temporary folder (logs, screenshots) for a look afterwards.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 TARBALL [VERSION]" >&2; exit 2; }
tarball=$(realpath "$1")
expected_version=${2:-}
[ -f "$tarball" ] || { echo "smoke_test: no such tarball: $tarball" >&2; exit 2; }

work=$(mktemp -d -t commune-radio-smoke.XXXXXX)
logs="$work/logs"
mkdir -p "$logs" "$work/home" "$work/emptybin" "$work/run"
chmod 700 "$work/run"
started_pids=()

cleanup() {
    local pid
    for pid in "${started_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ "${KEEP_SMOKE:-0}" = 1 ]; then
        echo "smoke test folder kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

fail() {
    echo "SMOKE TEST FAILED: $*" >&2
    exit 1
}
ok() { echo "ok      $*"; }
skipped() { echo "SKIPPED $*"; }

# JSON is read with the system's python3, never the project's virtualenv (nor the bundle)
json_py=$(command -v python3) || fail "python3 is needed to read the JSON answers"
case "$json_py" in *.venv*) fail "python3 on PATH is a virtualenv's ($json_py)";; esac
json() {  # json FILE 'python expression over d'
    "$json_py" -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); print(eval(sys.argv[2]))' "$1" "$2"
}

tar -C "$work" -xzf "$tarball"
B="$work/commune-radio"
exe="$B/commune-radio"
I="$B/_internal"
[ -x "$exe" ] || fail "the tarball has no commune-radio/commune-radio executable"
data="$work/station"

# The bundle's environment: nothing from this shell leaks in.
bare_env=(env -i HOME="$work/home" PATH="$work/emptybin" LANG=C.UTF-8 TZ=Asia/Ho_Chi_Minh
          XDG_RUNTIME_DIR="$work/run")

# run NAME WANT_RC [VAR=VALUE...] -- ARGS...   runs the bundle, keeps stdout/stderr in logs/NAME.*
run() {
    local name=$1 want=$2
    shift 2
    local extra=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do extra+=("$1"); shift; done
    shift
    local rc=0
    "${bare_env[@]}" "${extra[@]}" "$exe" "$@" >"$logs/$name.out" 2>"$logs/$name.err" || rc=$?
    if [ "$rc" != "$want" ] || grep -q "Traceback (most recent call last)" "$logs/$name.err"; then
        echo "--- commune-radio $* (exit $rc, wanted $want)" >&2
        echo "--- stdout:" >&2; tail -n 40 "$logs/$name.out" >&2
        echo "--- stderr:" >&2; tail -n 60 "$logs/$name.err" >&2
        fail "$name"
    fi
}

# ---------------------------------------------------------------- 1. layout
must_have=(
    "$B/commune-radio.desktop" "$B/commune-radio.svg" "$B/commune-radio.png" "$B/install.sh"
    "$I/assets/translations/commune_radio_vi.qm" "$I/assets/demo/segments.json"
    "$I/assets/icons/commune-radio.svg" "$I/assets/data/laocai-communes-from-2025-07.csv"
    "$I/PySide6/Qt/plugins/platforms/libqxcb.so" "$I/PySide6/Qt/plugins/platforms/libqoffscreen.so"
    "$I/PySide6/Qt/plugins/iconengines/libqsvgicon.so"
    "$I/PySide6/Qt/lib/libQt6Multimedia.so.6"
)
for f in "${must_have[@]}"; do [ -e "$f" ] || fail "missing from the bundle: ${f#"$work"/}"; done
# left out on purpose (installer/bundle_filter.py): Qt's FFmpeg media plugin with its libav*
# and QtQuick/QML, and scipy; the sound test below proves QAudioSink plays without them
for gone in "$I/PySide6/Qt/plugins/multimedia" "$I/PySide6/Qt/lib/libQt6Quick.so.6" \
        "$I/PySide6/Qt/lib/libQt6Qml.so.6" "$I/scipy" "$I/imageio_ffmpeg" "$I/numpy/random" \
        "$I/PySide6/Qt/plugins/imageformats/libqjpeg.so"; do
    [ ! -e "$gone" ] || fail "in the bundle but not needed: ${gone#"$work"/}"
done
compgen -G "$I/PySide6/Qt/lib/libavcodec.so.*" >/dev/null \
    && fail "in the bundle but not needed: PySide6/Qt/lib/libavcodec.so.*"
compgen -G "$I/schedules/*.toml" >/dev/null || fail "missing from the bundle: schedules/*.toml"
ffmpeg="$I/ffmpeg/ffmpeg"
[ -x "$ffmpeg" ] || fail "missing from the bundle: _internal/ffmpeg/ffmpeg (our audio-only build)"
for f in COPYING.LGPLv2.1 LICENSE.md SOURCE buildconf.txt; do
    [ -s "$I/ffmpeg/$f" ] || fail "missing from the bundle: _internal/ffmpeg/$f"
done
"${bare_env[@]}" "$ffmpeg" -hide_banner -version >"$logs/ffmpeg.out" 2>&1 \
    || fail "the bundled ffmpeg does not run: $(head -n 3 "$logs/ffmpeg.out")"
"${bare_env[@]}" "$ffmpeg" -hide_banner -buildconf >"$logs/ffmpeg-buildconf.out" 2>&1
grep -q -- "--disable-everything" "$logs/ffmpeg-buildconf.out" \
    || fail "the bundled ffmpeg is not our audio-only build"
grep -q -- "--enable-gpl\|--enable-nonfree" "$logs/ffmpeg-buildconf.out" \
    && fail "the bundled ffmpeg is a GPL or non-free build"
ffmpeg_kb=$(du -k "$ffmpeg" | cut -f1)
ok "layout: plugins, ffmpeg ($(head -n 1 "$logs/ffmpeg.out" | cut -d' ' -f1-3), LGPL, ${ffmpeg_kb} KB), assets, schedules"

unwanted=$(find "$B" \( -iname '*WebEngine*' -o -iname '*Qt63D*' -o -iname 'Qt3D*' \
    -o -iname '*Quick3D*' -o -iname '*Qt6Pdf*' -o -iname 'QtPdf*' -o -iname '*Designer*' \
    -o -iname '*Bluetooth*' -o -iname '*Qt6Nfc*' -o -iname '*Positioning*' -o -iname '*Sensors*' \
    -o -iname '*SerialPort*' -o -iname '*SerialBus*' -o -iname 'libQt6Sql*' -o -iname 'QtSql*' \
    -o -iname 'libQt6Test*' -o -iname 'QtTest*' -o -iname '*WebSockets*' \
    -o -iname '*VirtualKeyboard*' -o -iname '*DataVisualization*' -o -iname '*Qt6Graphs*' \
    -o -iname '*Qt6Location*' -o -iname '*RemoteObjects*' -o -iname '*Scxml*' \
    -o -iname '*SpatialAudio*' -o -iname '*TextToSpeech*' -o -iname '*tkinter*' \
    -o -iname 'libtk*' -o -iname 'libtcl*' -o -iname 'libgtk*' -o -path '*/Qt/qml/*' \) -print)
[ -z "$unwanted" ] || fail "left-out parts are in the bundle:"$'\n'"$unwanted"
ok "layout: no WebEngine/3D/Pdf/Designer/Bluetooth/... modules, no tkinter, no GTK"

missing_libs=""
while IFS= read -r -d '' f; do
    head -c 4 "$f" | grep -q $'^\x7fELF' || continue
    nf=$(LD_LIBRARY_PATH="$I" ldd "$f" 2>/dev/null | grep "not found" || true)
    [ -z "$nf" ] || missing_libs+="${f#"$B"/}: $nf"$'\n'
done < <(find "$B" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0)
[ -z "$missing_libs" ] || fail "shared libraries that do not resolve:"$'\n'"$missing_libs"
ok "layout: every ELF file's shared libraries resolve"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$B/commune-radio.desktop" || fail "commune-radio.desktop is not valid"
    ok "desktop entry validates"
fi

# ---------------------------------------------------------------- 2. commands
run version 0 -- --version
got=$(cat "$logs/version.out")
if [ -n "$expected_version" ]; then
    [ "$got" = "commune-radio $expected_version" ] || fail "--version said '$got'"
fi
ok "--version: $got"

station_name="Đài truyền thanh xã Bản Phiệt"
run station-init 0 -- --data-dir "$data" station init --code 02785 --name "$station_name"
run station-show 0 -- --data-dir "$data" station show --json
[ "$(json "$logs/station-show.out" 'd["code"]')" = 02785 ] || fail "station show: wrong code"
[ "$(json "$logs/station-show.out" 'd["name"]')" = "$station_name" ] || fail "station show: wrong name"
[ -n "$(json "$logs/station-show.out" 'd["public_key"]')" ] || fail "station show: no public key"
ok "station init --code 02785, station show --json (signing key made)"

run topics 0 -- --data-dir "$data" topics --json
topic=$(json "$logs/topics.out" 'd[0]["id"]')
run languages 0 -- --data-dir "$data" languages --json
[ "$(json "$logs/languages.out" '"vi" in [x["id"] for x in d]')" = True ] || fail "languages: no vi"
ok "topics --json ($(json "$logs/topics.out" 'len(d)') themes), languages --json"

# Audio made here with sox, not with any Python; plus the bundle's own MP3 and OGG demo files
command -v sox >/dev/null || fail "sox is needed to make the test audio"
sox -n -r 44100 -c 1 "$work/tone.wav" synth 3 sine 440 vol 0.5
sox -n -r 44100 -c 2 "$work/chord.flac" synth 4 sine 330 sine 550 vol 0.4
demo_mp3s=("$I"/assets/demo/*.mp3)
demo_oggs=("$I"/assets/demo/*.ogg)
demo_mp3=${demo_mp3s[0]}
demo_ogg=${demo_oggs[0]}
to_import=("$work/tone.wav" "$demo_mp3" "$demo_ogg" "$work/chord.flac")
formats="WAV+MP3+OGG+FLAC"
if [ -n "${SMOKE_ENCODER:-}" ] && [ -x "$SMOKE_ENCODER" ]; then
    "$SMOKE_ENCODER" -nostdin -loglevel error -y -i "$work/chord.flac" -t 5 -c:a aac -b:a 96k \
        "$work/chord.m4a" || fail "SMOKE_ENCODER could not write the M4A test file"
    to_import+=("$work/chord.m4a")
    formats+="+M4A"
else
    skipped "M4A import (set SMOKE_ENCODER to an ffmpeg with an AAC encoder to make the file)"
fi
run import 0 -- --data-dir "$data" library import "${to_import[@]}" \
    --topic "$topic" --language vi --json
[ "$(json "$logs/import.out" "all(x['ok'] for x in d) and len(d) == ${#to_import[@]}")" = True ] \
    || fail "library import: $(cat "$logs/import.out")"
tone_id=$(json "$logs/import.out" 'd[0]["segment_id"]')
tone_s=$(json "$logs/import.out" 'd[0]["duration_s"]')
[ "$(json "$logs/import.out" 'abs(d[0]["duration_s"] - 3.0) < 0.2')" = True ] \
    || fail "library import: the 3 s tone came back as $tone_s s"
[ "$(json "$logs/import.out" 'abs(d[3]["duration_s"] - 4.0) < 0.2')" = True ] \
    || fail "library import: the 4 s FLAC came back as $(json "$logs/import.out" 'd[3]["duration_s"]') s"
all_ids=$(json "$logs/import.out" '" ".join(str(x["segment_id"]) for x in d[:3])')
ok "library import $formats through the bundled ffmpeg: $(json "$logs/import.out" \
    '", ".join("%.1f s at %.1f LUFS" % (x["duration_s"], x["loudness_lufs"]) for x in d)')"

printf 'ID3 this is not audio at all' > "$work/damaged.mp3"
run import-damaged 1 -- --data-dir "$data" library import "$work/damaged.mp3" --json
[ "$(json "$logs/import-damaged.out" 'd[0]["ok"]')" = False ] || fail "a damaged file was accepted"
ok "a damaged file is rejected (exit 1): $(json "$logs/import-damaged.out" 'd[0]["error"][:90]')"

run list 0 -- --data-dir "$data" library list --json
[ "$(json "$logs/list.out" 'len(d)')" = "${#to_import[@]}" ] || fail "library list: $(cat "$logs/list.out")"
ok "library list --json: ${#to_import[@]} segments"

have_programme=0
if "${bare_env[@]}" "$exe" programme --help >"$logs/programme-help.out" 2>&1; then
    have_programme=1
    # shellcheck disable=SC2086  # the ids are numbers
    run programme-create 0 -- --data-dir "$data" programme create "Smoke DX" --dx $all_ids
    run programme-tone 0 -- --data-dir "$data" programme create "Smoke tone" "$tone_id"
    run programme-list 0 -- --data-dir "$data" programme list --json
    planned=$(json "$logs/programme-list.out" '[p["duration_s"] for p in d if p["name"] == "Smoke DX"][0]')
    run render 0 -- --data-dir "$data" programme render "Smoke DX" -o "$work/render.wav"
    [ -s "$work/render.wav" ] || fail "programme render wrote nothing"
    rendered=$(soxi -D "$work/render.wav")
    "$json_py" -c "import sys; sys.exit(abs($rendered - $planned) > 1.0)" \
        || fail "programme render: ${rendered} s of audio for a ${planned} s programme"
    peak=$(sox "$work/render.wav" -n stat 2>&1 | awk '/Maximum amplitude/ {print $3}')
    "$json_py" -c "import sys; sys.exit(not $peak > 0.05)" || fail "programme render: silent file"
    ok "programme create + render: ${rendered} s WAV (programme ${planned} s), peak $peak"

    # the MP3 hand-over for an IP loudspeaker platform: pydub over the bundled ffmpeg (LAME)
    run export 0 -- --data-dir "$data" programme export "Smoke DX" -o "$work/handover.mp3" --json
    [ -s "$work/handover.mp3" ] || fail "programme export wrote no MP3"
    [ "$(json "$logs/export.out" "abs(d['duration_s'] - $planned) < 1.0")" = True ] \
        || fail "programme export: $(cat "$logs/export.out") for a ${planned} s programme"
    ok "MP3 hand-over (programme export): $(json "$logs/export.out" \
        '"%.1f s at %.1f LUFS" % (d["duration_s"], d["loudness_lufs"])'), $(du -k "$work/handover.mp3" | cut -f1) KB"

    # what the Icecast stream does: raw PCM on a pipe encoded to MP3 and to Ogg/Opus
    for enc in "libmp3lame mp3 stream.mp3" "libopus ogg stream.opus"; do
        read -r codec muxer out <<<"$enc"
        sox "$work/render.wav" -t raw -r 48000 -c 2 -e signed -b 16 - 2>/dev/null \
            | "${bare_env[@]}" "$ffmpeg" -nostdin -hide_banner -loglevel error -f s16le -ar 48000 \
                -ac 2 -i pipe:0 -c:a "$codec" -b:a 96k -f "$muxer" "$work/$out" \
            || fail "the bundled ffmpeg could not encode $codec"
        [ -s "$work/$out" ] || fail "the bundled ffmpeg wrote no $out"
    done
    run import-opus 0 -- --data-dir "$data" library import "$work/stream.opus" --topic "$topic" \
        --language vi --json
    [ "$(json "$logs/import-opus.out" "abs(d[0]['duration_s'] - $rendered) < 1.0")" = True ] \
        || fail "the Opus encode did not come back: $(cat "$logs/import-opus.out")"
    ok "bundled ffmpeg encodes MP3 ($(du -k "$work/stream.mp3" | cut -f1) KB) and Ogg/Opus ($(du -k "$work/stream.opus" | cut -f1) KB); the Opus file imports back"
else
    skipped "programme create/render: this bundle has no \`programme\` command yet"
fi

# ---------------------------------------------------------------- 3. sound through QtMultimedia
if [ "$have_programme" = 1 ] && command -v pulseaudio >/dev/null && command -v parecord >/dev/null \
        && "${bare_env[@]}" "$exe" play --help 2>/dev/null | grep -q -- "--device"; then
    pa_sock="$work/run/pulse-native"
    pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no --disallow-exit \
        --load="module-native-protocol-unix socket=$pa_sock auth-anonymous=1" \
        --load="module-null-sink sink_name=smoke sink_properties=device.description=Smoke-sink" \
        >"$logs/pulseaudio.log" 2>&1 &
    started_pids+=($!)
    for _ in $(seq 50); do [ -S "$pa_sock" ] && break; sleep 0.1; done
    [ -S "$pa_sock" ] || fail "PulseAudio did not start: $(tail -n 5 "$logs/pulseaudio.log")"
    pulse=(PULSE_SERVER="unix:$pa_sock")
    run devices 0 "${pulse[@]}" -- --data-dir "$data" devices --json
    device=$(json "$logs/devices.out" \
        '[x["id"] for x in d["devices"] if "smoke" in (x["id"] + x["description"]).lower()][0]') \
        || fail "devices --json does not list the null sink: $(cat "$logs/devices.out")"
    PULSE_SERVER="unix:$pa_sock" parecord --device=smoke.monitor --file-format=wav \
        "$work/aired.wav" 2>"$logs/parecord.err" &
    rec_pid=$!
    started_pids+=("$rec_pid")
    sleep 0.5
    run play 0 "${pulse[@]}" -- --data-dir "$data" play "Smoke tone" --device "$device" --json
    sleep 0.5
    kill "$rec_pid" 2>/dev/null || true
    wait "$rec_pid" 2>/dev/null || true
    [ "$(json "$logs/play.out" 'd["status"]')" = played ] || fail "play: $(cat "$logs/play.out")"
    rms=$(sox "$work/aired.wav" -n stat 2>&1 | awk '/RMS     amplitude/ {print $3}')
    "$json_py" -c "import sys; sys.exit(not ${rms:-0} > 0.01)" \
        || fail "play: the null sink recorded silence (RMS ${rms:-?})"
    backend="QAudioSink"
    grep -q "No QtMultimedia backends found" "$logs/play.err" && backend="QAudioSink, no media backend plugin"
    ok "play --device aired the tone on the null sink: logged played, recorded RMS $rms ($backend)"
else
    skipped "play --device through QtMultimedia (needs pulseaudio, parecord, \`programme\` and \`play --device\`)"
fi

# ---------------------------------------------------------------- 4. the window
qt_trouble='qt\.qpa\.plugin|Could not (load|find) the Qt platform plugin|Cannot load library|cannot open shared object|This application failed to start|qt\.multimedia.*(fail|not)|Traceback'

gui_rc=0
timeout 8 "${bare_env[@]}" QT_QPA_PLATFORM=offscreen "$exe" --data-dir "$data" \
    >"$logs/gui-offscreen.out" 2>"$logs/gui-offscreen.err" || gui_rc=$?
if [ "$gui_rc" != 124 ] || grep -Eq "$qt_trouble" "$logs/gui-offscreen.err"; then
    echo "--- window (offscreen) exit $gui_rc; stderr:" >&2; tail -n 60 "$logs/gui-offscreen.err" >&2
    fail "the window did not stay up offscreen for 8 s"
fi
ok "window, offscreen platform: stayed up 8 s, then closed by timeout (exit 124); no Qt errors"

if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
    exec 9>"$work/displayfd"
    Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
    started_pids+=($!)
    exec 9>&-
    for _ in $(seq 50); do [ -s "$work/displayfd" ] && break; sleep 0.1; done
    display=":$(head -n 1 "$work/displayfd")"
    for _ in $(seq 50); do
        xwininfo -display "$display" -root >/dev/null 2>&1 && break
        sleep 0.1
    done
    xwininfo -display "$display" -root >/dev/null 2>&1 \
        || fail "Xvfb did not start: $(tail -n 5 "$logs/xvfb.log")"
    timeout 20 "${bare_env[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb "$exe" --data-dir "$data" \
        >"$logs/gui-xcb.out" 2>"$logs/gui-xcb.err" &
    gui_pid=$!
    started_pids+=("$gui_pid")
    found=""
    for _ in $(seq 100); do
        # the main window, titled with the station's name (the start window before it is only
        # "Commune Radio")
        found=$(xwininfo -display "$display" -root -tree 2>/dev/null | grep -i '"commune-radio"' \
            | grep -F "$station_name" || true)
        [ -n "$found" ] && break
        kill -0 "$gui_pid" 2>/dev/null || break
        sleep 0.15
    done
    if [ -n "$found" ] && command -v xwd >/dev/null; then
        sleep 2  # let it paint before the picture
        # a picture for a person to look at (KEEP_SMOKE=1); the audio-only ffmpeg has no image
        # formats, so SMOKE_ENCODER converts it when given
        xwd -display "$display" -root -silent -out "$work/window.xwd" 2>/dev/null || true
        if [ -n "${SMOKE_ENCODER:-}" ] && [ -s "$work/window.xwd" ]; then
            "$SMOKE_ENCODER" -loglevel error -y -i "$work/window.xwd" "$work/window.png" || true
        fi
    fi
    kill -TERM "$gui_pid" 2>/dev/null || true
    gui_rc=0
    wait "$gui_pid" 2>/dev/null || gui_rc=$?
    if [ -z "$found" ] || grep -Eq "$qt_trouble" "$logs/gui-xcb.err"; then
        echo "--- window (xcb) exit $gui_rc; stderr:" >&2; tail -n 60 "$logs/gui-xcb.err" >&2
        fail "the window did not appear under Xvfb with the xcb platform plugin"
    fi
    ok "window, xcb platform under Xvfb: mapped ($(echo "$found" | head -n 1 | sed 's/^ *//' | cut -c1-90)); closed"
else
    skipped "window under Xvfb (needs Xvfb and xwininfo)"
fi

if [ -f "$data/logs/commune-radio.log" ] && grep -Eq "ERROR|CRITICAL|Traceback" "$data/logs/commune-radio.log"; then
    tail -n 40 "$data/logs/commune-radio.log" >&2
    fail "the program's own log has errors"
fi

size_mb=$(du -sm "$B" | cut -f1)
echo "bundle unpacked: ${size_mb} MB (du -sm), tarball: $(du -m "$tarball" | cut -f1) MB"
echo "SMOKE TEST PASSED"
