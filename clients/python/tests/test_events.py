"""The resuming WatchEvents iterator: across a server restart, from now, filters,
refusals, close(); and its dedup and backoff against a scripted stub, offline."""

from __future__ import annotations

import datetime
import threading
import time
from typing import Any, Dict, Iterator, List, Sequence, Tuple

import grpc
import pytest
from jitgate_server import ORG, Server

import jitgate
from jitgate.v1 import access_request_pb2 as ar
from jitgate.v1 import routing_pb2

FAST: Dict[str, Any] = {
    "min_backoff": datetime.timedelta(milliseconds=20),
    "max_backoff": datetime.timedelta(milliseconds=500),
}


def create_rule(client: jitgate.Client, name: str) -> None:
    # wait_for_ready: right after a restart the channel (its subchannel is shared
    # with the watch's, which saw the refused connections) may still be backing off.
    client.routing.CreateRoutingRule(
        routing_pb2.CreateRoutingRuleRequest(
            org_id=ORG,
            name=name,
            rule=routing_pb2.RoutingRule(
                requestor=routing_pb2.Requestor(type="any"),
                resource=routing_pb2.Resource(type="any"),
                approval=[routing_pb2.Approval(type="p0")],
            ),
        ),
        wait_for_ready=True,
        timeout=20,
    )


def take(stream: jitgate.EventStream, n: int, timeout: float = 20.0) -> List[ar.Event]:
    timer = threading.Timer(timeout, stream.close)
    timer.start()
    try:
        events = [event for _, event in zip(range(n), stream)]
    finally:
        timer.cancel()
    assert len(events) == n, f"only {len(events)} of {n} events within {timeout}s"
    return events


def test_the_iterator_resumes_across_a_server_restart(server: Server) -> None:
    token = server.admin_token()
    reconnects: List[Tuple[grpc.StatusCode, int]] = []
    with server.client(token) as admin:
        for name in ("one", "two", "three"):
            create_rule(admin, name)
        stream = admin.watch_events(
            from_beginning=True, on_reconnect=lambda e, n, _: reconnects.append((e.code(), n)), **FAST
        )
        assert [e.sequence for e in take(stream, 3)] == [1, 2, 3]
        # The consumer waits on the stream during a rolling restart: the server ends
        # the open watch with UNAVAILABLE and stays away long enough for reconnects
        # to be refused.
        resumed: List[ar.Event] = []
        consumer = threading.Thread(target=lambda: resumed.extend(take(stream, 2)))
        consumer.start()
        server.stop()
        time.sleep(1.2)
        server.restart()
        with server.client(token) as writer:
            create_rule(writer, "four")
            create_rule(writer, "five")
        consumer.join(timeout=30)
        assert [e.sequence for e in resumed] == [4, 5]
        assert stream.cursor == resumed[-1].cursor
        assert reconnects[0] == (grpc.StatusCode.UNAVAILABLE, 1)
        assert len(reconnects) > 1, reconnects
        stream.close()
        assert list(stream) == []


def test_from_now_starts_at_the_call_and_filters_apply(server: Server) -> None:
    with server.client(server.admin_token()) as admin:
        create_rule(admin, "before")
        with admin.watch_events(kinds=[ar.EVENT_KIND_CONFIG_CHANGED]) as stream:
            # Written after the call but before the first next(): still delivered.
            create_rule(admin, "after")
            (event,) = take(stream, 1)
            assert event.kind == ar.EVENT_KIND_CONFIG_CHANGED and event.sequence == 2
            assert event.actor == "admin@acme.test" and event.tracking_id
        # Resuming from a cursor in a new watch continues after it.
        create_rule(admin, "later")
        with admin.watch_events(cursor=event.cursor) as again:
            assert [e.sequence for e in take(again, 1)] == [3]


def test_an_org_without_events_watches_from_its_first(server: Server) -> None:
    with server.client(server.admin_token()) as admin:
        with admin.watch_events() as stream:
            create_rule(admin, "first")
            assert [e.sequence for e in take(stream, 1)] == [1]


def test_refusals_are_raised_not_retried(server: Server) -> None:
    with server.client(server.token("alice@acme.test")) as alice:
        # ORG_ADMIN only: "from now" asks at once (it reads the latest cursor)...
        with pytest.raises(jitgate.PermissionDenied):
            alice.watch_events()
        # ...a watch from a position on its first event.
        with pytest.raises(jitgate.PermissionDenied):
            next(alice.watch_events(from_beginning=True))
    with server.client(server.admin_token()) as admin:
        stream = admin.watch_events(cursor="bm90LWEtY3Vyc29y")
        with pytest.raises(jitgate.InvalidArgument) as caught:
            next(stream)
        assert [v.field for v in caught.value.field_violations] == ["cursor"]


