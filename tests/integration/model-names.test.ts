import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseSearchState } from "@/lib/search-params";
import { searchPapers } from "@/lib/search";

const search = (query: string) => searchPapers(parseSearchState(new URLSearchParams(query)));

beforeAll(() => {
  process.env.MEILI_URL = inject("meiliUrl");
  process.env.MEILI_SEARCH_KEY = inject("searchKey");
});

// The lexicon's model names are matched as typed: a name is not typo-expanded into other words.
describe("model names of the lexicon", () => {
  it.each([
    ["performer", /perform(?!er)/i],
    ["retnet", /\bres[nN]et|\bconv[nN]et/],
    ["cosformer", /\bconformer|\bcomformer/i],
  ])("'%s' matches only papers naming it, not typo neighbours", async (query, neighbour) => {
    const result = await search(`q=${query}`);
    for (const hit of result.hits) expect(hit.matchedWords.join(" "), hit.title).not.toMatch(neighbour);
    expect(result.total).toBeLessThan(30);
  });
});
