#!/bin/sh
# install-deps.sh must stop at a package it cannot install and name it with
# apt's own error. apt-get, apt-cache and sudo are stand-ins on PATH here, so
# the test needs neither root nor a network and changes nothing on the system.
set -u
script=$1
fake=$(mktemp -d "${TMPDIR:-/tmp}/grantline-fake-apt.XXXXXX")
trap 'rm -rf "$fake"' EXIT INT TERM

cat >"$fake/apt-cache" <<'SH'
#!/bin/sh
# "policy NAME": no candidate for the unknown package, one for the others.
case "$2" in
  grantline-no-such-package) printf '%s:\n  Installed: (none)\n  Candidate: (none)\n' "$2" ;;
  *) printf '%s:\n  Installed: (none)\n  Candidate: 1.0-1\n' "$2" ;;
esac
SH
cat >"$fake/apt-get" <<'SH'
#!/bin/sh
case "$*" in
  *update*) exit 0 ;;
  *grantline-broken-package*)
    echo "E: Unable to correct problems, you have held broken packages."; exit 100 ;;
  *) exit 0 ;;
esac
SH
cat >"$fake/sudo" <<'SH'
#!/bin/sh
exec "$@"
SH
chmod +x "$fake/apt-cache" "$fake/apt-get" "$fake/sudo"

expect() {
  name=$1 packages=$2 needle=$3
  out=$(PATH="$fake:$PATH" GRANTLINE_EXTRA_PACKAGES="$packages" bash "$script" 2>&1 </dev/null)
  rc=$?
  printf '%s\n' "--- $name (exit $rc):" "$out"
  if [ "$rc" -eq 0 ]; then
    echo "FAIL: $name: install-deps.sh succeeded"; exit 1
  fi
  case "$out" in
    *"$needle"*) ;;
    *) echo "FAIL: $name: output lacks: $needle"; exit 1 ;;
  esac
}

expect "unknown package" grantline-no-such-package \
  "package 'grantline-no-such-package' is not available"
expect "package that fails to install" grantline-broken-package \
  "could not install package 'grantline-broken-package'"
expect "apt's own error is shown" grantline-broken-package "E: Unable to correct problems"
echo "PASS: install-deps.sh names the package and apt's error"