def test_close_from_another_thread_ends_a_blocked_iteration(server: Server) -> None:
    with server.client(server.admin_token()) as admin:
        stream = admin.watch_events(from_beginning=True)
        threading.Timer(0.3, stream.close).start()
        assert list(stream) == []


# Offline: a scripted stub that drops the stream and replays events.


class Dropped(grpc.RpcError):
    def __init__(self, code: grpc.StatusCode = grpc.StatusCode.UNAVAILABLE) -> None:
        self._code = code

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return "the server is shutting down"

    def trailing_metadata(self) -> Tuple[Any, ...]:
        return ()


class FakeCall:
    def __init__(self, script: Sequence[Any]) -> None:
        self._script = iter(script)

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        item = next(self._script)
        if isinstance(item, BaseException):
            raise item
        return ar.WatchEventsResponse(event=item)

    def cancel(self) -> bool:
        return True


def event(sequence: int) -> ar.Event:
    return ar.Event(sequence=sequence, cursor=f"c{sequence}", kind=ar.EVENT_KIND_CONFIG_CHANGED)


class FakeStub:
    def __init__(self, calls: Sequence[Sequence[Any]], latest: Sequence[ar.Event] = ()) -> None:
        self.requests: List[ar.WatchEventsRequest] = []
        self._calls = iter(calls)
        self._latest = latest
        self.stream: jitgate.EventStream | None = None

    def ListAuditEvents(self, request: ar.ListAuditEventsRequest) -> ar.ListAuditEventsResponse:
        assert request.newest_first and request.limit == 1
        return ar.ListAuditEventsResponse(events=self._latest)

    def WatchEvents(self, request: ar.WatchEventsRequest) -> FakeCall:
        script = next(self._calls, None)
        if script is None:  # the scripted calls are over: end the iteration
            assert self.stream is not None
            self.stream.close()
            return FakeCall([])
        self.requests.append(request)
        return FakeCall(script)


def stream_over(stub: FakeStub, **kwargs: Any) -> jitgate.EventStream:
    stream = jitgate.EventStream(stub, on_reconnect=lambda *_: None, **FAST, **kwargs)  # type: ignore[arg-type]
    stub.stream = stream
    return stream


def test_replayed_events_are_never_yielded_twice() -> None:
    stub = FakeStub(
        [
            [event(1), event(2), Dropped()],
            [event(2), event(3), Dropped()],  # a server that repeats one
            [Dropped()],
            [event(3), event(4)],
        ]
    )
    stream = stream_over(stub, from_beginning=True, kinds=[ar.EVENT_KIND_CONFIG_CHANGED])
    assert [e.sequence for e in stream] == [1, 2, 3, 4]
    assert [(r.cursor, r.from_beginning) for r in stub.requests] == [("", True), ("c2", False), ("c3", False), ("c3", False)]
    assert all(list(r.kinds) == [ar.EVENT_KIND_CONFIG_CHANGED] for r in stub.requests)


def test_from_now_anchors_at_the_latest_event() -> None:
    stub = FakeStub([[Dropped()], [event(8)]], latest=[event(7)])
    stream = stream_over(stub)
    assert stream.cursor == "c7"
    assert [e.sequence for e in stream] == [8]
    assert [r.cursor for r in stub.requests] == ["c7", "c7"]


def test_max_attempts_gives_up_with_the_last_error() -> None:
    stub = FakeStub([[event(1), Dropped()], [Dropped()], [Dropped()]])
    stream = stream_over(stub, from_beginning=True, max_attempts=2)
    assert next(stream).sequence == 1
    with pytest.raises(jitgate.Unavailable):
        next(stream)
    assert len(stub.requests) == 3


def test_other_errors_end_the_iteration() -> None:
    stub = FakeStub([[event(1), Dropped(grpc.StatusCode.PERMISSION_DENIED)]])
    stream = stream_over(stub, from_beginning=True)
    assert next(stream).sequence == 1
    with pytest.raises(jitgate.PermissionDenied):
        next(stream)


def test_cursor_and_from_beginning_exclude_each_other() -> None:
    with pytest.raises(ValueError):
        stream_over(FakeStub([]), cursor="c1", from_beginning=True)
