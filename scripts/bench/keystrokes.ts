import type { Page } from "playwright-core";
import { percentiles, type LatencyStats } from "./latency";

export const KEYSTROKE_QUERIES = ["linear attention speech", "swin transformer", "mixture of experts", "state space model", "tranformer"];
// A steady typist (~4 keys a second) sees every intermediate result; a fast one (~12) relies on cancelling.
export const PACES = [
  { name: "steady typing (250 ms/key)", delay: 250 },
  { name: "fast typing (80 ms/key)", delay: 80 },
];

declare global {
  interface Window {
    __keys: { key: string; t: number }[];
    __counts: { text: string; t: number }[];
  }
}

export interface PaceFigures {
  pace: string;
  stats: LatencyStats;
  prefetches: number;
}

/**
 * Types each query into the search box one key at a time and times keydown → the result count
 * naming what has been typed so far. At a fast pace a result overtaken by the next key is cancelled
 * and never shows: not counted.
 */
export async function measureKeystrokes(page: Page, base: string, queries = KEYSTROKE_QUERIES, paces = PACES): Promise<PaceFigures[]> {
  const out: PaceFigures[] = [];
  for (const pace of paces) {
    const latencies: number[] = [];
    let prefetches = 0;
    for (const query of queries) {
      await page.goto(`${base}/`);
      await page.waitForFunction(() => document.querySelector("#q") !== null);
      // Wait for hydration: until React has attached, a keystroke would only change the field.
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        window.__keys = [];
        window.__counts = [];
        const box = document.querySelector<HTMLInputElement>("#q")!;
        box.addEventListener("keydown", () => window.__keys.push({ key: box.value, t: performance.now() }), { capture: true });
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid="result-count"]')?.textContent ?? "";
          if (window.__counts.at(-1)?.text !== text) window.__counts.push({ text, t: performance.now() });
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const onRequest = (r: { headers(): Record<string, string> }) => void (r.headers()["next-router-prefetch"] && prefetches++);
      page.on("request", onRequest);
      await page.locator("#q").click();
      await page.locator("#q").pressSequentially(query, { delay: pace.delay });
      await page.waitForTimeout(1000);
      page.off("request", onRequest);
      const { keys, counts } = await page.evaluate(() => ({ keys: window.__keys, counts: window.__counts }));
      // Keystroke i makes the query query.slice(0, i + 1); one that only adds a space changes nothing to wait for.
      keys.forEach((k, i) => {
        const typed = query.slice(0, i + 1).trim();
        if (!typed || typed === query.slice(0, i).trim()) return;
        const shown = counts.find((c) => c.t >= k.t && c.text.includes(`“${typed}”`));
        if (shown) latencies.push(shown.t - k.t);
      });
    }
    out.push({ pace: pace.name, stats: percentiles(latencies), prefetches });
  }
  return out;
}

/** Milliseconds from starting a navigation to the result count being visible, per URL (a fresh load each time). */
export async function navigationToResults(page: Page, urls: string[]): Promise<LatencyStats> {
  const samples: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.locator('[data-testid="result-count"]').waitFor({ state: "visible" });
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}
