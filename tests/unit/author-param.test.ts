import { describe, expect, it } from "vitest";
import { buildFilter } from "@/lib/search/build-query";
import { EMPTY_STATE, findParamErrors, parseSearchState, searchHref, selectedFilters, toggleFilter, withChange } from "@/lib/search-params";

describe("the author filter in the URL", () => {
  it("round-trips exact names, Unicode and punctuation included, and drops repeats", () => {
    const state = parseSearchState(new URLSearchParams("author=Łukasz+Kaiser&author=Quoc+V.+Le&author=%C5%81ukasz%20Kaiser"));
    expect(state.author).toEqual(["Łukasz Kaiser", "Quoc V. Le"]);
    expect(parseSearchState(new URLSearchParams(searchHref(state).slice(2)))).toEqual(state);
    expect(searchHref(withChange(EMPTY_STATE, { author: ["Tri Dao"] }))).toBe("/?author=Tri+Dao");
  });

  it("filters by every name given (papers by all of them), quoting names safely", () => {
    const state = withChange(EMPTY_STATE, { author: ['Jane "JJ" Doe', "Tri Dao"], technique: ["moe"] });
    expect(buildFilter(state)).toEqual(['technique IN ["moe"]', 'authors = "Jane \\"JJ\\" Doe"', 'authors = "Tri Dao"']);
    // The sidebar's disjunctive counts leave out their own facet, never the author.
    expect(buildFilter(state, "technique")).toEqual(['authors = "Jane \\"JJ\\" Doe"', 'authors = "Tri Dao"']);
  });

  it("is a removable chip", () => {
    const state = withChange(EMPTY_STATE, { author: ["Tri Dao"] });
    expect(selectedFilters(state)).toEqual([{ filter: "author", value: "Tri Dao", excluded: false }]);
    expect(toggleFilter(state, "author", "Tri Dao").author).toEqual([]);
  });

  it("answers a blank, overlong or excessive author with 400 messages, and the page drops them", () => {
    const params = new URLSearchParams([["author", "  "], ["author", "x".repeat(201)], ...Array.from({ length: 5 }, (_, i) => ["author", `A${i}`])]);
    expect(findParamErrors(params)).toEqual(["author must be a name", "author is longer than 200 characters", "at most 5 author parameters"]);
    expect(parseSearchState(params).author).toEqual(["A0", "A1", "A2", "A3", "A4"]);
  });
});
