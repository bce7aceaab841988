#!/usr/bin/env python3
"""Checks the Helm chart helm/jitgate with Helm's own code; run by .ci/helm.sh.

Helm comes from helm-python-sdk (the Helm v4 Go SDK as a shared library, used
through ctypes; there is no `helm` binary on PyPI). Its `lint` is `helm lint`
and `Chart.render` is `helm template` (values merged with the defaults and
checked against values.schema.json, then the templates rendered, offline).

1. `helm lint --strict` (warnings fail) with the default values and with each
   values file in helm/jitgate/ci/.
2. `helm template` with each values file; every rendered manifest is checked
   with kubernetes-validate --strict (unknown fields fail) against each
   Kubernetes version in KUBE_VERSIONS. kubernetes-validate has no schema for
   the ServiceMonitor custom resource (it would only warn), so ServiceMonitor
   documents are validated against the committed schema
   .ci/schemas/servicemonitor-monitoring.coreos.com-v1.json instead; any other
   kind without a schema fails.
3. What each values file must produce (env, probes, ports, objects present
   or absent), so a template that renders valid but wrong YAML fails too.
4. Values that must be refused: helm lint and helm template must both fail
   on a typo'd key, a wrong type or a bad enum value (values.schema.json);
   template must fail with the defaults alone (no database, no JWT key) and
   on the combinations the templates refuse themselves.

Prints one line per check and a closing "N passed, N failed"; exits 1 on any
failure. Rendered manifests are written under $HELM_CHECK_OUT (default: a
temporary directory) for inspection.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

import helm_python as helm
import jsonschema
import kubernetes_validate
import yaml
from kubernetes_validate.utils import SchemaNotFoundError, ValidationError

ROOT = Path(__file__).resolve().parent.parent
CHART = ROOT / "helm" / "jitgate"
VALUES_DIR = CHART / "ci"
SERVICE_MONITOR_SCHEMA = ROOT / ".ci" / "schemas" / "servicemonitor-monitoring.coreos.com-v1.json"
# The oldest Kubernetes release still in wide use that the chart targets
# (Pod lifecycle preStop.sleep, used in production-values.yaml, is 1.30+),
# and the newest kubernetes-validate knows.
KUBE_VERSIONS = ["1.30.0", "1.37.0"]
LINT_KUBE_VERSION = "v1.30.0"
RELEASE = "jitgate"
NAMESPACE = "jitgate"

# Overrides (on top of minimal-values.yaml) that helm must refuse, each with
# the part of the schema error that names the offending key.
BAD_VALUES: dict[str, tuple[dict[str, Any], str]] = {
    "typo in a top-level key (replicaCout)": ({"replicaCout": 3}, "'replicaCout' not allowed"),
    'wrong type (replicaCount: "three")': ({"replicaCount": "three"}, "/replicaCount"),
    "typo in a nested key (metrics.serviceMonitor.enabeld)":
        ({"metrics": {"serviceMonitor": {"enabeld": True}}}, "'enabeld' not allowed"),
    "unknown OTLP protocol (otel.protocol: http)":
        ({"otel": {"endpoint": "http://collector:4318", "protocol": "http"}}, "/otel/protocol"),
    "CORS origin without a scheme": ({"cors": {"allowedOrigins": ["console.example.com"]}}, "/cors/allowedOrigins/0"),
    "negative rate limit": ({"rateLimits": {"org": {"rps": -1, "burst": 0}}}, "/rateLimits/org/rps"),
    "unknown log format (server.logFormat: yaml)": ({"server": {"logFormat": "yaml"}}, "/server/logFormat"),
    "unquoted numeric image tag (image.tag: 1.0)": ({"image": {"tag": 1.0}}, "/image/tag"),
}

# Overrides the schema allows but the templates refuse (with `fail`). helm lint
# only logs a template's `fail`, so these are checked with template alone.
# Each with a part of the message the refusal must carry.
TEMPLATE_REFUSALS: dict[str, tuple[dict[str, Any], str]] = {
    "metrics.port equal to server.port": ({"metrics": {"port": 8080}}, "metrics.port must differ"),
    "an HMAC secret under 32 bytes": ({"jwt": {"hmac": {"secret": "too-short"}}}, "at least 32 bytes"),
    "jwt.jwks keys without a ConfigMap or Secret": ({"jwt": {"jwks": {"keys": ["jwks.json"]}}},
                                                    "jwt.jwks.keys is set"),
}

passed = 0
failed = 0


def report(ok: bool, name: str, detail: str = "") -> None:
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}")
        for line in detail.strip().splitlines():
            print(f"     {line}")


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def load_values(name: str) -> dict[str, Any]:
    # Helm's own YAML parser, so the values are read exactly as `-f` would.
    return helm.values_from_yaml((VALUES_DIR / name).read_text())


@contextlib.contextmanager
def native_stderr_hidden() -> Iterator[None]:
    """Hides what Helm's Go code logs on stderr: in lint mode the chart's
    `fail` calls are logged ("funcMap fail message=...") instead of failing,
    which reads like an error when it is not one."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def lint(values: dict[str, Any] | None) -> list[str]:
    """Problems `helm lint --strict` reports (errors, and warnings in strict mode)."""
    with native_stderr_hidden():
        result = helm.lint(str(CHART), values, strict=True, kube_version=LINT_KUBE_VERSION)
    problems = [f"{m['path']}: {m['error'].strip()}" for m in result.get("messages", []) if m["severity"] >= 2]
    problems += [e.strip() for e in result.get("errors", []) if not any(e.strip() in p for p in problems)]
    return problems


