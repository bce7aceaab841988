"""A stand-in for jitgate's REST access-request config as the vendor SDKs
need it: only for `.ci/vendor-sdks.sh --self-test`, which runs the round
trips against it to show that they can pass (so a failure against jitgate is
jitgate's, not the harness's). It is an executable sketch of the changes
listed in docs/notes/vendor-sdks.md, not a second implementation to keep:

- GET/PUT on jitgate's `/access-request-config` and on every vendor path
  (`/v3`, `/beta`, `/v2024`, `/v2025` prefixes; `/access-request-config/v1`
  and `/v2`), all one document;
- the union of the fields of every SDK's model, with the vendors' defaults
  (`maxReminders` 1, the machine-identity flags), unknown keys still refused;
- entitlementRequestConfig in both shapes: the seed's flat keys and the
  nested `accessRequestConfig` / `revocationRequestConfig`, kept in step;
  a PUT carrying both takes the one that differs from what is stored;
- `fallbackApproverRef` filled from directory users PUT to
  `/directory/v1/users/{id}`.

One org, any bearer token, standard library only. Prints
`reference-server listening on 127.0.0.1:PORT`.
"""
import copy
import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# /access-request-config/v2 is deliberately unbound (docs/decisions/0022).
CONFIG_PATH = re.compile(r"^(?:/(?:v3|beta|v2024|v2025))?/access-request-config(?:/v1)?$")
USER_PATH = re.compile(r"^/directory/v1/users/([^/]+)$")

SCHEME_TO_APPROVER = {"entitlementOwner": "ENTITLEMENT_OWNER", "sourceOwner": "SOURCE_OWNER", "manager": "MANAGER"}
APPROVER_TO_SCHEME = {v: k for k, v in SCHEME_TO_APPROVER.items()}

# Every key any of the SDKs sends, with its type; None marks a nested object.
SCHEMA = {
    "approvalsMustBeExternal": bool, "autoApprovalEnabled": bool, "reauthorizationEnabled": bool,
    "govGroupVisibilityEnabled": bool, "machineIdentityAccessRequestEnabled": bool,
    "requestOnBehalfOfConfig": {
        "allowRequestOnBehalfOfAnyoneByAnyone": bool, "allowRequestOnBehalfOfEmployeeByManager": bool,
        "allowRequestOnBehalfOfForMachineIdentity": bool, "allowRequestForMachineByOwner": bool,
    },
    "approvalReminderAndEscalationConfig": {
        "daysUntilEscalation": int, "daysBetweenReminders": int, "maxReminders": int,
        "fallbackApproverRef": {"type": str, "id": str, "name": str, "email": str},
    },
    "entitlementRequestConfig": {
        "allowEntitlementRequest": bool, "requestCommentsRequired": bool, "deniedCommentsRequired": bool,
        "grantRequestApprovalSchemes": str,
        "accessRequestConfig": {
            "approvalSchemes": [{"approverType": str, "approverId": str}],
            "requestCommentRequired": bool, "denialCommentRequired": bool, "reauthorizationRequired": bool,
            "requireEndDate": bool, "maxPermittedAccessDuration": {"value": int, "timeUnit": str},
            "formDefinitionId": str,
        },
        "revocationRequestConfig": {"approvalSchemes": [{"approverType": str, "approverId": str}]},
    },
}

DEFAULTS = {
    "approvalsMustBeExternal": False, "autoApprovalEnabled": False, "reauthorizationEnabled": False,
    "govGroupVisibilityEnabled": False, "machineIdentityAccessRequestEnabled": True,
    "requestOnBehalfOfConfig": {
        "allowRequestOnBehalfOfAnyoneByAnyone": False, "allowRequestOnBehalfOfEmployeeByManager": False,
        "allowRequestOnBehalfOfForMachineIdentity": True, "allowRequestForMachineByOwner": False,
    },
    "approvalReminderAndEscalationConfig": {
        "daysUntilEscalation": 0, "daysBetweenReminders": 1, "maxReminders": 1, "fallbackApproverRef": None,
    },
    "entitlementRequestConfig": {
        "allowEntitlementRequest": True,
        "schemes": [{"approverType": "SOURCE_OWNER"}],
        "requestCommentRequired": False, "denialCommentRequired": False,
        "reauthorizationRequired": False, "requireEndDate": False,
        "maxPermittedAccessDuration": None, "formDefinitionId": None,
        "revocationSchemes": [],
    },
}


