#!/usr/bin/env bash
# CI step for the installers: build the Linux bundle on the clean machine and smoke-test the
# unpacked tarball (not the virtualenv). `./dev dist` installs what it needs itself; it fails,
# and so does this, on any error of the build or the smoke test. On a fresh Debian machine
# build.sh also installs what the bundle's own ffmpeg is compiled with (build-essential
# pkg-config nasm libmp3lame-dev libopus-dev; installer/build_ffmpeg.sh --apt lists them) and
# icu-devtools; the compiled ffmpeg is cached in ~/.cache/commune-radio/, so only the first
# build (about 1-2 minutes more) compiles it.
# About 3-5 minutes on the 2-core CI machine (BENCHMARKS.md). Call it from .ci/run
# after the tests, e.g.:  bash installer/ci_dist.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
./dev dist
echo "ci_dist: bundle built and smoke-tested in $(( $(date +%s) - start )) s"
