#!/usr/bin/env bash
# Round trips of the org's access-request config through SailPoint's own
# SDKs against a live jitgate: PyPI `sailpoint` 1.4.x (API versions v3, beta,
# v2024, v2025) and 2.x (v1, v2), and npm `sailpoint-api-client` (v3, beta,
# v2024). Each SDK reads the config, edits it (nested fields included),
# writes it, reads it again and must see the edit, its own models accepting
# every answer. See tests/vendor_sdks/ and docs/notes/vendor-sdks.md.
#
#   bash .ci/vendor-sdks.sh                          # against jitgate
#   bash .ci/vendor-sdks.sh --emulate-vendor-paths   # diagnostic: the proxy maps the vendors'
#                                                    # paths to /access-request-config
#   bash .ci/vendor-sdks.sh --self-test              # against tests/vendor_sdks/reference_server.py
#
# Environment: JITGATE_BIN (default /var/tmp/jitgate-bin/jitgate);
# VENDOR_SDKS_CACHE, where the pinned virtualenvs and node_modules are kept
# between runs (default /var/tmp/jitgate-vendor-sdks); VENDOR_SDKS_OUT, where
# results.jsonl, wire.jsonl (every HTTP exchange, tokens redacted) and the
# server log are left (default: a new temporary folder, printed at the end).
# Exits non-zero when any round trip fails. Needs python3 (with venv), node
# and npm, and the package registries for the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
harness="$repo/tests/vendor_sdks"

mode=jitgate
proxy_args=()
for arg in "$@"; do
  case "$arg" in
    --self-test) mode=reference ;;
    --emulate-vendor-paths) proxy_args+=(--emulate-vendor-paths) ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

JITGATE_BIN="${JITGATE_BIN:-/var/tmp/jitgate-bin/jitgate}"
cache="${VENDOR_SDKS_CACHE:-/var/tmp/jitgate-vendor-sdks}"
out="${VENDOR_SDKS_OUT:-$(mktemp -d -t vendor-sdks-out.XXXXXX)}"
mkdir -p "$cache" "$out"
: >"$out/results.jsonl"
: >"$out/wire.jsonl"

step() { printf '\n==> %s\n' "$*"; }
started=$SECONDS

