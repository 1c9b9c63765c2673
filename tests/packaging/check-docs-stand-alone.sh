#!/usr/bin/env bash
# The project's documents stand on their own: no figures or explanations left
# in an issue tracker ("see issue 6", "the closing notes"). Upstream projects'
# issues (dlt #1401) are public references and stay allowed.
set -euo pipefail
source_dir=$1
cd "$source_dir"
files=$(git ls-files README.md packaging resources 2>/dev/null \
  | grep -E '\.(md|txt|xml|desktop|json)$' || true)
[ -n "$files" ] || files=$(find README.md packaging resources -type f \
  \( -name '*.md' -o -name '*.xml' -o -name '*.desktop' -o -name '*.json' \))
# shellcheck disable=SC2086
if grep -nHiE '\bissues? +#?[0-9]+|closing notes?' $files; then
  echo "docs: the lines above point at an issue; put what they refer to in the document." >&2
  exit 1
fi