class Invalid(Exception):
    pass


def check(value, schema, where):
    """Refuses unknown keys and wrong types; null is accepted anywhere (unset)."""
    if value is None:
        return
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise Invalid(f"{where}: expected an object")
        for k, v in value.items():
            if k not in schema:
                raise Invalid(f"unrecognized field name '{where}.{k}'".replace("'.", "'"))
            check(v, schema[k], f"{where}.{k}")
    elif isinstance(schema, list):
        if not isinstance(value, list):
            raise Invalid(f"{where}: expected an array")
        for i, item in enumerate(value):
            check(item, schema[0], f"{where}[{i}]")
    elif schema is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise Invalid(f"{where}: expected an integer")
    elif schema is not int and not isinstance(value, schema):
        raise Invalid(f"{where}: expected {schema.__name__}")


def schemes_from_string(text):
    out = []
    for item in (s.strip() for s in (text or "").split(",")):
        if not item:
            continue
        if item.startswith("workgroup:"):
            out.append({"approverType": "GOVERNANCE_GROUP", "approverId": item.split(":", 1)[1]})
        elif item in SCHEME_TO_APPROVER:
            out.append({"approverType": SCHEME_TO_APPROVER[item]})
        else:
            raise Invalid(f"grantRequestApprovalSchemes: unknown scheme {item!r}")
    return out


def schemes_from_list(items):
    out = []
    for s in items or []:
        kind = s.get("approverType")
        if kind == "GOVERNANCE_GROUP" and s.get("approverId"):
            out.append({"approverType": kind, "approverId": s["approverId"]})
        elif kind in APPROVER_TO_SCHEME:
            out.append({"approverType": kind})
        else:
            raise Invalid(f"approvalSchemes: unsupported approverType {kind!r}")
    return out


def schemes_to_string(schemes):
    return ", ".join(f"workgroup:{s['approverId']}" if s["approverType"] == "GOVERNANCE_GROUP"
                     else APPROVER_TO_SCHEME[s["approverType"]] for s in schemes)


def entitlement_from_body(body, stored):
    """The stored form of entitlementRequestConfig from a PUT body (replaced
    whole: what the body lacks takes its default)."""
    out = copy.deepcopy(DEFAULTS["entitlementRequestConfig"])
    if body.get("allowEntitlementRequest") is not None:
        out["allowEntitlementRequest"] = body["allowEntitlementRequest"]
    nested = body.get("accessRequestConfig") or {}
    for k in ("reauthorizationRequired", "requireEndDate", "maxPermittedAccessDuration", "formDefinitionId"):
        if nested.get(k) is not None:
            out[k] = nested[k]
    out["revocationSchemes"] = schemes_from_list((body.get("revocationRequestConfig") or {}).get("approvalSchemes"))

    # The settings both shapes carry: approval schemes and the two comment flags.
    flat_keys = ("grantRequestApprovalSchemes", "requestCommentsRequired", "deniedCommentsRequired")
    flat = {
        "schemes": schemes_from_string(body["grantRequestApprovalSchemes"]) if body.get("grantRequestApprovalSchemes") is not None else None,
        "requestCommentRequired": body.get("requestCommentsRequired"),
        "denialCommentRequired": body.get("deniedCommentsRequired"),
    }
    nest = {
        "schemes": schemes_from_list(nested["approvalSchemes"]) if nested.get("approvalSchemes") is not None else None,
        "requestCommentRequired": nested.get("requestCommentRequired"),
        "denialCommentRequired": nested.get("denialCommentRequired"),
    }
    has_flat = any(body.get(k) is not None for k in flat_keys)
    has_nested = any(v is not None for v in nest.values())
    if has_flat and has_nested:
        changed_flat = any(v is not None and v != stored[k] for k, v in flat.items())
        changed_nested = any(v is not None and v != stored[k] for k, v in nest.items())
        if changed_flat and changed_nested and any(
                flat[k] is not None and nest[k] is not None and flat[k] != nest[k] for k in flat):
            raise Invalid("entitlementRequestConfig: the flat and nested settings disagree")
        chosen = nest if changed_nested and not changed_flat else flat
    else:
        chosen = flat if has_flat else nest
    for k, v in chosen.items():
        if v is not None:
            out[k] = v
    return out