def render(values: dict[str, Any]) -> dict[str, str]:
    with helm.Chart.load(str(CHART)) as chart:
        return chart.render(values, name=RELEASE, namespace=NAMESPACE, is_install=True)


def documents(manifests: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    docs = []
    for path, text in sorted(manifests.items()):
        if path.endswith("NOTES.txt") or not text.strip():
            continue
        for doc in yaml.safe_load_all(text):
            if doc:
                docs.append((path, doc))
    return docs


SERVICE_MONITOR = jsonschema.Draft7Validator(json.loads(SERVICE_MONITOR_SCHEMA.read_text()))


def validate(path: str, doc: dict[str, Any]) -> list[str]:
    what = f"{path}: {doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
    if doc.get("kind") == "ServiceMonitor":
        return [f"{what}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                for e in SERVICE_MONITOR.iter_errors(doc)]
    problems = []
    for version in KUBE_VERSIONS:
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except ValidationError as e:
            problems.append(f"{what} (Kubernetes {version}): {'.'.join(map(str, e.path))}: {e.message}")
        except SchemaNotFoundError:
            problems.append(f"{what}: no schema for {doc.get('apiVersion')} {doc.get('kind')} in Kubernetes {version}")
    return problems


# ----- what each values file must produce ------------------------------------

def find(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d.get("kind") == kind]


def one(docs: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found = find(docs, kind)
    if len(found) != 1:
        raise AssertionError(f"expected one {kind}, found {len(found)}")
    return found[0]


def container(docs: list[dict[str, Any]]) -> dict[str, Any]:
    return one(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0]


def env(docs: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container(docs).get("env", [])}


def expect(problems: list[str], condition: bool, message: str) -> None:
    if not condition:
        problems.append(message)


def common(docs: list[dict[str, Any]]) -> list[str]:
    p: list[str] = []
    c, e = container(docs), env(docs)
    expect(p, c["args"] == ["serve"], f"args {c['args']}")
    expect(p, e.get("JITGATE_LISTEN") == "0.0.0.0:8080", f"JITGATE_LISTEN {e.get('JITGATE_LISTEN')}")
    expect(p, e.get("JITGATE_SKIP_MIGRATIONS") == "true", "JITGATE_SKIP_MIGRATIONS is not true")
    expect(p, e.get("JITGATE_DATA_DIR") == "/var/lib/jitgate", "JITGATE_DATA_DIR")
    expect(p, "secretKeyRef" in (e.get("DATABASE_URL") or {}), "DATABASE_URL is not read from a Secret")
    expect(p, c["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "grpc"}, f"readiness {c['readinessProbe']}")
    expect(p, c["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "grpc"}, f"liveness {c['livenessProbe']}")
    expect(p, c["securityContext"].get("readOnlyRootFilesystem") is True, "root filesystem is writable")
    pod = one(docs, "Deployment")["spec"]["template"]["spec"]
    expect(p, pod["securityContext"].get("runAsUser") == 65532, "pods do not run as 65532")
    service = one(docs, "Service")
    expect(p, service["spec"]["ports"][0]["name"] == "grpc", "Service's first port is not grpc")
    return p


def check_minimal(docs: list[dict[str, Any]]) -> list[str]:
    p = common(docs)
    c, e = container(docs), env(docs)
    deployment = one(docs, "Deployment")
    expect(p, deployment["spec"]["replicas"] == 2, "replicas != 2")
    expect(p, c["image"] == "jitgate:0.1.0", f"image {c['image']} (the Dockerfile's `podman build -t jitgate:0.1.0 .`)")
    off = [k for k in e if k.startswith(("OTEL_", "JITGATE_RATE_LIMIT_", "JITGATE_METRICS_", "JITGATE_CORS_"))]
    expect(p, not off, f"set although off by default: {off}")
    expect(p, e.get("JITGATE_LOG_FORMAT") == "json", "JITGATE_LOG_FORMAT is not json")
    expect(p, [port["name"] for port in c["ports"]] == ["grpc"], f"container ports {c['ports']}")
    for kind in ("ServiceMonitor", "Ingress", "HorizontalPodAutoscaler", "NetworkPolicy"):
        expect(p, not find(docs, kind), f"{kind} rendered although off by default")
    for kind in ("Job", "PodDisruptionBudget", "ServiceAccount"):
        expect(p, len(find(docs, kind)) == 1, f"no {kind}")
    expect(p, len(find(docs, "Secret")) == 2, "expected the chart's Secret and the migration hook Secret")
    pods = find(docs, "Pod")
    expect(p, len(pods) == 1 and pods[0]["metadata"]["annotations"].get("helm.sh/hook") == "test",
           "no helm test Pod")
    if pods:
        url = pods[0]["spec"]["containers"][0]["command"][-1]
        expect(p, url == "http://jitgate.jitgate.svc:8080/readyz", f"test Pod calls {url}")
    return p


def check_production(docs: list[dict[str, Any]]) -> list[str]:
    p = common(docs)
    c, e = container(docs), env(docs)
    expect(p, one(docs, "Deployment")["spec"]["replicas"] == 3, "replicas != 3")
    expect(p, e["DATABASE_URL"]["secretKeyRef"] == {"name": "jitgate-db", "key": "database-url"}, "DATABASE_URL secret")
    expect(p, not find(docs, "Secret"), "a Secret was rendered although every secret is an existing one")
    want = {
        "JITGATE_LOG_FORMAT": "json",
        "OTEL_EXPORTER_OTLP_ENDPOINT": "http://otel-collector.observability.svc:4317",
        "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc",
        "OTEL_SERVICE_NAME": "jitgate",
        "OTEL_TRACES_SAMPLER": "parentbased_traceidratio",
        "OTEL_TRACES_SAMPLER_ARG": "0.1",
        "OTEL_RESOURCE_ATTRIBUTES": "deployment.environment=production,k8s.namespace.name=jitgate,"
                                    "k8s.pod.name=$(K8S_POD_NAME),service.version=0.1.0",
        "JITGATE_METRICS_LISTEN": "0.0.0.0:9090",
        "JITGATE_RATE_LIMIT_ORG_RPS": "200",
        "JITGATE_RATE_LIMIT_ORG_BURST": "400",
        "JITGATE_RATE_LIMIT_SUBJECT_RPS": "20",
        "JITGATE_RATE_LIMIT_SUBJECT_BURST": "40",
        "JITGATE_CORS_ALLOWED_ORIGINS": "https://console.example.com",
    }
    for key, value in want.items():
        expect(p, e.get(key) == value, f"{key}={e.get(key)!r}, want {value!r}")
    names = [item["name"] for item in c["env"]]
    expect(p, "K8S_POD_NAME" in names and names.index("K8S_POD_NAME") < names.index("OTEL_RESOURCE_ATTRIBUTES"),
           "K8S_POD_NAME must come before OTEL_RESOURCE_ATTRIBUTES for $(K8S_POD_NAME) to expand")
    expect(p, {"name": "metrics", "containerPort": 9090, "protocol": "TCP"} in c["ports"], "no metrics container port")
    service_ports = {port["name"]: port for port in one(docs, "Service")["spec"]["ports"]}
    expect(p, service_ports.get("metrics", {}).get("port") == 9090, "no metrics Service port")
    monitor = one(docs, "ServiceMonitor")
    endpoint = monitor["spec"]["endpoints"][0]
    expect(p, endpoint["port"] == "metrics" and endpoint["path"] == "/metrics", f"ServiceMonitor endpoint {endpoint}")
    expect(p, monitor["metadata"]["labels"].get("release") == "prometheus", "ServiceMonitor labels")
    ingress = one(docs, "Ingress")
    expect(p, ingress["spec"].get("ingressClassName") == "nginx", "ingressClassName")
    expect(p, ingress["spec"]["tls"][0]["secretName"] == "jitgate-tls", "Ingress TLS")
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    expect(p, backend == {"name": "jitgate", "port": {"name": "grpc"}}, f"Ingress backend {backend}")
    policy = one(docs, "NetworkPolicy")
    ports = [rule["ports"][0]["port"] for rule in policy["spec"]["ingress"]]
    expect(p, ports == ["grpc", "metrics"], f"NetworkPolicy ingress ports {ports}")
    peers = policy["spec"]["ingress"][0]["from"]
    expect(p, any(peer.get("podSelector", {}).get("matchLabels", {}).get("app.kubernetes.io/component") == "test"
                  for peer in peers), "the helm test Pod is not allowed by the NetworkPolicy")
    expect(p, policy["spec"]["policyTypes"] == ["Ingress", "Egress"], "NetworkPolicy policyTypes")
    return p


def check_options(docs: list[dict[str, Any]]) -> list[str]:
    p = common(docs)
    c, e = container(docs), env(docs)
    deployment = one(docs, "Deployment")
    expect(p, "replicas" not in deployment["spec"], "replicas set although the HPA owns them")
    hpa = one(docs, "HorizontalPodAutoscaler")
    expect(p, hpa["spec"]["minReplicas"] == 3 and len(hpa["spec"]["metrics"]) == 2, "HPA")
    expect(p, one(docs, "PodDisruptionBudget")["spec"] == {
        "minAvailable": "50%", "selector": one(docs, "PodDisruptionBudget")["spec"]["selector"]}, "PDB minAvailable")
    expect(p, one(docs, "ServiceMonitor")["spec"]["endpoints"][0]["port"] == "grpc",
           "ServiceMonitor must scrape the main port when metrics.port is 0")
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]
    expect(p, annotations.get("prometheus.io/scrape") == "true" and annotations.get("prometheus.io/port") == "8080",
           f"scrape annotations {annotations}")
    expect(p, e.get("OTEL_EXPORTER_OTLP_PROTOCOL") == "http/protobuf", "OTLP protocol")
    expect(p, e.get("OTEL_SERVICE_NAME") == "access-gateway", "OTEL_SERVICE_NAME")
    expect(p, "OTEL_TRACES_SAMPLER_ARG" not in e, "OTEL_TRACES_SAMPLER_ARG set although empty")
    expect(p, e.get("JITGATE_RATE_LIMIT_ORG_RPS") == "50" and "JITGATE_RATE_LIMIT_ORG_BURST" not in e,
           "org rate limit: rps 50, burst left to the server")
    expect(p, not [k for k in e if k.startswith("JITGATE_RATE_LIMIT_SUBJECT_")], "subject limit set although rps 0")
    expect(p, "JITGATE_METRICS_LISTEN" not in e, "JITGATE_METRICS_LISTEN set although metrics.port is 0")
    expect(p, c.get("startupProbe", {}).get("httpGet") == {"path": "/healthz", "port": "grpc"}, "startup probe")
    expect(p, one(docs, "Service")["spec"].get("clusterIP") == "None", "headless Service")
    expect(p, e.get("JITGATE_JWT_PUBLIC_KEY_FILE") ==
           "/etc/jitgate/jwt/public-keys/signing-2025.pem,/etc/jitgate/jwt/public-keys/signing-2026.pem",
           "JITGATE_JWT_PUBLIC_KEY_FILE")
    for kind in ("Job", "Pod", "Secret"):
        expect(p, not find(docs, kind), f"{kind} rendered although off")
    rule = one(docs, "Ingress")["spec"]["rules"][0]
    expect(p, "host" not in rule, "Ingress rule without a host")
    return p


CASES: list[tuple[str, str, Callable[[list[dict[str, Any]]], list[str]]]] = [
    ("minimal", "minimal-values.yaml", check_minimal),
    ("production", "production-values.yaml", check_production),
    ("options", "options-values.yaml", check_options),
]


def main() -> int:
    out = Path(os.environ.get("HELM_CHECK_OUT") or tempfile.mkdtemp(prefix="jitgate-helm-"))
    print(f"Helm {helm.helm_sdk_version()} (helm-python-sdk {helm.__version__}), "
          f"kubernetes-validate {kubernetes_validate.__version__}, Kubernetes {', '.join(KUBE_VERSIONS)}")
    print(f"rendered manifests: {out}")

    # 1. helm lint --strict
    problems = lint(None)
    report(not problems, "helm lint --strict (default values)", "\n".join(problems))
    for _, file, _ in CASES:
        problems = lint(load_values(file))
        report(not problems, f"helm lint --strict -f ci/{file}", "\n".join(problems))

    # 2 and 3. helm template, kubernetes-validate, expectations
    for case, file, check in CASES:
        try:
            manifests = render(load_values(file))
        except helm.HelmError as e:
            report(False, f"helm template -f ci/{file}", str(e))
            continue
        report(True, f"helm template -f ci/{file}")
        for path, text in manifests.items():
            target = out / case / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        docs = documents(manifests)
        problems = [problem for path, doc in docs for problem in validate(path, doc)]
        kinds = sorted({f"{d['kind']}" for _, d in docs})
        report(not problems, f"kubernetes-validate --strict: {len(docs)} manifests of ci/{file} ({', '.join(kinds)})",
               "\n".join(problems))
        try:
            problems = check([d for _, d in docs])
        except (AssertionError, KeyError, IndexError, TypeError) as e:
            problems = [f"{type(e).__name__}: {e}"]
        report(not problems, f"rendered ci/{file} configures what it asks for", "\n".join(problems))

    # 4. values helm must refuse
    try:
        render({})
        report(False, "helm template refuses the defaults alone (no database, no JWT key)", "it rendered")
    except helm.HelmError as e:
        ok = "database" in str(e)
        report(ok, "helm template refuses the defaults alone (no database, no JWT key)", "" if ok else str(e))
    minimal = load_values("minimal-values.yaml")
    for name, (override, message) in BAD_VALUES.items():
        values = merge(minimal, override)
        details = []
        if not any(message in problem for problem in lint(values)):
            details.append(f"helm lint did not report {message!r}")
        try:
            render(values)
            details.append("helm template rendered it")
        except helm.HelmError as e:
            if message not in str(e):
                details.append(f"helm template refused it for another reason: {e}")
        report(not details, f"helm lint and helm template refuse {name}", "\n".join(details))

    for name, (override, message) in TEMPLATE_REFUSALS.items():
        try:
            render(merge(minimal, override))
            report(False, f"helm template refuses {name}", "it rendered")
        except helm.HelmError as e:
            report(message in str(e), f"helm template refuses {name}", f"refused for another reason: {e}")

    print(f"helm chart checks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
