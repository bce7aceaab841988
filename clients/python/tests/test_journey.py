"""The whole journey through the Python client against a live server, on SQLite and
on PostgreSQL: routing config, an access flow, the directory, the request config, a
dry run, filing (and retrying) a request, the manager's approval seen on the event
stream as GRANT_ACTIVATED, and the revocation."""

from __future__ import annotations

import datetime
import threading
from typing import Callable

from google.protobuf.timestamp_pb2 import Timestamp
from jitgate_server import ADMIN, ORG, Server

import jitgate
from jitgate.v1 import (
    access_flow_pb2,
    access_request_pb2,
    directory_pb2,
    request_config_pb2,
    routing_pb2,
)

ar = access_request_pb2

PATIENCE = 15.0


def next_event(
    stream: jitgate.EventStream, matches: Callable[[ar.Event], bool], timeout: float = PATIENCE
) -> ar.Event:
    """The next event of ``stream`` that ``matches``, failing after ``timeout`` seconds."""
    timer = threading.Timer(timeout, stream.close)
    timer.start()
    try:
        for event in stream:
            if matches(event):
                return event
    finally:
        timer.cancel()
    raise AssertionError(f"no matching event within {timeout}s")


def prod_rule() -> routing_pb2.RoutingRule:
    return routing_pb2.RoutingRule(
        name="prod-needs-manager",
        requestor=routing_pb2.Requestor(type="any"),
        resource=routing_pb2.Resource(
            type="integration",
            service="aws",
            filters={"account": routing_pb2.ResourceFilter(effect="keep", pattern="^prod-.*$")},
        ),
        approval=[
            routing_pb2.Approval(
                type="requestor-profile",
                directory="okta",
                profile_property="manager",
                options=routing_pb2.ApprovalOptions(require_reason=True, duration=3600),
            )
        ],
    )


def wanted() -> ar.AccessRequest:
    return ar.AccessRequest(
        resource=ar.RequestedResource(
            service="aws",
            resource_type="role",
            resource_id="payments-admin",
            tags={"account": "prod-payments"},
        ),
        request_justification="INC-42: payments are failing",
    )


