// Round trip of the access-request config through npm `sailpoint-api-client`.
//
// The package holds one axios client per SailPoint API version (v3, beta,
// v2024; no v2025 in 1.4.x), each appending its version to the configured
// base URL: GET/PUT {JITGATE_URL}/v3/access-request-config and so on. Its
// models are TypeScript interfaces only: nothing is validated at run time,
// bodies are sent with JSON.stringify (undefined keys dropped, null kept)
// and responses handed back as parsed. So besides the round trip this script
// checks every response against the types the package's own .d.ts declares
// for AccessRequestConfig and its nested interfaces (the contract a
// TypeScript caller codes against). Unknown keys are allowed, as in TS.
//
// Same steps as roundtrip_common.py, same patches (cases.json):
//   JITGATE_URL=http://127.0.0.1:PORT JITGATE_TOKEN=... node sailpoint_api_client_roundtrip.mjs [CASE...]
// Cases: v3 beta v2024 (all by default). Needs `npm ci` in this folder.
import { appendFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const sp = require("sailpoint-api-client");
const sdkLabel = `sailpoint-api-client@${require("sailpoint-api-client/package.json").version}`;
const cases = JSON.parse(readFileSync(path.join(here, "cases.json"), "utf8"));
const TIMEOUT_MS = 30000;

const url = (process.env.JITGATE_URL || "").replace(/\/+$/, "");
const token = process.env.JITGATE_TOKEN || "";
if (!url || !token) {
  console.error("JITGATE_URL and JITGATE_TOKEN must be set");
  process.exit(2);
}

class StepFailed extends Error {
  constructor(step, detail) {
    super(`${step}: ${detail}`);
    this.step = step;
    this.detail = detail;
  }
}

// One plain HTTP call to jitgate's own API.
async function raw(method, p, body) {
  const res = await fetch(url + p, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return { status: res.status, text: await res.text() };
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

function deepMerge(base, patch) {
  if (!isObject(base) || !isObject(patch)) return patch;
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = isObject(v) ? deepMerge(base[k], v) : v;
  return out;
}

function mismatches(expected, actual, where = "") {
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${where || "."}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => mismatches(v, k in actual ? actual[k] : "<absent>", `${where}.${k}`));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((e, i) => mismatches(e, actual[i], `${where}[${i}]`));
  }
  return expected === actual ? [] : [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

function patchFor(names) {
  let patch = {};
  let expected = {};
  for (const name of names) {
    patch = deepMerge(patch, cases.patches[name]);
    expected = deepMerge(deepMerge(expected, cases.patches[name]), (cases.expected_after_set || {})[name] || {});
  }
  return { patch, expected };
}

// The interfaces of one API version's .d.ts: name -> {key: type expression}.
function declaredInterfaces(apiVersion) {
  const dts = readFileSync(require.resolve(`sailpoint-api-client/dist/${apiVersion}/api.d.ts`), "utf8");
  const out = {};
  for (const m of dts.matchAll(/^export interface (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const props = {};
    for (const p of m[2].matchAll(/^ {4}'?(\w+)'?\??: (.+);$/gm)) props[p[1]] = p[2].trim();
    out[m[1]] = props;
  }
  return out;
}

// Where `value` breaks the declared type `type` (a .d.ts type expression).
function typeErrors(value, type, decls, where) {
  const alternatives = type.split("|").map((t) => t.trim());
  const errorsFor = (t) => {
    if (t === "null") return value === null ? [] : ["not null"];
    if (t === "boolean" || t === "number" || t === "string") return typeof value === t ? [] : [`not a ${t}`];
    if (t === "any" || t === "object") return [];
    const arr = t.match(/^Array<(.+)>$/);
    if (arr) {
      if (!Array.isArray(value)) return ["not an array"];
      return value.flatMap((v, i) => typeErrors(v, arr[1], decls, `${where}[${i}]`));
    }
    if (decls[t]) {
      if (!isObject(value)) return [`not an object (${t})`];
      return Object.entries(decls[t]).flatMap(([k, kt]) => (k in value ? typeErrors(value[k], kt, decls, `${where}.${k}`) : []));
    }
    return []; // a type this check does not model: accept
  };
  const results = alternatives.map(errorsFor);
  if (results.some((r) => r.length === 0)) return [];
  const nested = results.find((r) => r.some((e) => e.startsWith(where + ".") || e.startsWith(where + "[")));
  return nested || [`${where || "."}: ${JSON.stringify(value)} is not ${type}`];
}

function undeclared(patch, type, decls, where = "") {
  const iface = decls[type];
  if (!iface) return [];
  return Object.entries(patch).flatMap(([k, v]) => {
    if (!(k in iface)) return [`${where}.${k}`];
    const inner = iface[k].split("|").map((t) => t.trim()).find((t) => decls[t]);
    return isObject(v) && inner ? undeclared(v, inner, decls, `${where}.${k}`) : [];
  });
}

function describe(err) {
  if (err && err.response) {
    const d = err.response.data;
    return `HTTP ${err.response.status} ${typeof d === "string" ? d : JSON.stringify(d)}`;
  }
  return `${err && err.name}: ${err && err.message}`;
}

async function sdkCall(step, fn) {
  try {
    return await fn();
  } catch (err) {
    throw new StepFailed(step, describe(err));
  }
}

function checkTypes(step, data, c) {
  const problems = typeErrors(data, c.iface, c.decls, "");
  if (problems.length) throw new StepFailed(step, `response breaks the SDK's declared types: ${problems.join("; ")}`);
}

async function roundtrip(c) {
  const reset = await raw("PUT", "/access-request-config", {});
  if (reset.status !== 200) throw new StepFailed("reset to defaults (jitgate's own PUT /access-request-config {})", `HTTP ${reset.status} ${reset.text}`);

  const config = new sp.Configuration({ baseurl: url, accessToken: token });
  const api = new c.Api(config);
  const p = `/${c.apiVersion}/access-request-config`;

  let step = `GET ${p} (a fresh org's defaults)`;
  const first = await sdkCall(step, () => api.getAccessRequestConfig({ timeout: TIMEOUT_MS }));
  checkTypes(step, first.data, c);

  const { patch, expected } = patchFor(c.patches);
  const missing = undeclared(patch, c.iface, c.decls);
  if (missing.length) throw new StepFailed("build the edited config", `the SDK's interfaces do not declare ${missing.join(", ")}`);
  const edited = deepMerge(first.data, patch);

  step = `PUT ${p}`;
  const saved = await sdkCall(step, () => api.setAccessRequestConfig({ [c.bodyKey]: edited }, { timeout: TIMEOUT_MS }));
  checkTypes(step, saved.data, c);
  let wrong = mismatches(expected, saved.data);
  if (wrong.length) throw new StepFailed(`${step} response`, wrong.join("; "));

  step = `GET ${p} after the write`;
  const again = await sdkCall(step, () => api.getAccessRequestConfig({ timeout: TIMEOUT_MS }));
  checkTypes(step, again.data, c);
  wrong = mismatches(expected, again.data);
  if (wrong.length) throw new StepFailed(step, `did not round-trip: ${wrong.join("; ")}`);
}

const FLAT = ["core", "auto_approval", "reminders", "entitlement_flat"];
const CASES = [
  { name: "v3", apiVersion: "v3", Api: sp.AccessRequestsApi, bodyKey: "accessRequestConfig", iface: "AccessRequestConfig", patches: FLAT },
  { name: "beta", apiVersion: "beta", Api: sp.AccessRequestsBetaApi, bodyKey: "accessRequestConfigBeta", iface: "AccessRequestConfigBeta", patches: FLAT },
  // 1.4.x's v2024 interfaces still have the flat entitlementRequestConfig.
  { name: "v2024", apiVersion: "v2024", Api: sp.AccessRequestsV2024Api, bodyKey: "accessRequestConfigV2024", iface: "AccessRequestConfigV2024", patches: FLAT },
];

async function main() {
  const user = cases.fallback_user;
  const created = await raw("PUT", `/directory/v1/users/${user.id}`, user);
  if (created.status !== 200) {
    console.error(`setup: creating the fallback approver through /directory/v1/users failed: HTTP ${created.status} ${created.text}`);
    return 2;
  }
  const only = new Set(process.argv.slice(2));
  let passed = 0;
  let failed = 0;
  for (const c of CASES) {
    if (only.size && !only.has(c.name)) continue;
    c.decls = declaredInterfaces(c.apiVersion);
    const started = Date.now();
    const record = { sdk: sdkLabel, case: c.name, ok: true };
    try {
      await roundtrip(c);
      passed += 1;
      console.log(`PASS ${sdkLabel} ${c.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    } catch (err) {
      // A harness or SDK crash is a failure too.
      const [step, detail] = err instanceof StepFailed ? [err.step, err.detail] : ["harness", `${err && err.name}: ${err && err.message}`];
      failed += 1;
      Object.assign(record, { ok: false, step, detail });
      console.log(`FAIL ${sdkLabel} ${c.name}: ${step}: ${detail}`);
    }
    if (process.env.VENDOR_SDKS_RESULTS) appendFileSync(process.env.VENDOR_SDKS_RESULTS, JSON.stringify(record) + "\n");
  }
  console.log(`${sdkLabel}: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(`harness error: ${err && err.stack}`);
  process.exitCode = 2;
}