work=$(mktemp -d -t vendor-sdks.XXXXXX)
server_pid=""
proxy_pid=""
cleanup() {
  for pid in "$proxy_pid" "$server_pid"; do
    if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

# A virtualenv per requirements file, named by its hash, so an edit to the
# pins makes a fresh one and an unchanged file reuses the last.
venv_for() {
  local req="$1" name="$2" dir
  dir="$cache/venv-$name-$(sha256sum "$req" | cut -c1-12)"
  if [[ ! -x "$dir/bin/python" ]] || ! "$dir/bin/python" -m pip check >/dev/null 2>&1; then
    rm -rf "$dir"
    python3 -m venv "$dir"
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$req"
    "$dir/bin/python" -m pip check >/dev/null
  fi
  printf '%s\n' "$dir"
}

node_modules_for() {
  local dir
  dir="$cache/npm-$(cat "$harness/package.json" "$harness/package-lock.json" | sha256sum | cut -c1-12)"
  if [[ ! -d "$dir/node_modules/sailpoint-api-client" ]]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    cp "$harness/package.json" "$harness/package-lock.json" "$dir/"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  printf '%s\n' "$dir/node_modules"
}

# Waits for a line "<prefix> HOST:PORT" in a file and prints HOST:PORT.
wait_for_addr() {
  local file="$1" prefix="$2" pid="$3" addr=""
  for _ in $(seq 1 150); do
    addr=$(sed -n "s/^$prefix //p" "$file")
    if [[ -n "$addr" ]]; then printf '%s\n' "$addr"; return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "$prefix never showed in $file" >&2
  return 1
}

step "install the pinned SDKs (cache: $cache)"
venv14=$(venv_for "$harness/requirements-sailpoint-1.4.txt" sailpoint-1.4)
venv2=$(venv_for "$harness/requirements-sailpoint-2.txt" sailpoint-2)
node_modules=$(node_modules_for)
echo "sailpoint $("$venv14/bin/python" -c 'from importlib.metadata import version; print(version("sailpoint"))') in $venv14"
echo "sailpoint $("$venv2/bin/python" -c 'from importlib.metadata import version; print(version("sailpoint"))') in $venv2"
echo "sailpoint-api-client $(node -p "require('$node_modules/sailpoint-api-client/package.json').version") in $node_modules"

if [[ "$mode" == jitgate ]]; then
  step "start $JITGATE_BIN on a new data directory"
  "$JITGATE_BIN" serve --listen 127.0.0.1:0 --data-dir "$work/data" >"$work/server.stdout" 2>"$out/server.log" &
  server_pid=$!
  server_addr=$(wait_for_addr "$work/server.stdout" "jitgate listening on" "$server_pid") || { cat "$out/server.log" >&2; exit 1; }
  token=$("$JITGATE_BIN" token --data-dir "$work/data" --org acme --sub admin@acme.test --role ORG_ADMIN)
else
  step "start tests/vendor_sdks/reference_server.py (self-test: proves the round trips can pass)"
  python3 "$harness/reference_server.py" >"$work/server.stdout" 2>"$out/server.log" &
  server_pid=$!
  server_addr=$(wait_for_addr "$work/server.stdout" "reference-server listening on" "$server_pid") || { cat "$out/server.log" >&2; exit 1; }
  token=self-test
fi
echo "server at http://$server_addr"

# Every exchange goes through the recording proxy, so wire.jsonl shows what
# each SDK sent and what it got back.
python3 "$harness/wire_proxy.py" --upstream "http://$server_addr" --log "$out/wire.jsonl" "${proxy_args[@]}" >"$work/proxy.stdout" 2>"$out/proxy.log" &
proxy_pid=$!
proxy_addr=$(wait_for_addr "$work/proxy.stdout" "wire-proxy listening on" "$proxy_pid") || { cat "$out/proxy.log" >&2; exit 1; }
if ((${#proxy_args[@]})); then echo "diagnostic run: the proxy maps the vendors' paths to /access-request-config"; fi

export JITGATE_URL="http://$proxy_addr" JITGATE_TOKEN="$token" VENDOR_SDKS_RESULTS="$out/results.jsonl"
runners_failed=0
expected_cases=9
run() {
  local label="$1"; shift
  step "$label"
  local t0=$SECONDS rc=0
  "$@" || rc=$?
  echo "($label: exit $rc, $((SECONDS - t0))s)"
  # Exit 1 is "some case failed", reported per case; anything else is a crash.
  if ((rc > 1)); then runners_failed=$((runners_failed + 1)); fi
}
run "PyPI sailpoint 1.4.x" "$venv14/bin/python" -W ignore::DeprecationWarning "$harness/sailpoint_1_4_roundtrip.py"
run "PyPI sailpoint 2.x" "$venv2/bin/python" -W ignore::DeprecationWarning "$harness/sailpoint_2_roundtrip.py"
run "npm sailpoint-api-client" env NODE_PATH="$node_modules" node "$harness/sailpoint_api_client_roundtrip.mjs"

step "summary"
python3 - "$out/results.jsonl" "$work/counts" <<'EOF'
import json, sys
passed = failed = 0
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    passed, failed = passed + r["ok"], failed + (not r["ok"])
    print(f"{'PASS' if r['ok'] else 'FAIL'}  {r['sdk']:<30} {r['case']:<6}" + ("" if r["ok"] else f"  {r['step']}"))
open(sys.argv[2], "w").write(f"{passed} {failed}\n")
EOF
read -r passed failed <"$work/counts"
echo "artifacts: $out (results.jsonl, wire.jsonl, server.log); $((SECONDS - started))s in all"
if ((runners_failed > 0)); then echo "$runners_failed runner(s) crashed before reporting every case" >&2; fi
# 4 cases for sailpoint 1.4, 2 for 2.x, 3 for the npm client: any missing is a failure.
missing=$((expected_cases - passed - failed))
if ((missing > 0)); then echo "$missing round trip(s) reported no result" >&2; failed=$((failed + missing)); fi
echo "vendor-sdks: $passed passed, $failed failed"
((failed == 0))
