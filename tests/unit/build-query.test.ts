import { describe, expect, it } from "vitest";
import { buildFilter, buildSearchQueries, countFilter } from "@/lib/search/build-query";
import { parseSearchState } from "@/lib/search-params";

describe("Meilisearch query building", () => {
  const state = parseSearchState(new URLSearchParams("q=speech&domain=audio&domain=vision&technique=moe&year=2023&code=1"));

  it("ORs values within a facet and ANDs the facets", () => {
    expect(buildFilter(state)).toEqual(['domain IN ["audio", "vision"]', 'technique IN ["moe"]', "year IN [2023]", "hasCode = true"]);
  });

  it("counts each selected facet without its own filter, so its other values keep their counts", () => {
    const [main, ...disjunctive] = buildSearchQueries(state);
    expect(main.facets).toEqual(["task", "architecture", "contribution"]);
    const domainQuery = disjunctive.find((q) => q.facets?.[0] === "domain");
    expect(domainQuery?.filter).toEqual(['technique IN ["moe"]', "year IN [2023]", "hasCode = true"]);
    expect(domainQuery?.limit).toBe(0);
    expect(disjunctive).toHaveLength(4);
  });

  it("sorts newest and most upvoted explicitly, relevance by Meilisearch's ranking", () => {
    expect(buildSearchQueries({ ...state, sort: "newest" })[0].sort).toEqual(["date:desc", "upvotes:desc"]);
    expect(buildSearchQueries({ ...state, sort: "upvotes" })[0].sort).toEqual(["upvotes:desc", "date:desc"]);
    expect(buildSearchQueries({ ...state, sort: "relevance" })[0].sort).toBeUndefined();
  });

  it("asks for marks, a cropped abstract and match positions only when there are words to match", () => {
    const [withWords] = buildSearchQueries(state);
    expect(withWords).toMatchObject({ attributesToHighlight: ["title", "modelName"], attributesToCrop: ["abstract"], showMatchesPosition: true });
    const [browsing] = buildSearchQueries({ ...state, q: "" });
    for (const key of ["attributesToHighlight", "attributesToCrop", "cropLength", "showMatchesPosition"]) expect(browsing).not.toHaveProperty(key);
  });

  describe("excluded values", () => {
    const excluding = parseSearchState(
      new URLSearchParams("q=speech&domain=audio&domain=vision&not-domain=video&not-technique=moe&not-technique=token-reduction"),
    );

    it("AND a NOT IN clause per facet on top of the OR-groups", () => {
      expect(buildFilter(excluding)).toEqual(['domain IN ["audio", "vision"]', 'domain NOT IN ["video"]', 'technique NOT IN ["moe", "token-reduction"]']);
    });

    it("keep applying while a facet's own values are counted, so each count is what ticking it would give", () => {
      expect(countFilter(excluding, "domain")).toEqual(['domain NOT IN ["video"]', 'technique NOT IN ["moe", "token-reduction"]']);
      const [main, ...disjunctive] = buildSearchQueries(excluding);
      // technique has only exclusions: the main query counts it, under its own NOT clause.
      expect(main.facets).toContain("technique");
      expect(disjunctive.map((q) => q.facets)).toEqual([["domain"]]);
    });

    it("go with their facet when the whole filter is removed", () => {
      expect(buildFilter(excluding, "technique")).toEqual(['domain IN ["audio", "vision"]', 'domain NOT IN ["video"]']);
      expect(buildFilter(excluding, "domain")).toEqual(['technique NOT IN ["moe", "token-reduction"]']);
    });
  });
});
