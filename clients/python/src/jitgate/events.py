"""A ``WatchEvents`` iterator that resumes from its last cursor after a dropped connection."""

from __future__ import annotations

import datetime
import logging
import random
import threading
from typing import Any, Callable, Iterable, Iterator, List, Optional

import grpc

from .errors import JitgateError
from .v1 import access_request_pb2, access_request_pb2_grpc

__all__ = ["EventStream", "ReconnectCallback"]

_log = logging.getLogger("jitgate")

#: Called before each reconnect with the error that ended the stream, the number of
#: consecutive failures so far (1 for the first) and the delay before the next attempt.
ReconnectCallback = Callable[[JitgateError, int, datetime.timedelta], None]

# The codes after which reconnecting can help: the server went away (it ends open
# watches with UNAVAILABLE at shutdown), or the connection broke.
_RETRYABLE = frozenset({grpc.StatusCode.UNAVAILABLE})


class EventStream(Iterator[access_request_pb2.Event]):
    """Iterates over an org's events in commit order, each exactly once, across reconnects.

    Made by :meth:`jitgate.Client.watch_events`. The stream is opened at once: a watch
    "from now" starts with the events committed after that call (the iterator reads the
    org's latest cursor with ``ListAuditEvents`` first, so a reconnect before the first
    event loses nothing either).

    When the server ends the stream with ``UNAVAILABLE`` (as it does for every open
    watch when it shuts down) or the connection drops, the iterator waits (exponential
    backoff with jitter, at least the server's ``RetryInfo`` delay, at most
    ``max_backoff``) and reopens the watch after :attr:`cursor`, the cursor of the last
    event it yielded, with the same filters. Events at or below the last yielded
    ``sequence`` are skipped, so none is yielded twice. Any other error (a bad cursor,
    a missing ORG_ADMIN role) is raised as a :class:`jitgate.JitgateError`, as is the
    last ``UNAVAILABLE`` once ``max_attempts`` consecutive attempts failed.

    :meth:`close` (safe from another thread) cancels the open call and ends the
    iteration; the stream is also a context manager.
    """

    def __init__(
        self,
        stub: access_request_pb2_grpc.AccessRequestServiceStub,
        *,
        cursor: str = "",
        from_beginning: bool = False,
        kinds: Iterable[access_request_pb2.EventKind.ValueType] = (),
        access_request_id: str = "",
        min_backoff: datetime.timedelta = datetime.timedelta(milliseconds=100),
        max_backoff: datetime.timedelta = datetime.timedelta(seconds=10),
        max_attempts: Optional[int] = None,
        on_reconnect: Optional[ReconnectCallback] = None,
    ) -> None:
        if cursor and from_beginning:
            raise ValueError("give either cursor or from_beginning, not both")
        if max_attempts is not None and max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self._stub = stub
        self._kinds: List[access_request_pb2.EventKind.ValueType] = list(kinds)
        self._access_request_id = access_request_id
        self._min_backoff = min_backoff.total_seconds()
        self._max_backoff = max(max_backoff.total_seconds(), self._min_backoff)
        self._max_attempts = max_attempts
        self._on_reconnect = on_reconnect
        self._closed = threading.Event()
        self._lock = threading.RLock()
        self._call: Optional[Any] = None
        self._failures = 0
        self._last_sequence = 0
        self._from_beginning = from_beginning
        #: The cursor of the last event yielded (or the one the stream started after):
        #: pass it to a later ``watch_events(cursor=...)`` to continue where this left off.
        self.cursor = cursor
        if not cursor and not from_beginning:
            self._anchor_now()
        self._open()

    def _anchor_now(self) -> None:
        # "From now" becomes an explicit position: the org's latest event. Reconnecting
        # from it loses nothing, where a second "from now" would skip whatever was
        # committed while disconnected. An org without events starts at the beginning.
        page = self._stub.ListAuditEvents(access_request_pb2.ListAuditEventsRequest(limit=1, newest_first=True))
        if page.events:
            self.cursor = page.events[0].cursor
            self._last_sequence = page.events[0].sequence
        else:
            self._from_beginning = True

    def _request(self) -> access_request_pb2.WatchEventsRequest:
        return access_request_pb2.WatchEventsRequest(
            cursor=self.cursor,
            from_beginning=self._from_beginning and not self.cursor,
            kinds=self._kinds,
            access_request_id=self._access_request_id,
        )

    def _open(self) -> None:
        with self._lock:
            if not self._closed.is_set():
                self._call = self._stub.WatchEvents(self._request())

    def __iter__(self) -> EventStream:
        return self

    def __next__(self) -> access_request_pb2.Event:
        while True:
            call = self._call
            if self._closed.is_set() or call is None:
                raise StopIteration
            try:
                response = next(call)
            except StopIteration:
                # The server never ends a watch by itself; treat it as a drop.
                self._retry(None)
                continue
            except grpc.RpcError as raw:
                error = JitgateError.from_rpc_error(raw)
                if self._closed.is_set():
                    raise StopIteration from None
                if error.code() not in _RETRYABLE:
                    raise error from None
                self._retry(error)
                continue
            event: access_request_pb2.Event = response.event
            self._failures = 0
            if event.sequence <= self._last_sequence:
                continue  # already yielded: never twice
            self._last_sequence = event.sequence
            self.cursor = event.cursor
            return event

    def _retry(self, error: Optional[JitgateError]) -> None:
        self._failures += 1
        if error is None:
            error = JitgateError(grpc.StatusCode.UNAVAILABLE, "the event stream ended")
        if self._max_attempts is not None and self._failures > self._max_attempts:
            raise error
        delay = min(self._max_backoff, self._min_backoff * (2 ** (self._failures - 1)))
        delay *= random.uniform(0.5, 1.0)
        if error.retry_delay is not None:
            delay = max(delay, min(error.retry_delay.total_seconds(), self._max_backoff))
        wait = datetime.timedelta(seconds=delay)
        if self._on_reconnect is not None:
            self._on_reconnect(error, self._failures, wait)
        else:
            _log.warning("jitgate event stream: %s; reconnecting after %s in %.2fs", error, self.cursor, delay)
        with self._lock:
            self._call = None
        if self._closed.wait(delay):
            return
        self._open()

    def close(self) -> None:
        """Cancels the open watch and ends the iteration (thread-safe, idempotent)."""
        self._closed.set()
        with self._lock:
            call, self._call = self._call, None
        if call is not None:
            call.cancel()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
