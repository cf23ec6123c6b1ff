import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { screenshot, withBrowser } from "../helpers/browser";

const { open, base } = withBrowser();

describe("paper pages", () => {
  it("opens a paper from a result, and its deep link opens the same paper in a fresh browser", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=mamba`);
    // Result titles are plain anchors (cheaper to render than next/link): they still navigate in the page, no reload.
    const documents: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "document" && documents.push(r.url())));
    await page.locator('[data-testid="result"] h2 a').filter({ hasText: "Mamba: Linear-Time" }).click();
    // The result link carries the search it came from (?from=…) for the back link.
    await page.waitForURL(/\/papers\/mamba-linear-time-sequence-modeling-with-selective-state-spaces\?from=q%3Dmamba$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Mamba: Linear-Time Sequence Modeling/);
    expect(documents).toEqual([]);
    const url = page.url();
    await page.context().close();

    const fresh = await open({ viewport: { width: 1280, height: 900 } });
    await fresh.goto(url);
    expect(await fresh.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Mamba: Linear-Time/);
    expect(await fresh.getByTestId("model-name").textContent()).toBe("Mamba");
    expect(await fresh.getByTestId("abstract").textContent()).toMatch(/selective/);
    expect(await fresh.getByTestId("similar").locator("li").count()).toBeGreaterThanOrEqual(5);
    await screenshot(fresh, "paper-wide-light");
    await fresh.context().close();
  });

  it("links every tag to the filtered search and says why it was given", async () => {
    const page = await open({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
    await page.goto(`${base()}/papers/swin-transformer-hierarchical-vision-transformer-using-shifted-windows`);
    const tag = page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "Sparse & local attention" });
    expect(await tag.getAttribute("title")).toMatch(/Shifted Windows|window/i);
    expect(await page.getByText("Why these tags").isVisible()).toBe(true);
    await screenshot(page, "paper-narrow-dark");
    await tag.click();
    await page.waitForURL(/\/\?technique=sparse-attention$/);
    await page.context().close();
  });

  it("carries canonical, Open Graph and Twitter tags, and a generated preview image", async () => {
    const res = await fetch(`${base()}/papers/swin-transformer-hierarchical-vision-transformer-using-shifted-windows`);
    const html = await res.text();
    expect(html).toMatch(
      /<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/papers\/swin-transformer-hierarchical-vision-transformer-using-shifted-windows"/,
    );
    expect(html).toMatch(/<meta property="og:title" content="Swin Transformer: Hierarchical/);
    expect(html).toMatch(/<meta property="og:description" content="This paper presents a new vision Transformer/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toBeTruthy();
    const png = await fetch(image!);
    expect(png.headers.get("content-type")).toBe("image/png");
  });

  it("answers an unknown slug with a real 404 whose HTML holds the page: heading, search box, close matches", async () => {
    // Plain HTTP, no JavaScript: what a crawler, a link preview or a reader with scripts off gets.
    const res = await fetch(`${base()}/papers/swin-transformr-hierarchical`);
    expect(res.status).toBe(404);
    const html = await res.text();
    // The app's own document (not Next.js's bare `__next_error__` shell that only scripts fill in) ...
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<main id="main"/);
    // ... titled for what it is (a tab or a link preview says so) and kept out of search engines ...
    expect(html).toMatch(/<title>Page not found · Transformer Papers<\/title>/);
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    // ... with the not-found page's one heading and its search form rendered as elements ...
    expect(html.match(/<h1[^>]*>[^<]*<\/h1>/g)).toEqual([expect.stringMatching(/>This page is not in the catalogue</)]);
    expect(html).toMatch(/<form [^>]*role="search"[^>]*>[\s\S]*?<input [^>]*type="search"/);
    // ... and the close matches the server found for the slug.
    expect(html).toMatch(
      /<ul[^>]*data-testid="close-matches"[^>]*>[\s\S]*?<a [^>]*href="\/papers\/swin-transformer-hierarchical-vision-transformer-using-shifted-windows"/,
    );
    // A path that cannot be a slug gets the same page.
    const bad = await fetch(`${base()}/papers/Not_A_Slug`);
    expect(bad.status).toBe(404);
    expect(await bad.text()).toMatch(/<h1[^>]*>This page is not in the catalogue<\/h1>/);

    const noScript = await open({ javaScriptEnabled: false });
    await noScript.goto(`${base()}/papers/swin-transformr-hierarchical`);
    expect(await noScript.getByRole("heading", { level: 1 }).textContent()).toBe("This page is not in the catalogue");
    expect(await noScript.getByTestId("close-matches").textContent()).toMatch(/Swin Transformer: Hierarchical/);
    await noScript.context().close();

    const page = await open();
    await page.goto(`${base()}/papers/swin-transformr-hierarchical`);
    await page.getByRole("searchbox").fill("swin");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\?q=swin$/);
    await page.context().close();
  });
});

describe("JSON API and secrets", () => {
  it("returns hits, facet counts, total and timing for the page's parameters", async () => {
    const res = await fetch(`${base()}/api/search?q=speech&domain=audio`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.facets.domain.length).toBeGreaterThan(1);
    expect(typeof body.processingTimeMs).toBe("number");
    expect(body.hits[0].domain).toContain("audio");
  });

  it("answers bad parameters with 400 and a message", async () => {
    const res = await fetch(`${base()}/api/search?domain=spaceships&page=zero`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.messages).toEqual(expect.arrayContaining(['"spaceships" is not a domain value']));
  });

  it("returns one record with its evidence, and 404 for an unknown slug", async () => {
    const paper = await (await fetch(`${base()}/api/papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces`)).json();
    expect(paper).toMatchObject({ modelName: "Mamba", technique: expect.arrayContaining(["recurrence-memory"]) });
    expect(paper.evidence.technique.length).toBeGreaterThan(0);
    expect((await fetch(`${base()}/api/papers/nope`)).status).toBe(404);
  });

  it("never ships the Meilisearch master key to the browser: not in the bundle, a page, a header or an error body", async () => {
    const masterKey = inject("e2eMasterKey");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));
    const bundle = files(path.join(process.cwd(), ".next", "static"));
    expect(bundle.length).toBeGreaterThan(0);
    for (const file of bundle) expect(readFileSync(file, "utf8").includes(masterKey)).toBe(false);
    // Pages, 404s, error bodies and every header.
    const paths = [
      "/?q=swin",
      "/papers/swin-transformer-hierarchical-vision-transformer-using-shifted-windows",
      "/papers/swin-transformr-hierarchical",
      "/papers/%ZZ",
      "/no-such-page",
      "/api/search?q=swin",
      "/api/search?domain=spaceships&page=0x2",
      "/api/papers/nope",
      "/api/papers/%ZZ",
    ];
    for (const p of paths) {
      const res = await fetch(`${base()}${p}`);
      const text = await res.text();
      expect(text.length, p).toBeGreaterThan(0);
      expect(text.includes(masterKey), p).toBe(false);
      for (const [name, value] of res.headers) expect(value.includes(masterKey), `${p} ${name}`).toBe(false);
    }
  });
});
