import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, withBrowser } from "../helpers/browser";

const { open, base } = withBrowser();

const resultTitles = (page: Page) => page.locator('[data-testid="result"] h2').allTextContents();
// "55 papers for “speech” · page 1 of 3", without the timing that changes between runs.
const countText = async (page: Page) => (await page.getByTestId("result-count").textContent())?.replace(/ in \d+ ms/, "");

describe("search page", () => {
  it("focuses the search box and shows results as you type, without Enter", async () => {
    const page = await open();
    await page.goto(base());
    const box = page.getByRole("searchbox", { name: "Search transformer papers" });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially("swin", { delay: 40 });
    await page.waitForURL(/\?q=swin$/);
    await expect.poll(async () => (await resultTitles(page))[0] ?? "").toMatch(/Swin/i);
    expect((await resultTitles(page)).filter((t) => /swin/i.test(t)).length).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-testid="result"] mark').first().textContent()).toMatch(/swin/i);
    await screenshot(page, "search-wide-light");
    await page.context().close();
  });

  it("replaces the URL while typing, so Back leaves the search rather than stepping through keystrokes", async () => {
    const page = await open();
    await page.goto(`${base()}/papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces`);
    await page.getByRole("link", { name: "← Search all papers" }).click();
    await page.waitForURL(`${base()}/`);
    const box = page.getByRole("searchbox", { name: "Search transformer papers" });
    await box.pressSequentially("speech", { delay: 120 });
    await page.waitForURL(/\?q=speech$/);
    await page.goBack();
    await page.waitForURL(/\/papers\/mamba/);
    await page.context().close();
  });

  it("narrows by facet values with counts, pushes the URL, and restores the view on reload and Back", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=attention`);
    const before = await countText(page);
    const audio = page.getByRole("checkbox", { name: /^Speech & audio/ });
    await audio.click();
    await page.waitForURL(/q=attention&domain=audio/);
    await expect.poll(() => audio.isChecked()).toBe(true);
    const narrowed = await countText(page);
    expect(narrowed).not.toBe(before);
    // Disjunctive counts: other domains still show how many papers they would add.
    await expect
      .poll(() =>
        page
          .getByTestId("facet-option")
          .filter({ hasText: /^Vision/ })
          .textContent(),
      )
      .toMatch(/^Vision\s*\d+/);

    await page
      .getByRole("checkbox", { name: /^(Linear & kernel attention|Recurrence, memory)/ })
      .first()
      .click();
    await page.waitForURL(/technique=/);
    const filtered = await resultTitles(page);
    const url = page.url();

    await page.reload();
    expect(page.url()).toBe(url);
    expect(await resultTitles(page)).toEqual(filtered);
    expect(await page.getByRole("group", { name: "Active filters" }).textContent()).toMatch(/Speech & audio/);

    await page.goBack();
    await page.waitForURL(/q=attention&domain=audio$/);
    await expect.poll(() => countText(page)).toBe(narrowed);
    await page.context().close();
  });

  it("lets '/' focus the search box from anywhere, and long facets expand with a filter box", async () => {
    const page = await open();
    await page.goto(base());
    // Retried until hydration has attached the shortcut.
    await expect
      .poll(async () => {
        await page.getByRole("link", { name: "Newest" }).focus();
        await page.keyboard.press("/");
        return page.evaluate(() => document.activeElement?.id);
      })
      .toBe("q");

    const tasks = page.getByRole("group", { name: "Task" });
    const before = await tasks.getByRole("checkbox").count();
    await tasks.getByRole("button", { name: /Show \d+ more/ }).click();
    expect(await tasks.getByRole("checkbox").count()).toBeGreaterThan(before);
    await tasks.getByRole("searchbox", { name: "Filter Task values" }).fill("separ");
    const visible = tasks.getByTestId("facet-option").locator("visible=true");
    expect(await visible.allTextContents()).toEqual([expect.stringMatching(/^Source separation\s*\d+\s*not$/)]);
    await page.context().close();
  });

  it("sorts by newest and pages through results with the URL kept meaningful", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=transformer`);
    await page.getByRole("link", { name: "Newest" }).click();
    await page.waitForURL(/sort=newest/);
    await page.getByRole("link", { name: "Next →" }).click();
    await page.waitForURL(/q=transformer&sort=newest&page=2/);
    expect(await countText(page)).toMatch(/page 2 of/);
    await page.context().close();
  });

  it("says when nothing matches and offers to remove the filter that empties the set", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=swin&domain=graph`);
    const empty = page.getByTestId("empty-results");
    expect(await empty.textContent()).toMatch(/No papers match “swin”/);
    await empty.getByRole("link", { name: /Remove the domain filter/ }).click();
    await page.waitForURL(/\?q=swin$/);
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it("server-renders results with JavaScript disabled", async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${base()}/?q=linear+attention&domain=audio`);
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    expect(await countText(page)).toMatch(/papers? for “linear attention”/);
    await page.context().close();
  });

  it("fits a phone: filters in a drawer", async () => {
    const page = await open({ viewport: { width: 360, height: 760 }, colorScheme: "dark" });
    await page.goto(`${base()}/?q=vision+transformer`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "search-narrow-dark");
    await page.getByRole("button", { name: /Filters/ }).click();
    const drawer = page.getByRole("dialog", { name: "Filters" });
    await drawer.getByRole("checkbox", { name: /^Vision/ }).click();
    await page.waitForURL(/domain=vision/);
    // The drawer stays open while choosing: a second value in the same visit.
    await drawer.getByRole("checkbox", { name: /^Classification & recognition/ }).click();
    await page.waitForURL(/domain=vision&task=classification/);
    expect(await drawer.isVisible()).toBe(true);
    await screenshot(page, "search-narrow-dark-filtered");
    const show = drawer.getByRole("button", { name: /^Show \d+ papers$/ });
    await expect.poll(() => show.textContent()).toMatch(new RegExp(`Show ${(await countText(page))?.match(/^[\d,]+/)?.[0]} papers`));
    await show.click();
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await page.context().close();
  });
});
