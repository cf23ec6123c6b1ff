import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { lockFile } from "@/lib/meili-server/data-dir-lock";
import { masterKeyFile } from "@/lib/meili-server/master-key";
import { startMeili, type RunningMeili } from "@/lib/meili-server/start-meili";
import { adminClient } from "@/lib/search/client";
import { INDEX_UID } from "@/lib/search/settings";
import { isRunning, meiliPidsOn, runIngest, waitFor } from "../helpers/processes";

// Each case runs the ingest CLI (tsx start, 383 papers classified, its own Meilisearch) two or three
// times; on a busy 2-core machine that alone passed 30 s. The limits only catch a hang: nothing here is timed.
vi.setConfig({ testTimeout: 120_000 });

const root = mkdtempSync(path.join(tmpdir(), "ingest-safety-"));
const dataDir = path.join(root, "meili");
const env: NodeJS.ProcessEnv = { ...process.env, MEILI_DATA_DIR: dataDir, MEILI_PORT: "0" };
delete env.MEILI_HOST;

/** The pid of the process that builds the index (tsx runs the script in a child of its own). */
async function indexingPid(cli: ReturnType<typeof runIngest>): Promise<number> {
  const match = await waitFor("the ingest to start indexing", () => /indexing \d+ papers into papers_staging_\d+_(\d+)/.exec(cli.output()), 60_000, 20);
  return Number(match[1]);
}

/** The live catalogue as a user would see it: its size, and whether a real query finds papers. */
async function liveCatalogue(meili: RunningMeili): Promise<{ count: number; swinHits: number; staging: string[] }> {
  const admin = adminClient(meili.url, meili.masterKey);
  const { results } = await admin.getIndexes({ limit: 100 });
  return {
    count: (await admin.index(INDEX_UID).search("", { limit: 0 })).estimatedTotalHits ?? -1,
    swinHits: (await admin.index(INDEX_UID).search("swin", { limit: 5 })).hits.length,
    staging: results.map((i) => i.uid).filter((uid) => uid.startsWith(`${INDEX_UID}_staging`)),
  };
}

/** Looks at the data directory through a Meilisearch of our own, started after the ingest is gone. */
async function inspect(): Promise<Awaited<ReturnType<typeof liveCatalogue>>> {
  const meili = await startMeili({ dataDir, port: 0, env, quiet: true });
  try {
    return await liveCatalogue(meili);
  } finally {
    await meili.stop();
  }
}

function emptyFolder(): string {
  const dir = mkdtempSync(path.join(root, "dumps-"));
  return dir;
}

beforeAll(async () => {
  const first = runIngest([], env);
  expect(await first.exited, first.output()).toBe(0);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("an ingest that would empty or gut the live catalogue is refused", () => {
  it("refuses an empty folder: exit 1, says why and how to override, the live index keeps its 383 papers", async () => {
    const cli = runIngest([emptyFolder(), "--rebuild"], env);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/Refusing to swap in an empty index/);
    expect(cli.output()).toMatch(/--allow-shrink/);
    expect(await inspect()).toEqual({ count: 383, swinHits: 5, staging: [] });
  });

  it("refuses a folder whose every file fails", async () => {
    const dir = emptyFolder();
    writeFileSync(path.join(dir, "broken.txt"), "\n\nthis is not a listing\n");
    writeFileSync(path.join(dir, "also-broken.txt"), "nothing here either\n");
    const cli = runIngest([dir, "--rebuild"], env);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/Refusing to swap in an empty index/);
    expect((await inspect()).count).toBe(383);
  });

  it("refuses a build of far fewer papers than the live index holds, and --allow-shrink swaps it in", async () => {
    const small = "data/dumps/002_5eb63875864d66b3.txt";
    const refused = runIngest([small, "--rebuild"], env);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/Refusing to swap in 9 papers for the 383 of the live index.*--allow-shrink/s);
    expect((await inspect()).count).toBe(383);

    const allowed = runIngest([small, "--rebuild", "--allow-shrink"], env);
    expect(await allowed.exited, allowed.output()).toBe(0);
    expect((await inspect()).count).toBe(9);
    const restored = runIngest([], env);
    expect(await restored.exited).toBe(0);
  });
});

