import { createJitgateClients, JitgateError, ConnectError, Code } from "@jitgate/client";
import * as web from "@jitgate/client/web";
for (const [name, mk] of [["grpc", createJitgateClients], ["web", web.createJitgateClients]]) {
  const c = mk({ baseUrl: "http://127.0.0.1:34931", token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbkBhY21lLnRlc3QiLCJvcmciOiJhY21lIiwicm9sZXMiOlsiT1JHX0FETUlOIl0sImdyb3VwcyI6W10sImlzcyI6ImppdGdhdGUiLCJhdWQiOiJqaXRnYXRlIiwiZXhwIjoxNzk2MTA0MjA3LCJpYXQiOjE3OTYwNzU0MDd9.vMNhCOmev_BRxardysawkKXZVhutVovSToRE2u1zWhI" });
  const r = await c.routing.getRoutingConfig({ orgId: "acme" });
  console.log(name, r.workflow?.id);
  try {
    await c.routing.saveRoutingConfig({ orgId: "acme", currentVersion: "nope", workflow: { rules: [{ name: "", requestor: { type: "bogus" }, resource: {type: "any"}, approval: [] }] } });
  } catch (e) {
    console.log(name, e instanceof JitgateError, e instanceof ConnectError, e.code, Code[e.code], e.reason, e.requestId, e.fieldViolations, e.message);
  }
  try { await mk({ baseUrl: "http://127.0.0.1:34931" }).routing.getRoutingConfig({ orgId: "acme" }); } catch (e) { console.log(name, e.constructor.name, e instanceof JitgateError, Code[e.code], e.reason, e.requestId); }
  const s = c.watchEvents({ fromBeginning: true });
  let n = 0; for await (const ev of s) { console.log(name, ev.sequence, ev.kind, ev.cursor); if (++n >= 2) break; }
}
