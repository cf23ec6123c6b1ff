import { describe, expect, it } from "vitest";
import { inferTopics } from "@/lib/search/inferred-topics";
import { carryingQueries } from "@/lib/search/some-words";

// A catalogue of 400 papers: 100 vision, 40 sparse attention, 12 pruning, 120 classification.
const catalogue = {
  domain: [{ value: "vision", count: 100 }],
  technique: [
    { value: "sparse-attention", count: 40 },
    { value: "pruning", count: 12 },
  ],
  task: [{ value: "classification", count: 120 }],
  architecture: [{ value: "transformer", count: 390 }],
};

describe("values a query's few papers share", () => {
  it("are those most of them carry, far more than the catalogue does", () => {
    const matched = { technique: [{ value: "sparse-attention", count: 3 }], domain: [{ value: "vision", count: 3 }] };
    // 3 of 4 are sparse attention (7.5 times its share of the catalogue); vision, 3 times, just passes.
    expect(inferTopics("deformable attention", matched, 4, catalogue, 400).map((f) => f.value)).toEqual(["sparse-attention", "vision"]);
  });

  it("are not a value a minority carries, nor one as common here as everywhere", () => {
    const matched = { technique: [{ value: "pruning", count: 2 }], task: [{ value: "classification", count: 4 }] };
    // pruning: 2 of 5; classification: 4 of 5 is 0.8 against 0.3 in the catalogue, under 3 times.
    expect(inferTopics("face recognition", matched, 5, catalogue, 400)).toEqual([]);
  });

  it("need two papers: one paper's values are its own", () => {
    expect(inferTopics("chatgpt", { technique: [{ value: "pruning", count: 1 }] }, 1, catalogue, 400)).toEqual([]);
  });

  it("never come from the architecture, which nearly every paper shares", () => {
    expect(inferTopics("x y", { architecture: [{ value: "transformer", count: 5 }] }, 5, { architecture: [{ value: "transformer", count: 10 }] }, 400)).toEqual(
      [],
    );
  });

  it("name the value by its label, for the heading over the papers carrying it", () => {
    const [topic] = inferTopics("activation sparsity", { technique: [{ value: "pruning", count: 2 }] }, 2, catalogue, 400);
    expect(topic).toMatchObject({ facet: "technique", value: "pruning", phrase: "activation sparsity" });
    expect(topic.label).toMatch(/prun/i);
  });
});

describe("papers carrying an inferred value", () => {
  it("hold one unit each, the rarer unit weighing more, all under the value's filter", () => {
    const base = { indexUid: "papers", q: "deformable attention", filter: ["year IN [2024]"] };
    const queries = carryingQueries(base, ["deformable", "attention"], [4, 300], 400, 'technique = "sparse-attention"', 1.1);
    expect(queries.map((q) => q.q)).toEqual(["deformable", "attention"]);
    expect(queries.every((q) => q.filter!.toString().includes("year IN [2024]") && q.filter!.toString().includes("sparse-attention"))).toBe(true);
    const [rare, common] = queries.map((q) => q.federationOptions!.weight!);
    expect(rare).toBeGreaterThan(common);
    expect(rare + common).toBeCloseTo(1.1);
  });
});
