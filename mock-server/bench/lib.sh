# Shared by run.sh and parity.sh: wait for a server, stop a launcher and its server JVM, export the
# mock's seed data and serve it with json-server 0.17.4. Source it; loopback only.

# The json-server binary: .ci/tools (where .ci/run installs it), else a temporary install in $1.
json_server_binary() { # scratch folder
  local installed="${JSON_SERVER_DIR:-$root/.ci/tools}/node_modules/.bin/json-server"
  if [[ ! -x "$installed" ]]; then
    npm install --silent --no-audit --no-fund --no-save --no-package-lock --prefix "$1/json-server" json-server@0.17.4 >/dev/null
    installed="$1/json-server/node_modules/.bin/json-server"
  fi
  echo "$installed"
}

wait_for() { # url
  for _ in $(seq 1 3000); do curl -fs -o /dev/null --max-time 1 "$1" && return 0; sleep 0.01; done
  echo "$1 did not come up" >&2
  return 1
}

# A launcher and the server JVM it starts.
tree_pids() { echo "$1"; pgrep -P "$1" || true; }

stop_tree() { # pid: SIGTERM to the launcher, which stops its server JVM, then wait
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 $(tree_pids "$1") 2>/dev/null || true
}

# The mock's freshly reset records as one json-server database file.
export_db() { # apikata base URL, output file
  curl -fs "$1/__kit/reset" -X POST >/dev/null
  {
    printf '{'
    local sep=''
    for resource in posts comments users todos; do
      printf '%s"%s":' "$sep" "$resource"
      curl -fs "$1/$resource"
      sep=','
    done
    printf '}'
  } >"$2"
}
