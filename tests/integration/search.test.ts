import { beforeAll, describe, expect, inject, it } from "vitest";
import { Meilisearch } from "meilisearch";
import { EMPTY_STATE, parseSearchState } from "@/lib/search-params";
import { getPaper, relaxations, searchPapers, similarPapers } from "@/lib/search";
import { INDEX_UID } from "@/lib/search/settings";

const search = (query: string) => searchPapers(parseSearchState(new URLSearchParams(query)));

beforeAll(() => {
  // The web app's view of the index: URL and search-only key, as `npm start` hands them to Next.js.
  process.env.MEILI_URL = inject("meiliUrl");
  process.env.MEILI_SEARCH_KEY = inject("searchKey");
});

describe("searching the real catalogue", () => {
  it("holds every paper of the dumps", async () => {
    const all = await searchPapers(EMPTY_STATE);
    expect(all.total).toBe(inject("paperCount"));
    expect(all.total).toBe(383);
  });

  it("finds the Swin papers for 'swin', the original first among title matches", async () => {
    const { hits } = await search("q=swin");
    const titles = hits.map((h) => h.title);
    expect(titles.slice(0, 6)).toContain("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows");
    expect(titles.filter((t) => /swin/i.test(t)).length).toBeGreaterThanOrEqual(5);
    expect(hits[0].titleMarked).toMatch(/\u0001Swin/);
  });

  it("forgives the typo 'tranformer'", async () => {
    const typo = await search("q=tranformer");
    expect(typo.total).toBeGreaterThan(100);
    expect(typo.hits[0].matchedWords.some((w) => w.startsWith("transformer"))).toBe(true);
  });

  it("treats MoE and mixture of experts as the same words", async () => {
    const acronym = await search("q=moe");
    const spelled = await search("q=mixture+of+experts");
    const ids = (r: typeof acronym) => new Set(r.hits.map((h) => h.id));
    const overlap = [...ids(acronym)].filter((id) => ids(spelled).has(id));
    expect(overlap.length).toBeGreaterThanOrEqual(Math.min(ids(acronym).size, ids(spelled).size) * 0.8);
    expect(acronym.hits.some((h) => h.matchedWords.some((w) => w.includes("mixture")))).toBe(true);
  });

  it("does not let typo tolerance turn an acronym into another word", async () => {
    const { hits } = await search("q=vit");
    expect(hits.every((h) => h.matchedWords.every((w) => !/^(visit|vital|via)/.test(w)))).toBe(true);
  });

  it("filters by a facet value and ORs values of one facet", async () => {
    const moe = await search("technique=moe");
    expect(moe.total).toBeGreaterThan(3);
    expect(moe.hits.every((h) => h.technique.includes("moe"))).toBe(true);
    const either = await search("domain=audio&domain=graph");
    expect(either.hits.every((h) => h.domain.includes("audio") || h.domain.includes("graph"))).toBe(true);
    const audio = await search("domain=audio");
    expect(either.total).toBeGreaterThan(audio.total);
  });

  it("keeps counting the other values of a facet once one is chosen (disjunctive counts)", async () => {
    const vision = await search("domain=vision");
    const audioCount = vision.facets.domain.find((f) => f.value === "audio")?.count ?? 0;
    const everything = await search("");
    expect(audioCount).toBe(everything.facets.domain.find((f) => f.value === "audio")?.count);
    const visionTasks = vision.facets.task.reduce((n, f) => Math.max(n, f.count), 0);
    expect(visionTasks).toBeLessThanOrEqual(vision.total);
  });

  it("sorts by newest and by upvotes", async () => {
    const newest = await search("sort=newest");
    const dates = newest.hits.map((h) => h.date).filter(Boolean) as string[];
    expect(dates).toEqual([...dates].sort().reverse());
    const upvoted = await search("sort=upvotes");
    expect(upvoted.hits[0].upvotes).toBe(Math.max(...upvoted.hits.map((h) => h.upvotes ?? 0)));
  });

  it("pages through results 20 at a time", async () => {
    const first = await search("q=transformer");
    const second = await search("q=transformer&page=2");
    expect(first.hits).toHaveLength(20);
    expect(second.hits[0].id).not.toBe(first.hits[0].id);
    expect(first.totalPages).toBe(Math.ceil(first.total / 20));
  });

  it("tells which single removal brings papers back to an empty search", async () => {
    const state = parseSearchState(new URLSearchParams("q=swin&domain=graph"));
    expect((await searchPapers(state)).total).toBe(0);
    const ways = await relaxations(state);
    expect(ways[0]).toMatchObject({ remove: "domain" });
    expect(ways[0].total).toBeGreaterThan(0);
  });

  it("finds a paper by its slug, with similar papers that are not itself", async () => {
    const paper = await getPaper("mamba-linear-time-sequence-modeling-with-selective-state-spaces");
    expect(paper?.modelName).toBe("Mamba");
    const similar = await similarPapers(paper!);
    expect(similar.length).toBeGreaterThanOrEqual(5);
    expect(similar.map((p) => p.id)).not.toContain(paper!.id);
    expect(await getPaper("no-such-paper")).toBeNull();
  });
});

describe("keys", () => {
  it("gives the web app a key that can search but not write", async () => {
    const client = new Meilisearch({ host: inject("meiliUrl"), apiKey: inject("searchKey") });
    await expect(client.index(INDEX_UID).addDocuments([{ id: "x" }])).rejects.toThrow(/key|authoriz|forbidden|invalid/i);
    expect((await client.index(INDEX_UID).search("swin")).hits.length).toBeGreaterThan(0);
  });
});
