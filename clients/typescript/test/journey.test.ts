// The whole journey through the TypeScript client against a live server:
// routing config, an access flow, the directory, the request config, a dry
// run, filing (and retrying) a request, the manager's approval seen on the
// event stream as GRANT_ACTIVATED, and the revocation. Over gRPC (HTTP/2) on
// SQLite and on PostgreSQL, and over gRPC-Web with CORS on SQLite.

import assert from "node:assert/strict";
import { test } from "node:test";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import {
  AccessRequestFilter,
  createJitgateClients,
  Decision,
  EvaluationOutcome,
  type Event,
  EventKind,
  type JitgateClients,
  RequestState,
} from "@jitgate/client";
import * as web from "@jitgate/client/web";
import { ORG, Server, withPostgresDatabase, within } from "./server.js";

const PATIENCE_MS = 15_000;

type Connect = (token: string) => JitgateClients;

function overGrpc(server: Server): Connect {
  return (token) => createJitgateClients({ baseUrl: server.baseUrl, token });
}

const ORIGIN = "http://localhost:5173";

/** gRPC-Web as a page on ORIGIN sends it; checks the CORS headers of every answer. */
function overGrpcWeb(server: Server, answers: { count: number }): Connect {
  const fetchFromPage: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("origin", ORIGIN);
    const response = await fetch(input, { ...init, headers });
    assert.equal(response.headers.get("access-control-allow-origin"), ORIGIN);
    const exposed = (response.headers.get("access-control-expose-headers") ?? "").split(",").map((h) => h.trim());
    for (const header of ["grpc-status", "grpc-message", "grpc-status-details-bin"]) {
      assert.ok(exposed.includes(header), `${header} is not exposed: ${exposed}`);
    }
    answers.count += 1;
    return response;
  };
  return (token) => web.createJitgateClients({ baseUrl: server.baseUrl, token, transport: { fetch: fetchFromPage } });
}

const prodRule = {
  name: "prod-needs-manager",
  requestor: { type: "any" },
  resource: { type: "integration", service: "aws", filters: { account: { effect: "keep", pattern: "^prod-.*$" } } },
  approval: [
    {
      type: "requestor-profile",
      directory: "okta",
      profileProperty: "manager",
      options: { requireReason: true, duration: 3600 },
    },
  ],
};

const wanted = {
  resource: { service: "aws", resourceType: "role", resourceId: "payments-admin", tags: { account: "prod-payments" } },
  requestJustification: "INC-42: payments are failing",
};

async function nextEvent(events: AsyncIterator<Event>, matches: (e: Event) => boolean): Promise<Event> {
  for (;;) {
    const next = await within(PATIENCE_MS, "the event stream", events.next());
    assert.ok(!next.done, "the event stream ended");
    if (matches(next.value)) return next.value;
  }
}

