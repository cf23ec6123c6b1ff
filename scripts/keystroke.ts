import { chromium } from "playwright-core";
import { weighPage } from "./page-weight";

/**
 * `npm run bench:keystroke -- [base URL]`: against a running production build (`npm start`), types queries
 * into the search box one key at a time and prints how long each keystroke takes to show results for
 * what has been typed so far (keydown → result count naming the new query). A figure, never a test.
 */
const base = process.argv[2] ?? process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const QUERIES = ["linear attention speech", "swin transformer", "mixture of experts", "state space model", "tranformer"];
// A steady typist (~4 keys a second) sees every intermediate result; a fast one (~12) relies on cancelling.
const PACES = [
  { name: "steady typing (250 ms/key)", delay: 250 },
  { name: "fast typing (80 ms/key)", delay: 80 },
];

declare global {
  interface Window {
    __keys: { key: string; t: number }[];
    __counts: { text: string; t: number }[];
  }
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const weight = await weighPage(page, `${base}/`);
  console.log(
    `JavaScript on /: ${(weight.scriptGzipBytes / 1024).toFixed(1)} KB gzip in ${weight.scripts.length} files; ${weight.prefetches} prefetch requests after load`,
  );
  const rows: string[] = [];
  for (const pace of PACES) {
    const latencies: number[] = [];
    let prefetches = 0;
    for (const query of QUERIES) {
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
        // At a fast pace a result overtaken by the next keystroke is cancelled and never shows: not counted.
        if (shown) latencies.push(shown.t - k.t);
      });
    }
    const s = stats(latencies);
    rows.push(
      `| ${pace.name.padEnd(28)} | ${String(s.n).padStart(4)} | ${s.p50.toFixed(0).padStart(6)} | ${s.p95.toFixed(0).padStart(6)} | ${s.max.toFixed(0).padStart(6)} | ${String(prefetches).padStart(10)} |`,
    );
  }
  console.log(`\nKeystroke → updated results, ms (${QUERIES.length} queries, ${base})\n`);
  console.log("| pace                         |    n | median |    p95 |    max | prefetches |");
  console.log("| ---------------------------- | ---: | -----: | -----: | -----: | ---------: |");
  for (const row of rows) console.log(row);
} finally {
  await browser.close();
}
