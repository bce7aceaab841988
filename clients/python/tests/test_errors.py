"""Failures come back as typed exceptions with every google.rpc detail decoded: a stale
``current_version``, invalid input, a missing token, another org's ids, a cooldown with
RetryInfo; and the decoding itself, offline."""

from __future__ import annotations

import datetime

import grpc
import pytest
from google.protobuf import any_pb2, duration_pb2
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2
from jitgate_server import ORG, Server, violations

import jitgate
from jitgate.v1 import access_request_pb2 as ar
from jitgate.v1 import common_pb2
from jitgate.v1 import routing_pb2


def any_rule(name: str) -> routing_pb2.RoutingRule:
    return routing_pb2.RoutingRule(
        name=name,
        requestor=routing_pb2.Requestor(type="any"),
        resource=routing_pb2.Resource(type="any"),
        approval=[routing_pb2.Approval(type="p0")],
    )


def test_a_stale_current_version_is_aborted_and_writes_nothing(server: Server) -> None:
    with server.client(server.admin_token()) as admin:
        first = admin.routing.SaveRoutingConfig(
            routing_pb2.SaveRoutingConfigRequest(org_id=ORG, workflow=routing_pb2.Workflow(rules=[any_rule("one")]))
        )
        admin.routing.SaveRoutingConfig(
            routing_pb2.SaveRoutingConfigRequest(
                org_id=ORG, current_version=first.version, workflow=routing_pb2.Workflow(rules=[any_rule("two")])
            )
        )
        with pytest.raises(jitgate.Aborted) as caught:
            admin.routing.SaveRoutingConfig(
                routing_pb2.SaveRoutingConfigRequest(
                    org_id=ORG,
                    current_version=first.version,
                    workflow=routing_pb2.Workflow(rules=[any_rule("three")]),
                )
            )
        error = caught.value
        assert isinstance(error, jitgate.JitgateError) and isinstance(error, grpc.RpcError)
        assert error.code() == grpc.StatusCode.ABORTED
        assert error.reason == "VERSION_CONFLICT" and error.domain == jitgate.ERROR_DOMAIN
        assert len(error.request_id) == 36
        assert error.field_violations == () and error.retry_delay is None
        assert error.request_id in str(error)
        latest = admin.routing.GetRoutingConfig(routing_pb2.GetRoutingConfigRequest(org_id=ORG)).workflow
        assert [r.name for r in latest.rules] == ["two"]


def test_invalid_input_decodes_every_field_violation(server: Server) -> None:
    bad = routing_pb2.Workflow(
        rules=[
            routing_pb2.RoutingRule(
                name="",
                requestor=routing_pb2.Requestor(type="bogus"),
                resource=routing_pb2.Resource(type="integration"),
                approval=[routing_pb2.Approval(type="nope")],
            ),
            routing_pb2.RoutingRule(
                name="x",
                requestor=routing_pb2.Requestor(type="any"),
                resource=routing_pb2.Resource(type="any"),
                approval=[routing_pb2.Approval(type="p0", options=routing_pb2.ApprovalOptions(duration=-1))],
            ),
        ]
    )
    with server.client(server.admin_token()) as admin:
        with pytest.raises(jitgate.InvalidArgument) as caught:
            admin.routing.SaveRoutingConfig(routing_pb2.SaveRoutingConfigRequest(org_id=ORG, workflow=bad))
    error = caught.value
    assert error.field_violations == (
        jitgate.FieldViolation("workflow.rules[0].name", "must not be empty"),
        jitgate.FieldViolation("workflow.rules[0].requestor.type", "must be one of: any, user, group"),
        jitgate.FieldViolation("workflow.rules[0].resource.service", "is required"),
        jitgate.FieldViolation(
            "workflow.rules[0].approval[0].type",
            "must be one of: auto, deny, escalation, group, persistent, requestor-profile, p0",
        ),
        jitgate.FieldViolation("workflow.rules[1].approval[0].options.duration", "must be zero or more seconds, got -1"),
    )
    assert error.reason == "INVALID_ARGUMENT" and error.request_id
    # The message names each of them too.
    for violation in error.field_violations:
        assert f"{violation.field}: {violation.description}" in error.message


def test_a_missing_token_is_unauthenticated(server: Server) -> None:
    with server.client(None) as anonymous:
        with pytest.raises(jitgate.Unauthenticated) as caught:
            anonymous.routing.GetRoutingConfig(routing_pb2.GetRoutingConfigRequest(org_id=ORG))
    assert caught.value.reason == "UNAUTHENTICATED"
    assert caught.value.request_id
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_a_token_function_is_called_for_every_call(server: Server) -> None:
    calls = []

    def token() -> str:
        calls.append(1)
        return server.admin_token()

    with jitgate.connect(server.address, token=token, secure=False) as client:
        for _ in range(2):
            client.routing.GetRoutingConfig(routing_pb2.GetRoutingConfigRequest(org_id=ORG))
    assert len(calls) == 2


