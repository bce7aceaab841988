// The resuming WatchEvents iterator: across a server restart (gRPC and
// gRPC-Web), from now, refusals, close(); and its dedup and give-up rules
// against a scripted client, offline.

import assert from "node:assert/strict";
import { test } from "node:test";
import { create } from "@bufbuild/protobuf";
import type { Client } from "@connectrpc/connect";
import {
  type AccessRequestService,
  Code,
  ConnectError,
  createJitgateClients,
  type Event,
  EventKind,
  EventSchema,
  type JitgateClients,
  JitgateError,
  type ListAuditEventsRequest,
  type WatchEventsRequest,
  watchEvents,
} from "@jitgate/client";
import * as web from "@jitgate/client/web";
import { ORG, Server, within } from "./server.js";

const FAST = { minBackoffMs: 20, maxBackoffMs: 500 };

async function createRule(clients: JitgateClients, name: string): Promise<void> {
  await clients.routing.createRoutingRule({
    orgId: ORG,
    name,
    rule: { requestor: { type: "any" }, resource: { type: "any" }, approval: [{ type: "p0" }] },
  });
}

async function take(events: AsyncIterator<Event>, n: number): Promise<Event[]> {
  const taken: Event[] = [];
  while (taken.length < n) {
    const next = await within(20_000, `event ${taken.length + 1} of ${n}`, events.next());
    assert.ok(!next.done, "the stream ended");
    taken.push(next.value);
  }
  return taken;
}

for (const [name, connect] of [
  ["gRPC", createJitgateClients],
  ["gRPC-Web", web.createJitgateClients],
] as const) {
  test(`${name}: the iterator resumes across a server restart`, async () => {
    const server = await Server.start();
    try {
      const token = server.adminToken();
      const admin = connect({ baseUrl: server.baseUrl, token });
      for (const rule of ["one", "two", "three"]) await createRule(admin, rule);
      const reconnects: [Code, number][] = [];
      const stream = admin.watchEvents({
        fromBeginning: true,
        ...FAST,
        onReconnect: (error, attempt) => reconnects.push([error.code, attempt]),
      });
      const events = stream[Symbol.asyncIterator]();
      assert.deepEqual((await take(events, 3)).map((e) => e.sequence), [1n, 2n, 3n]);
      // The consumer waits on the stream during a rolling restart: the server
      // ends the open watch with UNAVAILABLE and stays away long enough for
      // reconnects to be refused.
      const pending = take(events, 2);
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await server.restart();
      const writer = connect({ baseUrl: server.baseUrl, token });
      await createRule(writer, "four");
      await createRule(writer, "five");
      const resumed = await pending;
      assert.deepEqual(resumed.map((e) => e.sequence), [4n, 5n]);
      assert.equal(stream.cursor, resumed[1]?.cursor);
      assert.deepEqual(reconnects[0], [Code.Unavailable, 1]);
      assert.ok(reconnects.length > 1, `reconnects: ${JSON.stringify(reconnects)}`);
      stream.close();
      assert.equal((await events.next()).done, true);
    } finally {
      await server.stop();
    }
  });
}

test("from now starts at the call; filters apply; a cursor continues", async () => {
  const server = await Server.start();
  try {
    const admin = createJitgateClients({ baseUrl: server.baseUrl, token: server.adminToken() });
    await createRule(admin, "before");
    const stream = admin.watchEvents({ kinds: [EventKind.CONFIG_CHANGED] });
    await createRule(admin, "after"); // before the first next(): still delivered
    const events = stream[Symbol.asyncIterator]();
    const [event] = await take(events, 1);
    assert.equal(event?.sequence, 2n);
    assert.equal(event?.actor, "admin@acme.test");
    stream.close();
    await createRule(admin, "later");
    const again = admin.watchEvents({ cursor: event?.cursor ?? "" })[Symbol.asyncIterator]();
    assert.deepEqual((await take(again, 1)).map((e) => e.sequence), [3n]);
    await again.return?.();
  } finally {
    await server.stop();
  }
});

