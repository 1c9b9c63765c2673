#!/usr/bin/env bash
# Installs what is missing, builds Grantline, starts the built-in sandbox
# provider beside it (offline, no account) and opens the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target grantline grantline-sandbox

details=$(mktemp)
build/release/app/grantline-sandbox >"$details" 2>/dev/null &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null || true; rm -f "$details"' EXIT INT TERM
for _ in $(seq 100); do
  [ -s "$details" ] && grep -q 'Discovery:' "$details" && break
  kill -0 "$sandbox" 2>/dev/null || { echo "run: the sandbox did not start" >&2; exit 1; }
  sleep 0.1
done
echo "Sandbox provider running (stops when you close Grantline):"
sed 's/^/  /' "$details"
GRANTLINE_SANDBOX_URL=$(head -n 1 "$details")
export GRANTLINE_SANDBOX_URL

build/release/app/grantline "$@"
