// The README's TypeScript example, compiled with tsc --strict and run as
// printed against a live server.
//
// The block between <!-- readme-example:typescript:start --> and ...:end -->
// is read from the top-level README.md. It is compiled in a scratch project whose node_modules links this
// package, as `npm install` of the package would.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Server } from "./server.js";

// build-test/test/readme.test.js -> clients/typescript
const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ROOT = resolve(PACKAGE, "..", "..");

function exampleIn(document: string, language: string): string | undefined {
  const start = `<!-- readme-example:${language}:start -->`;
  const end = `<!-- readme-example:${language}:end -->`;
  const text = existsSync(document) ? readFileSync(document, "utf8") : "";
  const at = text.indexOf(start);
  if (at < 0) return undefined;
  const block = text.slice(at + start.length, text.indexOf(end, at));
  const code = /```ts\n([\s\S]*?)```/.exec(block);
  assert.ok(code?.[1], `${document}: no ts code block between the markers`);
  return code[1];
}

function readmeExample(language: string): string {
  const example = exampleIn(join(ROOT, "README.md"), language);
  if (example === undefined) assert.fail(`no readme-example:${language} block in README.md`);
  return example;
}

test("the package README shows the same example", () => {
  assert.equal(exampleIn(join(PACKAGE, "README.md"), "typescript"), readmeExample("typescript"));
});

test("the README example compiles with tsc --strict and runs as printed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "jitgate-readme-"));
  mkdirSync(join(dir, "node_modules", "@jitgate"), { recursive: true });
  symlinkSync(PACKAGE, join(dir, "node_modules", "@jitgate", "client"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  writeFileSync(join(dir, "example.ts"), readmeExample("typescript"));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        types: ["node"],
        typeRoots: [join(PACKAGE, "node_modules", "@types")],
        outDir: ".",
      },
      files: ["example.ts"],
    }),
  );
  execFileSync(process.execPath, [join(PACKAGE, "node_modules", "typescript", "bin", "tsc"), "-p", dir], {
    stdio: "inherit",
  });
  const server = await Server.start();
  try {
    const script = readFileSync(join(dir, "example.js"), "utf8").replaceAll("localhost:8080", server.address);
    writeFileSync(join(dir, "example.js"), script);
    const output = execFileSync(process.execPath, [join(dir, "example.js")], {
      env: { ...process.env, TOKEN: server.token("alice@acme.test", { roles: ["ORG_ADMIN"] }) },
      encoding: "utf8",
      timeout: 60_000,
    });
    const lines = output.split("\n");
    assert.ok(lines.includes("saved true [ 'prod-needs-manager' ]"), output);
    assert.ok(lines.some((l) => l.startsWith("outcome ")), output);
    assert.ok(lines.some((l) => /^aborted VERSION_CONFLICT request id [0-9a-f-]{36}$/.test(l)), output);
    assert.ok(lines.includes("invalid workflow.rules[0].name - must not be empty"), output);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
