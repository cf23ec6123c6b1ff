import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalogue } from "@/lib/catalogue";
import { startMeili, type RunningMeili } from "@/lib/meili-server/start-meili";
import { adminClient } from "@/lib/search/client";
import { rebuildIndex } from "@/lib/search/index-papers";
import { ensureSearchKey } from "@/lib/search/search-key";
import { startNext, type RunningNext } from "../../scripts/start-next";

// A server of its own: this file kills its Meilisearch, which the other e2e files share.
const MASTER_KEY = "outage-master-key-0123456789";
const PAPER = "/papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces";
const env = { ...process.env, MEILI_HOST: undefined };
let dataDir: string;
let meili: RunningMeili;
let next: RunningNext;
let searchKey: string;

const get = async (p: string) => {
  const started = performance.now();
  const res = await fetch(`${next.url}${p}`);
  return { res, body: await res.text(), ms: performance.now() - started };
};

async function recovers(): Promise<number> {
  const started = Date.now();
  await expect.poll(async () => (await get("/")).res.status, { timeout: 10_000, interval: 200 }).toBe(200);
  return Date.now() - started;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "papers-outage-"));
  meili = await startMeili({ dataDir, port: 0, masterKey: MASTER_KEY, env, quiet: true });
  const admin = adminClient(meili.url, MASTER_KEY);
  const { result, hash } = readCatalogue();
  await rebuildIndex(admin, result.papers, hash);
  searchKey = await ensureSearchKey(admin);
  next = await startNext({ meiliUrl: meili.url, searchKey });
});

afterAll(async () => {
  await next?.stop();
  await meili?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function expectOutagePage(res: Response, body: string) {
  expect(res.status).toBe(503);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(res.headers.get("content-type")).toMatch(/text\/html/);
  expect(body).toMatch(/Search is unavailable, retrying/);
  expect(body).toMatch(/<meta http-equiv="refresh"/);
}

async function expectApiUnavailable(p: string) {
  const { res, body } = await get(p);
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBeTruthy();
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(JSON.parse(body)).toMatchObject({ error: "search unavailable", messages: [expect.stringMatching(/not answering/)] });
  // The message names no host, port or key.
  for (const secret of [MASTER_KEY, searchKey, meili.url, new URL(meili.url).port]) expect(body).not.toContain(secret);
}

describe("while Meilisearch is down", () => {
  it("answers pages with a 503 'unavailable, retrying' page and the API with 503 JSON, then recovers without a restart of the app", async () => {
    expect((await get("/papers/no-such-paper")).res.status).toBe(404);
    const port = new URL(meili.url).port;
    const exited = new Promise((r) => meili.process!.once("exit", r));
    meili.process!.kill("SIGKILL");
    await exited;

    const home = await get("/?q=swin");
    expectOutagePage(home.res, home.body);
    const paper = await get(PAPER);
    expectOutagePage(paper.res, paper.body);
    await expectApiUnavailable("/api/search?q=swin");
    await expectApiUnavailable(PAPER.replace("/papers/", "/api/papers/"));
    // What cannot be a paper is still a 404, engine or not.
    expect((await get("/papers/Not_A_Slug")).res.status).toBe(404);
    expect((await get("/no-such-page")).res.status).toBe(404);

    meili = await startMeili({ dataDir, port: Number(port), masterKey: MASTER_KEY, env, quiet: true });
    expect(new URL(meili.url).port).toBe(port);
    expect(await recovers()).toBeLessThan(5000);
    expect((await get("/?q=swin")).body).toMatch(/Swin Transformer/);
    expect((await get("/api/search?q=swin")).res.status).toBe(200);
    expect((await get(PAPER)).res.status).toBe(200);
    expect((await get("/papers/no-such-paper")).res.status).toBe(404);
  });

  it("does not hang on an engine that stops answering: the first request waits one timeout, the next ones none", async () => {
    meili.process!.kill("SIGSTOP");
    try {
      const first = await get("/");
      expectOutagePage(first.res, first.body);
      expect(first.ms).toBeLessThan(4500);
      const again = await get("/?q=vision");
      expectOutagePage(again.res, again.body);
      expect(again.ms).toBeLessThan(1000);
      const api = await get("/api/search?q=vision");
      expect(api.res.status).toBe(503);
      expect(api.ms).toBeLessThan(1000);
    } finally {
      meili.process!.kill("SIGCONT");
    }
    expect(await recovers()).toBeLessThan(5000);
  });
});
