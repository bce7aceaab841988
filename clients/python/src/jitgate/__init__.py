"""jitgate: a typed Python client for the jitgate just-in-time access service.

>>> import jitgate
>>> from jitgate.v1 import routing_pb2
>>> with jitgate.connect("localhost:8080", token=TOKEN, secure=False) as client:  # doctest: +SKIP
...     client.routing.GetRoutingConfig(routing_pb2.GetRoutingConfigRequest(org_id="acme"))

- :func:`connect` returns a :class:`Client` with typed stubs for the five services
  (``routing``, ``access_flows``, ``request_config``, ``access_requests``,
  ``directory``), the bearer token attached to every call.
- Failed calls raise :class:`JitgateError` (one subclass per status code:
  :class:`InvalidArgument`, :class:`NotFound`, :class:`Aborted`, ...) with the
  ``google.rpc`` details decoded: field violations, reason, request id, retry delay.
- :meth:`Client.watch_events` follows the event stream and resumes from its last
  cursor after a dropped connection, never yielding an event twice.
- The messages and stubs generated from the protos are in :mod:`jitgate.v1`
  (``routing_pb2``, ``access_request_pb2``, ... and their ``*_pb2_grpc`` stubs).
"""

from ._client import Client, TokenSource, connect
from .errors import (
    ERROR_DOMAIN,
    Aborted,
    AlreadyExists,
    Cancelled,
    DeadlineExceeded,
    FailedPrecondition,
    FieldViolation,
    Internal,
    InvalidArgument,
    JitgateError,
    NotFound,
    PermissionDenied,
    ResourceExhausted,
    Unauthenticated,
    Unavailable,
    Unimplemented,
)
from .events import EventStream, ReconnectCallback

__version__ = "0.1.0"

__all__ = [
    "ERROR_DOMAIN",
    "Aborted",
    "AlreadyExists",
    "Cancelled",
    "Client",
    "DeadlineExceeded",
    "EventStream",
    "FailedPrecondition",
    "FieldViolation",
    "Internal",
    "InvalidArgument",
    "JitgateError",
    "NotFound",
    "PermissionDenied",
    "ReconnectCallback",
    "ResourceExhausted",
    "TokenSource",
    "Unauthenticated",
    "Unavailable",
    "Unimplemented",
    "connect",
]
