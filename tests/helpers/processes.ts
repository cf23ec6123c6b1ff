import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every process now running on this machine, with its parent (from /proc: Linux only). */
function processTable(): { pid: number; ppid: number; cmdline: string }[] {
  const rows = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      rows.push({ pid: Number(name), ppid, cmdline: readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").join(" ") });
    } catch {
      // exited while we looked
    }
  }
  return rows;
}

/** The pid and every process below it. */
export function processTree(root: number): number[] {
  const table = processTable();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const row of table) if (row.ppid === tree[i]) tree.push(row.pid);
  return tree;
}

/** Pids of the Meilisearch processes serving this data directory. */
export function meiliPidsOn(dataDir: string): number[] {
  const db = `--db-path ${path.join(dataDir, "data.ms")} `;
  return processTable()
    .filter((row) => row.cmdline.includes(db) && !row.cmdline.startsWith("setpriv"))
    .map((row) => row.pid);
}

export function isRunning(pid: number): boolean {
  try {
    // A zombie has exited; only its parent has not collected it yet.
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

type Maybe<T> = T | false | null | undefined;

/** Polls `probe` until it returns something truthy, and returns that. */
export async function waitFor<T>(what: string, probe: () => Maybe<T> | Promise<Maybe<T>>, timeoutMs = 15_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}${last ? ` (last error: ${last})` : ""}`);
}

export interface Cli {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the killing signal). */
  exited: Promise<number | string>;
}

/** Spawns a command with its stdout and stderr collected into one string. */
export function runCli(command: string, args: string[], env: NodeJS.ProcessEnv): Cli {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, output: () => output, exited };
}

const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

/** `npm run ingest -- args` with the given environment. */
export function runIngest(args: string[], env: NodeJS.ProcessEnv): Cli {
  return runCli(process.execPath, [TSX, "scripts/ingest.ts", ...args], env);
}
