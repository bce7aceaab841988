#!/usr/bin/env bash
# The API contract is guarded: `buf breaking` (rule set WIRE_JSON, from
# proto/buf.yaml: wire and JSON compatibility, since the REST surface is JSON)
# compares proto/ with the last released contract, the committed image
# proto/baseline/jitgate-v1.binpb. Any breaking change fails.
#
# A deliberate breaking change is recorded in the commit that makes it:
#   .ci/buf-breaking.sh --update     # rebuilds the baseline from proto/
# plus a line in the "Deliberate breaking changes" list of
# docs/decisions/0018-generated-clients.md saying what broke and why.
#
# Needs the Buf CLI on PATH (buf-bin 1.75.0 from PyPI, as .ci/run and
# clients/tools.sh install it).
set -euo pipefail
cd "$(dirname "$0")/.."

baseline=proto/baseline/jitgate-v1.binpb

if [[ "${1:-}" == "--update" ]]; then
  buf build proto --exclude-source-info -o "$baseline"
  echo "updated $baseline: record the breaking change in docs/decisions/0018-generated-clients.md"
  exit 0
fi

buf breaking proto --against "$baseline"
