import { readdirSync, readFileSync, rmSync, statSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockFile, type DataDirLock } from "@/lib/meili-server/data-dir-lock";
import { freePort } from "@/lib/meili-server/free-port";
import { buildIfNeeded } from "../../scripts/build-if-needed";
import { isRunning, meiliPidsOn, processTree, runCli, runIngest, waitFor, type Cli } from "../helpers/processes";

const root = mkdtempSync(path.join(tmpdir(), "serve-"));
const dataDir = path.join(root, "meili");
let env: NodeJS.ProcessEnv;
let base: string;
const started: Cli[] = [];

const readLock = (): DataDirLock => JSON.parse(readFileSync(lockFile(dataDir), "utf8"));

async function searchTotal(): Promise<number> {
  const res = await fetch(`${base}/api/search?q=swin`);
  return res.ok ? ((await res.json()) as { total: number }).total : -res.status;
}

/** `npm start`, up to the moment its page finds papers. */
async function npmStart(): Promise<Cli> {
  const cli = runCli("npm", ["start"], env);
  started.push(cli);
  await waitFor("npm start to serve searches", async () => (await searchTotal()) > 0, 60_000, 250).catch((error: Error) => {
    throw new Error(`${error.message}\nnpm start said:\n${cli.output()}`);
  });
  return cli;
}

beforeAll(async () => {
  buildIfNeeded();
  const port = await freePort();
  env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", MEILI_PORT: String(await freePort()), MEILI_DATA_DIR: dataDir };
  delete env.MEILI_HOST;
  base = `http://127.0.0.1:${port}`;
}, 600_000);

afterAll(() => {
  // Whatever a failed test left running, by pid.
  for (const cli of started) for (const pid of processTree(cli.child.pid!).reverse()) if (isRunning(pid)) process.kill(pid, "SIGKILL");
  rmSync(root, { recursive: true, force: true });
});

describe("npm start supervises its processes", () => {
  it("restarts a killed Meilisearch on the same address, and an ingest uses that server instead of starting one", async () => {
    await npmStart();
    const before = readLock();
    process.kill(before.meiliPid, "SIGKILL");
    const after = await waitFor("Meilisearch to be restarted", () => {
      const lock = readLock();
      return lock.meiliPid !== before.meiliPid && isRunning(lock.meiliPid) && lock;
    });
    expect(after.url).toBe(before.url);
    expect(await waitFor("searches to work again", async () => (await searchTotal()) > 0)).toBe(true);

    const ingest = runIngest([], env);
    let most = 0;
    const counting = setInterval(() => (most = Math.max(most, meiliPidsOn(dataDir).length)), 50);
    const code = await ingest.exited;
    clearInterval(counting);
    expect(code, ingest.output()).toBe(0);
    expect(ingest.output()).toMatch(new RegExp(`Meilisearch: the server \`npm start\` \\(pid ${before.pid}\\)`));
    expect(most).toBe(1);
    expect(await searchTotal()).toBeGreaterThan(0);
  }, 90_000);

  it("SIGKILL to the serve script leaves neither Next.js nor Meilisearch running", async () => {
    const npm = started[0];
    const tree = processTree(npm.child.pid!);
    expect(tree.length).toBeGreaterThanOrEqual(5);
    process.kill(readLock().pid, "SIGKILL");
    await waitFor("every process of npm start to exit", () => tree.every((pid) => !isRunning(pid)), 15_000);
    expect(meiliPidsOn(dataDir)).toEqual([]);
  }, 60_000);

  it("rebuilds a live index whose files are gone instead of reporting it up to date", async () => {
    const indexes = path.join(dataDir, "data.ms", "indexes");
    const size = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce(
        (n, e) => n + (e.isDirectory() ? size(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
        0,
      );
    const papers = readdirSync(indexes).sort((a, b) => size(path.join(indexes, b)) - size(path.join(indexes, a)))[0];
    rmSync(path.join(indexes, papers), { recursive: true });

    const npm = await npmStart();
    expect(npm.output()).toMatch(/live index is damaged/);
    expect(npm.output()).not.toMatch(/Index up to date/);
  }, 90_000);

  it("SIGTERM to the npm process stops every process below it", async () => {
    const npm = started[1];
    const tree = processTree(npm.child.pid!);
    expect(tree.length).toBeGreaterThanOrEqual(5);
    npm.child.kill("SIGTERM");
    await waitFor("every process of npm start to exit", () => tree.every((pid) => !isRunning(pid)), 15_000);
    expect(meiliPidsOn(dataDir)).toEqual([]);
  }, 60_000);

  it.each(["SIGINT", "SIGHUP"] as const)(
    "%s to the serve script stops Next.js and Meilisearch with it",
    async (signal) => {
      const npm = await npmStart();
      const tree = processTree(npm.child.pid!);
      process.kill(readLock().pid, signal);
      await waitFor("every process of npm start to exit", () => tree.every((pid) => !isRunning(pid)), 15_000);
      expect(meiliPidsOn(dataDir)).toEqual([]);
    },
    90_000,
  );
});
