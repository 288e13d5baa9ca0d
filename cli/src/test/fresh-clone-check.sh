#!/usr/bin/env bash
# What a new learner meets first: a fresh clone is clean (git status shows nothing, kit.cmd
# included), and the README's first command, ./kit, builds the kit on its first run and prints
# plain text when its output is piped: no stray ANSI codes from Maven or the kit. Uses the Maven
# repository the build before it filled; needs no network. Exits non-zero on the first problem.
set -euo pipefail
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "fresh-clone-check: $*" >&2; exit 1; }

git clone --quiet "$root" "$work/apikata"
cd "$work/apikata"
changes=$(git status --porcelain)
[ -z "$changes" ] || fail "a fresh clone is not clean: $changes"

# ./kit list: the first run builds the kit with Maven, then lists; piped, so no terminal.
./kit --lang en list </dev/null >"$work/list.txt" 2>&1 || fail "./kit list failed: $(cat "$work/list.txt")"
grep -q "Building the kit" "$work/list.txt" || fail "the first ./kit did not build the kit"
grep -q "^module " "$work/list.txt" || fail "./kit list printed no table: $(cat "$work/list.txt")"
KIT_LANG=ja ./kit list </dev/null >"$work/list-ja.txt" 2>&1 || fail "KIT_LANG=ja ./kit list failed"
grep -q "モジュール" "$work/list-ja.txt" || fail "KIT_LANG=ja ./kit list is not in Japanese: $(cat "$work/list-ja.txt")"
for file in "$work/list.txt" "$work/list-ja.txt"; do
  if LC_ALL=C grep -q $'\033' "$file"; then
    fail "piped output has ANSI escape codes: $(od -c "$file" | grep -m 3 '033')"
  fi
done
changes=$(git status --porcelain)
[ -z "$changes" ] || fail "running the kit left files git does not ignore: $changes"
echo "fresh-clone-check: clean clone, ./kit built itself and printed plain text in en and ja"
