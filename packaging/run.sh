#!/usr/bin/env bash
# Installs what is missing, builds Grantline and starts the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target grantline grantline-sandbox
exec build/release/app/grantline "$@"
