"""Policy as code through the Python client: plan and apply a policy, export it as
REST JSON that validates against the published JSON Schema (docs/policy.schema.json),
and simulate a stricter policy on a hypothetical request."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
from jitgate_server import ORG, Server

from jitgate.v1 import access_request_pb2, policy_pb2, routing_pb2

ROOT = Path(__file__).resolve().parents[3]


def rule(duration: int) -> routing_pb2.RoutingRule:
    return routing_pb2.RoutingRule(
        name="prod",
        requestor=routing_pb2.Requestor(type="any"),
        resource=routing_pb2.Resource(type="integration", service="aws"),
        approval=[routing_pb2.Approval(type="p0", options=routing_pb2.ApprovalOptions(duration=duration))],
    )


def policy(duration: int) -> policy_pb2.Policy:
    return policy_pb2.Policy(routing=policy_pb2.RoutingRules(rules=[rule(duration)]))


def test_plan_apply_export_and_simulate(any_backend_server: Server) -> None:
    server = any_backend_server
    admin = server.client(server.admin_token())

    plan = admin.policy.PlanPolicy(policy_pb2.PlanPolicyRequest(org_id=ORG, policy=policy(7200))).plan
    assert [(c.object, c.action, c.key) for c in plan.changes] == [
        (policy_pb2.POLICY_OBJECT_ROUTING_RULE, policy_pb2.POLICY_ACTION_ADD, "prod")
    ]
    applied = admin.policy.ApplyPolicy(policy_pb2.ApplyPolicyRequest(org_id=ORG, policy=policy(7200), base=plan.base))
    assert applied.applied.config_generation == plan.base.config_generation + 1
    again = admin.policy.PlanPolicy(policy_pb2.PlanPolicyRequest(org_id=ORG, policy=policy(7200))).plan
    assert list(again.changes) == []

    # The export over REST is a policy file; it validates against the schema.
    request = urllib.request.Request(
        f"http://{server.address}/o/{ORG}/policy",
        headers={"authorization": f"Bearer {server.admin_token()}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        exported = json.load(response)["policy"]
    schema = json.loads((ROOT / "docs" / "policy.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(exported, schema, cls=jsonschema.Draft202012Validator)
    assert exported["routing"]["rules"][0]["approval"][0]["options"]["duration"] == 7200
    bad = {"routing": {"rules": [{"name": 42}]}}
    assert not jsonschema.Draft202012Validator(schema).is_valid(bad)

    # Halving the window: a one-hour request is still approvable, for less.
    simulated = admin.policy.SimulateConfigChange(
        policy_pb2.SimulateConfigChangeRequest(
            org_id=ORG,
            policy=policy(3600),
            hypothetical=[
                policy_pb2.HypotheticalRequest(
                    requester_id="alice@acme.test",
                    access_request=access_request_pb2.AccessRequest(
                        resource=access_request_pb2.RequestedResource(service="aws", resource_id="prod"),
                        requested_grant_type="FLOATING",
                        requested_floating_length=1,
                    ),
                )
            ],
        )
    )
    assert simulated.evaluated == 1
    assert [list(c.differences) for c in simulated.changes] == [["maximum window 7200s → 3600s"]]
