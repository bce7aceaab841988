#!/usr/bin/env bash
# Checks the Helm chart helm/jitgate with real Helm code: helm lint --strict
# and helm template (Helm v4.2.3 through helm-python-sdk, which ships Helm's Go
# SDK as a library; PyPI has no helm binary), every rendered manifest
# validated with kubernetes-validate --strict, and values that helm must
# refuse. The checks themselves are in .ci/helm_check.py.
#
#   bash .ci/helm.sh        (from the repository root; needs python3 and pip,
#                            and PyPI on the first run only)
#
# The tools go to $JITGATE_CI_TOOLS (default /var/tmp/jitgate-ci-tools), kept
# between runs; they are reinstalled when the pins below change.
set -euo pipefail
cd "$(dirname "$0")/.."

requirements=(
  'helm-python-sdk==0.2.2'     # Helm SDK v4.2.3
  'kubernetes-validate==1.37.0' # schemas for Kubernetes 1.25 to 1.37, with jsonschema and PyYAML
)
tools_root=${JITGATE_CI_TOOLS:-/var/tmp/jitgate-ci-tools}
tools="$tools_root/helm"
stamp="$tools/.requirements"

if [[ ! -f "$stamp" || "$(cat "$stamp")" != "${requirements[*]}" ]]; then
  echo "==> pip install ${requirements[*]} into $tools"
  mkdir -p "$tools_root"
  staging=$(mktemp -d "$tools_root/.helm.XXXXXX")
  # --target: a plain directory, so no virtualenv (python3-venv) is needed
  # and Debian's "externally managed" Python does not refuse the install.
  python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
    --root-user-action=ignore --target "$staging" "${requirements[@]}"
  printf '%s' "${requirements[*]}" > "$staging/.requirements"
  rm -rf "$tools"
  mv "$staging" "$tools"
fi

PYTHONPATH="$tools${PYTHONPATH:+:$PYTHONPATH}" python3 .ci/helm_check.py
