#!/usr/bin/env bash
# Benchmark: GET /posts/1 on the apikata mock server vs json-server 0.17.4 serving the same data,
# side by side on loopback, measured with wrk. Needs: java 17+, wrk, node + npm, curl.
#
#   mock-server/bench/run.sh                 # build the jar if missing, install json-server in a temp dir
#   DURATION=20s ROUNDS=3 mock-server/bench/run.sh
#
# Everything listens on 127.0.0.1 only. json-server is installed into a temporary folder, never
# into the repository.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
jar="$module/target/apikata-mock-server.jar"
apikata_port="${APIKATA_PORT:-18480}"
json_server_port="${JSON_SERVER_PORT:-18481}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-15s}"
rounds="${ROUNDS:-2}"
connections="${CONNECTIONS:-50}"
threads="${THREADS:-2}"
work="$(mktemp -d)"
results="$here/results"
mkdir -p "$results"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

for tool in java wrk node npm curl; do
  command -v "$tool" >/dev/null || { echo "bench: '$tool' is needed (wrk: apt-get install wrk)" >&2; exit 2; }
done
if [[ ! -f "$jar" ]]; then
  (cd "$module/.." && mvn -q -pl mock-server -am package -DskipTests)
fi
json_server="${JSON_SERVER_DIR:-$work/json-server}/node_modules/.bin/json-server"
if [[ ! -x "$json_server" ]]; then
  npm install --silent --no-audit --no-fund --prefix "$work/json-server" json-server@0.17.4 >/dev/null
  json_server="$work/json-server/node_modules/.bin/json-server"
fi

wait_for() { # url
  for _ in $(seq 1 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "bench: $1 did not come up" >&2; exit 1
}

launch_started=$(date +%s%N)
java -jar "$jar" --port "$apikata_port" --lang en >"$work/apikata.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$apikata_port/posts/1"
first_answer_ms=$(( ($(date +%s%N) - launch_started) / 1000000 ))
startup_line=$(head -1 "$work/apikata.log")

# json-server gets the very same records, exported from the running mock.
curl -fs "http://127.0.0.1:$apikata_port/__kit/reset" -X POST >/dev/null
{
  printf '{'
  sep=''
  for resource in posts comments users todos; do
    printf '%s"%s":' "$sep" "$resource"
    curl -fs "http://127.0.0.1:$apikata_port/$resource"
    sep=','
  done
  printf '}'
} >"$work/db.json"
"$json_server" --quiet --host 127.0.0.1 --port "$json_server_port" "$work/db.json" >"$work/json-server.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$json_server_port/posts/1"

run_wrk() { # name url seconds
  wrk -t"$threads" -c"$connections" -d"$3" --latency "$2" >"$work/$1.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$1.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$work/$1.txt" | tr '\n' ' ' || true)
  printf '%-12s %12s req/s   p99 %10s   %s\n' "$1" "$rps" "$p99" "$errors"
  echo "$1 $rps" >>"$work/rps.txt"
}

echo "== $(date -u +%FT%TZ)  $(nproc) cores  wrk -t$threads -c$connections -d$duration  GET /posts/1"
echo "apikata start-up: \"$startup_line\"; first 200 OK ${first_answer_ms} ms after launching the JVM"
run_wrk warm-apikata "http://127.0.0.1:$apikata_port/posts/1" "$warmup" >/dev/null
run_wrk warm-json "http://127.0.0.1:$json_server_port/posts/1" "$warmup" >/dev/null
for round in $(seq 1 "$rounds"); do
  run_wrk "apikata-$round" "http://127.0.0.1:$apikata_port/posts/1" "$duration"
  run_wrk "json-$round" "http://127.0.0.1:$json_server_port/posts/1" "$duration"
done
# The median of the rounds for each server, and their ratio.
median() { grep "^$1-" "$work/rps.txt" | awk '{print $2}' | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
a=$(median apikata); j=$(median json)
awk -v a="$a" -v j="$j" 'BEGIN {printf "median req/s: apikata %.0f, json-server %.0f, ratio %.2fx\n", a, j, a / j}'
journal=$(curl -fs "http://127.0.0.1:$apikata_port/__admin/requests?limit=1" | grep -o '"total" : [0-9]*' | grep -o '[0-9]*$' || true)
echo "apikata journal entries after the run: $journal (capped at 1000)"
rss_kb=$(ps -o rss= -p "${pids[0]}")
echo "apikata resident memory after the run: $((rss_kb / 1024)) MiB"
cp "$work"/apikata-*.txt "$work"/json-*.txt "$results/" 2>/dev/null || true
