"""Typed errors: a failed call as a Python exception with its ``google.rpc`` details.

Every jitgate error carries ``google.rpc`` details in the ``grpc-status-details-bin``
trailer: ``ErrorInfo`` (a stable ``reason`` and the ``domain``), ``RequestInfo`` (the
request id, also in the server's log), ``BadRequest`` field violations for invalid
input, and ``RetryInfo`` when waiting helps (a cooldown, an unavailable database).
:class:`JitgateError` decodes them into plain attributes. It subclasses
:class:`grpc.RpcError` and keeps ``code()``, ``details()`` and ``trailing_metadata()``,
so code written against raw gRPC errors keeps working.

Clients made by :func:`jitgate.connect` raise these on their own; for stubs on a
channel of your own, convert with :meth:`JitgateError.from_rpc_error`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Type

import grpc
from google.protobuf.message import DecodeError
from google.rpc import error_details_pb2, status_pb2

__all__ = [
    "ERROR_DOMAIN",
    "Aborted",
    "AlreadyExists",
    "Cancelled",
    "DeadlineExceeded",
    "FailedPrecondition",
    "FieldViolation",
    "Internal",
    "InvalidArgument",
    "JitgateError",
    "NotFound",
    "PermissionDenied",
    "ResourceExhausted",
    "Unauthenticated",
    "Unavailable",
    "Unimplemented",
]

#: The ``ErrorInfo.domain`` of every error the jitgate server returns.
ERROR_DOMAIN = "jitgate.dev"

_DETAILS_KEY = "grpc-status-details-bin"

#: Response headers or trailers: (key, value) pairs, values ``bytes`` for ``-bin`` keys.
Metadata = Tuple[Any, ...]


@dataclass(frozen=True)
class FieldViolation:
    """One invalid field of a request (a ``google.rpc.BadRequest`` field violation)."""

    #: The field's path in the request, such as ``workflow.rules[0].name``.
    field: str
    #: What is wrong with it, such as ``must not be empty``.
    description: str


class JitgateError(grpc.RpcError):
    """A failed jitgate call, with its status and decoded ``google.rpc`` details.

    Catch a subclass (:class:`NotFound`, :class:`InvalidArgument`, :class:`Aborted`, ...)
    for one status code, or this class for any.
    """

    #: The decoded ``google.rpc.Status`` (``None`` when the server sent no details).
    status: Optional[Any]
    #: The status message.
    message: str
    #: ``BadRequest`` field violations, in the server's order; empty unless invalid input.
    field_violations: Tuple[FieldViolation, ...]
    #: ``ErrorInfo.reason``: a stable, machine-readable cause (``VERSION_CONFLICT``, ...).
    reason: str
    #: ``ErrorInfo.domain``: :data:`ERROR_DOMAIN` for errors from jitgate.
    domain: str
    #: ``ErrorInfo.metadata``.
    error_metadata: Mapping[str, str]
    #: ``RequestInfo.request_id``: quote it when reporting a problem (the server logs it).
    request_id: str
    #: ``RetryInfo.retry_delay``: how long to wait before trying again, if the server said.
    retry_delay: Optional[datetime.timedelta]

    def __init__(
        self,
        code: grpc.StatusCode,
        message: str,
        *,
        field_violations: Sequence[FieldViolation] = (),
        reason: str = "",
        domain: str = "",
        error_metadata: Optional[Mapping[str, str]] = None,
        request_id: str = "",
        retry_delay: Optional[datetime.timedelta] = None,
        status: Optional[Any] = None,
        trailing_metadata: Metadata = (),
        initial_metadata: Metadata = (),
    ) -> None:
        super().__init__(message)
        self._code = code
        self.message = message
        self.field_violations = tuple(field_violations)
        self.reason = reason
        self.domain = domain
        self.error_metadata = dict(error_metadata or {})
        self.request_id = request_id
        self.retry_delay = retry_delay
        self.status = status
        self._trailing_metadata = trailing_metadata
        self._initial_metadata = initial_metadata

    # grpc.Call's accessors, so `except grpc.RpcError as e: e.code()` keeps working.
    def code(self) -> grpc.StatusCode:
        """The gRPC status code."""
        return self._code

    def details(self) -> str:
        """The status message (gRPC's name for it)."""
        return self.message

    def trailing_metadata(self) -> Metadata:
        """The response trailers, including the raw ``grpc-status-details-bin``."""
        return self._trailing_metadata

    def initial_metadata(self) -> Metadata:
        """The response headers, when the call got that far."""
        return self._initial_metadata

    def __str__(self) -> str:
        text = f"{self._code.name}: {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self._code.name}, message={self.message!r}, "
            f"reason={self.reason!r}, request_id={self.request_id!r}, "
            f"field_violations={list(self.field_violations)!r}, retry_delay={self.retry_delay!r})"
        )

    @classmethod
    def from_rpc_error(cls, error: grpc.RpcError) -> JitgateError:
        """Converts a raw gRPC error (``grpc.RpcError``, also a ``grpc.Call``) into the
        :class:`JitgateError` subclass of its status code, decoding the
        ``google.rpc`` details from its ``grpc-status-details-bin`` trailer.

        A :class:`JitgateError` is returned unchanged. Undecodable details are ignored
        (the code and message are kept), so this never raises.
        """
        if isinstance(error, JitgateError):
            return error
        code = _call(error, "code", grpc.StatusCode.UNKNOWN)
        message = _call(error, "details", None)
        if not isinstance(message, str):
            message = str(error)
        trailing = tuple(_call(error, "trailing_metadata", None) or ())
        initial = tuple(_call(error, "initial_metadata", None) or ())
        fields: Dict[str, Any] = {}
        status = _decode_status(trailing)
        if status is not None:
            fields = _decode_details(status)
            if status.message:
                message = status.message
        subclass = _BY_CODE.get(code, JitgateError)
        return subclass(
            code,
            message,
            status=status,
            trailing_metadata=trailing,
            initial_metadata=initial,
            **fields,
        )


