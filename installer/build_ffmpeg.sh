#!/usr/bin/env bash
# Build the bundle's own ffmpeg: one small, audio-only, LGPL program (no --enable-gpl, no
# --enable-nonfree) from Debian's copy of the FFmpeg release source, with LAME (MP3) and Opus
# linked in statically. It replaces the imageio-ffmpeg wheel's 165 MB full video build in the
# Linux bundle; development and the tests keep imageio-ffmpeg.
#
#   installer/build_ffmpeg.sh            prints the path of the built program (builds if missing)
#   installer/build_ffmpeg.sh --apt      prints the apt packages the build needs (build.sh
#                                        installs them with the others on a fresh machine)
#
# The result is cached in ${XDG_CACHE_HOME:-~/.cache}/commune-radio/ffmpeg-VERSION-CONFIG/ (CONFIG
# is a hash of this script), so CI rebuilds only when the version or the configuration changes.
# What it enables is what the program does with ffmpeg (installer/ffmpeg_features.txt says
# why for each part); the smoke test of the bundle checks the result.
# Needs: build-essential pkg-config nasm libmp3lame-dev libopus-dev xz-utils curl (FFMPEG_APT;
# installed here when missing, as root or through sudo). Takes about 3-4 minutes on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

FFMPEG_VERSION=5.1.9
# Debian 12's source package of that release (the upstream tarball, unchanged); pinned by hash
FFMPEG_TARBALL="ffmpeg_${FFMPEG_VERSION}.orig.tar.xz"
FFMPEG_SHA256=d9b593bb2ba93d4b50f74177e0cdcd41747e708596367deed0c30348a71dd176
FFMPEG_MIRRORS=(
    "http://deb.debian.org/debian/pool/main/f/ffmpeg"
    "http://deb.debian.org/debian-security/pool/updates/main/f/ffmpeg"
)
FFMPEG_APT=(build-essential pkg-config nasm libmp3lame-dev libopus-dev xz-utils curl)
if [ "${1:-}" = "--apt" ]; then
    echo "${FFMPEG_APT[*]}"
    exit 0
fi

config_hash=$(sha256sum "$0" "$here/ffmpeg_features.txt" | sha256sum | cut -c1-12)
cache="${XDG_CACHE_HOME:-$HOME/.cache}/commune-radio"
out="$cache/ffmpeg-$FFMPEG_VERSION-$config_hash"
if [ -x "$out/bin/ffmpeg" ]; then
    echo "$out/bin/ffmpeg"
    exit 0
fi

say() { printf '== build_ffmpeg: %s\n' "$*" >&2; }
die() { printf 'build_ffmpeg.sh: %s\n' "$*" >&2; exit 1; }

missing=()
for p in "${FFMPEG_APT[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >&2
fi

mkdir -p "$cache"
src_tar="$cache/$FFMPEG_TARBALL"
if ! echo "$FFMPEG_SHA256  $src_tar" | sha256sum -c --status 2>/dev/null; then
    for mirror in "${FFMPEG_MIRRORS[@]}"; do
        say "downloading $mirror/$FFMPEG_TARBALL"
        curl -fsSL --retry 3 -o "$src_tar.part" "$mirror/$FFMPEG_TARBALL" && break
    done
    [ -s "$src_tar.part" ] || die "could not download $FFMPEG_TARBALL (Debian has moved on? \
set FFMPEG_VERSION and FFMPEG_SHA256 from the current ffmpeg .dsc)"
    echo "$FFMPEG_SHA256  $src_tar.part" | sha256sum -c --status \
        || die "$FFMPEG_TARBALL does not have the pinned SHA-256"
    mv "$src_tar.part" "$src_tar"
fi

work=$(mktemp -d -t commune-radio-ffmpeg.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xJf "$src_tar"
src="$work/ffmpeg-$FFMPEG_VERSION"

# Only the static LAME and Opus archives are visible in this folder; the linker looks here
# first, so it takes them instead of the shared libraries beside them in /usr/lib.
multiarch=$(gcc -print-multiarch)
mkdir -p "$work/static/pkgconfig"
ln -s "/usr/lib/$multiarch/libmp3lame.a" "/usr/lib/$multiarch/libopus.a" "$work/static/"
sed "s|^libdir=.*|libdir=$work/static|" "/usr/lib/$multiarch/pkgconfig/opus.pc" \
    >"$work/static/pkgconfig/opus.pc"

# ffmpeg_features.txt: "kind name" lines (comments after #) -> --enable-KIND=a,b,c
enables=()
for kind in demuxer decoder parser filter encoder muxer protocol; do
    names=$(sed 's/#.*//' "$here/ffmpeg_features.txt" | awk -v k="$kind" '$1 == k {print $2}' \
        | paste -sd, -)
    [ -n "$names" ] && enables+=("--enable-$kind=$names")
done

say "configuring FFmpeg $FFMPEG_VERSION (audio only, LGPL)"
t0=$(date +%s)
(
    cd "$src"
    PKG_CONFIG_PATH="$work/static/pkgconfig" ./configure \
        --prefix="$out" \
        --disable-everything --disable-autodetect --disable-debug --disable-doc \
        --disable-programs --enable-ffmpeg \
        --disable-avdevice --disable-swscale --disable-postproc \
        --disable-shared --enable-static --enable-pic --pkg-config-flags=--static \
        --enable-libmp3lame --enable-libopus \
        --extra-ldflags="-L$work/static" \
        --extra-version="commune-radio" \
        "${enables[@]}" >"$work/configure.log" 2>&1 \
        || { tail -n 30 "$work/configure.log" >&2; tail -n 40 ffbuild/config.log >&2; exit 1; }
    say "compiling on $(nproc) cores"
    make -j"$(nproc)" >"$work/make.log" 2>&1 || { tail -n 40 "$work/make.log" >&2; exit 1; }
) || die "the FFmpeg build failed"
mkdir -p "$out.part/bin" "$out.part/share"
install -m 755 "$src/ffmpeg" "$out.part/bin/ffmpeg"
strip --strip-all "$out.part/bin/ffmpeg"
# the licence texts travel with the program (LGPL 2.1 or later, as configured)
install -m 644 "$src/COPYING.LGPLv2.1" "$src/LICENSE.md" "$out.part/share/"
cp /usr/share/doc/libopus0/copyright "$out.part/share/opus-copyright"
cp /usr/share/doc/libmp3lame0/copyright "$out.part/share/lame-copyright"
echo "$FFMPEG_VERSION $FFMPEG_TARBALL $FFMPEG_SHA256" >"$out.part/share/SOURCE"
"$out.part/bin/ffmpeg" -hide_banner -buildconf >"$out.part/share/buildconf.txt"
grep -q -- "--enable-gpl\|--enable-nonfree" "$out.part/share/buildconf.txt" \
    && die "the build came out GPL or non-free; the bundle's ffmpeg must be LGPL"
rm -rf "$out"
mv "$out.part" "$out"
say "built in $(( $(date +%s) - t0 )) s: $(du -h "$out/bin/ffmpeg" | cut -f1) $out/bin/ffmpeg"
echo "$out/bin/ffmpeg"
