#!/usr/bin/env bash
# The generated clients (clients/python, clients/typescript), checked end to
# end against a live server:
#
#   1. the pinned Python and npm toolchains (clients/tools.sh: a venv from
#      clients/python/requirements-dev.txt, `npm ci` from package-lock.json);
#   2. freshness: the committed generated code equals what clients/generate
#      makes from proto/ now (clients/check-fresh);
#   3. the contract: `buf breaking` against proto/baseline (.ci/buf-breaking.sh);
#   4. the Python package installs offline from the clone (no index, no build
#      isolation) and type-checks with mypy --strict; the TypeScript package
#      and its tests compile with tsc --strict, and it installs into a fresh
#      project the way the README says (npm install --install-links);
#   5. the pytest and node:test suites against `jitgate serve` on loopback
#      ports: the whole journey on SQLite and on PostgreSQL, over gRPC and
#      (TypeScript) gRPC-Web with CORS, the failure paths, the resuming event
#      iterator across a server restart, and the README examples.
#
# The server is $JITGATE_BIN (default /var/tmp/jitgate-bin/jitgate; .ci/run
# passes the binary its cargo build left), copied first so a rebuild during
# the run cannot change it. PostgreSQL comes from JITGATE_TEST_POSTGRES_URL
# (default postgres://postgres@127.0.0.1:5432/test); each test creates and
# drops its own database. Prints one line per suite and exits non-zero if any
# failed. About a minute once the toolchains are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$SECONDS

source clients/tools.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/counts"

results=()
failed=0

# run_suite NAME COMMAND...: runs it with its output in the log, records one line.
run_suite() {
  local name="$1"
  shift
  local log="$work/$(echo "$name" | tr -c 'a-zA-Z0-9' '_').log"
  printf '\n==> clients: %s\n' "$name"
  # errexit holds inside the suite (it would not on the left of `||`).
  set +e
  (set -e; "$@") 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  local counts
  counts=$(count_tests "$log")
  if [[ "$status" == 0 ]]; then
    results+=("clients: $name: ok${counts:+ ($counts)}")
  else
    results+=("clients: $name: FAILED${counts:+ ($counts)}")
    failed=1
  fi
}

# "N passed, M failed" from pytest's or node --test's closing lines, if any.
count_tests() {
  local log="$1" p f
  if grep -qE '^# pass [0-9]+' "$log"; then
    p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -n 1)
    f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log" | tail -n 1)
  elif grep -qE '[0-9]+ (passed|failed)' "$log"; then
    local last
    last=$(grep -E '[0-9]+ (passed|failed)' "$log" | tail -n 1)
    p=$(echo "$last" | grep -oE '[0-9]+ passed' | cut -d' ' -f1)
    f=$(echo "$last" | grep -oE '[0-9]+ failed' | cut -d' ' -f1)
  else
    return 0
  fi
  p=${p:-0}
  f=${f:-0}
  echo "$p $f" >>"$work/counts"
  echo "$p passed, $f failed"
}

printf '==> clients: toolchains\n'
ensure_python_tools
ensure_node_tools

JITGATE_BIN="${JITGATE_BIN:-/var/tmp/jitgate-bin/jitgate}"
[[ -x "$JITGATE_BIN" ]] || { echo "no jitgate binary at $JITGATE_BIN (set JITGATE_BIN)" >&2; exit 1; }
cp "$JITGATE_BIN" "$work/jitgate"
export JITGATE_BIN="$work/jitgate"

run_suite "generated code is fresh" clients/check-fresh
run_suite "buf breaking (WIRE_JSON) against proto/baseline" .ci/buf-breaking.sh

install_python() {
  rm -rf clients/python/build clients/python/src/*.egg-info
  # --no-index: nothing is fetched; the dependencies are already in the venv.
  python -m pip install --quiet --disable-pip-version-check --no-index --no-build-isolation ./clients/python
  rm -rf clients/python/build clients/python/src/*.egg-info
  (cd "$work" && python -c 'import jitgate, jitgate.v1.routing_pb2_grpc; print("installed jitgate", jitgate.__version__)')
}
run_suite "pip install ./clients/python (offline)" install_python
run_suite "mypy --strict" bash -c 'cd clients/python && mypy --cache-dir "$0/mypy" src/jitgate tests' "$work"

check_typescript() {
  cd clients/typescript
  npx --no-install tsc -p tsconfig.json --noEmit
  npx --no-install tsc -p tsconfig.test.json --noEmit
}
run_suite "tsc --strict" check_typescript

install_typescript() {
  local consumer="$work/consumer"
  mkdir -p "$consumer"
  cd "$consumer"
  echo '{"name": "consumer", "private": true, "type": "module"}' >package.json
  # What the README tells a newcomer; dependencies from the npm cache `npm ci` filled.
  npm install --install-links --prefer-offline --no-audit --no-fund --loglevel=error "$root/clients/typescript"
  node --input-type=module -e 'const m = await import("@jitgate/client"); const w = await import("@jitgate/client/web");
    if (typeof m.createJitgateClients !== "function" || typeof w.createJitgateClients !== "function") process.exit(1);
    console.log("installed @jitgate/client with", Object.keys(m).length, "exports")'
}
run_suite "npm install --install-links ./clients/typescript" install_typescript

run_suite "pytest (Python client, live server)" bash -c \
  'cd clients/python && python -m pytest -p no:cacheprovider -q -o faulthandler_timeout=120 tests'

run_typescript_tests() {
  cd clients/typescript
  rm -rf build-test
  npx --no-install tsc -p tsconfig.test.json
  node --test --test-concurrency=1 --test-reporter=tap build-test/test/*.test.js
}
run_suite "node --test (TypeScript client, live server)" run_typescript_tests

printf '\n'
printf '%s\n' "${results[@]}"
echo "clients: took $((SECONDS - started))s"
# One closing line with the totals of both test suites.
awk '{ p += $1; f += $2 } END { printf "clients: %d passed, %d failed\n", p, f }' "$work/counts" 2>/dev/null \
  || echo "clients: 0 passed, 0 failed"
exit "$failed"
