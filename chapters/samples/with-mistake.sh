#!/usr/bin/env bash
# For the chapters' samples of a failing task: a copy of the project whose code is the reference
# solution with one catalogued mistake (solutions/*/mistakes/ID.yaml), then ./kit's status, or what
# another kit command prints there.
# Usage, from the project root: bash chapters/samples/with-mistake.sh 01.4-no-content-type [hint ...]
# Needs APIKATA_KIT_JAR (the doc tests set it). Fails loudly when the mistake no longer applies.
set -euo pipefail
id=$1
shift
file=$(ls solutions/*/mistakes/"$id".yaml)
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -R . "$copy/apikata"
cd "$copy/apikata"
java -cp "$APIKATA_KIT_JAR" chapters/samples/ApplyMistake.java "$file"
./kit "$@" || true
