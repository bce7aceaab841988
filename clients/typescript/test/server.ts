// A real `jitgate serve` on a loopback port for the tests, and its tokens.
//
// The binary is $JITGATE_BIN (default /var/tmp/jitgate-bin/jitgate).
// PostgreSQL databases are created on the server of
// $JITGATE_TEST_POSTGRES_URL (default the local cluster's `test` database)
// and dropped afterwards, as the Rust tests do.

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, openSync, closeSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

export const ORG = "acme";

export function jitgateBin(): string {
  return process.env.JITGATE_BIN ?? "/var/tmp/jitgate-bin/jitgate";
}

export interface ServerOptions {
  databaseUrl?: string;
  args?: string[];
}

export class Server {
  address = "";
  readonly dataDir: string;
  private child: ChildProcess | undefined;

  private constructor(private readonly options: ServerOptions) {
    this.dataDir = mkdtempSync(join(tmpdir(), "jitgate-tsclient-"));
  }

  static async start(options: ServerOptions = {}): Promise<Server> {
    const server = new Server(options);
    await server.launch("127.0.0.1:0");
    return server;
  }

  get baseUrl(): string {
    return `http://${this.address}`;
  }

  private async launch(listen: string): Promise<void> {
    const args = ["serve", "--listen", listen, "--data-dir", this.dataDir, ...(this.options.args ?? [])];
    if (this.options.databaseUrl) args.push("--database-url", this.options.databaseUrl);
    const log = openSync(join(this.dataDir, "server.log"), "a");
    const env: NodeJS.ProcessEnv = { ...process.env, RUST_LOG: process.env.RUST_LOG ?? "warn" };
    delete env.DATABASE_URL;
    const child = spawn(jitgateBin(), args, { stdio: ["ignore", "pipe", log], env });
    closeSync(log);
    this.child = child;
    const lines = createInterface({ input: child.stdout! });
    this.address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`jitgate did not start:\n${this.log()}`)), 60_000);
      lines.on("line", (line) => {
        if (line.startsWith("jitgate listening on ")) {
          clearTimeout(timer);
          resolve(line.slice("jitgate listening on ".length).trim());
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`jitgate exited with ${code}:\n${this.log()}`));
      });
    });
  }

  log(): string {
    try {
      return readFileSync(join(this.dataDir, "server.log"), "utf8").slice(-3000);
    } catch {
      return "";
    }
  }

  /** SIGTERM, as at a rolling restart; waits for a graceful exit. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  }

  /** Starts again on the same address and data, after stop(). */
  async restart(): Promise<void> {
    await this.launch(this.address);
  }

  token(sub: string, options: { org?: string; roles?: string[]; groups?: string[] } = {}): string {
    const args = ["token", "--data-dir", this.dataDir, "--org", options.org ?? ORG, "--sub", sub];
    for (const role of options.roles ?? []) args.push("--role", role);
    for (const group of options.groups ?? []) args.push("--group", group);
    return execFileSync(jitgateBin(), args, { encoding: "utf8" }).trim();
  }

  adminToken(org = ORG): string {
    return this.token(`admin@${org}.test`, { org, roles: ["ORG_ADMIN"] });
  }
}

/** A database of its own on the test PostgreSQL server for `fn`, dropped afterwards. */
export async function withPostgresDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const admin = process.env.JITGATE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = `jitgate_tsclient_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const psql = (sql: string) => execFileSync("psql", [admin, "-qc", sql], { stdio: ["ignore", "ignore", "pipe"] });
  psql(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** Resolves `promise` or fails after `ms`. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
