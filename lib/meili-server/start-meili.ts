import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
import { resolveMeili } from "./resolve-binary";

export interface RunningMeili {
  url: string;
  masterKey: string;
  /** Null when MEILI_HOST points at a server someone else runs. */
  process: ChildProcess | null;
  describe: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where Meilisearch keeps its data; a git-ignored folder. */
  dataDir: string;
  /** Preferred port; a taken port falls back to a free one. 0 = any free port. */
  port?: number;
  masterKey?: string;
  env?: NodeJS.ProcessEnv;
  quiet?: boolean;
}

async function waitHealthy(url: string, child: ChildProcess | null, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  child?.once("exit", (code, signal) => (exited = `exited with ${signal ?? code}`));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Meilisearch ${exited} before it was ready`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Meilisearch at ${url} did not become healthy within ${timeoutMs / 1000}s`);
}

/** A master key kept beside the data it protects, so restarts reuse it. */
function masterKeyFor(dataDir: string): string {
  const file = path.join(dataDir, "..", `${path.basename(dataDir)}.master-key`);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = randomBytes(24).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

/** Starts (or, with MEILI_HOST, connects to) Meilisearch and waits until it answers. */
export async function startMeili(options: StartOptions): Promise<RunningMeili> {
  const env = options.env ?? process.env;
  const target = resolveMeili(env);
  if (target.kind === "external") {
    const masterKey = env.MEILI_MASTER_KEY ?? "";
    await waitHealthy(target.host, null);
    return { url: target.host, masterKey, process: null, describe: `existing server at ${target.host}`, stop: async () => {} };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const masterKey = options.masterKey ?? masterKeyFor(options.dataDir);
  const port = await freePort(options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    target.path,
    [
      "--http-addr",
      `127.0.0.1:${port}`,
      "--db-path",
      path.join(options.dataDir, "data.ms"),
      "--dump-dir",
      path.join(options.dataDir, "dumps"),
      "--snapshot-dir",
      path.join(options.dataDir, "snapshots"),
      "--no-analytics",
      "--env",
      "development",
      "--log-level",
      "WARN",
    ],
    { env: { ...env, MEILI_MASTER_KEY: masterKey }, stdio: ["ignore", "ignore", "pipe"] },
  );
  // The banner and the 404s of routine existence checks are noise; errors are not.
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    if (options.quiet) return;
    for (const line of chunk.split("\n")) if (/ERROR/.test(line)) process.stderr.write(`[meilisearch] ${line}\n`);
  });
  await waitHealthy(url, child);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  return { url, masterKey, process: child, describe: `${target.path} (${target.from}) on ${url}`, stop };
}