def test_another_orgs_ids_are_refused_or_invisible(server: Server) -> None:
    with server.client(server.admin_token("globex")) as globex:
        globex.routing.SaveRoutingConfig(
            routing_pb2.SaveRoutingConfigRequest(
                org_id="globex", workflow=routing_pb2.Workflow(rules=[any_rule("theirs")])
            )
        )
        theirs = globex.access_requests.CreateAccessRequest(
            ar.CreateAccessRequestRequest(
                access_request=ar.AccessRequest(
                    resource=ar.RequestedResource(service="k8s", resource_id="staging"),
                    requested_grant_type="PERMANENT",
                )
            )
        ).access_request
    with server.client(server.admin_token()) as acme:
        # Naming another org in a path is refused...
        with pytest.raises(jitgate.PermissionDenied) as denied:
            acme.routing.GetRoutingConfig(routing_pb2.GetRoutingConfigRequest(org_id="globex"))
        assert denied.value.reason == "PERMISSION_DENIED"
        # ...and another org's objects do not exist for this one.
        with pytest.raises(jitgate.NotFound) as missing:
            acme.access_requests.GetAccessRequest(ar.GetAccessRequestRequest(id=theirs.id))
        assert missing.value.reason == "NOT_FOUND" and missing.value.request_id


def test_a_cooldown_carries_its_retry_delay(server: Server) -> None:
    rule = routing_pb2.RoutingRule(
        name="cool",
        requestor=routing_pb2.Requestor(type="any"),
        resource=routing_pb2.Resource(type="integration", service="gcp"),
        approval=[routing_pb2.Approval(type="persistent", options=routing_pb2.ApprovalOptions(cooldown=3600))],
    )
    with server.client(server.admin_token()) as admin:
        admin.routing.SaveRoutingConfig(
            routing_pb2.SaveRoutingConfigRequest(org_id=ORG, workflow=routing_pb2.Workflow(rules=[rule]))
        )
    request = ar.CreateAccessRequestRequest(
        access_request=ar.AccessRequest(
            resource=ar.RequestedResource(service="gcp", resource_id="project-1"), requested_grant_type="PERMANENT"
        )
    )
    with server.client(server.token("alice@acme.test")) as alice:
        granted = alice.access_requests.CreateAccessRequest(request).access_request
        assert granted.state == ar.REQUEST_STATE_ACTIVE
        with pytest.raises(jitgate.FailedPrecondition) as caught:
            alice.access_requests.CreateAccessRequest(request)
    # The reason names the rule, from the generated enum ErrorReason.
    assert caught.value.reason == common_pb2.ErrorReason.Name(common_pb2.COOLDOWN_ACTIVE)
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    delay = caught.value.retry_delay
    assert delay is not None
    assert datetime.timedelta(minutes=59) < delay <= datetime.timedelta(hours=1)


def test_futures_fail_with_the_same_errors(server: Server) -> None:
    with server.client(None) as anonymous:
        future = anonymous.routing.GetRoutingConfig.future(routing_pb2.GetRoutingConfigRequest(org_id=ORG))
        error = future.exception()
        assert isinstance(error, jitgate.Unauthenticated)
        with pytest.raises(jitgate.Unauthenticated):
            future.result()


# Offline: the decoding of a status, as the server encodes it.


class FakeRpcError(grpc.RpcError):
    def __init__(self, code: grpc.StatusCode, message: str, trailers: tuple[tuple[str, object], ...]) -> None:
        self._code, self._message, self._trailers = code, message, trailers

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._message

    def trailing_metadata(self) -> tuple[tuple[str, object], ...]:  # type: ignore[override]
        return self._trailers


def packed(message: Message) -> any_pb2.Any:
    detail = any_pb2.Any()
    detail.Pack(message)
    return detail


def test_every_detail_is_decoded_from_the_trailer() -> None:
    status = status_pb2.Status(
        code=grpc.StatusCode.RESOURCE_EXHAUSTED.value[0],
        message="slow down",
        details=[
            packed(error_details_pb2.ErrorInfo(reason="RATE_LIMITED", domain="jitgate.dev", metadata={"limit": "10"})),
            packed(error_details_pb2.RequestInfo(request_id="req-1")),
            packed(error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=2, nanos=500_000_000))),
            packed(
                error_details_pb2.BadRequest(
                    field_violations=[error_details_pb2.BadRequest.FieldViolation(field="a", description="b")]
                )
            ),
        ],
    )
    raw = FakeRpcError(
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        "slow down",
        (("x-request-id", "req-1"), ("grpc-status-details-bin", status.SerializeToString())),
    )
    error = jitgate.JitgateError.from_rpc_error(raw)
    assert type(error) is jitgate.ResourceExhausted
    assert error.reason == "RATE_LIMITED" and error.error_metadata == {"limit": "10"}
    assert error.request_id == "req-1"
    assert error.retry_delay == datetime.timedelta(seconds=2.5)
    assert error.field_violations == (jitgate.FieldViolation("a", "b"),)
    assert error.status == status
    assert jitgate.JitgateError.from_rpc_error(error) is error


def test_an_error_without_details_keeps_its_code_and_message() -> None:
    for trailers in ((), (("grpc-status-details-bin", b"\xff\xfe not a status"),)):
        error = jitgate.JitgateError.from_rpc_error(FakeRpcError(grpc.StatusCode.UNAVAILABLE, "gone", trailers))
        assert type(error) is jitgate.Unavailable
        assert (error.message, error.reason, error.request_id, error.field_violations) == ("gone", "", "", ())
    unusual = jitgate.JitgateError.from_rpc_error(FakeRpcError(grpc.StatusCode.DATA_LOSS, "lost", ()))
    assert type(unusual) is jitgate.JitgateError and unusual.code() == grpc.StatusCode.DATA_LOSS
    assert violations(unusual) == []
