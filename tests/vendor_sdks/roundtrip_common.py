"""Shared plumbing of the SailPoint Python SDK round trips against jitgate.

Each round-trip script (one per SDK major, since `sailpoint` 1.4 and 2.x
cannot share a virtualenv) wraps one API version of its SDK in an adapter
(get, set, to_dict, from_dict) and hands the adapters to `run`. This module
does the rest, identically for every adapter:

1. reset the org's config to its defaults with jitgate's own
   `PUT /access-request-config {}` (so every case starts from what a fresh
   org reads, whatever the case before it wrote);
2. read it through the SDK (its response model must accept the body);
3. patch what it read with the case's patches from cases.json and rebuild
   the SDK model from it (the model must keep every patched key);
4. write it back through the SDK (the response model must accept the body
   and show the patch);
5. read it again through the SDK and require the patch to have round-tripped.

Environment: JITGATE_URL (base URL, e.g. http://127.0.0.1:8080; the SDKs
append their own version prefixes to it) and JITGATE_TOKEN (an ORG_ADMIN
bearer token). VENDOR_SDKS_RESULTS, when set, is a file to which one JSON
line per case is appended. Standard library only, besides the SDK itself.
"""
import json
import os
import sys
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path

CASES = json.loads((Path(__file__).resolve().parent / "cases.json").read_text())
TIMEOUT = 30


class StepFailed(Exception):
    """One step of a round trip failed; `detail` says how (status and body)."""

    def __init__(self, step, detail):
        super().__init__(f"{step}: {detail}")
        self.step = step
        self.detail = detail


def settings():
    url = os.environ.get("JITGATE_URL", "").rstrip("/")
    token = os.environ.get("JITGATE_TOKEN", "")
    if not url or not token:
        sys.exit("JITGATE_URL and JITGATE_TOKEN must be set")
    return url, token


def raw(method, path, body=None, headers=None):
    """One plain HTTP call to jitgate; returns (status, body text)."""
    url, token = settings()
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url + path, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token}")
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def deep_merge(base, patch):
    """`patch` laid over `base`: objects merge key by key, anything else replaces."""
    if not isinstance(base, dict) or not isinstance(patch, dict):
        return patch
    out = dict(base)
    for k, v in patch.items():
        out[k] = deep_merge(base.get(k), v) if isinstance(v, dict) else v
    return out


def mismatches(expected, actual, where=""):
    """Every place where `actual` lacks or differs from a value of `expected`."""
    out = []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where or '.'}: expected an object, got {json.dumps(actual)}"]
        for k, v in expected.items():
            out += mismatches(v, actual.get(k, "<absent>"), f"{where}.{k}")
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{where}: expected {json.dumps(expected)}, got {json.dumps(actual)}"]
        for i, (e, a) in enumerate(zip(expected, actual)):
            out += mismatches(e, a, f"{where}[{i}]")
    elif expected != actual:
        out.append(f"{where}: expected {json.dumps(expected)}, got {json.dumps(actual)}")
    return out


def patch_for(names):
    patch, expected = {}, {}
    for name in names:
        patch = deep_merge(patch, CASES["patches"][name])
        expected = deep_merge(expected, CASES["patches"][name])
        expected = deep_merge(expected, CASES.get("expected_after_set", {}).get(name, {}))
    return patch, expected


def describe(err, adapter):
    """What went wrong, with the HTTP status and body whenever there was one."""
    status, body = getattr(err, "status", None), getattr(err, "body", None)
    if status is not None:
        return f"HTTP {status} {json.dumps(body) if not isinstance(body, str) else body}"
    if type(err).__name__ == "ValidationError":
        # The SDK's pydantic model refused the server's answer: show the answer.
        first = str(err).strip().replace("\n", " | ")
        try:
            st, text = raw("GET", adapter.raw_path, headers=adapter.raw_headers)
        except OSError as again:
            return f"SDK model rejected the response ({first}); re-reading it failed: {again}"
        return f"SDK model rejected the response ({first}); the server sent HTTP {st} {text}"
    return f"{type(err).__name__}: {err}"