test("refusals are thrown, not retried; an AbortSignal ends the iteration", async () => {
  const server = await Server.start();
  try {
    const alice = createJitgateClients({ baseUrl: server.baseUrl, token: server.token("alice@acme.test") });
    await assert.rejects(
      async () => {
        for await (const _ of alice.watchEvents()) break;
      },
      (e) => e instanceof JitgateError && e.code === Code.PermissionDenied,
    );
    const admin = createJitgateClients({ baseUrl: server.baseUrl, token: server.adminToken() });
    await assert.rejects(
      async () => {
        for await (const _ of admin.watchEvents({ cursor: "bm90LWEtY3Vyc29y" })) break;
      },
      (e) => e instanceof JitgateError && e.code === Code.InvalidArgument && e.fieldViolations[0]?.field === "cursor",
    );
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 300);
    const seen: Event[] = [];
    for await (const event of admin.watchEvents({ fromBeginning: true, signal: abort.signal })) seen.push(event);
    assert.deepEqual(seen, []);
  } finally {
    await server.stop();
  }
});

// Offline: a scripted client that drops the stream and replays events.

type Step = Event | ConnectError;

function event(sequence: number): Event {
  return create(EventSchema, { sequence: BigInt(sequence), cursor: `c${sequence}`, kind: EventKind.CONFIG_CHANGED });
}

const dropped = () => new ConnectError("the server is shutting down", Code.Unavailable);

function scripted(calls: Step[][], latest: Event[] = []) {
  const requests: WatchEventsRequest[] = [];
  const client = {
    async listAuditEvents(request: ListAuditEventsRequest) {
      assert.ok(request.newestFirst && request.limit === 1);
      return { events: latest };
    },
    async *watchEvents(request: WatchEventsRequest, options: { signal?: AbortSignal }) {
      const script = calls.shift();
      if (script === undefined) {
        // The scripted calls are over: wait for close().
        await new Promise((resolve) => options.signal?.addEventListener("abort", resolve));
        throw new ConnectError("canceled", Code.Canceled);
      }
      requests.push(request);
      for (const step of script) {
        if (step instanceof ConnectError) throw step;
        yield { event: step };
      }
    },
  } as unknown as Client<typeof AccessRequestService>;
  return { client, requests };
}

async function collect(stream: AsyncIterable<Event> & { close(): void }, n: number): Promise<bigint[]> {
  const sequences: bigint[] = [];
  for await (const e of stream) {
    sequences.push(e.sequence);
    if (sequences.length === n) stream.close();
  }
  return sequences;
}

test("offline: replayed events are never yielded twice", async () => {
  const { client, requests } = scripted([
    [event(1), event(2), dropped()],
    [event(2), event(3), dropped()], // a server that repeats one
    [dropped()],
    [event(3), event(4)],
  ]);
  const stream = watchEvents(client, { fromBeginning: true, kinds: [EventKind.CONFIG_CHANGED], ...FAST, onReconnect: () => {} });
  assert.deepEqual(await collect(stream, 4), [1n, 2n, 3n, 4n]);
  assert.deepEqual(
    requests.map((r) => [r.cursor, r.fromBeginning]),
    [["", true], ["c2", false], ["c3", false], ["c3", false]],
  );
  assert.ok(requests.every((r) => r.kinds.length === 1 && r.kinds[0] === EventKind.CONFIG_CHANGED));
});

test("offline: from now anchors at the latest event", async () => {
  const { client, requests } = scripted([[dropped()], [event(8)]], [event(7)]);
  const stream = watchEvents(client, { ...FAST, onReconnect: () => {} });
  assert.deepEqual(await collect(stream, 1), [8n]);
  assert.deepEqual(requests.map((r) => r.cursor), ["c7", "c7"]);
});

test("offline: maxAttempts gives up with the last error; other errors end it at once", async () => {
  const gaveUp = scripted([[event(1), dropped()], [dropped()], [dropped()]]);
  const stream = watchEvents(gaveUp.client, { fromBeginning: true, maxAttempts: 2, ...FAST, onReconnect: () => {} });
  const seen: bigint[] = [];
  await assert.rejects(
    async () => {
      for await (const e of stream) seen.push(e.sequence);
    },
    (e) => e instanceof JitgateError && e.code === Code.Unavailable,
  );
  assert.deepEqual(seen, [1n]);
  assert.equal(gaveUp.requests.length, 3);

  const refused = scripted([[event(1), new ConnectError("no", Code.PermissionDenied)]]);
  await assert.rejects(
    async () => {
      for await (const _ of watchEvents(refused.client, { fromBeginning: true, ...FAST })) continue;
    },
    (e) => e instanceof JitgateError && e.code === Code.PermissionDenied,
  );
  assert.throws(() => watchEvents(refused.client, { cursor: "c1", fromBeginning: true }), TypeError);
});