def test_the_whole_journey(any_backend_server: Server) -> None:
    server = any_backend_server
    admin = server.client(server.admin_token())
    alice = server.client(server.token("alice@acme.test"))
    bob = server.client(server.token("bob@acme.test"))

    # 1. Routing config: the first save asserts nothing was saved yet, then reads back.
    saved = admin.routing.SaveRoutingConfig(
        routing_pb2.SaveRoutingConfigRequest(
            org_id=ORG, current_version="", workflow=routing_pb2.Workflow(rules=[prod_rule()])
        )
    )
    assert saved.version
    assert [r.name for r in saved.rules] == ["prod-needs-manager"]
    workflow = admin.routing.GetRoutingConfig(routing_pb2.GetRoutingConfigRequest(org_id=ORG)).workflow
    assert workflow.id == saved.version
    assert workflow.rules[0] == prod_rule()
    assert workflow.HasField("created_date")

    # 2. An access flow.
    flow = admin.access_flows.CreateAccessFlow(
        access_flow_pb2.CreateAccessFlowRequest(
            access_flow=access_flow_pb2.AccessFlow(
                name="prod-db-read",
                trigger=access_flow_pb2.AccessFlowTrigger(type="user_request"),
                grantees=[access_flow_pb2.AccessFlowGrantee(type="group", id="engineering")],
                integration_targets=[
                    access_flow_pb2.IntegrationTarget(
                        integration_id="postgres-prod",
                        resource_type="postgresql-database",
                        permissions=["SELECT"],
                    )
                ],
                approvers=[access_flow_pb2.AccessFlowApprover(type="manager")],
                revoke_after_in_sec=3600,
            )
        )
    ).access_flow
    assert flow.id and flow.created_date
    assert admin.access_flows.GetAccessFlow(access_flow_pb2.GetAccessFlowRequest(id=flow.id)).access_flow == flow

    # 3. The directory, in one batch: Alice's manager is Bob.
    batch = admin.directory.BatchUpsert(
        directory_pb2.BatchUpsertRequest(
            users=[
                directory_pb2.User(id="bob@acme.test", display_name="Bob"),
                directory_pb2.User(
                    id="alice@acme.test",
                    display_name="Alice",
                    manager_id="bob@acme.test",
                    attributes={"department": "sre"},
                ),
            ],
            groups=[directory_pb2.Group(id="sre", directory="okta")],
            group_members=[directory_pb2.GroupMembers(group_id="sre", user_ids=["alice@acme.test", "bob@acme.test"])],
            on_call_rosters=[
                directory_pb2.OnCallRoster(integration="pagerduty", service="payments", user_ids=["bob@acme.test"])
            ],
            ownerships=[directory_pb2.Ownership(service="aws", owner_ids=["bob@acme.test"])],
        )
    )
    assert (batch.users, batch.groups, batch.group_members, batch.on_call_rosters, batch.ownerships) == (
        2,
        1,
        1,
        1,
        1,
    )
    user = admin.directory.GetUser(directory_pb2.GetUserRequest(id="alice@acme.test")).user
    assert user.manager_id == "bob@acme.test" and list(user.group_ids) == ["sre"]

    # 4. The request config, replaced whole; the fallback approver's name comes from the directory.
    config = admin.request_config.UpdateRequestConfig(
        request_config_pb2.UpdateRequestConfigRequest(
            access_request_config=request_config_pb2.AccessRequestConfig(
                auto_approval_enabled=True,
                approval_reminder_and_escalation_config=request_config_pb2.ApprovalReminderAndEscalationConfig(
                    days_until_escalation=2,
                    days_between_reminders=1,
                    max_reminders=3,
                    fallback_approver_ref=request_config_pb2.FallbackApproverRef(type="IDENTITY", id="bob@acme.test"),
                ),
                entitlement_request_config=request_config_pb2.EntitlementRequestConfig(
                    grant_request_approval_schemes="manager, workgroup:sre"
                ),
            )
        )
    ).access_request_config
    assert config.approval_reminder_and_escalation_config.fallback_approver_ref.name == "Bob"
    read = admin.request_config.GetRequestConfig(request_config_pb2.GetRequestConfigRequest()).access_request_config
    assert read == config

    # 5. A dry run: Alice's request would wait for her manager, Bob.
    evaluation = alice.access_requests.EvaluateAccessRequest(
        ar.EvaluateAccessRequestRequest(access_request=wanted())
    ).evaluation
    assert evaluation.outcome == ar.EVALUATION_OUTCOME_PENDING
    path = evaluation.paths[0]
    assert path.policy_id == "prod-needs-manager"
    assert [a.id for a in path.steps[0].approvers] == ["bob@acme.test"]
    assert path.constraints.max_duration_seconds == 3600

    # The provisioner's view: the org's events from now on.
    with admin.watch_events(kinds=[ar.EVENT_KIND_GRANT_ACTIVATED, ar.EVENT_KIND_GRANT_REVOKED]) as events:
        # 6. File it with an idempotency key; the retry answers the same request.
        request = wanted()
        request.request_id = "inc-42-alice"
        filed = alice.access_requests.CreateAccessRequest(ar.CreateAccessRequestRequest(access_request=request))
        first = filed.access_request
        assert first.state == ar.REQUEST_STATE_PENDING_APPROVAL
        retried = alice.access_requests.CreateAccessRequest(ar.CreateAccessRequestRequest(access_request=request))
        assert retried.access_request.id == first.id
        mine = alice.access_requests.ListAccessRequests(
            ar.ListAccessRequestsRequest(filter=ar.ACCESS_REQUEST_FILTER_MINE)
        )
        assert mine.count == 1, "the retry filed nothing"

        # 7. It is in Bob's queue; he approves and shortens the window to 30 minutes.
        queue = bob.access_requests.ListAccessRequests(
            ar.ListAccessRequestsRequest(filter=ar.ACCESS_REQUEST_FILTER_TO_APPROVE)
        )
        assert [r.id for r in queue.items] == [first.id]
        end = Timestamp()
        end.FromDatetime(datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=30))
        decided = bob.access_requests.DecideAccessRequest(
            ar.DecideAccessRequestRequest(
                id=first.id, decision=ar.DECISION_APPROVED, comment="go ahead", grant_end=end
            )
        ).access_request
        assert decided.state in (ar.REQUEST_STATE_APPROVED, ar.REQUEST_STATE_ACTIVE)

        # 8. The grant comes into force: GRANT_ACTIVATED on the stream.
        activated = next_event(events, lambda e: e.access_request_id == first.id)
        assert activated.kind == ar.EVENT_KIND_GRANT_ACTIVATED
        assert activated.subject_type == "access_request"
        assert activated.after["state"] == "REQUEST_STATE_ACTIVE"

        # 9. Alice gives the access back.
        revoked = alice.access_requests.RevokeAccessRequest(
            ar.RevokeAccessRequestRequest(id=first.id, comment="fixed")
        ).access_request
        assert revoked.state == ar.REQUEST_STATE_REVOKED and revoked.target_role_revoked
        gone = next_event(events, lambda e: e.access_request_id == first.id)
        assert gone.kind == ar.EVENT_KIND_GRANT_REVOKED
        assert gone.actor == "alice@acme.test" and gone.comment == "fixed"
        assert gone.sequence > activated.sequence

    # The audit trail has the whole story.
    audit = admin.access_requests.ListAuditEvents(ar.ListAuditEventsRequest(access_request_id=first.id))
    kinds = [ar.EventKind.Name(e.kind) for e in audit.events]
    assert kinds[0] == "EVENT_KIND_REQUEST_FILED" and kinds[-1] == "EVENT_KIND_GRANT_REVOKED"
    assert "EVENT_KIND_GRANT_ACTIVATED" in kinds
    assert ADMIN not in {e.actor for e in audit.events}
    for client in (admin, alice, bob):
        client.close()
