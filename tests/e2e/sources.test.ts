import { describe, expect, it } from "vitest";
import { screenshot, withBrowser } from "../helpers/browser";

const { open, base } = withBrowser();

describe("a paper's links out and authors", () => {
  it("links a paper with an arXiv id to its abstract, PDF, Hugging Face page and code", async () => {
    // Mamba is in the listing dumps and in the daily papers and snapshot fixtures: one page, merged.
    const page = await open({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base()}/papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces`);
    const links = page.getByRole("list", { name: "Read the paper" });
    const href = (name: string) => links.getByRole("link", { name }).getAttribute("href");
    expect(await href("arXiv")).toBe("https://arxiv.org/abs/2312.00752");
    expect(await href("PDF")).toBe("https://arxiv.org/pdf/2312.00752");
    expect(await href("Hugging Face")).toBe("https://huggingface.co/papers/2312.00752");
    expect(await href("Code")).toBe("https://github.com/state-spaces/mamba");
    expect(await page.getByTestId("authors").textContent()).toBe("Authors: Albert Gu, Tri Dao");
    // One record from three kinds of source; the file names stay in the API, not on the page.
    expect(await page.getByTestId("paper-facts").textContent()).toContain(
      "record from Hugging Face paper listings, Hugging Face daily papers and the arXiv metadata snapshot",
    );
    const record = await (await fetch(`${base()}/api/papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces`)).json();
    expect(record.sources.map((s: { file: string }) => s.file).join(" ")).toMatch(
      /001_b4fe7737b1858a70\.txt.*hf-daily-papers\.json.*arxiv-metadata-snapshot\.jsonl/,
    );
    await page.context().close();
  });

  it("offers a title search on arXiv and Hugging Face for a paper without an arXiv id", async () => {
    const page = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base()}/papers/dense-transformer-networks`);
    const links = page.getByRole("list", { name: "Read the paper" });
    expect(await links.getByRole("link", { name: "Find on arXiv" }).getAttribute("href")).toBe(
      "https://arxiv.org/search/?query=Dense%20Transformer%20Networks&searchtype=title",
    );
    expect(await links.getByRole("link", { name: "Find on Hugging Face" }).getAttribute("href")).toBe(
      "https://huggingface.co/papers?q=Dense%20Transformer%20Networks",
    );
    expect(await links.getByRole("link", { name: "PDF" }).count()).toBe(0);
    await page.context().close();
  });

  it("folds a long author list after five names, opens it with et al., and an author's name filters the search by them", async () => {
    const page = await open({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
    await page.goto(`${base()}/papers/mixtral-of-experts`);
    const authors = page.getByTestId("authors");
    expect(await authors.getByRole("link").count()).toBe(5);
    await authors.getByRole("button", { name: "et al. (21 more)" }).click();
    expect(await authors.getByRole("link").count()).toBe(26);
    await screenshot(page, "paper-authors-open-narrow-dark");
    await authors.getByRole("button", { name: "fewer" }).click();
    expect(await authors.getByRole("link").count()).toBe(5);

    await authors.getByRole("link", { name: "Alexandre Sablayrolles" }).click();
    await page.waitForURL(/\/\?author=Alexandre\+Sablayrolles$/);
    const titles = await page.locator('[data-testid="result"] h2').allTextContents();
    // Mixtral and DeiT: the two fixture papers that list him.
    expect(titles.sort()).toEqual(["Mixtral of Experts", "Training data-efficient image transformers & distillation through attention"]);
    const chip = page.getByRole("link", { name: "Remove filter Author: Alexandre Sablayrolles" });
    await chip.click();
    await page.waitForURL(/\/$/);
    await page.context().close();
  });

  it("finds papers by an author's name typed in the search box, and the API filters by exact name", async () => {
    const res = await fetch(`${base()}/api/search?q=Sablayrolles`);
    const body = (await res.json()) as { hits: { slug: string }[] };
    expect(body.hits.map((h) => h.slug)).toContain("mixtral-of-experts");
    const exact = (await (await fetch(`${base()}/api/search?author=Tri%20Dao`)).json()) as { total: number; hits: { title: string }[] };
    expect(exact.hits.map((h) => h.title).sort()).toEqual([
      "Hyena Hierarchy: Towards Larger Convolutional Language Models",
      "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
    ]);
    expect((await fetch(`${base()}/api/search?author=${"x".repeat(201)}`)).status).toBe(400);
  });
});
