"""``jitgate.connect``: one channel, the bearer token on every call, typed stubs."""

from __future__ import annotations

import collections
import datetime
from typing import (
    Any,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Sequence,
    Tuple,
    Union,
    cast,
)

import grpc

from .errors import JitgateError
from .events import EventStream, ReconnectCallback
from .v1 import (
    access_flow_pb2_grpc,
    access_request_pb2,
    access_request_pb2_grpc,
    directory_pb2_grpc,
    policy_pb2_grpc,
    request_config_pb2_grpc,
    routing_pb2_grpc,
)

__all__ = ["Client", "TokenSource", "connect"]

_MAX_RECONNECT_BACKOFF_MS = 10_000

#: A bearer token, or a function returning the current one (called on every call,
#: so a token that rotates is picked up without reconnecting).
TokenSource = Union[str, Callable[[], str]]


def connect(
    address: str,
    *,
    token: Optional[TokenSource] = None,
    secure: Union[bool, grpc.ChannelCredentials] = True,
    options: Sequence[Tuple[str, Any]] = (),
) -> Client:
    """Opens a channel to a jitgate server and returns typed stubs for its five services.

    :param address: ``host:port``, as ``jitgate serve`` prints it (``localhost:8080``).
    :param token: the JWT sent as ``authorization: Bearer <token>`` on every call, or a
        function returning it. ``None`` sends no token (health checks, reflection).
    :param secure: ``True`` (the default) for TLS with the system's roots, ``False``
        for plaintext (``jitgate serve`` on a developer machine), or your own
        ``grpc.ChannelCredentials`` (a private CA, mutual TLS).
    :param options: gRPC channel options, passed through. Unless given,
        ``grpc.max_reconnect_backoff_ms`` is 10 s (gRPC's default is 120 s), so a
        watch resumes soon after the server is back.

    Every call made through the returned client raises :class:`jitgate.JitgateError`
    (a ``grpc.RpcError``) on failure, with the ``google.rpc`` details decoded. Close
    the client when done, or use it as a context manager.
    """
    if not any(key == "grpc.max_reconnect_backoff_ms" for key, _ in options):
        # gRPC's default lets the reconnect backoff grow to two minutes, and every
        # channel to one address shares it: a watch would then resume up to two
        # minutes after the server is back. Keep it in line with watch_events.
        options = [*options, ("grpc.max_reconnect_backoff_ms", _MAX_RECONNECT_BACKOFF_MS)]
    if isinstance(secure, grpc.ChannelCredentials):
        channel = grpc.secure_channel(address, secure, options=options)
    elif secure:
        channel = grpc.secure_channel(address, grpc.ssl_channel_credentials(), options=options)
    else:
        channel = grpc.insecure_channel(address, options=options)
    return Client(channel, token=token)


class Client:
    """Typed stubs for every jitgate service over one channel.

    Attribute names follow the services: :attr:`routing` (``RoutingService``),
    :attr:`access_flows`, :attr:`request_config`, :attr:`access_requests`,
    :attr:`directory` and :attr:`policy`. Methods are the RPCs' own names, taking and returning the
    generated messages of :mod:`jitgate.v1`.
    """

    routing: routing_pb2_grpc.RoutingServiceStub
    access_flows: access_flow_pb2_grpc.AccessFlowServiceStub
    request_config: request_config_pb2_grpc.RequestConfigServiceStub
    access_requests: access_request_pb2_grpc.AccessRequestServiceStub
    directory: directory_pb2_grpc.DirectoryServiceStub
    policy: policy_pb2_grpc.PolicyServiceStub

    def __init__(self, channel: grpc.Channel, *, token: Optional[TokenSource] = None) -> None:
        """Wraps a channel you made yourself (the token and error conversion are added)."""
        self._raw_channel = channel
        self.channel: grpc.Channel = grpc.intercept_channel(channel, _Interceptor(token))
        self.routing = routing_pb2_grpc.RoutingServiceStub(self.channel)
        self.access_flows = access_flow_pb2_grpc.AccessFlowServiceStub(self.channel)
        self.request_config = request_config_pb2_grpc.RequestConfigServiceStub(self.channel)
        self.access_requests = access_request_pb2_grpc.AccessRequestServiceStub(self.channel)
        self.directory = directory_pb2_grpc.DirectoryServiceStub(self.channel)
        self.policy = policy_pb2_grpc.PolicyServiceStub(self.channel)

    def watch_events(
        self,
        *,
        cursor: str = "",
        from_beginning: bool = False,
        kinds: Iterable[access_request_pb2.EventKind.ValueType] = (),
        access_request_id: str = "",
        min_backoff: datetime.timedelta = datetime.timedelta(milliseconds=100),
        max_backoff: datetime.timedelta = datetime.timedelta(seconds=10),
        max_attempts: Optional[int] = None,
        on_reconnect: Optional[ReconnectCallback] = None,
    ) -> EventStream:
        """Follows the org's event stream (``WatchEvents``), resuming after dropped connections.

        Starts after ``cursor``, at the org's first event with ``from_beginning``, or
        with events committed after this call when neither is given. Iterating yields
        :class:`jitgate.v1.access_request_pb2.Event` in order, each exactly once: when
        the stream ends with ``UNAVAILABLE`` (the server shutting down, a dropped
        connection) it reconnects from the cursor of the last event yielded, after an
        exponential backoff between ``min_backoff`` and ``max_backoff`` (at least the
        server's ``RetryInfo`` delay). ``max_attempts`` bounds consecutive failed
        reconnects (``None``: retry until closed); other errors are raised. Needs an
        ORG_ADMIN token. See :class:`jitgate.EventStream`.
        """
        return EventStream(
            self.access_requests,
            cursor=cursor,
            from_beginning=from_beginning,
            kinds=kinds,
            access_request_id=access_request_id,
            min_backoff=min_backoff,
            max_backoff=max_backoff,
            max_attempts=max_attempts,
            on_reconnect=on_reconnect,
        )

    def close(self) -> None:
        """Closes the channel; calls in flight are canceled."""
        self._raw_channel.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _CallDetails(
    collections.namedtuple(
        "_CallDetails",
        ("method", "timeout", "metadata", "credentials", "wait_for_ready", "compression"),
    ),
    grpc.ClientCallDetails,
):
    pass


