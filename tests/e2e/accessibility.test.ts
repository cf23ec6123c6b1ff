import axe from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withBrowser } from "../helpers/browser";

const { open, base } = withBrowser();

const PAGES = {
  home: "/",
  "filtered search": "/?q=attention&domain=vision&technique=linear-attention&not-technique=moe",
  paper: "/papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces",
  "empty state": "/?q=swin&domain=graph",
  "404": "/papers/no-such-paper-anywhere",
};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe.run;
    return (await run(document, { resultTypes: ["violations"] })).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe finds no serious or critical violation on any page, ${colorScheme}`, async () => {
      // The CSP allows only the page's own scripts; axe is injected by the test.
      const page = await open({ colorScheme, bypassCSP: true });
      const found: Record<string, string[]> = {};
      for (const [name, path] of Object.entries(PAGES)) {
        await page.goto(`${base()}${path}`);
        const violations = await seriousViolations(page);
        if (violations.length) found[name] = violations;
      }
      // The open filter dialog on a phone, too.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base()}${PAGES["filtered search"]}`);
      await page.getByRole("button", { name: /^Filters/ }).click();
      const violations = await seriousViolations(page);
      if (violations.length) found["filter dialog"] = violations;
      expect(found).toEqual({});
      await page.context().close();
    });
  }

  it("gives every page exactly one h1 and a skip link whose target exists", async () => {
    const page = await open();
    for (const path of Object.values(PAGES)) {
      await page.goto(`${base()}${path}`);
      expect(await page.locator("h1").count(), path).toBe(1);
      const skip = page.getByRole("link", { name: "Skip to main content" });
      const target = await skip.getAttribute("href");
      expect(await page.locator(target!).count(), path).toBe(1);
    }
    await page.context().close();
  });

  it("toggles a facet value with Space and with Enter, keeping focus on it", async () => {
    const page = await open();
    await page.goto(`${base()}/?q=attention`);
    const vision = page.getByRole("checkbox", { name: /^Vision/ });
    await expect
      .poll(async () => {
        await vision.focus();
        return page.evaluate(() => Boolean((document.activeElement as HTMLInputElement | null)?.type === "checkbox"));
      })
      .toBe(true);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("Space");
    await page.waitForURL(/q=attention&domain=vision$/);
    await expect.poll(() => vision.isChecked()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await vision.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\?q=attention$/);
    await expect.poll(() => vision.isChecked()).toBe(false);
    await page.context().close();
  });

  it("opens the phone filters as a modal dialog that keeps focus inside and closes with Escape", async () => {
    const page = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base()}/?q=speech`);
    const trigger = page.getByRole("button", { name: /^Filters/ });
    await trigger.click();
    const dialog = page.getByRole("dialog", { name: "Filters" });
    expect(await dialog.evaluate((el) => (el as HTMLDialogElement).open && el.matches(":modal"))).toBe(true);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  it("shows the facets on a phone without JavaScript, applied by a button", async () => {
    const page = await open({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${base()}/?q=speech`);
    expect(await page.getByRole("button", { name: /^Filters/ }).isVisible()).toBe(false);
    await page.getByRole("checkbox", { name: /^Vision/ }).check();
    await page.getByRole("checkbox", { name: "Exclude Mixture of experts" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/\?q=speech&domain=vision&not-technique=moe$/);
    expect(await page.getByTestId("active-filters").textContent()).toMatch(/Vision[\s\S]*not Mixture of experts/);
    await page.context().close();
  });
});
