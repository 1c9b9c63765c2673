#!/bin/sh
# Runs one test program inside a throwaway D-Bus session with an unlocked
# gnome-keyring, so keychain tests use the real Secret Service and never the
# user's own keyring.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "keychain tests: '$tool' is missing; install the dbus and gnome-keyring packages" >&2
    exit 1
  fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/grantline-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home/.cache" "$scratch/home/.local/share" "$scratch/home/.config" \
  "$scratch/runtime"
chmod 700 "$scratch/runtime"

HOME="$scratch/home"
XDG_DATA_HOME="$HOME/.local/share"
XDG_CONFIG_HOME="$HOME/.config"
XDG_CACHE_HOME="$HOME/.cache"
XDG_RUNTIME_DIR="$scratch/runtime"
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
# Tells the test it is inside a throwaway keyring, never the user's own.
GRANTLINE_PRIVATE_KEYRING=1
export GRANTLINE_PRIVATE_KEYRING

dbus-run-session -- sh -c '
  if ! printf "%s" grantline-test-keyring \
      | timeout 20 gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
    echo "keychain tests: gnome-keyring-daemon could not start or unlock" >&2
    exit 1
  fi
  "$@"
' keyring-session "$@"
