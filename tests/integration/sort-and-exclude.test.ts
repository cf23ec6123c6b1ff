import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseSearchState } from "@/lib/search-params";
import { searchPapers, sortGap, type PaperHit } from "@/lib/search";

const state = (query: string) => parseSearchState(new URLSearchParams(query));

beforeAll(() => {
  process.env.MEILI_URL = inject("meiliUrl");
  process.env.MEILI_SEARCH_KEY = inject("searchKey");
});

async function everyHit(query: string): Promise<PaperHit[]> {
  const hits: PaperHit[] = [];
  for (let page = 1; ; page++) {
    const result = await searchPapers(state(`${query}&page=${page}`));
    hits.push(...result.hits);
    if (page >= result.totalPages) return hits;
  }
}

describe("sorts that say what they cannot order", () => {
  it("lists every dated paper before the undated ones under Newest, and counts the undated", async () => {
    const hits = await everyHit("sort=newest");
    const firstUndated = hits.findIndex((h) => h.date === null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(hits.slice(firstUndated).every((h) => h.date === null)).toBe(true);
    const dates = hits.slice(0, firstUndated).map((h) => h.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await sortGap(state("sort=newest"))).toEqual({ sort: "newest", missing: hits.length - firstUndated });
  });

  it("lists papers with upvotes first under Most upvoted (the default without a query), then the rest newest first", async () => {
    const hits = await everyHit("");
    const firstWithout = hits.findIndex((h) => !h.upvotes);
    expect(firstWithout).toBeGreaterThan(0);
    expect(hits.slice(firstWithout).every((h) => !h.upvotes)).toBe(true);
    const tailDates = hits.slice(firstWithout).map((h) => h.date ?? "");
    expect(tailDates).toEqual([...tailDates].sort().reverse());
    expect((await sortGap(state("")))?.missing).toBe(hits.length - firstWithout);
  });

  it("counts the gap within the search, and has nothing to say under Relevance", async () => {
    const all = (await sortGap(state("sort=newest")))!.missing;
    const speech = (await sortGap(state("q=speech&sort=newest")))!.missing;
    expect(speech).toBeLessThan(all);
    expect(await sortGap(state("q=speech"))).toBeNull();
  });

  it("gives the page the same gap from within its one search request, and counts only papers holding every word", async () => {
    for (const query of ["sort=newest", "q=linear+attention+speech&sort=newest", "", "q=speech"]) {
      const result = await searchPapers(state(query), { sortGap: true });
      expect(result.sortGap ?? null, query).toEqual(await sortGap(state(query)));
      if (result.sortGap) expect(result.sortGap.missing).toBeLessThanOrEqual(result.total);
    }
  });
});

describe("excluded facet values", () => {
  it("remove every paper carrying the value, whatever else is chosen", async () => {
    const all = await searchPapers(state("q=attention"));
    const withoutMoe = await everyHit("q=attention&not-technique=moe");
    const moe = await searchPapers(state("q=attention&technique=moe"));
    expect(moe.total).toBeGreaterThan(0);
    expect(withoutMoe.length).toBe(all.total - moe.total);
    expect(withoutMoe.some((h) => h.technique.includes("moe"))).toBe(false);
  });

  it("combine with chosen values of the same facet: linear attention, and not MoE", async () => {
    const chosen = await searchPapers(state("technique=linear-attention"));
    const both = await everyHit("technique=linear-attention&not-technique=moe");
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThanOrEqual(chosen.total);
    expect(both.every((h) => h.technique.includes("linear-attention") && !h.technique.includes("moe"))).toBe(true);
  });

  it("keep applying to the counts of the facet's other values", async () => {
    const result = await searchPapers(state("domain=vision&not-domain=video"));
    const language = result.facets.domain.find((c) => c.value === "language")!.count;
    // The count beside "Language" is the number of language papers the exclusion lets through.
    expect(language).toBe((await searchPapers(state("domain=language&not-domain=video"))).total);
    expect(language).toBeLessThan((await searchPapers(state("domain=language"))).total);
  });
});
