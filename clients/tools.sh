# Sourced by clients/generate, clients/check-fresh and .ci/clients.sh: the pinned
# client toolchains, installed on first use and reused while their pins are
# unchanged.
#
# - Python: a virtualenv ($JITGATE_CLIENTS_VENV, default
#   /var/tmp/jitgate-clients-venv, outside the clone so CI runs on one machine
#   share it) with exactly clients/python/requirements-dev.txt: grpcio-tools,
#   mypy-protobuf, the runtime the tests run on, mypy, pytest and the Buf CLI.
# - Node: clients/typescript/node_modules from package-lock.json (`npm ci`):
#   protoc-gen-es, typescript and the runtime packages.

CLIENTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JITGATE_CLIENTS_VENV="${JITGATE_CLIENTS_VENV:-/var/tmp/jitgate-clients-venv}"

ensure_python_tools() {
  local requirements="$CLIENTS_DIR/python/requirements-dev.txt"
  local stamp="$JITGATE_CLIENTS_VENV/.requirements.sha256"
  local want
  want=$(sha256sum "$requirements" | cut -d' ' -f1)
  if [[ ! -x "$JITGATE_CLIENTS_VENV/bin/python" || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    echo "clients: installing the pinned Python tools into $JITGATE_CLIENTS_VENV" >&2
    rm -rf "$JITGATE_CLIENTS_VENV"
    python3 -m venv "$JITGATE_CLIENTS_VENV"
    "$JITGATE_CLIENTS_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      --no-deps --requirement "$requirements" >&2
    "$JITGATE_CLIENTS_VENV/bin/python" -m pip check >&2
    echo "$want" >"$stamp"
  fi
  PATH="$JITGATE_CLIENTS_VENV/bin:$PATH"
  export PATH
}

ensure_node_tools() {
  local dir="$CLIENTS_DIR/typescript"
  local stamp="$dir/node_modules/.jitgate-lock.sha256"
  local want
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    echo "clients: npm ci in clients/typescript" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
    echo "$want" >"$stamp"
  fi
}
