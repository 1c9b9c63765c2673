#!/bin/sh
# app -> ui -> src, never upward: the engine includes no widget or plot
# header, and the executables without a window do not link QtWidgets.
set -u
source_dir=$1
build_dir=$2
status=0
found=$(grep -rlE '#include <(QtWidgets/|QtPrintSupport/)?Q(Widget|MainWindow|Dialog|Application|MessageBox|PushButton|Label|LineEdit|TreeView|TableView|Wizard|Action)>|#include <qcustomplot\.h>|#include "(mainwindow|wizard|dashboard)/' "$source_dir/src" || true)
if [ -n "$found" ]; then
  echo "src/ includes widget headers or ui/ code:"; echo "$found"; status=1
fi
for exe in grantline-cli grantline-sandbox; do
  if readelf -d "$build_dir/app/$exe" | grep -q 'libQt6Widgets'; then
    echo "$exe links QtWidgets"; status=1
  fi
done
if ! readelf -d "$build_dir/app/grantline" | grep -q 'libQt6Widgets'; then
  echo "grantline does not link QtWidgets: is the check looking at the right files?"; status=1
fi
[ $status -eq 0 ] && echo "layering: ok"
exit $status
