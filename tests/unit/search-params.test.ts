import { describe, expect, it } from "vitest";
import { EMPTY_STATE, findParamErrors, parseSearchState, searchHref, serializeSearchState, toggleFacet, toggleFilter, withChange } from "@/lib/search-params";

const CONTRACT = "q=linear+attention&domain=audio&domain=vision&technique=moe&sort=newest&page=2";

describe("URL search state", () => {
  it("reads the documented URL contract", () => {
    const state = parseSearchState(new URLSearchParams(CONTRACT));
    expect(state).toMatchObject({ q: "linear attention", domain: ["audio", "vision"], technique: ["moe"], sort: "newest", page: 2, task: [], code: false });
  });

  it("writes the same URL back, so shared links round-trip", () => {
    expect(serializeSearchState(parseSearchState(new URLSearchParams(CONTRACT)))).toBe(CONTRACT);
  });

  it("reads Next.js searchParams objects as well as URLSearchParams", () => {
    expect(parseSearchState({ q: "swin", domain: ["vision", "video"], year: "2021" })).toMatchObject({ q: "swin", domain: ["vision", "video"], year: [2021] });
  });

  it("drops unknown parameters and malformed values instead of failing", () => {
    const state = parseSearchState(new URLSearchParams("q=x&domain=vision&domain=nonsense&task=&page=-3&sort=best&utm_source=chat&year=20x1&code=yes"));
    expect(state).toEqual({ ...EMPTY_STATE, q: "x", domain: ["vision"], sort: "relevance" });
  });

  it("sorts by relevance with a query and by newest without, leaving the default out of the URL", () => {
    expect(parseSearchState(new URLSearchParams("q=moe")).sort).toBe("relevance");
    expect(parseSearchState(new URLSearchParams("")).sort).toBe("newest");
    expect(searchHref({ ...EMPTY_STATE })).toBe("/");
    expect(searchHref(withChange(EMPTY_STATE, { sort: "upvotes" }))).toBe("/?sort=upvotes");
  });

  it("toggles a facet value on and off and returns to page 1", () => {
    const onPage3 = { ...EMPTY_STATE, page: 3 };
    const on = toggleFacet(onPage3, "domain", "vision");
    expect(searchHref(on)).toBe("/?domain=vision");
    expect(searchHref(toggleFacet(on, "domain", "vision"))).toBe("/");
    expect(searchHref(toggleFilter(on, "year", "2023"))).toBe("/?domain=vision&year=2023");
    expect(searchHref(toggleFilter(on, "hasCode", "true"))).toBe("/?domain=vision&code=1");
  });

  it("names every bad parameter for the API's 400", () => {
    const errors = findParamErrors(new URLSearchParams("domain=nonsense&page=0&sort=best&foo=1"));
    expect(errors).toEqual(
      expect.arrayContaining([
        '"nonsense" is not a domain value',
        expect.stringMatching(/^page must be/),
        expect.stringMatching(/^sort must be/),
        'unknown parameter "foo"',
      ]),
    );
    expect(findParamErrors(new URLSearchParams(CONTRACT))).toEqual([]);
  });

  it.each([
    "year=0x7E8",
    "year=2e3",
    "year=+2021",
    "year=02021",
    "year=2021.0",
    "year= 2021",
    "page=0x2",
    "page=1e1",
    "page= 2",
    "page=2 ",
    "page=02",
    "page=2.0",
    "page=-1",
  ])("rejects the non-decimal number %s in the API and drops it on the page", (query) => {
    const params = new URLSearchParams(query);
    expect(findParamErrors(params)).toHaveLength(1);
    const state = parseSearchState(params);
    expect(state.year).toEqual([]);
    expect(state.page).toBe(1);
  });

  it("still reads plain decimal years and pages", () => {
    expect(parseSearchState(new URLSearchParams("year=2021&year=1990&page=100"))).toMatchObject({ year: [2021, 1990], page: 100 });
    expect(findParamErrors(new URLSearchParams("year=2100&page=1"))).toEqual([]);
  });
});
