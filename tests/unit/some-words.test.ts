import { describe, expect, it } from "vitest";
import { dropOneQueries, idf, unitPapers } from "@/lib/search/some-words";

const base = { indexUid: "papers", q: "vision mamba", matchingStrategy: "all" as const };

describe("papers with some of the words", () => {
  it("leave each unit out in turn, those keeping the rarer unit weighing more", () => {
    // 200 of 400 papers say "vision", 10 say "mamba".
    const queries = dropOneQueries(base, ["vision", "mamba"], [200, 10], 400)!;
    expect(queries.map((q) => q.q)).toEqual(["mamba", "vision"]);
    const [keepsMamba, keepsVision] = queries.map((q) => q.federationOptions!.weight!);
    expect(keepsMamba).toBeGreaterThan(keepsVision);
    expect(keepsMamba + keepsVision).toBeCloseTo(1);
    expect(queries.every((q) => q.matchingStrategy === "all")).toBe(true);
  });

  it("keep a phrase of several words together when leaving another out", () => {
    const queries = dropOneQueries(base, ["long context", "language model"], [30, 90], 400)!;
    expect(queries.map((q) => q.q)).toEqual(["language model", "long context"]);
  });

  it("ask nothing for a query of one unit", () => {
    expect(dropOneQueries(base, ["early exit"], [8], 400)).toBeNull();
  });

  it("weigh a unit every paper holds at almost nothing", () => {
    expect(idf(400, 400)).toBeLessThan(idf(10, 400) / 10);
    expect(idf(400, 400)).toBeGreaterThan(0);
  });

  it("count each unit once while a reader types on: the next keystroke asks only for the new unit", async () => {
    const asked: string[][] = [];
    const count = async (units: string[]) => (asked.push(units), units.map((u) => u.length));
    expect(await unitPapers(["linear attention", "s", ""], count)).toEqual([16, 1, 0]);
    expect(await unitPapers(["Linear attention", "sp", ""], count)).toEqual([16, 2, 0]);
    expect(asked).toEqual([["linear attention", "s", ""], ["sp"]]);
  });
});