def render(stored, users):
    out = copy.deepcopy({k: v for k, v in stored.items() if k != "entitlementRequestConfig"})
    ref = out["approvalReminderAndEscalationConfig"]["fallbackApproverRef"]
    if ref:
        user = users.get(ref["id"], {})
        out["approvalReminderAndEscalationConfig"]["fallbackApproverRef"] = {
            "type": "IDENTITY", "id": ref["id"], "name": user.get("displayName", ""), "email": user.get("email", "")}
    e = stored["entitlementRequestConfig"]
    access = {
        "approvalSchemes": e["schemes"], "requestCommentRequired": e["requestCommentRequired"],
        "denialCommentRequired": e["denialCommentRequired"], "reauthorizationRequired": e["reauthorizationRequired"],
        "requireEndDate": e["requireEndDate"],
    }
    if e["maxPermittedAccessDuration"] is not None:
        access["maxPermittedAccessDuration"] = e["maxPermittedAccessDuration"]
    if e["formDefinitionId"] is not None:
        access["formDefinitionId"] = e["formDefinitionId"]
    out["entitlementRequestConfig"] = {
        "allowEntitlementRequest": e["allowEntitlementRequest"],
        "requestCommentsRequired": e["requestCommentRequired"],
        "deniedCommentsRequired": e["denialCommentRequired"],
        "grantRequestApprovalSchemes": schemes_to_string(e["schemes"]),
        "accessRequestConfig": access,
        "revocationRequestConfig": {"approvalSchemes": e["revocationSchemes"]},
    }
    return out


def replace(body, stored, users):
    check(body, SCHEMA, "")
    new = copy.deepcopy(DEFAULTS)
    for k in ("approvalsMustBeExternal", "autoApprovalEnabled", "reauthorizationEnabled",
              "govGroupVisibilityEnabled", "machineIdentityAccessRequestEnabled"):
        if body.get(k) is not None:
            new[k] = body[k]
    for section in ("requestOnBehalfOfConfig", "approvalReminderAndEscalationConfig"):
        for k, v in (body.get(section) or {}).items():
            if v is not None:
                new[section][k] = v
    reminders = new["approvalReminderAndEscalationConfig"]
    if not 0 <= reminders["maxReminders"] <= 20:
        raise Invalid("maxReminders: must be 0 to 20")
    if reminders["daysBetweenReminders"] < 1:
        raise Invalid("daysBetweenReminders: must be at least 1")
    if reminders["daysUntilEscalation"] < 0:
        raise Invalid("daysUntilEscalation: must be 0 or more")
    ref = reminders["fallbackApproverRef"]
    if ref is not None:
        if ref.get("id") not in users:
            raise Invalid("fallbackApproverRef.id: unknown user")
        reminders["fallbackApproverRef"] = {"id": ref["id"]}
    new["entitlementRequestConfig"] = entitlement_from_body(body.get("entitlementRequestConfig") or {},
                                                            stored["entitlementRequestConfig"])
    return new


def main():
    state = {"config": copy.deepcopy(DEFAULTS), "users": {}}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def reply(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def body(self):
            length = int(self.headers.get("Content-Length") or 0)
            return json.loads(self.rfile.read(length) or b"{}")

        def handle_any(self):
            if not self.headers.get("Authorization", "").startswith("Bearer "):
                return self.reply(401, {"code": 16, "message": "missing bearer token", "details": []})
            path = self.path.split("?", 1)[0]
            user = USER_PATH.match(path)
            if user and self.command == "PUT":
                state["users"][user.group(1)] = self.body()
                return self.reply(200, state["users"][user.group(1)])
            if CONFIG_PATH.match(path) and self.command in ("GET", "PUT"):
                if self.command == "PUT":
                    try:
                        state["config"] = replace(self.body(), state["config"], state["users"])
                    except Invalid as err:
                        return self.reply(400, {"code": 3, "message": f"invalid request: {err}", "details": []})
                return self.reply(200, render(state["config"], state["users"]))
            return self.reply(404, {"code": 5, "message": f"no REST route for {self.command} {path}", "details": []})

        do_GET = do_PUT = do_POST = do_DELETE = handle_any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"reference-server listening on 127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
