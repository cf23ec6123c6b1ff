import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";

export interface PageWeight {
  /** Sum of the gzip sizes (level 9, as a CDN would serve them) of every script the page loaded. */
  scriptGzipBytes: number;
  scripts: { url: string; gzipBytes: number }[];
  /** Requests for other pages' RSC payloads made after load (Next.js link prefetching). */
  prefetches: number;
}

/**
 * Loads `url` in `page` and weighs what it downloaded. Sizes are recomputed from the bodies rather than
 * read from Content-Length, so the figure does not depend on whether the server compressed them.
 */
export async function weighPage(page: Page, url: string, settleMs = 1500): Promise<PageWeight> {
  const scripts: { url: string; gzipBytes: number }[] = [];
  const pending: Promise<void>[] = [];
  let prefetches = 0;
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["next-router-prefetch"] || (headers.rsc && request.url() !== url)) prefetches++;
  });
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .body()
        .then((body) => void scripts.push({ url: response.url(), gzipBytes: gzipSync(body, { level: 9 }).length }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(settleMs);
  await Promise.all(pending);
  // Inline scripts (the RSC payload, bootstrap) are part of the HTML and not counted here.
  return { scriptGzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0), scripts, prefetches };
}
