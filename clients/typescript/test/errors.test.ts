// Failures come back as JitgateError with every google.rpc detail decoded: a
// stale currentVersion, invalid input, a missing token, another org's ids, a
// cooldown with RetryInfo (over gRPC and gRPC-Web); and the decoding itself,
// offline.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { create } from "@bufbuild/protobuf";
import { anyPack, DurationSchema } from "@bufbuild/protobuf/wkt";
import {
  Code,
  ConnectError,
  createJitgateClients,
  ERROR_DOMAIN,
  ErrorReason,
  JitgateError,
  RequestState,
} from "@jitgate/client";
import * as web from "@jitgate/client/web";
import {
  BadRequestSchema,
  ErrorInfoSchema,
  RequestInfoSchema,
  RetryInfoSchema,
} from "@jitgate/client/gen/google/rpc/error_details_pb";
import { ORG, Server } from "./server.js";

let server: Server;
before(async () => {
  server = await Server.start();
});
after(async () => {
  await server.stop();
});

const anyRule = (name: string) => ({
  name,
  requestor: { type: "any" },
  resource: { type: "any" },
  approval: [{ type: "p0" }],
});

/** The error `call` fails with; fails the test if it succeeds. */
async function failure(call: Promise<unknown>): Promise<JitgateError> {
  try {
    await call;
  } catch (e) {
    assert.ok(e instanceof JitgateError, `not a JitgateError: ${e}`);
    assert.ok(e instanceof ConnectError, "a JitgateError is a ConnectError");
    return e;
  }
  assert.fail("the call succeeded");
}

const transports = [
  ["gRPC", createJitgateClients],
  ["gRPC-Web", web.createJitgateClients],
] as const;

for (const [name, connect] of transports) {
  test(`${name}: a stale currentVersion is ABORTED and writes nothing`, async () => {
    const admin = connect({ baseUrl: server.baseUrl, token: server.adminToken(name) });
    const org = name;
    const first = await admin.routing.saveRoutingConfig({ orgId: org, workflow: { rules: [anyRule("one")] } });
    await admin.routing.saveRoutingConfig({ orgId: org, currentVersion: first.version, workflow: { rules: [anyRule("two")] } });
    const error = await failure(
      admin.routing.saveRoutingConfig({ orgId: org, currentVersion: first.version, workflow: { rules: [anyRule("three")] } }),
    );
    assert.equal(error.code, Code.Aborted);
    assert.equal(error.reason, "VERSION_CONFLICT");
    assert.equal(error.reason, ErrorReason[ErrorReason.VERSION_CONFLICT], "a value of the generated enum");
    assert.equal(error.domain, ERROR_DOMAIN);
    assert.match(error.requestId, /^[0-9a-f-]{36}$/);
    assert.deepEqual(error.fieldViolations, []);
    assert.equal(error.retryDelayMs, undefined);
    const { workflow } = await admin.routing.getRoutingConfig({ orgId: org });
    assert.deepEqual(workflow?.rules.map((r) => r.name), ["two"]);
  });

  test(`${name}: invalid input decodes every field violation`, async () => {
    const admin = connect({ baseUrl: server.baseUrl, token: server.adminToken() });
    const error = await failure(
      admin.routing.saveRoutingConfig({
        orgId: ORG,
        workflow: {
          rules: [
            { name: "", requestor: { type: "bogus" }, resource: { type: "integration" }, approval: [{ type: "nope" }] },
            { ...anyRule("x"), approval: [{ type: "p0", options: { duration: -1 } }] },
          ],
        },
      }),
    );
    assert.equal(error.code, Code.InvalidArgument);
    assert.deepEqual(error.fieldViolations, [
      { field: "workflow.rules[0].name", description: "must not be empty" },
      { field: "workflow.rules[0].requestor.type", description: "must be one of: any, user, group" },
      { field: "workflow.rules[0].resource.service", description: "is required" },
      {
        field: "workflow.rules[0].approval[0].type",
        description: "must be one of: auto, deny, escalation, group, persistent, requestor-profile, p0",
      },
      { field: "workflow.rules[1].approval[0].options.duration", description: "must be zero or more seconds, got -1" },
    ]);
    assert.equal(error.reason, "INVALID_ARGUMENT");
    for (const v of error.fieldViolations) assert.ok(error.rawMessage.includes(`${v.field}: ${v.description}`));
  });

  test(`${name}: a missing token is UNAUTHENTICATED`, async () => {
    const anonymous = connect({ baseUrl: server.baseUrl });
    const error = await failure(anonymous.routing.getRoutingConfig({ orgId: ORG }));
    assert.equal(error.code, Code.Unauthenticated);
    assert.equal(error.reason, "UNAUTHENTICATED");
    assert.ok(error.requestId);
  });

  test(`${name}: another org's ids are refused or invisible`, async () => {
    const globex = connect({ baseUrl: server.baseUrl, token: server.adminToken("globex") });
    await globex.routing.saveRoutingConfig({ orgId: "globex", workflow: { rules: [anyRule("theirs")] } });
    const theirs = (
      await globex.accessRequests.createAccessRequest({
        accessRequest: { resource: { service: "k8s", resourceId: "staging" }, requestedGrantType: "PERMANENT" },
      })
    ).accessRequest;
    assert.ok(theirs);
    const acme = connect({ baseUrl: server.baseUrl, token: server.adminToken() });
    const denied = await failure(acme.routing.getRoutingConfig({ orgId: "globex" }));
    assert.equal(denied.code, Code.PermissionDenied);
    assert.equal(denied.reason, "PERMISSION_DENIED");
    const missing = await failure(acme.accessRequests.getAccessRequest({ id: theirs.id }));
    assert.equal(missing.code, Code.NotFound);
    assert.equal(missing.reason, "NOT_FOUND");
  });
}

