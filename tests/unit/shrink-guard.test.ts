import { describe, expect, it } from "vitest";
import { shrinkRefusal } from "@/lib/search/shrink-guard";
import { restartDelayMs } from "@/lib/meili-server/supervise-meili";

describe("the shrink guard", () => {
  it("refuses an empty build, with or without a live index, and names the override", () => {
    expect(shrinkRefusal(0, 383)).toMatch(/empty index.*live index holds 383.*--allow-shrink/);
    expect(shrinkRefusal(0, null)).toMatch(/empty index/);
  });

  it("refuses a build under half the live index and accepts one at half or more", () => {
    expect(shrinkRefusal(9, 383)).toMatch(/9 papers for the 383.*--allow-shrink/);
    expect(shrinkRefusal(191, 383)).not.toBeNull();
    expect(shrinkRefusal(192, 383)).toBeNull();
    expect(shrinkRefusal(500, 383)).toBeNull();
    expect(shrinkRefusal(9, null)).toBeNull();
  });
});

describe("Meilisearch restarts", () => {
  it("back off exponentially from half a second up to 30 s", () => {
    expect([0, 1, 2, 3].map(restartDelayMs)).toEqual([500, 1000, 2000, 4000]);
    expect(restartDelayMs(20)).toBe(30_000);
  });
});