async function journey(server: Server, connect: Connect): Promise<void> {
  const admin = connect(server.adminToken());
  const alice = connect(server.token("alice@acme.test"));
  const bob = connect(server.token("bob@acme.test"));

  // 1. Routing config: the first save asserts nothing was saved yet, then reads back.
  const saved = await admin.routing.saveRoutingConfig({ orgId: ORG, currentVersion: "", workflow: { rules: [prodRule] } });
  assert.ok(saved.version);
  assert.deepEqual(saved.rules.map((r) => r.name), ["prod-needs-manager"]);
  const { workflow } = await admin.routing.getRoutingConfig({ orgId: ORG });
  assert.equal(workflow?.id, saved.version);
  assert.equal(workflow?.rules[0]?.resource?.filters["account"]?.pattern, "^prod-.*$");
  assert.equal(workflow?.rules[0]?.approval[0]?.options?.duration, 3600);
  assert.ok(workflow?.createdDate);

  // 2. An access flow.
  const flow = (
    await admin.accessFlows.createAccessFlow({
      accessFlow: {
        name: "prod-db-read",
        trigger: { type: "user_request" },
        grantees: [{ type: "group", id: "engineering" }],
        integrationTargets: [
          { integrationId: "postgres-prod", resourceType: "postgresql-database", permissions: ["SELECT"] },
        ],
        approvers: [{ type: "manager" }],
        revokeAfterInSec: 3600,
      },
    })
  ).accessFlow;
  assert.ok(flow?.id && flow.createdDate);
  assert.equal((await admin.accessFlows.getAccessFlow({ id: flow.id })).accessFlow?.name, "prod-db-read");

  // 3. The directory, in one batch: Alice's manager is Bob.
  const batch = await admin.directory.batchUpsert({
    users: [
      { id: "bob@acme.test", displayName: "Bob" },
      { id: "alice@acme.test", displayName: "Alice", managerId: "bob@acme.test", attributes: { department: "sre" } },
    ],
    groups: [{ id: "sre", directory: "okta" }],
    groupMembers: [{ groupId: "sre", userIds: ["alice@acme.test", "bob@acme.test"] }],
    onCallRosters: [{ integration: "pagerduty", service: "payments", userIds: ["bob@acme.test"] }],
    ownerships: [{ service: "aws", ownerIds: ["bob@acme.test"] }],
  });
  assert.deepEqual(
    [batch.users, batch.groups, batch.groupMembers, batch.onCallRosters, batch.ownerships],
    [2, 1, 1, 1, 1],
  );
  const { user } = await admin.directory.getUser({ id: "alice@acme.test" });
  assert.equal(user?.managerId, "bob@acme.test");
  assert.deepEqual(user?.groupIds, ["sre"]);

  // 4. The request config, replaced whole; the fallback approver's name comes from the directory.
  const config = (
    await admin.requestConfig.updateRequestConfig({
      accessRequestConfig: {
        autoApprovalEnabled: true,
        approvalReminderAndEscalationConfig: {
          daysUntilEscalation: 2,
          daysBetweenReminders: 1,
          maxReminders: 3,
          fallbackApproverRef: { type: "IDENTITY", id: "bob@acme.test" },
        },
        entitlementRequestConfig: { grantRequestApprovalSchemes: "manager, workgroup:sre" },
      },
    })
  ).accessRequestConfig;
  assert.equal(config?.approvalReminderAndEscalationConfig?.fallbackApproverRef?.name, "Bob");
  const read = (await admin.requestConfig.getRequestConfig({})).accessRequestConfig;
  assert.equal(read?.approvalReminderAndEscalationConfig?.maxReminders, 3);

  // 5. A dry run: Alice's request would wait for her manager, Bob.
  const { evaluation } = await alice.accessRequests.evaluateAccessRequest({ accessRequest: wanted });
  assert.equal(evaluation?.outcome, EvaluationOutcome.PENDING);
  const path = evaluation?.paths[0];
  assert.equal(path?.policyId, "prod-needs-manager");
  assert.deepEqual(path?.steps[0]?.approvers.map((a) => a.id), ["bob@acme.test"]);
  assert.equal(path?.constraints?.maxDurationSeconds, 3600);

  // The provisioner's view: the org's events from now on.
  const stream = admin.watchEvents({ kinds: [EventKind.GRANT_ACTIVATED, EventKind.GRANT_REVOKED] });
  const events = stream[Symbol.asyncIterator]();
  try {
    // 6. File it with an idempotency key; the retry answers the same request.
    const request = { ...wanted, requestId: "inc-42-alice" };
    const first = (await alice.accessRequests.createAccessRequest({ accessRequest: request })).accessRequest;
    assert.ok(first);
    assert.equal(first.state, RequestState.PENDING_APPROVAL);
    const retried = (await alice.accessRequests.createAccessRequest({ accessRequest: request })).accessRequest;
    assert.equal(retried?.id, first.id);
    const mine = await alice.accessRequests.listAccessRequests({ filter: AccessRequestFilter.MINE });
    assert.equal(mine.count, 1, "the retry filed nothing");

    // 7. It is in Bob's queue; he approves and shortens the window to 30 minutes.
    const queue = await bob.accessRequests.listAccessRequests({ filter: AccessRequestFilter.TO_APPROVE });
    assert.deepEqual(queue.items.map((r) => r.id), [first.id]);
    const decided = (
      await bob.accessRequests.decideAccessRequest({
        id: first.id,
        decision: Decision.APPROVED,
        comment: "go ahead",
        grantEnd: timestampFromDate(new Date(Date.now() + 30 * 60_000)),
      })
    ).accessRequest;
    assert.ok(decided?.state === RequestState.APPROVED || decided?.state === RequestState.ACTIVE);

    // 8. The grant comes into force: GRANT_ACTIVATED on the stream.
    const activated = await nextEvent(events, (e) => e.accessRequestId === first.id);
    assert.equal(activated.kind, EventKind.GRANT_ACTIVATED);
    assert.equal(activated.subjectType, "access_request");
    assert.equal(activated.after?.["state"], "REQUEST_STATE_ACTIVE");

    // 9. Alice gives the access back.
    const revoked = (await alice.accessRequests.revokeAccessRequest({ id: first.id, comment: "fixed" })).accessRequest;
    assert.equal(revoked?.state, RequestState.REVOKED);
    assert.equal(revoked?.targetRoleRevoked, true);
    const gone = await nextEvent(events, (e) => e.accessRequestId === first.id);
    assert.equal(gone.kind, EventKind.GRANT_REVOKED);
    assert.equal(gone.actor, "alice@acme.test");
    assert.equal(gone.comment, "fixed");
    assert.ok(gone.sequence > activated.sequence);
    assert.equal(stream.cursor, gone.cursor);

    // The audit trail has the whole story.
    const audit = await admin.accessRequests.listAuditEvents({ accessRequestId: first.id });
    const kinds = audit.events.map((e) => EventKind[e.kind]);
    assert.equal(kinds[0], "REQUEST_FILED");
    assert.equal(kinds.at(-1), "GRANT_REVOKED");
    assert.ok(kinds.includes("GRANT_ACTIVATED"));
  } finally {
    stream.close();
    await events.return?.();
  }
}