test("a cooldown carries its retry delay", async () => {
  const org = "cooling";
  const admin = createJitgateClients({ baseUrl: server.baseUrl, token: server.adminToken(org) });
  await admin.routing.saveRoutingConfig({
    orgId: org,
    workflow: {
      rules: [
        {
          name: "cool",
          requestor: { type: "any" },
          resource: { type: "integration", service: "gcp" },
          approval: [{ type: "persistent", options: { cooldown: 3600 } }],
        },
      ],
    },
  });
  const alice = createJitgateClients({ baseUrl: server.baseUrl, token: server.token("alice@cooling.test", { org }) });
  const request = { accessRequest: { resource: { service: "gcp", resourceId: "project-1" }, requestedGrantType: "PERMANENT" } };
  const granted = (await alice.accessRequests.createAccessRequest(request)).accessRequest;
  assert.equal(granted?.state, RequestState.ACTIVE);
  const error = await failure(alice.accessRequests.createAccessRequest(request));
  assert.equal(error.code, Code.FailedPrecondition);
  assert.ok(error.retryDelayMs !== undefined && error.retryDelayMs > 59 * 60_000 && error.retryDelayMs <= 3_600_000);
});

test("a token function is called for every call", async () => {
  let calls = 0;
  const clients = createJitgateClients({
    baseUrl: server.baseUrl,
    token: async () => {
      calls += 1;
      return server.adminToken();
    },
  });
  await clients.routing.getRoutingConfig({ orgId: ORG });
  await clients.routing.getRoutingConfig({ orgId: ORG });
  assert.equal(calls, 2);
});

test("offline: every detail is decoded, and undecodable ones are ignored", () => {
  const raw = new ConnectError("slow down", Code.ResourceExhausted);
  const packed = [
    anyPack(ErrorInfoSchema, create(ErrorInfoSchema, { reason: "RATE_LIMITED", domain: ERROR_DOMAIN, metadata: { limit: "10" } })),
    anyPack(RequestInfoSchema, create(RequestInfoSchema, { requestId: "req-1" })),
    anyPack(RetryInfoSchema, create(RetryInfoSchema, { retryDelay: create(DurationSchema, { seconds: 2n, nanos: 500_000_000 }) })),
    anyPack(BadRequestSchema, create(BadRequestSchema, { fieldViolations: [{ field: "a", description: "b" }] })),
  ];
  // As Connect stores the details it read from grpc-status-details-bin, plus a broken one.
  raw.details = [
    ...packed.map((a) => ({ type: a.typeUrl.slice(a.typeUrl.lastIndexOf("/") + 1), value: a.value })),
    { type: "google.rpc.ErrorInfo", value: new Uint8Array([0xff, 0xff]) },
  ];
  const error = JitgateError.from(raw);
  assert.equal(error.code, Code.ResourceExhausted);
  assert.equal(error.rawMessage, "slow down");
  assert.equal(error.reason, "RATE_LIMITED");
  assert.deepEqual(error.errorMetadata, { limit: "10" });
  assert.equal(error.requestId, "req-1");
  assert.equal(error.retryDelayMs, 2500);
  assert.deepEqual(error.fieldViolations, [{ field: "a", description: "b" }]);
  assert.equal(JitgateError.from(error), error);
  assert.ok(error instanceof JitgateError && error instanceof ConnectError && error instanceof Error);
  assert.equal(ConnectError.from(error), error, "Connect passes it through unchanged");
  assert.ok(!(raw instanceof JitgateError));

  const bare = JitgateError.from(new Error("socket hang up"), Code.Unavailable);
  assert.equal(bare.code, Code.Unavailable);
  assert.deepEqual([bare.reason, bare.requestId, bare.fieldViolations, bare.retryDelayMs], ["", "", [], undefined]);
});