def sdk_call(step, adapter, fn):
    """Runs one SDK call; an exception, or a warning the SDK raised about the
    server's data, fails the step. The generated models report an unknown
    enum value (approverType, timeUnit) only by `warnings.warn`, a
    UserWarning; other categories (the v1 DeprecationWarning) are not about
    the data."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn()
        except Exception as err:  # noqa: BLE001 - every SDK error is a finding
            raise StepFailed(step, describe(err, adapter)) from err
    data_warnings = [str(w.message) for w in caught if w.category is UserWarning]
    if data_warnings:
        raise StepFailed(step, "SDK warned about the server's data: " + "; ".join(data_warnings))
    return result


def roundtrip(adapter, patch_names):
    status, body = raw("PUT", "/access-request-config", {})
    if status != 200:
        raise StepFailed("reset to defaults (jitgate's own PUT /access-request-config {})", f"HTTP {status} {body}")

    first = sdk_call(f"GET {adapter.raw_path} (a fresh org's defaults)", adapter, adapter.get)
    patch, expected = patch_for(patch_names)
    try:
        edited = adapter.from_dict(deep_merge(adapter.to_dict(first), patch))
    except Exception as err:  # noqa: BLE001
        raise StepFailed("build the edited model", f"the SDK model refused the edit: {err}") from err
    lost = mismatches(patch, adapter.to_dict(edited))
    if lost:
        raise StepFailed("build the edited model", "the SDK model dropped patched keys: " + "; ".join(lost))

    saved = sdk_call(f"{adapter.set_method} {adapter.raw_path}", adapter, lambda: adapter.set(edited))
    wrong = mismatches(expected, adapter.to_dict(saved))
    if wrong:
        raise StepFailed(f"{adapter.set_method} {adapter.raw_path} response", "; ".join(wrong))

    again = sdk_call(f"GET {adapter.raw_path} after the write", adapter, adapter.get)
    wrong = mismatches(expected, adapter.to_dict(again))
    if wrong:
        raise StepFailed(f"GET {adapter.raw_path} after the write", "did not round-trip: " + "; ".join(wrong))


def setup():
    user = CASES["fallback_user"]
    try:
        status, body = raw("PUT", f"/directory/v1/users/{user['id']}", user)
    except OSError as err:
        status, body = "-", f"no answer: {err}"
    if status != 200:
        print(f"setup: creating the fallback approver through /directory/v1/users failed: HTTP {status} {body}")
        sys.exit(2)


def unbound(adapter):
    """The SDK's GET must reach the server and get its 404: a path served
    deliberately by nothing (docs/decisions/0022)."""
    try:
        adapter.get()
    except Exception as err:  # noqa: BLE001 - the SDK's own exception type
        if getattr(err, "status", None) == 404:
            return
        raise StepFailed(f"GET {adapter.raw_path} (expected 404: the path is unbound)", describe(err, adapter))
    raise StepFailed(f"GET {adapter.raw_path}", "answered, though the path is meant to be unbound")


def run(sdk_label, cases):
    """cases: (name, adapter factory, patch names, or None for a path that
    must answer 404: `unbound`). Prints one line per case
    and a closing 'N passed, N failed' line; returns the exit status (0 all
    passed, 1 some failed; 2 when setup failed and no case ran)."""
    setup()
    only = set(sys.argv[1:])
    passed = failed = 0
    results_file = os.environ.get("VENDOR_SDKS_RESULTS")
    for name, make_adapter, patch_names in cases:
        if only and name not in only:
            continue
        started = time.monotonic()
        record = {"sdk": sdk_label, "case": name, "ok": True}
        try:
            if patch_names is None:
                unbound(make_adapter())
            else:
                roundtrip(make_adapter(), patch_names)
            passed += 1
            print(f"PASS {sdk_label} {name} ({time.monotonic() - started:.1f}s)", flush=True)
        except StepFailed as err:
            failed += 1
            record.update(ok=False, step=err.step, detail=err.detail)
            print(f"FAIL {sdk_label} {name}: {err.step}: {err.detail}", flush=True)
        except Exception as err:  # noqa: BLE001 - a harness or SDK crash is a failure too
            failed += 1
            record.update(ok=False, step="harness", detail=f"{type(err).__name__}: {err}")
            print(f"FAIL {sdk_label} {name}: harness: {type(err).__name__}: {err}", flush=True)
        if results_file:
            with open(results_file, "a", encoding="utf-8") as out:
                out.write(json.dumps(record) + "\n")
    print(f"{sdk_label}: {passed} passed, {failed} failed", flush=True)
    return 0 if failed == 0 and passed > 0 else 1
