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
# Inside src/, each folder includes only those below it: core, then secrets
# and http, then oauth, source, pipeline (pure normalization: core only),
# destination; the sandbox provider sits beside them on top. A folder missing
# from this table fails too, so a new engine part must be placed in it.
allowed() {
  case $1 in
    core) echo "core" ;;
    secrets) echo "core secrets" ;;
    http) echo "core http" ;;
    oauth) echo "core secrets http oauth" ;;
    source) echo "core secrets http oauth source" ;;
    pipeline) echo "core pipeline" ;;
    destination) echo "core secrets http oauth source pipeline destination" ;;
    run) echo "core secrets http oauth source pipeline destination run" ;;
    browse) echo "core secrets http oauth source pipeline destination run browse" ;;
    sandbox) echo "core secrets http oauth pipeline sandbox" ;;
    *) echo "" ;;
  esac
}
for folder in "$source_dir"/src/*/; do
  part=$(basename "$folder")
  permitted=$(allowed "$part")
  if [ -z "$permitted" ]; then
    echo "src/$part is not in the layering table of $0"; status=1
    continue
  fi
  for used in $(grep -rhoE '#include "[a-z]+/' "$folder" | sed 's/#include "//; s/\///' | sort -u); do
    case " $permitted " in
      *" $used "*) ;;
      *) echo "src/$part includes $used/, which is above it:"
         grep -rlE "#include \"$used/" "$folder"; status=1 ;;
    esac
  done
done
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
