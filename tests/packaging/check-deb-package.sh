#!/bin/sh
# Builds the .deb with CPack from a build tree, then checks that it holds the
# three executables and the desktop files, and that its grantline-cli runs.
set -eu
build_dir=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/grantline-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

cd "$build_dir"
cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/grantline_*.deb)
echo "built $(basename "$deb")"

dpkg-deb --contents "$deb" >"$work/contents"
for path in ./usr/bin/grantline ./usr/bin/grantline-cli ./usr/bin/grantline-sandbox \
    ./usr/share/applications/org.grantline.Grantline.desktop \
    ./usr/share/metainfo/org.grantline.Grantline.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.grantline.Grantline.svg; do
  grep -q " $path\$" "$work/contents" || { echo "missing from package: $path"; exit 1; }
done

depends=$(dpkg-deb --field "$deb" Depends)
for dep in libsecret-1-0 libqt6sql6-sqlite libqt6keychain1; do
  case "$depends" in *"$dep"*) ;; *) echo "Depends lacks $dep: $depends"; exit 1;; esac
done

dpkg-deb --extract "$deb" "$work/root"
version=$("$work/root/usr/bin/grantline-cli" --version)
case "$version" in
  "grantline-cli "[0-9]*) echo "packaged binary runs: $version" ;;
  *) echo "unexpected --version output: $version"; exit 1 ;;
esac
