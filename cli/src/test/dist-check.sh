#!/usr/bin/env bash
# What a class receives: `kit dist --classroom` writes a learner copy that has no answers (no
# solutions, no mistake catalogue answers, no CI of ours), is a git repository of its own, builds
# the kit with ./kit, and whose `mvn test` compiles and fails only because the stubs are not done.
# Uses the Maven repository the build before it filled, offline. Exits non-zero on the first problem.
set -euo pipefail
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "dist-check: $*" >&2; exit 1; }

cd "$root"
./kit --lang en dist --classroom --out "$work/copy" </dev/null >"$work/dist.txt" 2>&1 \
  || fail "kit dist failed: $(cat "$work/dist.txt")"
cd "$work/copy"

[ ! -e solutions ] || fail "the learner copy has solutions/"
[ ! -e .ci ] || fail "the learner copy has .ci/"
if find . -path ./.git -prune -o -path '*/mistakes/*.yaml' -print | grep -q .; then
  fail "the learner copy has a mistake catalogue: $(find . -path '*/mistakes/*.yaml' | head -n 3)"
fi
# known-mistakes.yaml explains mistakes to the learner; the mistaken code stays with the solutions.
if grep -lE '^\s*(replace|methods?|code):' exercises/*/known-mistakes.yaml 2>/dev/null | grep -q .; then
  fail "a known-mistakes.yaml carries code"
fi
[ -f .github/workflows/classroom.yml ] || fail "--classroom wrote no .github/workflows/classroom.yml"
[ -z "$(git status --porcelain)" ] || fail "the learner copy is not a clean repository: $(git status --porcelain)"

./kit --lang en list </dev/null >"$work/list.txt" 2>&1 || fail "./kit list failed in the copy: $(cat "$work/list.txt")"
grep -q "^module " "$work/list.txt" || fail "./kit list printed no table: $(cat "$work/list.txt")"

module=$(ls exercises | grep -E '^[0-9]{2}-' | sort | head -n 1)
if mvn -B -o -q test -pl "exercises/$module" >"$work/mvn.txt" 2>&1; then
  fail "mvn test passed on the stubs of $module"
fi
grep -q "COMPILATION ERROR" "$work/mvn.txt" && fail "the stubs of $module do not compile in the copy: $(head -n 40 "$work/mvn.txt")"
grep -Eq "Tests run: [0-9]+, (Failures: [1-9]|Failures: [0-9]+, Errors: [1-9])" "$work/mvn.txt" || fail "mvn test did not fail on tests: $(tail -n 40 "$work/mvn.txt")"
[ -z "$(git status --porcelain)" ] || fail "building the copy left files git does not ignore: $(git status --porcelain)"
echo "dist-check: the learner copy has no answers, ./kit builds and lists, mvn test fails only on the tests of $module"
