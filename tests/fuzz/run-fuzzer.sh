#!/usr/bin/env bash
# Runs one libFuzzer target for ctest, without ever writing into the repository.
#   run-fuzzer.sh replay FUZZER CORPUS REGRESSIONS
#     every saved input once; fails on the first crash, leak, UB or timeout.
#   run-fuzzer.sh fuzz FUZZER CORPUS REGRESSIONS ARTIFACTS SECONDS
#     mutates a throwaway copy of the saved inputs for SECONDS; an input that
#     breaks the target is left in ARTIFACTS, to be fixed and then kept in
#     REGRESSIONS.
set -euo pipefail

mode=$1 fuzzer=$2 corpus=$3 regressions=$4
# Leaks count as failures; a symbolized trace when llvm-symbolizer is there.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
limits=(-timeout=10 -rss_limit_mb=2048)

case "$mode" in
replay)
  # Files named one by one: libFuzzer runs each and changes nothing on disk.
  mapfile -d '' inputs < <(find "$corpus" "$regressions" -type f ! -name '.*' -print0 | sort -z)
  if [ ${#inputs[@]} -eq 0 ]; then
    echo "run-fuzzer: no saved inputs in $corpus or $regressions" >&2
    exit 1
  fi
  "$fuzzer" "${limits[@]}" "${inputs[@]}"
  echo "run-fuzzer: ${#inputs[@]} saved inputs replayed"
  ;;
fuzz)
  artifacts=$5 seconds=$6
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/corpus" "$artifacts"
  find "$corpus" "$regressions" -type f ! -name '.*' -exec cp {} "$work/corpus/" \;
  if ! "$fuzzer" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "$work/corpus"; then
    echo "run-fuzzer: $(basename "$fuzzer") broke; the input is in $artifacts." >&2
    echo "run-fuzzer: fix it, then keep the input in $regressions" >&2
    exit 1
  fi
  ;;
*)
  echo "usage: run-fuzzer.sh replay|fuzz FUZZER CORPUS REGRESSIONS [ARTIFACTS SECONDS]" >&2
  exit 2
  ;;
esac
