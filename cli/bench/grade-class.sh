#!/bin/sh
# Grades a synthetic class with `kit grade` and prints where the time went.
#
#   cli/bench/grade-class.sh [LEARNERS] [JOBS]      (defaults: 30 learners, 2 jobs)
#
# With KEEP_OUT=DIR, the grader's outputs (grades.csv, report.html...) are kept in DIR.
#
# The class is built from this kit: a fifth of the learners untouched, a fifth complete, a fifth
# with half the modules done, a fifth complete but with one module that does not compile, a fifth
# complete but for one catalogued mistake per module (one of three, by learner). Nothing leaves
# loopback. Prints the wall time, the load before and after and how busy the machine's processors
# were (a shared machine makes the wall time longer), the grader's own split (compile, tests, per
# module) and its summary line. EXTRA="--workers-per-learner 1" passes options to kit grade.
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
        java -cp "$root/cli/target/apikata-kit.jar" "$root/cli/bench/ApplyMistakes.java" "$root" "$learner" "$i"
    fi
    i=$((i + 1))
done

echo "class: $learners learners, modules: $(echo $modules | wc -w), jobs: $jobs, load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
busy() { # the machine's processor ticks so far: busy and all (every process, not only the grader's)
    awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat 2>/dev/null || echo "0 0"
}
busy_before=$(busy)
start=$(date +%s)
# shellcheck disable=SC2086 # EXTRA is a list of options
./kit --lang en grade --jobs "$jobs" ${EXTRA:-} --out "$work/out" "$work/class" 2>"$work/progress.txt" || {
    cat "$work/progress.txt" >&2
    exit 1
}
end=$(date +%s)
busy_after=$(busy)
grep -E '^(Grading|Time|Test runs|Graded)' "$work/progress.txt" || tail -n 3 "$work/progress.txt"
if [ -n "${KEEP_OUT:-}" ]; then
    rm -rf "$KEEP_OUT" && cp -R "$work/out" "$KEEP_OUT"
fi
echo "wall time: $((end - start)) s for $learners learners ($(awk "BEGIN { printf \"%.1f\", ($end - $start) / $learners }") s per learner), load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
echo "$busy_before $busy_after" | awk -v cores="$(nproc 2>/dev/null || echo 1)" '$4 > $2 {
    printf "machine: processors %.0f%% busy during the run (all processes, %d cores)\n", 100 * ($3 - $1) / ($4 - $2), cores }'