class _Interceptor(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor):
    """Adds the bearer token and turns failures into :class:`JitgateError`."""

    def __init__(self, token: Optional[TokenSource]) -> None:
        self._token = token

    def _details(self, details: grpc.ClientCallDetails) -> grpc.ClientCallDetails:
        token = self._token() if callable(self._token) else self._token
        if not token:
            return details
        metadata = [(k, v) for k, v in (details.metadata or ()) if k != "authorization"]
        metadata.append(("authorization", f"Bearer {token}"))
        return _CallDetails(
            details.method,
            details.timeout,
            metadata,
            details.credentials,
            getattr(details, "wait_for_ready", None),
            getattr(details, "compression", None),
        )

    def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return _UnaryOutcome(continuation(self._details(client_call_details), request))

    def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return _StreamOutcome(continuation(self._details(client_call_details), request))


class _UnaryOutcome(grpc.Call, grpc.Future):  # type: ignore[type-arg]  # generic only in the stubs
    """A unary call's outcome (or future) whose failure is a :class:`JitgateError`."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def result(self, timeout: Optional[float] = None) -> Any:
        try:
            return self._inner.result(timeout)
        except grpc.RpcError as error:
            raise JitgateError.from_rpc_error(error) from None

    def exception(self, timeout: Optional[float] = None) -> Optional[Exception]:
        error = self._inner.exception(timeout)
        if isinstance(error, grpc.RpcError):
            return JitgateError.from_rpc_error(error)
        return error  # type: ignore[no-any-return]

    def traceback(self, timeout: Optional[float] = None) -> Any:
        return self._inner.traceback(timeout)

    def add_done_callback(self, fn: Callable[[Any], None]) -> None:
        self._inner.add_done_callback(lambda _: fn(self))

    def cancel(self) -> bool:
        return bool(self._inner.cancel())

    def cancelled(self) -> bool:
        return bool(self._inner.cancelled())

    def running(self) -> bool:
        return bool(self._inner.running())

    def done(self) -> bool:
        return bool(self._inner.done())

    def initial_metadata(self) -> Any:
        return self._inner.initial_metadata()

    def trailing_metadata(self) -> Any:
        return self._inner.trailing_metadata()

    def code(self) -> Any:
        return self._inner.code()

    def details(self) -> Any:
        return self._inner.details()

    def is_active(self) -> bool:
        return bool(self._inner.is_active())

    def time_remaining(self) -> float:
        # None when the call has no deadline, as grpc's own calls answer.
        return cast(float, self._inner.time_remaining())

    def add_callback(self, callback: Callable[[], None]) -> bool:
        return bool(self._inner.add_callback(callback))


class _StreamOutcome(_UnaryOutcome):
    """A server-streaming call whose iteration raises :class:`JitgateError`."""

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        try:
            return next(self._inner)
        except grpc.RpcError as error:
            raise JitgateError.from_rpc_error(error) from None
