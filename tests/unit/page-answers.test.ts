import { describe, expect, it } from "vitest";
import { leaveAnswer, pageQuestion, takeAnswer } from "@/lib/search/page-answers";

describe("the answer proxy.ts leaves for a page", () => {
  it("is the search of `/` for its own parameters, and the paper of a paper page", () => {
    const home = pageQuestion("/", new URLSearchParams("q=swin&domain=VISION&nonsense=1"));
    expect(home).toMatchObject({ page: "search", key: "search?q=swin&domain=vision" });
    expect(pageQuestion("/papers/mamba-linear-time", new URLSearchParams())).toMatchObject({ page: "paper", key: "paper:mamba-linear-time" });
    // Pages whose first question is not shared, and paths that cannot be a paper.
    for (const path of ["/map", "/topics", "/papers/mamba/cite.bib", "/papers/Not_A_Slug", "/no-such-page"])
      expect(pageQuestion(path, new URLSearchParams()), path).toBeNull();
  });

  it("is taken once, by the request holding its token, for the same question only", async () => {
    const token = leaveAnswer("search?q=swin", Promise.resolve("swin results"));
    expect(takeAnswer(token, "search?q=mamba")).toBeUndefined();
    expect(takeAnswer(null, "search?q=swin")).toBeUndefined();
    expect(takeAnswer("forged", "search?q=swin")).toBeUndefined();
    expect(await takeAnswer(token, "search?q=swin")).toBe("swin results");
    expect(takeAnswer(token, "search?q=swin")).toBeUndefined();
  });
});
