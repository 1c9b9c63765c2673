#!/bin/sh
# Asks install-deps.sh for a package that does not exist and checks that it
# fails at once, naming that package.
set -u
script=$1
bogus=grantline-no-such-package-for-tests
out=$(GRANTLINE_EXTRA_PACKAGES="$bogus" bash "$script" 2>&1 </dev/null)
rc=$?
echo "$out"
[ "$rc" -ne 0 ] || { echo "expected install-deps.sh to fail"; exit 1; }
case "$out" in
  *"run as root or install sudo"*) exit 0 ;;
  *"'$bogus'"*) echo "install-deps.sh named the package: ok"; exit 0 ;;
  *) echo "install-deps.sh failed without naming '$bogus'"; exit 1 ;;
esac
