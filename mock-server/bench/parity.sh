#!/usr/bin/env bash
# json-server 0.17.4 parity: starts the apikata mock (the built jar) and json-server with the
# same records on loopback, then sends the same requests to both (parity.js) and compares.
# Needs java 17+, node + npm, curl. Exits non-zero on any difference.
#
#   mock-server/bench/parity.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
jar="$module/target/apikata-mock-server.jar"
apikata_port="${APIKATA_PORT:-18490}"
json_server_port="${JSON_SERVER_PORT:-18491}"
work="$(mktemp -d)"
pids=()
# shellcheck source=lib.sh
source "$here/lib.sh"
cleanup() {
  for pid in "${pids[@]}"; do stop_tree "$pid"; done
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -q -pl mock-server -am package -DskipTests)
fi
json_server=$(json_server_binary "$work")

java -jar "$jar" --port "$apikata_port" --lang en >"$work/apikata.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$apikata_port/posts/1" || { cat "$work/apikata.log"; exit 1; }
export_db "http://127.0.0.1:$apikata_port" "$work/db.json"
# json-server writes to its file: give it a copy of its own.
"$json_server" --quiet --host 127.0.0.1 --port "$json_server_port" "$work/db.json" >"$work/json-server.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$json_server_port/posts/1" || { cat "$work/json-server.log"; exit 1; }

node "$here/parity.js" "http://127.0.0.1:$apikata_port" "http://127.0.0.1:$json_server_port"
