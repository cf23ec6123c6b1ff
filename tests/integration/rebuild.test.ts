import { describe, expect, inject, it } from "vitest";
import { readCatalogue } from "@/lib/catalogue";
import { adminClient } from "@/lib/search/client";
import { liveDumpsHash, rebuildIndex } from "@/lib/search/index-papers";
import { INDEX_UID } from "@/lib/search/settings";

describe("index rebuilds", () => {
  const admin = () => adminClient(inject("meiliUrl"), inject("masterKey"));

  it("swaps a fresh index in: searches during the rebuild always see the whole catalogue", async () => {
    const { result, hash } = readCatalogue();
    const counts: number[] = [];
    const rebuild = rebuildIndex(admin(), result.papers, hash);
    let done = false;
    void rebuild.finally(() => (done = true));
    while (!done) {
      counts.push((await admin().index(INDEX_UID).search("", { limit: 0 })).estimatedTotalHits ?? -1);
      await new Promise((r) => setTimeout(r, 20));
    }
    const meta = await rebuild;
    expect(meta.paperCount).toBe(383);
    expect(counts.length).toBeGreaterThan(0);
    expect(new Set(counts)).toEqual(new Set([383]));
  });

  it("leaves no staging index behind and records what it was built from", async () => {
    const { results } = await admin().getIndexes({ limit: 100 });
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(`${INDEX_UID}_staging`))).toEqual([]);
    expect(await liveDumpsHash(admin())).toBe(readCatalogue().hash);
  });
});
