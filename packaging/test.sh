#!/usr/bin/env bash
# Installs what is missing, builds Grantline and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev
