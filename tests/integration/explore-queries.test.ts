import { beforeAll, describe, expect, inject, it } from "vitest";
import { EMPTY_STATE, parseSearchState } from "@/lib/search-params";
import { allPaperLinks, crossCounts, exportPapers, facetTotals, searchPapers } from "@/lib/search";

const state = (query: string) => parseSearchState(new URLSearchParams(query));

beforeAll(() => {
  process.env.MEILI_URL = inject("meiliUrl");
  process.env.MEILI_SEARCH_KEY = inject("searchKey");
});

describe("queries behind topics, the map, feeds, exports and the sitemap", () => {
  it("reads every paper once for the sitemap, even when ranges must be split to come back whole", async () => {
    // A range size of 5 forces splits below the first character, as 100k papers would at 1,000.
    const links = await allPaperLinks(5);
    expect(links).toHaveLength(inject("paperCount"));
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
    expect(links.map((l) => l.id)).toEqual([...links.map((l) => l.id)].sort());
    expect((await allPaperLinks()).map((l) => l.slug)).toEqual(links.map((l) => l.slug));
  });

  it("counts each map cell as the search with both filters does", async () => {
    const { totals, crosses } = await crossCounts([{ rows: "domain", cols: "technique" }]);
    expect(totals.total).toBe(inject("paperCount"));
    const vision = crosses[0].table.find((r) => r.value === "vision")!;
    expect(vision.total).toBe((await searchPapers(state("domain=vision"))).total);
    for (const technique of ["sparse-attention", "token-reduction", "moe"]) {
      expect(vision.cells[technique] ?? 0).toBe((await searchPapers(state(`domain=vision&technique=${technique}`))).total);
    }
  });

  it("counts every facet value of the catalogue in one query", async () => {
    const totals = await facetTotals();
    const all = await searchPapers(EMPTY_STATE);
    for (const { value, count } of all.facets.technique) expect(totals.counts.technique[value]).toBe(count);
  });

  it("exports whole records of a search, in its order, with the total of the whole set", async () => {
    const page = await searchPapers(state("q=speech&domain=audio"));
    const exported = await exportPapers(state("q=speech&domain=audio"), 5);
    expect(exported.total).toBe(page.total);
    expect(exported.papers.map((p) => p.slug)).toEqual(page.hits.slice(0, 5).map((h) => h.slug));
    expect(exported.papers[0].abstract.length).toBeGreaterThan(40);
    expect(exported.papers[0]).not.toHaveProperty("evidence");
    expect(exported.papers[0]).not.toHaveProperty("sources");
  });
});
