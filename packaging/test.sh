#!/usr/bin/env bash
# Installs what is missing, builds Grantline and runs the whole test suite:
# the fuzz targets, then every suite twice, in the Debug build and in the
# optimised one. An optimiser hides some bugs and reveals others (dangling
# pointers are only reported at -O2, and are errors here), so the suite must
# pass in both.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
# A clone in another folder reuses the same compiler cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

cmake --preset dev
cmake --build --preset dev
cmake --preset release >/dev/null
cmake --build --preset release
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

status=0
# Fuzzing (tests/fuzz): clang's libFuzzer targets under ASan + UBSan replay
# their saved inputs, then mutate them for a bounded time.
echo "== Fuzz targets (clang, ASan + UBSan) =="
ctest --preset fuzz || status=1
echo "== Debug build =="
ctest --preset dev || status=1
echo "== Optimised build (RelWithDebInfo) =="
ctest --preset release || status=1
exit $status
