#!/usr/bin/env bash
# Benchmark of the practice API as a learner starts it (java -jar, the launcher's default
# settings), side by side with json-server 0.17.4 serving the same data. Prints:
#   1. time from process start to the first 200 of GET /posts/1: the first start (which writes the
#      class-data archive) and the median of 5 starts after it;
#   2. resident memory (launcher and server JVM together) after 10,000 mixed requests;
#   3. GET /posts/1 throughput with wrk, apikata against json-server in the same run.
# Needs: java 17+, wrk, node + npm, curl. Everything listens on 127.0.0.1 only.
#
#   mock-server/bench/run.sh                 # build the jar if missing, install json-server if missing
#   DURATION=20s ROUNDS=3 STARTS=7 mock-server/bench/run.sh
#
# json-server comes from .ci/tools (where .ci/run installs it) or is installed into a temporary
# folder, never into the repository.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
jar="$module/target/apikata-mock-server.jar"
apikata_port="${APIKATA_PORT:-18480}"
json_server_port="${JSON_SERVER_PORT:-18481}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-15s}"
rounds="${ROUNDS:-2}"
starts="${STARTS:-5}"
mixed="${MIXED_REQUESTS:-10000}"
connections="${CONNECTIONS:-50}"
threads="${THREADS:-2}"
work="$(mktemp -d)"
results="$here/results"
mkdir -p "$results"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do stop_tree "$pid"; done
  rm -rf "$work"
}
trap cleanup EXIT

for tool in java wrk node npm curl; do
  command -v "$tool" >/dev/null || { echo "bench: '$tool' is needed (wrk: apt-get install wrk)" >&2; exit 2; }
done
if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -q -pl mock-server -am package -DskipTests)
fi
# shellcheck source=lib.sh
source "$here/lib.sh"
json_server=$(json_server_binary "$work")

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

rss_mib() { # pid: resident memory of the launcher and its server JVM together
  local total=0 kb
  for p in $(tree_pids "$1"); do kb=$(ps -o rss= -p "$p" 2>/dev/null || echo 0); total=$(( total + kb )); done
  echo $(( total / 1024 ))
}

start_apikata() { # starts java -jar with the default settings; sets $apikata_pid
  java -jar "$jar" --port "$apikata_port" --lang en >"$work/apikata.log" 2>&1 &
  apikata_pid=$!
}

first_200_ms() { # one start: process start to the first 200 of GET /posts/1, then stop
  local started
  started=$(now_ms)
  start_apikata
  wait_for "http://127.0.0.1:$apikata_port/posts/1" || exit 1
  echo $(( $(now_ms) - started ))
  stop_tree "$apikata_pid"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

echo "== $(date -u +%FT%TZ)  $(nproc) cores  $(java -version 2>&1 | head -1)"
echo "load average at the start: $(uptime | sed 's/.*load average: //')"

# 1. Start-up. Remove this jar's class-data archives, so the first start is a learner's first.
rm -f "$module"/target/apikata-mock-server-*.jsa "$module"/target/apikata-mock-server-*.jsa.tmp
first=$(first_200_ms)
: >"$work/starts.txt"
for _ in $(seq 1 "$starts"); do first_200_ms >>"$work/starts.txt"; done
echo "start-up, process start to first 200: first start ${first} ms (writes the class-data archive);" \
  "median of $starts later starts $(median <"$work/starts.txt") ms (all: $(tr '\n' ' ' <"$work/starts.txt"| sed 's/ $//'))"

# 2. Memory after a mixed load, default settings.
start_apikata
pids+=("$apikata_pid")
wait_for "http://127.0.0.1:$apikata_port/posts/1" || exit 1
echo "resident memory after start-up: $(rss_mib "$apikata_pid") MiB (launcher + server JVM)"
java "$here/MixedLoad.java" "http://127.0.0.1:$apikata_port" "$mixed" "$connections" | sed 's/^/mixed load: /'
echo "resident memory after $mixed mixed requests: $(rss_mib "$apikata_pid") MiB (launcher + server JVM)"

# 3. Throughput. json-server gets the very same records, exported from the freshly reset mock.
export_db "http://127.0.0.1:$apikata_port" "$work/db.json"
"$json_server" --quiet --host 127.0.0.1 --port "$json_server_port" "$work/db.json" >"$work/json-server.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$json_server_port/posts/1" || exit 1

run_wrk() { # name url seconds
  wrk -t"$threads" -c"$connections" -d"$3" --latency "$2" >"$work/$1.txt"
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$1.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$work/$1.txt" | tr '\n' ' ' || true)
  printf '%-12s %12s req/s   p99 %10s   %s\n' "$1" "$rps" "$p99" "$errors"
  echo "$1 $rps" >>"$work/rps.txt"
}

echo "GET /posts/1, wrk -t$threads -c$connections -d$duration after a ${warmup} warm-up of each:"
run_wrk warm-apikata "http://127.0.0.1:$apikata_port/posts/1" "$warmup" >/dev/null
run_wrk warm-json "http://127.0.0.1:$json_server_port/posts/1" "$warmup" >/dev/null
for round in $(seq 1 "$rounds"); do
  run_wrk "apikata-$round" "http://127.0.0.1:$apikata_port/posts/1" "$duration"
  run_wrk "json-$round" "http://127.0.0.1:$json_server_port/posts/1" "$duration"
done
round_median() { grep "^$1-[0-9]" "$work/rps.txt" | awk '{print $2}' | median; }
a=$(round_median apikata); j=$(round_median json)
awk -v a="$a" -v j="$j" 'BEGIN {printf "median req/s: apikata %.0f, json-server %.0f, ratio %.2fx\n", a, j, a / j}'
echo "resident memory after the throughput runs: $(rss_mib "$apikata_pid") MiB (launcher + server JVM)"
echo "load average at the end: $(uptime | sed 's/.*load average: //')"
cp "$work"/apikata-*.txt "$work"/json-*.txt "$results/" 2>/dev/null || true
