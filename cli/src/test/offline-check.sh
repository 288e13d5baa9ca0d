#!/usr/bin/env bash
# Proves that a classroom without network can work after `kit prefetch`: fills an empty local Maven
# repository with `kit prefetch`, then builds and tests with Maven offline (-o) against it alone.
# Needs network for the prefetch step only. Run from anywhere: bash cli/src/test/offline-check.sh
set -euo pipefail

root=$(CDPATH='' cd -- "$(dirname -- "$0")/../../.." && pwd)
cd "$root"
repo=$(mktemp -d "${TMPDIR:-/tmp}/apikata-offline-repo.XXXXXX")
trap 'rm -rf "$repo"' EXIT

echo "== kit prefetch into an empty repository: $repo"
./kit prefetch --maven-repo "$repo"

echo "== offline: module 01 against the reference solutions (every test must pass)"
mvn -o -q -B -Dmaven.repo.local="$repo" -Psolutions test -pl exercises/01-http-methods

echo "== offline: module 01 against the learner's stubs (tests fail, but nothing is missing)"
log=$(mktemp)
if mvn -o -B -Dmaven.repo.local="$repo" test -pl exercises/01-http-methods >"$log" 2>&1; then
    echo "the stubs passed their tests: that breaks the course invariant" >&2
    exit 1
fi
if grep -q "offline mode" "$log" || ! grep -q "Tests run:" "$log"; then
    echo "offline build needed something kit prefetch did not download:" >&2
    grep -E "ERROR|offline" "$log" >&2 || tail -20 "$log" >&2
    exit 1
fi
rm -f "$log"

echo "== offline: the kit itself builds"
mvn -o -q -B -Dmaven.repo.local="$repo" -DskipTests -pl cli -am package

echo "offline check passed"
