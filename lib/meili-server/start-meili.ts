import { type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { claimLock, liveLock, releaseLock, updateLock, type DataDirLock } from "./data-dir-lock";
import { freePort } from "./free-port";
import { assertStrongMasterKey, readOrCreateMasterKey } from "./master-key";
import { resolveMeili } from "./resolve-binary";
import { spawnMeili, waitHealthy } from "./spawn-meili";
import { superviseMeili } from "./supervise-meili";

export interface RunningMeili {
  url: string;
  masterKey: string;
  /** Null when the server is someone else's: MEILI_HOST, or the one `npm start` runs on this data directory. */
  process: ChildProcess | null;
  describe: string;
  /** True when this process started the server and owns its data directory. */
  owned: boolean;
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
  /** Written into the data directory's lock, so a later process knows whose server it found. */
  role?: DataDirLock["role"];
  /** Use the server `npm start` already runs on this data directory instead of refusing. */
  joinRunning?: boolean;
  /** Restart the server with backoff when it dies (`npm start`). */
  supervise?: boolean;
}

function refusal(dataDir: string, holder: DataDirLock): Error {
  const who = holder.role === "serve" ? "`npm start`" : holder.role === "ingest" ? "an ingest" : "another process";
  const what = holder.role === "serve" ? "stop it first" : "wait for it to finish";
  return new Error(
    `${who} (pid ${holder.pid}) already runs Meilisearch on ${dataDir} at ${holder.url || "(starting)"}: ${what}. Two servers on one data directory would corrupt it.`,
  );
}

/** The holder writes its URL once its server answers: wait for that. */
async function addressOf(dataDir: string, holder: DataDirLock, timeoutMs = 30_000): Promise<DataDirLock> {
  const deadline = Date.now() + timeoutMs;
  let lock: DataDirLock | null = holder;
  while (lock && !lock.url && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    lock = liveLock(dataDir);
  }
  if (!lock) throw new Error(`the process (pid ${holder.pid}) that was starting Meilisearch on ${dataDir} exited; try again`);
  return lock;
}

/**
 * Starts Meilisearch on a data directory, or uses the one that runs there already (with
 * `joinRunning`, when `npm start` runs it), or with MEILI_HOST connects to that server.
 */
export async function startMeili(options: StartOptions): Promise<RunningMeili> {
  const env = options.env ?? process.env;
  const target = resolveMeili(env);
  if (target.kind === "external") {
    const masterKey = env.MEILI_MASTER_KEY ?? "";
    await waitHealthy(target.host, null);
    return { url: target.host, masterKey, process: null, describe: `existing server at ${target.host}`, owned: false, stop: async () => {} };
  }
  const { dataDir } = options;
  if (options.masterKey !== undefined) assertStrongMasterKey(options.masterKey, "the master key given");
  const masterKey = options.masterKey ?? readOrCreateMasterKey(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const claim = claimLock(dataDir, options.role ?? "other");
  if (!claim.claimed) {
    const holder = await addressOf(dataDir, claim.holder);
    if (!options.joinRunning || holder.role !== "serve") throw refusal(dataDir, holder);
    await waitHealthy(holder.url, null);
    const describe = `the server \`npm start\` (pid ${holder.pid}) runs on ${holder.url}, sharing ${dataDir}`;
    return { url: holder.url, masterKey, process: null, describe, owned: false, stop: async () => {} };
  }
  try {
    const port = await freePort(options.port ?? 0);
    const meili = await spawnMeili(target.path, { dataDir, port, masterKey, env, quiet: options.quiet });
    updateLock(dataDir, { url: meili.url, meiliPid: meili.child.pid ?? 0 });
    const supervisor = options.supervise ? superviseMeili(meili, { binary: target.path, dataDir, port, masterKey, env, quiet: options.quiet }) : meili;
    const stop = async () => {
      await supervisor.stop();
      releaseLock(dataDir);
    };
    return { url: meili.url, masterKey, process: meili.child, describe: `${target.path} (${target.from}) on ${meili.url}`, owned: true, stop };
  } catch (error) {
    releaseLock(dataDir);
    throw error;
  }
}
