#!/bin/sh
# Grades a synthetic class with `kit grade` and prints where the time went.
#
#   cli/bench/grade-class.sh [LEARNERS] [JOBS]      (defaults: 30 learners, 2 jobs)
#
# The class is built from this kit: a fifth of the learners untouched, a fifth complete, a fifth
# with half the modules done, a fifth complete but with one module that does not compile, a fifth
# complete in all but the last task of each module. Nothing leaves loopback. Prints the wall time,
# the grader's own split (compile, tests) and its summary line.
set -eu

learners=${1:-30}
jobs=${2:-2}
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/apikata-grade-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

cd "$root"
./kit --lang en dist --out "$work/handout" >/dev/null
modules=$(ls "$work/handout/exercises" | grep -E '^[0-9]{2}' | sort)

solve() { # learner-dir module
    rm -rf "$1/exercises/$2/src/main/java"
    cp -R "$root/solutions/$2/src/main/java" "$1/exercises/$2/src/main/java"
}

i=0
while [ "$i" -lt "$learners" ]; do
    learner=$(printf '%s/class/learner-%03d' "$work" "$i")
    mkdir -p "$work/class"
    cp -R "$work/handout" "$learner"
    kind=$((i % 5))
    n=0
    for module in $modules; do
        n=$((n + 1))
        case $kind in
            0) ;;
            1|4) solve "$learner" "$module" ;;
            2) [ $((n % 2)) -eq 1 ] && solve "$learner" "$module" ;;
            3) solve "$learner" "$module"
               if [ "$n" -eq 1 ]; then
                   file=$(find "$learner/exercises/$module/src/main/java" -name '*.java' | sort | head -n 1)
                   printf '\nclass Broken { int x = ; }\n' >> "$file"
               fi ;;
        esac
    done
    if [ "$kind" -eq 4 ]; then
        # Undo one task per module: the stub of the module's last task comes back.
        for module in $modules; do
            last=$(grep -E '^\s*- id:' "$root/exercises/$module/exercise.yaml" | tail -n 1 | sed -E 's/.*"([0-9.]+)".*/\1/')
            (cd "$learner" && "$root/kit" --project "$learner" --lang en reset "$last" >/dev/null 2>&1) || true
        done
    fi
    i=$((i + 1))
done

echo "class: $learners learners, modules: $(echo $modules | wc -w), jobs: $jobs, load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
start=$(date +%s)
./kit --lang en grade --jobs "$jobs" --out "$work/out" "$work/class" 2>"$work/progress.txt" || {
    cat "$work/progress.txt" >&2
    exit 1
}
end=$(date +%s)
grep -E '^(Grading|Time|Graded)' "$work/progress.txt" || tail -n 3 "$work/progress.txt"
echo "wall time: $((end - start)) s for $learners learners ($(awk "BEGIN { printf \"%.1f\", ($end - $start) / $learners }") s per learner)"
