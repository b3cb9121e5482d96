#!/usr/bin/env bash
# Build the Linux bundle of Commune Radio and prove it works (`./dev dist` runs this):
#   0. installer/build_ffmpeg.sh builds the bundle's own audio-only LGPL ffmpeg (cached in
#      ~/.cache/commune-radio/, so only the first build or a changed configuration compiles it;
#      it installs the apt packages it needs: build-essential pkg-config nasm libmp3lame-dev
#      libopus-dev);
#   1. PyInstaller (pinned, installed into .venv) builds the one-folder bundle dist/commune-radio/
#      from installer/commune_radio.spec;
#   2. Qt's ICU data is thinned to the program's two languages (installer/trim_icu.py);
#      the desktop entry, icons, install.sh and the third-party notices go beside the executable;
#   3. dist/commune-radio-VERSION-linux-ARCH.tar.gz is written;
#   4. installer/smoke_test.sh unpacks that tarball in a temporary folder and runs it there.
# Sizes and timings are printed at the end and kept in dist/build-report.txt.
#
# Needs what `./dev setup` installs (apt packages, .venv); installs the few extra tools it uses
# itself (objdump for PyInstaller, x11-utils/x11-apps for the window check, desktop-file-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_PINS=("pyinstaller==6.22.3" "pyinstaller-hooks-contrib==2026.9")
PY=.venv/bin/python
BUNDLE=dist/commune-radio
TARGET_MB=200  # issue 13: < 200 MB unpacked, < 80 MB tarball
TARGET_TAR_MB=80

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

[ -x "$PY" ] || die "no .venv here: run ./dev setup first (or ./dev dist, which does it)"

extra_apt=()
command -v objdump >/dev/null || extra_apt+=(binutils)
command -v xwininfo >/dev/null || extra_apt+=(x11-utils)
command -v xwd >/dev/null || extra_apt+=(x11-apps)
command -v desktop-file-validate >/dev/null || extra_apt+=(desktop-file-utils)
command -v sox >/dev/null || extra_apt+=(sox)
command -v Xvfb >/dev/null || extra_apt+=(xvfb)
command -v icupkg >/dev/null || extra_apt+=(icu-devtools)  # trim_icu.py
# the bundle's ffmpeg is compiled here (build_ffmpeg.sh): compiler, nasm, LAME and Opus
for p in $(bash installer/build_ffmpeg.sh --apt); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || extra_apt+=("$p")
done
if ((${#extra_apt[@]})); then
    say "installing ${extra_apt[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${extra_apt[@]}" >&2
fi

t0=$(date +%s)
"$PY" installer/third_party.py --check || die "installer/THIRD_PARTY.md is out of date"
say "the bundle's ffmpeg (installer/build_ffmpeg.sh)"
COMMUNE_RADIO_BUNDLE_FFMPEG=$(bash installer/build_ffmpeg.sh)
export COMMUNE_RADIO_BUNDLE_FFMPEG
t_ffmpeg=$(date +%s)
say "PyInstaller (${PYINSTALLER_PINS[*]})"
"$PY" -m pip install -q --disable-pip-version-check "${PYINSTALLER_PINS[@]}" >&2

version=$("$PY" -c 'import commune_radio; print(commune_radio.__version__)')
arch=$(uname -m)
tarball="dist/commune-radio-$version-linux-$arch.tar.gz"

say "building $BUNDLE (commune-radio $version)"
rm -rf build/pyinstaller "$BUNDLE" "$tarball"
"$PY" installer/make_icons.py build/icons
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/commune_radio.spec

# libpython and the standard library's extension modules carry their symbol tables; strip only
# those (the spec explains why not everything)
strip --strip-unneeded "$BUNDLE"/_internal/libpython3*.so* \
    "$BUNDLE"/_internal/python3*/lib-dynload/*.so

# Qt's ICU data keeps only the Vietnamese and English locales (31 MB -> 7 MB; trim_icu.py)
for icu in "$BUNDLE"/_internal/PySide6/Qt/lib/libicudata.so.*; do
    "$PY" installer/trim_icu.py "$icu"
done

install -m 644 installer/linux/commune-radio.desktop "$BUNDLE/commune-radio.desktop"
install -m 644 assets/icons/commune-radio.svg "$BUNDLE/commune-radio.svg"
install -m 644 build/icons/commune-radio-256.png "$BUNDLE/commune-radio.png"
install -m 755 installer/linux/install.sh "$BUNDLE/install.sh"
install -m 644 installer/THIRD_PARTY.md "$BUNDLE/THIRD_PARTY.md"
t_build=$(date +%s)

say "writing $tarball"
tar --owner=0 --group=0 --numeric-owner -C dist -czf "$tarball" commune-radio
t_tar=$(date +%s)

say "smoke test of the unpacked tarball"
# the development ffmpeg (imageio-ffmpeg, not bundled) only makes the M4A test file
SMOKE_ENCODER=$("$PY" -c 'import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())' \
    2>/dev/null || true) bash installer/smoke_test.sh "$tarball" "$version" 2>&1 \
    | tee dist/smoke-test.log
t_smoke=$(date +%s)

unpacked_mb=$(du -sm "$BUNDLE" | cut -f1)
unpacked_bytes=$(du -sb "$BUNDLE" | cut -f1)
tar_mb=$(du -m "$tarball" | cut -f1)
tar_bytes=$(stat -c %s "$tarball")
largest=$(cd "$BUNDLE/_internal" && du -sm -- * | sort -rn | head -n 6 | awk '{printf "%s %s MB; ", $2, $1}')
{
    echo "commune-radio $version linux-$arch, built $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores"
    echo "bundle (unpacked): $unpacked_mb MB ($unpacked_bytes bytes) — target < $TARGET_MB MB"
    echo "tarball: $tar_mb MB ($tar_bytes bytes) $tarball — target < $TARGET_TAR_MB MB"
    echo "largest parts: $largest"
    echo "ffmpeg: $(du -k "$BUNDLE/_internal/ffmpeg/ffmpeg" | cut -f1) KB, $("$BUNDLE/_internal/ffmpeg/ffmpeg" -hide_banner -version | head -n 1)"
    echo "time: ffmpeg $((t_ffmpeg - t0)) s (0-5 s when cached), build $((t_build - t_ffmpeg)) s, tarball $((t_tar - t_build)) s, smoke test $((t_smoke - t_tar)) s, total $((t_smoke - t0)) s"
} | tee dist/build-report.txt
if [ "$unpacked_mb" -ge "$TARGET_MB" ] || [ "$tar_mb" -ge "$TARGET_TAR_MB" ]; then
    echo "NOTE: the bundle is over the $TARGET_MB MB / $TARGET_TAR_MB MB targets (BENCHMARKS.md)"
fi
