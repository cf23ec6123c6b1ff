import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { appEnv } from "../lib/meili-server/app-env";
import { freePort } from "../lib/meili-server/free-port";
import { stopChild } from "../lib/meili-server/stop-child";

export interface RunningNext {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode} before answering`);
    try {
      await fetch(url);
      return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/**
 * `next start` of the existing production build on a free loopback port, with the
 * web app's environment (search-only key, no master key). For tests and the load script.
 */
export async function startNext(options: { meiliUrl: string; searchKey: string; root?: string; env?: NodeJS.ProcessEnv }): Promise<RunningNext> {
  const root = options.root ?? process.cwd();
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...appEnv({ ...process.env, ...options.env }, options.meiliUrl, options.searchKey), PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await waitForHttp(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop };
}
