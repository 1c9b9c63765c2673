#!/bin/sh
# Every user-visible string has its French and German translation (and
# English its plural forms): lupdate scans the sources the way
# `cmake --build <dir> --target update_translations` does, into copies of
# the .ts files, and any string left unfinished fails with its context.
# usage: check-translations-complete.sh SOURCE_DIR BINARY_DIR LUPDATE GENERATE_PROJECT_CMAKE CMAKE PYTHON
set -eu
source_dir=$1
binary_dir=$2
lupdate=$3
generate=$4
cmake=$5
python=$6
project_in="$binary_dir/translations/.lupdate/grantline_engine_project.cmake"
if [ ! -f "$project_in" ]; then
    echo "No lupdate project at $project_in: this Qt names it otherwise; check the translations by hand." >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$source_dir"/translations/grantline_en.ts "$source_dir"/translations/grantline_fr.ts \
   "$source_dir"/translations/grantline_de.ts "$work"/
"$cmake" -DIN_FILE="$project_in" \
      -DOUT_FILE="$work/project.json" -P "$generate"
"$python" - "$work" <<'PY'
import json, sys
work = sys.argv[1]
path = work + "/project.json"
project = json.load(open(path))
project["translations"] = [work + "/grantline_%s.ts" % lang for lang in ("en", "fr", "de")]
json.dump(project, open(path, "w"))
PY
"$lupdate" -project "$work/project.json" -no-obsolete -locations none -silent

"$python" - "$work" <<'PY'
import re, sys
work = sys.argv[1]
missing = []
for lang in ("en", "fr", "de"):
    text = open("%s/grantline_%s.ts" % (work, lang), encoding="utf-8").read()
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for message in re.finditer(r"<message( numerus=\"yes\")?>.*?</message>", context.group(2), re.S):
            plural = message.group(1) is not None
            if 'type="unfinished"' not in message.group(0):
                continue
            # English holds only plural forms.
            if lang == "en" and not plural:
                continue
            source = re.search(r"<source>(.*?)</source>", message.group(0), re.S).group(1)
            missing.append("%s: %s: %s" % (lang, context.group(1), source))
if missing:
    print("Strings without a translation (run the update_translations target, then translate):")
    print("\n".join(missing))
    sys.exit(1)
print("Every string is translated.")
PY
