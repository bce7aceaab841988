// Policy as code through the TypeScript client (gRPC and gRPC-Web): plan a
// policy, apply it conditional on the plan's base, see a stale base refused,
// and simulate a stricter policy on a hypothetical request.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Code, createJitgateClients, JitgateError, PolicyAction, PolicyObject } from "@jitgate/client";
import * as web from "@jitgate/client/web";
import { Server } from "./server.js";

let server: Server;
before(async () => {
  server = await Server.start();
});
after(async () => {
  await server.stop();
});

const policy = (duration: number) => ({
  routing: {
    rules: [
      {
        name: "prod",
        requestor: { type: "any" },
        resource: { type: "integration", service: "aws" },
        approval: [{ type: "p0", options: { duration } }],
      },
    ],
  },
});

const transports = [
  ["gRPC", createJitgateClients],
  ["gRPC-Web", web.createJitgateClients],
] as const;

for (const [name, connect] of transports) {
  test(`${name}: plan, apply, a stale base, simulate`, async () => {
    // One org per transport, so the two runs do not see each other.
    const orgId = `policy-${name}`;
    const admin = connect({ baseUrl: server.baseUrl, token: server.adminToken(orgId) });

    const { plan } = await admin.policy.planPolicy({ orgId, policy: policy(7200) });
    assert.deepEqual(
      plan?.changes.map((c) => [c.object, c.action, c.key]),
      [[PolicyObject.ROUTING_RULE, PolicyAction.ADD, "prod"]],
    );
    const applied = await admin.policy.applyPolicy({ orgId, policy: policy(7200), base: plan?.base });
    assert.equal(applied.applied?.configGeneration, (plan?.base?.configGeneration ?? 0n) + 1n);

    // The same base again is stale now: nothing is written.
    try {
      await admin.policy.applyPolicy({ orgId, policy: policy(60), base: plan?.base });
      assert.fail("a stale base applied");
    } catch (e) {
      assert.ok(e instanceof JitgateError);
      assert.equal(e.code, Code.Aborted);
      assert.equal(e.reason, "VERSION_CONFLICT");
    }
    const { plan: again } = await admin.policy.planPolicy({ orgId, policy: policy(7200) });
    assert.deepEqual(again?.changes, []);

    const simulated = await admin.policy.simulateConfigChange({
      orgId,
      policy: policy(3600),
      hypothetical: [
        {
          requesterId: "alice@acme.test",
          accessRequest: {
            resource: { service: "aws", resourceId: "prod" },
            requestedGrantType: "FLOATING",
            requestedFloatingLength: 1,
          },
        },
      ],
    });
    assert.equal(simulated.evaluated, 1);
    assert.deepEqual(
      simulated.changes.map((c) => c.differences),
      [["maximum window 7200s → 3600s"]],
    );
  });
}
