import { describe, expect, it } from "vitest";
import { weighPage } from "../../scripts/page-weight";
import { screenshot, withBrowser } from "../helpers/browser";

const { open, base } = withBrowser();

const countText = async (page: import("playwright-core").Page) => (await page.getByTestId("result-count").textContent())?.replace(/ in \d+ ms/, "");
const total = async (page: import("playwright-core").Page) => Number((await countText(page))?.match(/^([\d,]+)/)?.[1].replace(/,/g, ""));

// The framework alone (React 19 + the Next.js 16 App Router runtime) is ~135 KB gzip: a page with no
// component of its own ships that much. What this app adds on the search page is held to OWN_BUDGET.
const TOTAL_BUDGET_KB = 140;
const OWN_BUDGET_KB = 8;

describe("search state in the URL", () => {
  it("excludes a value from the sidebar and from a chip, and shows excluded chips apart", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=attention`);
    const before = await total(page);
    const techniques = page.getByRole("group", { name: "Efficiency technique" });
    await techniques.getByRole("button", { name: /^Show \d+ more$/ }).click();
    await techniques.getByRole("checkbox", { name: "Exclude Mixture of experts" }).check();
    await page.waitForURL(/\?q=attention&not-technique=moe$/);
    await expect.poll(() => total(page)).toBeLessThan(before);
    const chips = page.getByTestId("active-filters");
    expect(await chips.locator("[data-excluded]").textContent()).toMatch(/^not Mixture of experts/);
    expect(await page.locator('[data-testid="result"]').filter({ hasText: "Mixture of experts" }).count()).toBe(0);

    // A chosen value's chip turns it into an exclusion in one click.
    await page.getByRole("checkbox", { name: /^Speech & audio/ }).check();
    await page.waitForURL(/domain=audio/);
    await chips.getByRole("link", { name: "not Speech & audio: exclude it instead" }).click();
    await page.waitForURL(/\?q=attention&not-domain=audio&not-technique=moe$/);
    expect(await chips.locator("[data-excluded]").count()).toBe(2);
    await screenshot(page, "search-excluded-wide-light");
    await chips.getByRole("link", { name: "Remove filter Efficiency technique: not Mixture of experts" }).click();
    await page.waitForURL(/\?q=attention&not-domain=audio$/);
    await page.context().close();
  });

  it("understands facet values in any case, and the API names the exact slug it wants", async () => {
    const page = await open();
    await page.goto(`${base()}/?technique=MOE`);
    expect(await page.getByTestId("active-filters").textContent()).toMatch(/Mixture of experts/);
    const res = await fetch(`${base()}/api/search?technique=MOE`);
    expect(res.status).toBe(400);
    expect((await res.json()).messages).toEqual(['"MOE" is not a technique value']);
    await page.context().close();
  });

  it("takes a page past the end to the last page, and a page past 100 is never page 1", async () => {
    const res = await fetch(`${base()}/?q=attention&page=99`, { redirect: "manual" });
    expect(res.status).toBe(307);
    const last = new URL(res.headers.get("location")!, base());
    const page = await open();
    await page.goto(`${base()}/?q=attention&page=99`);
    expect(page.url()).toBe(last.toString());
    const pageNumber = Number(last.searchParams.get("page"));
    expect(pageNumber).toBeGreaterThan(1);
    expect(await countText(page)).toMatch(new RegExp(`page ${pageNumber} of ${pageNumber}$`));
    expect(await page.locator('[data-testid="result"]').count()).toBeGreaterThan(0);
    await page.goto(`${base()}/?q=attention&page=250`);
    expect(page.url()).toBe(last.toString());
    await page.context().close();
  });

  it("returns from a paper to the search the reader came from", async () => {
    const page = await open();
    const search = `${base()}/?q=attention&domain=audio&sort=newest`;
    await page.goto(search);
    await page.locator('[data-testid="result"] h2 a').first().click();
    await page.waitForURL(/\/papers\//);
    await page.getByRole("link", { name: "← Back to your search" }).click();
    await page.waitForURL(search);
    expect(await countText(page)).toMatch(/for “attention”/);
    await page.context().close();
  });

  it("shows the chips and 'Clear all' once in the empty state", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=swin&domain=graph`);
    expect(await page.getByRole("link", { name: "Clear all" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: /^Remove filter Domain: Graphs/ }).count()).toBe(1);
    await page.context().close();
  });

  it("keeps dump file names off the paper page, and in the API", async () => {
    const slug = "mamba-linear-time-sequence-modeling-with-selective-state-spaces";
    const html = await (await fetch(`${base()}/papers/${slug}`)).text();
    expect(html).not.toMatch(/Listed in|\d{3}_[0-9a-f]{16}\.txt/);
    const record = await (await fetch(`${base()}/api/papers/${slug}`)).json();
    expect(record.sources[0].file).toMatch(/\.txt$/);
  });

  it("labels undated papers, lists them after dated ones under Newest, and says how many there are", async () => {
    const page = await open();
    await page.goto(`${base()}/?sort=newest`);
    const note = (await page.getByTestId("sort-note").textContent())!;
    expect(note).toMatch(/^\d+ papers of \d+ have no date; they are listed after the dated ones\.$/);
    const [undated, total] = note.match(/\d+/g)!.map(Number);
    expect(undated).toBeLessThan(total);
    // The first undated paper is on page ceil((total - undated + 1) / 20), under a "Date unknown" divider.
    const boundaryPage = Math.ceil((total - undated + 1) / 20);
    await page.goto(`${base()}/?sort=newest&page=${boundaryPage}`);
    const tail = page.getByTestId("sort-tail");
    expect(await tail.textContent()).toBe("Date unknown");
    expect(await page.locator('[data-testid="result"]').first().getByTestId("date-unknown").count()).toBe(0);
    expect(await page.locator('[data-testid="result"]').last().getByTestId("date-unknown").textContent()).toBe("date unknown");

    await page.goto(`${base()}/`);
    expect(await page.getByRole("link", { name: "Most upvoted" }).getAttribute("aria-current")).toBe("true");
    expect(await page.getByTestId("sort-note").textContent()).toMatch(/^\d+ papers of \d+ have no upvotes; they follow the upvoted ones, newest first\.$/);
    await page.context().close();
  });

  it("highlights whole words, also for a typo", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=transformr`);
    const cut = await page
      .locator('[data-testid="result"] mark')
      .evaluateAll((marks) =>
        marks
          .filter((m) => /^[\p{L}\p{N}]/u.test(m.nextSibling?.textContent ?? "") || /[\p{L}\p{N}]$/u.test(m.previousSibling?.textContent ?? ""))
          .map((m) => m.textContent),
      );
    expect(await page.locator('[data-testid="result"] mark').count()).toBeGreaterThan(5);
    expect(cut).toEqual([]);
    await page.context().close();
  });

  it(`ships at most ${TOTAL_BUDGET_KB} KB of JavaScript (gzip) on the search page, ${OWN_BUDGET_KB} KB of it its own, and prefetches nothing on load or while typing`, async () => {
    const framework = await weighPage(await open(), `${base()}/papers/no-such-paper-anywhere`, 500);
    const page = await open();
    const search = await weighPage(page, `${base()}/?q=attention`, 1000);
    const shared = new Set(framework.scripts.map((s) => s.url));
    const own = search.scripts.filter((s) => !shared.has(s.url)).reduce((n, s) => n + s.gzipBytes, 0);
    expect(search.scriptGzipBytes / 1024).toBeLessThanOrEqual(TOTAL_BUDGET_KB);
    expect(own / 1024).toBeLessThanOrEqual(OWN_BUDGET_KB);
    expect(search.prefetches).toBe(0);

    let prefetches = 0;
    page.on("request", (request) => void (request.headers()["next-router-prefetch"] && prefetches++));
    await page.locator("#q").press("End");
    await page.locator("#q").pressSequentially(" speech", { delay: 60 });
    await page.waitForURL(/\?q=attention\+speech$/);
    await expect.poll(() => countText(page)).toMatch(/for “attention speech”/);
    // At most the "Next →" link of the new results, the one page a reader is likely to open next.
    expect(prefetches).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});
