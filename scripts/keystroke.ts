import { chromium } from "playwright-core";
import { KEYSTROKE_QUERIES, measureKeystrokes } from "./bench/keystrokes";
import { weighPage } from "./page-weight";

/**
 * `npm run bench:keystroke -- [base URL]`: against a running production build (`npm start`), types queries
 * into the search box one key at a time and prints how long each keystroke takes to show results for
 * what has been typed so far (keydown → result count naming the new query). A figure, never a test.
 */
const base = process.argv[2] ?? process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

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
  const figures = await measureKeystrokes(page, base);
  console.log(`\nKeystroke → updated results, ms (${KEYSTROKE_QUERIES.length} queries, ${base})\n`);
  console.log("| pace                         |    n | median |    p95 |    p99 | prefetches |");
  console.log("| ---------------------------- | ---: | -----: | -----: | -----: | ---------: |");
  for (const { pace, stats: s, prefetches } of figures)
    console.log(
      `| ${pace.padEnd(28)} | ${String(s.n).padStart(4)} | ${s.p50.toFixed(0).padStart(6)} | ${s.p95.toFixed(0).padStart(6)} | ${s.p99.toFixed(0).padStart(6)} | ${String(prefetches).padStart(10)} |`,
    );
} finally {
  await browser.close();
}