def _call(obj: object, name: str, default: Any) -> Any:
    method = getattr(obj, name, None)
    if not callable(method):
        return default
    try:
        return method()
    except Exception:  # a call that never started has no metadata
        return default


def _decode_status(trailing: Metadata) -> Optional[Any]:
    for key, value in trailing:
        if key == _DETAILS_KEY and isinstance(value, bytes):
            status = status_pb2.Status()
            try:
                status.ParseFromString(value)
            except DecodeError:
                return None
            return status
    return None


def _decode_details(status: Any) -> Dict[str, Any]:
    fields: Dict[str, Any] = {}
    violations: List[FieldViolation] = []
    for detail in status.details:
        if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad_request = error_details_pb2.BadRequest()
            if detail.Unpack(bad_request):
                violations.extend(
                    FieldViolation(str(v.field), str(v.description)) for v in bad_request.field_violations
                )
        elif detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            if detail.Unpack(info):
                fields["reason"] = str(info.reason)
                fields["domain"] = str(info.domain)
                fields["error_metadata"] = {str(k): str(v) for k, v in info.metadata.items()}
        elif detail.Is(error_details_pb2.RequestInfo.DESCRIPTOR):
            request = error_details_pb2.RequestInfo()
            if detail.Unpack(request):
                fields["request_id"] = str(request.request_id)
        elif detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
            retry = error_details_pb2.RetryInfo()
            if detail.Unpack(retry) and retry.HasField("retry_delay"):
                delay = retry.retry_delay
                fields["retry_delay"] = datetime.timedelta(
                    seconds=int(delay.seconds), microseconds=int(delay.nanos) // 1000
                )
    fields["field_violations"] = tuple(violations)
    return fields


class Cancelled(JitgateError):
    """CANCELLED: the caller canceled the call."""


class InvalidArgument(JitgateError):
    """INVALID_ARGUMENT: the request is invalid; :attr:`field_violations` names every bad field."""


class DeadlineExceeded(JitgateError):
    """DEADLINE_EXCEEDED: the call's deadline passed."""


class NotFound(JitgateError):
    """NOT_FOUND: no such object in the caller's org (other orgs' objects are never visible)."""


class AlreadyExists(JitgateError):
    """ALREADY_EXISTS: an object of that name exists."""


class PermissionDenied(JitgateError):
    """PERMISSION_DENIED: the token does not allow this (another org, a missing role)."""


class ResourceExhausted(JitgateError):
    """RESOURCE_EXHAUSTED: a size or rate limit; see :attr:`retry_delay`."""


class FailedPrecondition(JitgateError):
    """FAILED_PRECONDITION: not allowed in the current state (a cooldown sets :attr:`retry_delay`)."""


class Aborted(JitgateError):
    """ABORTED: an optimistic-concurrency check failed (``reason`` ``VERSION_CONFLICT``);
    re-read and retry."""


class Unimplemented(JitgateError):
    """UNIMPLEMENTED: the server does not know this method."""


class Internal(JitgateError):
    """INTERNAL: a server bug; quote :attr:`request_id` when reporting it."""


class Unavailable(JitgateError):
    """UNAVAILABLE: the server or its database cannot be reached right now; retry."""


class Unauthenticated(JitgateError):
    """UNAUTHENTICATED: no bearer token, or one that does not verify."""


_BY_CODE: Dict[grpc.StatusCode, Type[JitgateError]] = {
    grpc.StatusCode.CANCELLED: Cancelled,
    grpc.StatusCode.INVALID_ARGUMENT: InvalidArgument,
    grpc.StatusCode.DEADLINE_EXCEEDED: DeadlineExceeded,
    grpc.StatusCode.NOT_FOUND: NotFound,
    grpc.StatusCode.ALREADY_EXISTS: AlreadyExists,
    grpc.StatusCode.PERMISSION_DENIED: PermissionDenied,
    grpc.StatusCode.RESOURCE_EXHAUSTED: ResourceExhausted,
    grpc.StatusCode.FAILED_PRECONDITION: FailedPrecondition,
    grpc.StatusCode.ABORTED: Aborted,
    grpc.StatusCode.UNIMPLEMENTED: Unimplemented,
    grpc.StatusCode.INTERNAL: Internal,
    grpc.StatusCode.UNAVAILABLE: Unavailable,
    grpc.StatusCode.UNAUTHENTICATED: Unauthenticated,
}
