import { type ChildProcess } from "node:child_process";
import path from "node:path";
import { canTether, spawnTethered } from "./tether";
import { stopChild } from "./stop-child";

export async function waitHealthy(url: string, child: ChildProcess | null, timeoutMs = 30_000): Promise<void> {
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

export interface MeiliProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts one Meilisearch process on exactly this port and waits until it answers. */
export async function spawnMeili(
  binary: string,
  options: { dataDir: string; port: number; masterKey: string; env: NodeJS.ProcessEnv; quiet?: boolean },
): Promise<MeiliProcess> {
  const { dataDir, port } = options;
  const url = `http://127.0.0.1:${port}`;
  const child = spawnTethered(
    binary,
    [
      "--http-addr",
      `127.0.0.1:${port}`,
      "--db-path",
      path.join(dataDir, "data.ms"),
      "--dump-dir",
      path.join(dataDir, "dumps"),
      "--snapshot-dir",
      path.join(dataDir, "snapshots"),
      "--no-analytics",
      // Production mode: Meilisearch itself refuses to run without a master key of 16 bytes or more.
      "--env",
      "production",
      "--log-level",
      "WARN",
    ],
    // Its own process group when tethered: a Ctrl-C reaches the owner, which stops it in order
    // (and does not restart it), while the parent-death signal still covers a killed owner.
    { env: { ...options.env, MEILI_MASTER_KEY: options.masterKey }, stdio: ["ignore", "ignore", "pipe"], detached: canTether() },
  );
  // The banner and the 404s of routine existence checks are noise; errors are not.
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    if (options.quiet) return;
    for (const line of chunk.split("\n")) if (/ERROR/.test(line)) process.stderr.write(`[meilisearch] ${line}\n`);
  });
  try {
    await waitHealthy(url, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const stop = () => stopChild(child);
  return { url, child, stop };
}
