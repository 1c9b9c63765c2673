#!/bin/sh
# The layering check must fail on an arrow up: a copy of src/ gets one
# upward include per row below, and the check has to name it each time.
set -u
source_dir=$1
build_dir=$2
check="$source_dir/tests/packaging/check-layering.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
# folder/file that gets the include, the include, what the check must say
while read -r file include expected; do
  rm -rf "$work/src"
  cp -r "$source_dir/src" "$work/src"
  printf '#include "%s"\n' "$include" >> "$work/src/$file"
  out=$("$check" "$work" "$build_dir" 2>&1)
  if [ $? -eq 0 ] || ! printf '%s' "$out" | grep -q "$expected"; then
    echo "check-layering.sh missed $include in src/$file:"; echo "$out"; status=1
  fi
done <<'ROWS'
http/PageFetchJob.cpp oauth/TokenSet.h src/http includes oauth/
pipeline/Schema.cpp destination/Loader.h src/pipeline includes destination/
core/Job.cpp secrets/SecretJob.h src/core includes secrets/
destination/Loader.cpp run/RunJob.h src/destination includes run/
oauth/TokenSet.cpp source/PipelineFile.h src/oauth includes source/
ROWS
# And the untouched copy passes.
rm -rf "$work/src"; cp -r "$source_dir/src" "$work/src"
"$check" "$work" "$build_dir" >/dev/null 2>&1 || { echo "the untouched copy fails the check"; status=1; }
[ $status -eq 0 ] && echo "layering check catches arrows up: ok"
exit $status