test("the journey over gRPC on SQLite", async () => {
  const server = await Server.start();
  try {
    await journey(server, overGrpc(server));
  } finally {
    await server.stop();
  }
});

test("the journey over gRPC on PostgreSQL", { skip: process.env.JITGATE_TEST_SKIP_POSTGRES === "1" }, async () => {
  await withPostgresDatabase(async (databaseUrl) => {
    const server = await Server.start({ databaseUrl });
    try {
      await journey(server, overGrpc(server));
    } finally {
      await server.stop();
    }
  });
});

test("the journey over gRPC-Web, as a page on an allowed origin", async () => {
  const server = await Server.start({ args: ["--cors-allowed-origin", ORIGIN] });
  try {
    // The browser's preflight for a gRPC-Web call with a bearer token.
    const preflight = await fetch(`${server.baseUrl}/jitgate.v1.RoutingService/GetRoutingConfig`, {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type,x-grpc-web,x-user-agent",
      },
    });
    assert.ok(preflight.ok, `preflight: ${preflight.status}`);
    assert.equal(preflight.headers.get("access-control-allow-origin"), ORIGIN);
    const allowed = (preflight.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(",");
    for (const header of ["authorization", "content-type", "x-grpc-web", "x-user-agent"]) {
      assert.ok(allowed.includes(header), `${header} is not allowed: ${allowed}`);
    }
    const answers = { count: 0 };
    await journey(server, overGrpcWeb(server, answers));
    assert.ok(answers.count > 15, `only ${answers.count} gRPC-Web calls`);
  } finally {
    await server.stop();
  }
});
