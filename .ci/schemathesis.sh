#!/usr/bin/env bash
# Schemathesis against docs/openapi.json and a live server, once on SQLite
# and once on PostgreSQL, authenticated with a minted ORG_ADMIN token for
# org `acme`. Fails on any 5xx and on any response the document does not
# describe. Generated org ids other than `acme` get 403, which is fine: the
# 403 body must conform too. Run after `cargo test` (it uses the debug
# binary that build leaves behind); bounded so CI stays within budget.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/jitgate-target}"
# Seconds of generated requests per backend.
MAX_TIME="${SCHEMATHESIS_MAX_TIME:-60}"
PG_ADMIN_URL="${JITGATE_PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432}"

python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
  'schemathesis==4.32.5' 2>&1 | grep -v '^\[notice\]' || true
PATH="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))'):$PATH"
export PATH

cargo build --locked --quiet --bin jitgate
bin="$CARGO_TARGET_DIR/debug/jitgate"

work=$(mktemp -d)
server_pid=""
database=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [[ -n "$database" ]]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the server with the given extra arguments and sets $addr.
start_server() {
  local data_dir="$1"; shift
  : >"$work/stdout"
  "$bin" serve --listen 127.0.0.1:0 --data-dir "$data_dir" "$@" >"$work/stdout" 2>"$work/server.log" &
  server_pid=$!
  addr=""
  for _ in $(seq 1 100); do
    addr=$(sed -n 's/^jitgate listening on //p' "$work/stdout")
    [[ -n "$addr" ]] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "jitgate did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
}

stop_server() {
  kill "$server_pid" && wait "$server_pid" || true
  server_pid=""
}

run_schemathesis() {
  local name="$1" data_dir="$2"
  local token
  token=$("$bin" token --org acme --sub ci@acme.test --role ORG_ADMIN --data-dir "$data_dir")
  echo "==> schemathesis on $name at http://$addr"
  export NO_COLOR=1
  # Positive and negative inputs alike: whatever is sent, the answer may be
  # a 4xx but never a 5xx, and it must match the document.
  # The org in every `/o/{org_id}` path is the token's, so those operations
  # reach the handlers instead of stopping at the tenancy check (403).
  printf '[parameters]\n"path.org_id" = "acme"\n' >"$work/schemathesis.toml"
  # WatchEvents streams until the client hangs up, which a request/response
  # checker can only see as a timeout; tests/api/events_api.rs covers it over
  # REST (NDJSON and SSE) instead.
  # One worker: with several, schemathesis 4.32 has crashed on its own
  # generation cache (an internal KeyError, not a finding). The seed is
  # fixed, so a second attempt reproduces any real failure and only a tool
  # crash is forgiven.
  local attempt
  for attempt in 1 2; do
    if schemathesis --config-file "$work/schemathesis.toml" run docs/openapi.json \
      --exclude-operation-id AccessRequestService_WatchEvents \
      --url "http://$addr" \
      --header "Authorization: Bearer $token" \
      --checks not_a_server_error,response_schema_conformance \
      --phases examples,coverage,fuzzing \
      --max-examples 20 \
      --max-time "$MAX_TIME" \
      --request-timeout 10 \
      --seed 4 \
      --workers 1; then
      return 0
    fi
    echo "schemathesis attempt $attempt failed on $name" >&2
  done
  echo "schemathesis failed twice on $name; the server log:" >&2
  tail -n 50 "$work/server.log" >&2
  exit 1
}

# SQLite in a temporary data directory.
mkdir -p "$work/sqlite"
start_server "$work/sqlite"
run_schemathesis SQLite "$work/sqlite"
stop_server

# PostgreSQL: a database of its own, dropped on exit.
database="jitgate_schemathesis_$$"
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE \"$database\"" >/dev/null
mkdir -p "$work/postgres"
start_server "$work/postgres" --database-url "$PG_ADMIN_URL/$database"
run_schemathesis PostgreSQL "$work/postgres"
stop_server