describe("a killed ingest", () => {
  it("kill -9 while indexing: the live index keeps its count and answers, no Meilisearch outlives it, and the next ingest cleans up", async () => {
    const killed = runIngest([], env);
    const pid = await indexingPid(killed);
    const ownMeili = meiliPidsOn(dataDir);
    expect(ownMeili).toHaveLength(1);
    process.kill(pid, "SIGKILL");
    await killed.exited;
    // Its Meilisearch is tied to it and goes too: no orphan keeps the data directory.
    await waitFor("the ingest's Meilisearch to exit", () => ownMeili.every((pid) => !isRunning(pid)), 10_000);

    const after = await inspect();
    expect(after.count).toBe(383);
    expect(after.swinHits).toBe(5);
    expect(after.staging).toHaveLength(1);

    const next = runIngest([], env);
    expect(await next.exited, next.output()).toBe(0);
    expect(next.output()).toMatch(/deleted 1 staging index\(es\) left by an interrupted ingest/);
    expect(await inspect()).toEqual({ count: 383, swinHits: 5, staging: [] });
  }, 120_000);
});

describe("one Meilisearch per data directory", () => {
  it("an ingest uses the server `npm start` runs on the same data directory, even when killed mid-way", async () => {
    const server = await startMeili({ dataDir, port: 0, env, quiet: true, role: "serve" });
    try {
      const joined = runIngest([], env);
      let most = 0;
      const counting = setInterval(() => (most = Math.max(most, meiliPidsOn(dataDir).length)), 50);
      process.kill(await indexingPid(joined), "SIGKILL");
      await joined.exited;
      clearInterval(counting);
      expect(joined.output()).toMatch(new RegExp(`Meilisearch: the server \`npm start\` \\(pid ${process.pid}\\) runs on ${server.url}`));
      expect(most).toBe(1);
      // The server is not the ingest's: it keeps running and keeps answering with the whole catalogue.
      expect(server.process!.exitCode).toBeNull();
      expect(await liveCatalogue(server)).toMatchObject({ count: 383, swinHits: 5 });

      const next = runIngest([], env);
      expect(await next.exited, next.output()).toBe(0);
      expect(next.output()).toMatch(/deleted 1 staging index/);
      expect(await liveCatalogue(server)).toEqual({ count: 383, swinHits: 5, staging: [] });
    } finally {
      await server.stop();
    }
  }, 120_000);

  it("refuses to start a second server while another ingest holds the data directory", async () => {
    const other = await startMeili({ dataDir, port: 0, env, quiet: true, role: "ingest" });
    try {
      const cli = runIngest([], env);
      expect(await cli.exited).toBe(1);
      expect(cli.output()).toMatch(new RegExp(`an ingest \\(pid ${process.pid}\\) already runs Meilisearch on ${dataDir}.*wait for it to finish`));
      expect(meiliPidsOn(dataDir)).toEqual([other.process!.pid]);
    } finally {
      await other.stop();
    }
  });

  it("takes over the lock of a process that died", async () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(lockFile(dataDir), JSON.stringify({ pid: 2 ** 22 + 1, role: "serve", url: "http://127.0.0.1:1", meiliPid: 0, bootId: null, startedAt: "" }));
    expect((await inspect()).count).toBe(383);
    expect(existsSync(lockFile(dataDir))).toBe(false);
  });
});

describe("the master key", () => {
  it.each([
    ["an empty", ""],
    ["a short", "short-key\n"],
  ])("%s key file is refused with a clear message, and no Meilisearch starts", async (_, key) => {
    const dir = path.join(mkdtempSync(path.join(root, "keys-")), "meili");
    writeFileSync(masterKeyFile(dir), key);
    const cli = runIngest([], { ...env, MEILI_DATA_DIR: dir });
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/meili\.master-key holds a master key of \d bytes; at least 16 are needed/);
    expect(meiliPidsOn(dir)).toEqual([]);
    expect(existsSync(path.join(dir, "data.ms"))).toBe(false);
  });
});
