import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { FACET_NAMES, TAXONOMY } from "@/lib/taxonomy";
import { screenshot, withBrowser } from "../helpers/browser";

const { open, base } = withBrowser();

/** The number of papers the search page says it found: "17 papers …" → 17. */
const searchCount = async (page: Page) => Number((await page.getByTestId("result-count").textContent())!.match(/^([\d,]+) papers?/)![1].replace(/,/g, ""));

describe("topics", () => {
  it("lists every facet value with its count, each opening its topic page", async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base()}/topics`);
    for (const facet of FACET_NAMES) expect(await page.getByTestId(`topics-${facet}`).getByRole("listitem").count()).toBe(TAXONOMY[facet].values.length);
    const moe = page.getByTestId("topics-technique").getByRole("link", { name: /^Mixture of experts/ });
    const listed = Number(/(\d+)/.exec((await moe.locator("span span").nth(1).textContent())!)![1]);
    await screenshot(page, "topics-wide");
    await moe.click();
    await page.waitForURL(/\/topics\/technique\/moe$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Mixture of experts");
    expect(await page.getByTestId("topic-definition").textContent()).toMatch(/sparsely gated experts/);
    expect(await page.getByTestId("topic-count").textContent()).toBe(`${listed} papers`);
    expect(await page.locator('#results [data-testid="result"]').count()).toBe(Math.min(listed, 20));
    await page.context().close();
  });

  it("links what a topic is used with to the combined search, which finds as many papers", async () => {
    const page = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base()}/topics/technique/sparse-attention`);
    await screenshot(page, "topic-narrow");
    const vision = page.getByTestId("cooccurrence").getByRole("link", { name: "Vision" });
    const shown = Number(await vision.locator("xpath=following-sibling::span").textContent());
    await vision.click();
    await page.waitForURL(/\/\?domain=vision&technique=sparse-attention$/);
    expect(await searchCount(page)).toBe(shown);
    await page.goBack();
    // The per-year chart's bars are links to that year's papers of the topic.
    const bar = page.getByRole("group", { name: "Sparse & local attention: papers per year" }).getByRole("link").first();
    const [, year, n] = /^(\d{4}): (\d+) papers?$/.exec((await bar.getAttribute("aria-label"))!)!;
    await bar.click();
    await page.waitForURL(new RegExp(`/\\?technique=sparse-attention&year=${year}$`));
    expect(await searchCount(page)).toBe(Number(n));
    await page.context().close();
  });

  it("explains a tag where it is shown: the sidebar links each facet to its definitions, a tag's tooltip gives its own", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=speech`);
    const tag = page.getByTestId("result").first().getByRole("list", { name: "Tags" }).getByRole("link", { name: "Speech & audio" });
    expect(await tag.getAttribute("title")).toMatch(/^domain: Speech & audio \(speech, music and sound: ASR, TTS/);
    await page.getByRole("link", { name: "What each domain value means" }).click();
    await page.waitForURL(/\/topics#domain$/);
    expect(await page.getByTestId("topics-domain").isVisible()).toBe(true);
    await page.context().close();
  });

  it("offers the topic's feeds in the head and on the page, and each answers", async () => {
    const page = await open({ colorScheme: "dark" });
    await page.goto(`${base()}/topics/domain/audio`);
    const atom = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    const json = await page.locator('head link[rel="alternate"][type="application/feed+json"]').getAttribute("href");
    expect(atom).toBe(`${base()}/feed.xml?domain=audio`);
    expect(json).toBe(`${base()}/feed.json?domain=audio`);
    expect(await page.getByTestId("follow-links").getByRole("link", { name: "Atom feed" }).getAttribute("href")).toBe("/feed.xml?domain=audio");
    expect((await fetch(atom!)).status).toBe(200);
    await screenshot(page, "topic-wide-dark");
    await page.context().close();
  });

  it("answers a value the taxonomy does not have, or a page past the last, with a 404", async () => {
    expect((await fetch(`${base()}/topics/technique/warp-drive`)).status).toBe(404);
    expect((await fetch(`${base()}/topics/colour/blue`)).status).toBe(404);
    expect((await fetch(`${base()}/topics/technique/moe?page=9`)).status).toBe(404);
    // A facet's own path (the feeds' category scheme) leads to its section of /topics.
    const scheme = await fetch(`${base()}/topics/technique`, { redirect: "manual" });
    expect(scheme.status).toBe(307);
    expect(scheme.headers.get("location")).toBe("/topics#technique");
  });
});

describe("map", () => {
  it("is a real table of domain × technique whose cells open the filtered search", async () => {
    const page = await open();
    await page.goto(`${base()}/map`);
    const table = page.getByTestId("heat-table");
    expect(await table.locator("caption").textContent()).toMatch(/domain \(rows\) and efficiency technique \(columns\)/);
    expect(await table.locator('th[scope="row"]').count()).toBe(TAXONOMY.domain.values.length);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(TAXONOMY.technique.values.length + 1);
    const cell = table.getByRole("link", { name: /^Vision and Sparse & local attention: \d+ papers$/ });
    const count = Number(await cell.textContent());
    expect(count).toBeGreaterThan(0);
    await screenshot(page, "map-wide-light");
    // Reachable and followed by keyboard.
    await cell.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/\?domain=vision&technique=sparse-attention$/);
    expect(await searchCount(page)).toBe(count);
    await page.context().close();
  });

  it("switches to task × technique, and shows papers per year by technique with a table behind it", async () => {
    const page = await open({ colorScheme: "dark" });
    await page.goto(`${base()}/map`);
    await page.getByRole("link", { name: "Task × technique" }).click();
    await page.waitForURL(/\/map\?rows=task$/);
    expect(await page.getByTestId("heat-table").locator('th[scope="row"]').count()).toBe(TAXONOMY.task.values.length);
    expect(await page.getByTestId("year-multiples").locator("li").count()).toBe(TAXONOMY.technique.values.length);
    await page.getByText("The numbers as a table").click();
    const yearLink = page.getByTestId("year-table").getByRole("link").first();
    expect(await yearLink.getAttribute("href")).toMatch(/^\/\?technique=[a-z-]+&year=20\d\d$/);
    await screenshot(page, "map-task-dark");
    await page.context().close();
  });
});

describe("search page and paper page", () => {
  it("links the search's feeds in the head and offers its exports", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=speech&domain=audio&page=2`);
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toBe(`${base()}/feed.xml?q=speech&domain=audio`);
    const csv = page.getByTestId("follow-links").getByRole("link", { name: "CSV" });
    expect(await csv.getAttribute("href")).toBe("/export/csv?q=speech&domain=audio");
    const download = page.waitForEvent("download");
    await csv.click();
    expect((await download).suggestedFilename()).toBe("transformer-papers-speech-audio.csv");
    await page.context().close();
  });

  it("copies a paper's BibTeX and offers its CSL-JSON", async () => {
    const page = await open({ permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(`${base()}/papers/swin-transformer-hierarchical-vision-transformer-using-shifted-windows`);
    const cite = page.getByTestId("cite");
    await cite.getByRole("button", { name: "Copy BibTeX" }).click();
    await expect.poll(() => cite.getByRole("button").textContent()).toBe("BibTeX copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await cite.getByTestId("bibtex").textContent());
    expect(copied).toMatch(/^@misc\{liu2021swin,\n {2}title = \{\{Swin Transformer: Hierarchical Vision Transformer using Shifted Windows\}\}/);
    expect(await cite.getByRole("link", { name: "Download CSL-JSON" }).getAttribute("href")).toBe(
      "/papers/swin-transformer-hierarchical-vision-transformer-using-shifted-windows/cite.json",
    );
    await screenshot(page, "paper-cite");
    await page.context().close();
  });
});
