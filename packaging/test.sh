#!/usr/bin/env bash
# Installs what is missing, builds Grantline and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev
# The run command's optimised build too: some warnings (dangling pointers)
# only show when the compiler optimises, and they are errors here.
cmake --preset release >/dev/null
cmake --build --preset release --target grantline grantline-sandbox
ctest --preset dev

# Fuzzing (tests/fuzz): clang's libFuzzer targets under ASan + UBSan replay
# their saved inputs, then mutate them for a bounded time.
cmake --preset fuzz >/dev/null && cmake --build --preset fuzz && ctest --preset fuzz
