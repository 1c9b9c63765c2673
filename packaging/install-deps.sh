#!/usr/bin/env bash
# Installs every package Grantline needs to build, run and test on Debian 12.
# Idempotent: installs only what is missing, and says which package failed and why.
set -euo pipefail

BUILD_PACKAGES=(
  cmake ninja-build ccache g++ pkg-config file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libsqlite3-dev zlib1g-dev libqt6svg6 qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n
  qtkeychain-qt6-dev libqcustomplot-dev libssl-dev libsimdjson-dev libgl-dev libpq-dev
  clang-format
)
TEST_PACKAGES=(
  dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  desktop-file-utils appstream xvfb xauth python3 openssl sqlite3 postgresql
  clang libclang-rt-14-dev llvm
)

# Extra names for tests of this script (e.g. a package that does not exist).
read -r -a EXTRA_PACKAGES <<<"${GRANTLINE_EXTRA_PACKAGES:-}"


missing=()
for pkg in "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${EXTRA_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

# Only now is root needed: a machine that has everything needs no sudo.
if [ "$(id -u)" -eq 0 ]; then
  SUDO=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1; then
  # sudo resets the environment, so the frontend is passed through env.
  SUDO=(sudo env DEBIAN_FRONTEND=noninteractive)
else
  echo "install-deps: missing packages (${missing[*]}); run as root or install sudo" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "${SUDO[@]}" apt-get update -qq >"$log" 2>&1; then
  echo "install-deps: apt-get update failed:" >&2
  cat "$log" >&2
  exit 1
fi
# Name every package apt cannot offer at all before trying to install anything.
unavailable=()
for pkg in "${missing[@]}"; do
  candidate=$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')
  if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
    unavailable+=("$pkg")
  fi
done
if [ ${#unavailable[@]} -gt 0 ]; then
  for pkg in "${unavailable[@]}"; do
    echo "install-deps: package '$pkg' is not available from your apt sources (apt-cache policy $pkg shows no candidate)" >&2
  done
  echo "install-deps: Grantline needs Debian 12 (bookworm) with the main archive enabled" >&2
  exit 1
fi

if "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
  echo "install-deps: done"
  exit 0
fi

# The bulk install failed: find the package to blame so the user does not
# meet a confusing compiler error later.
for pkg in "${missing[@]}"; do
  if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "$pkg" >"$log" 2>&1; then
    echo "install-deps: could not install package '$pkg':" >&2
    grep -E '^(E:|Err)' "$log" >&2 || tail -n 20 "$log" >&2
    exit 1
  fi
done
echo "install-deps: done"
