import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  EMPTY_STATE,
  findParamErrors,
  parseSearchParams,
  parseSearchState,
  removeFilter,
  searchBoxLinks,
  searchHref,
  selectedFilters,
  serializeSearchState,
  toggleExclude,
  toggleFacet,
  toggleFilter,
  withChange,
  type SearchState,
} from "@/lib/search-params";
import { FACET_NAMES, TAXONOMY } from "@/lib/taxonomy";

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
    expect(findParamErrors(new URLSearchParams("q=x&domain=vision&domain=nonsense&task=&page=-3&sort=best&utm_source=chat&year=20x1&code=yes"))).toHaveLength(
      7,
    );
  });

  it("sorts by relevance with a query and by upvotes without, leaving the default out of the URL", () => {
    expect(parseSearchState(new URLSearchParams("q=moe")).sort).toBe("relevance");
    expect(parseSearchState(new URLSearchParams("")).sort).toBe("upvotes");
    expect(searchHref({ ...EMPTY_STATE })).toBe("/");
    expect(searchHref(withChange(EMPTY_STATE, { sort: "newest" }))).toBe("/?sort=newest");
    expect(searchHref(withChange(EMPTY_STATE, { q: "moe", sort: "upvotes" }))).toBe("/?q=moe&sort=upvotes");
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

  it("reads a URL the API accepts exactly as the page does (the API parses it once, strictly)", () => {
    for (const url of [CONTRACT, "", "q=%20state%20%20space%20", "not-technique=moe&author=Ada%20Lovelace&year=2024&year=2023&code=1&sort=upvotes&page=100"]) {
      const strict = parseSearchParams(new URLSearchParams(url), "strict");
      expect(strict.errors, url).toEqual([]);
      expect(strict.state, url).toEqual(parseSearchState(new URLSearchParams(url)));
    }
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

  it("reads facet values whatever their case on the page, and names them exactly in the API", () => {
    expect(parseSearchState(new URLSearchParams("technique=MOE&domain=%20Vision%20&not-contribution=Survey"))).toMatchObject({
      technique: ["moe"],
      domain: ["vision"],
      exclude: expect.objectContaining({ contribution: ["survey"] }),
    });
    expect(searchHref(parseSearchState(new URLSearchParams("technique=MOE")))).toBe("/?technique=moe");
    expect(findParamErrors(new URLSearchParams("technique=MOE"))).toEqual(['"MOE" is not a technique value']);
    expect(parseSearchState(new URLSearchParams("sort=NEWEST")).sort).toBe("newest");
  });

  it("excludes values with a repeatable not-<facet> parameter, written after the chosen ones", () => {
    const state = parseSearchState(new URLSearchParams("q=attention&domain=audio&not-technique=moe&not-technique=token-reduction&not-domain=vision"));
    expect(state.exclude).toMatchObject({ technique: ["moe", "token-reduction"], domain: ["vision"] });
    expect(state.domain).toEqual(["audio"]);
    expect(serializeSearchState(state)).toBe("q=attention&domain=audio&not-domain=vision&not-technique=moe&not-technique=token-reduction");
    expect(findParamErrors(new URLSearchParams("not-technique=moe&not-domain=nonsense"))).toEqual(['"nonsense" is not a domain value']);
  });

  it("lets an exclusion win over the same value chosen, and says so in the API", () => {
    const params = new URLSearchParams("technique=moe&technique=linear-attention&not-technique=moe");
    expect(parseSearchState(params)).toMatchObject({ technique: ["linear-attention"], exclude: expect.objectContaining({ technique: ["moe"] }) });
    expect(findParamErrors(params)).toEqual(['"moe" is both chosen and excluded in technique']);
  });

  it("moves a value between chosen, excluded and neither, always back to page 1", () => {
    const start = { ...EMPTY_STATE, page: 4 };
    const chosen = toggleFilter(start, "technique", "moe");
    const excluded = toggleExclude(chosen, "technique", "moe");
    expect(searchHref(excluded)).toBe("/?not-technique=moe");
    expect(searchHref(toggleFilter(excluded, "technique", "moe"))).toBe("/?technique=moe");
    expect(searchHref(toggleExclude(excluded, "technique", "moe"))).toBe("/");
    expect(selectedFilters(excluded)).toEqual([{ filter: "technique", value: "moe", excluded: true }]);
    expect(searchHref(removeFilter(excluded, selectedFilters(excluded)[0]))).toBe("/");
  });

  it("reads a page past the last one a search can have as that last page, not as page 1", () => {
    expect(parseSearchState(new URLSearchParams("q=x&page=150")).page).toBe(100);
    expect(parseSearchState(new URLSearchParams("q=x&page=99999999")).page).toBe(100);
    expect(findParamErrors(new URLSearchParams("page=150"))).toEqual([expect.stringMatching(/^page must be/)]);
  });

  it("refuses a single-valued parameter given twice in the API, and takes the first on the page", () => {
    const params = new URLSearchParams("q=a&q=b&sort=newest&sort=upvotes");
    expect(parseSearchState(params)).toMatchObject({ q: "a", sort: "newest" });
    expect(findParamErrors(params)).toEqual(["q is given 2 times; it takes one value", "sort is given 2 times; it takes one value"]);
  });

  it("gives the search box the rest of the URL for a new query, keeping a chosen sort and dropping the page", () => {
    const state = parseSearchState(new URLSearchParams("q=swin&domain=vision&not-technique=moe&sort=newest&page=3"));
    expect(searchBoxLinks(state)).toEqual({
      withQuery: "domain=vision&not-technique=moe&sort=newest",
      withoutQuery: "domain=vision&not-technique=moe&sort=newest",
      hidden: [
        ["domain", "vision"],
        ["not-technique", "moe"],
        ["sort", "newest"],
      ],
    });
    // The default sort follows the query: relevance with one, upvotes without.
    expect(searchBoxLinks(parseSearchState(new URLSearchParams("q=swin")))).toMatchObject({ withQuery: "", withoutQuery: "" });
    expect(searchBoxLinks(EMPTY_STATE)).toMatchObject({ withQuery: "", withoutQuery: "" });
  });

  it("round-trips any state it can write", () => {
    const slugs = (f: (typeof FACET_NAMES)[number]) => fc.subarray(TAXONOMY[f].values.map((v) => v.slug) as string[]);
    const selection = fc.record(Object.fromEntries(FACET_NAMES.map((f) => [f, slugs(f)])) as Record<(typeof FACET_NAMES)[number], fc.Arbitrary<string[]>>);
    const state = fc
      .record({
        q: fc.string({ maxLength: 30 }).map((q) => q.trim().replace(/\s+/g, " ")),
        chosen: selection,
        excluded: selection,
        year: fc.uniqueArray(fc.integer({ min: 1990, max: 2100 }), { maxLength: 3 }),
        code: fc.boolean(),
        sort: fc.constantFrom("relevance", "newest", "upvotes" as const),
        page: fc.integer({ min: 1, max: 100 }),
      })
      .map(({ chosen, excluded, ...rest }) => {
        const exclude = Object.fromEntries(FACET_NAMES.map((f) => [f, excluded[f].filter((v) => !chosen[f].includes(v))]));
        return { ...EMPTY_STATE, ...rest, ...chosen, exclude, year: rest.year.sort((a, b) => b - a) } as unknown as SearchState;
      });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseSearchState(new URLSearchParams(serializeSearchState(s)))).toEqual(s);
        expect(findParamErrors(new URLSearchParams(serializeSearchState(s)))).toEqual([]);
      }),
    );
  });
});
