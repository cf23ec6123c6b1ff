import { escapeXml as x } from "../feeds/xml";

/** The sitemaps protocol's limit of URLs per file (https://www.sitemaps.org/protocol.html). */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  url: string;
  /** YYYY-MM-DD or a full ISO time. */
  lastModified?: string | null;
}

/** How many files `count` URLs need: one up to the limit; above it, parts of `limit` each. */
export function sitemapParts(count: number, limit = SITEMAP_LIMIT): number {
  return Math.max(1, Math.ceil(count / limit));
}

export function sitemapPart<T>(urls: T[], part: number, limit = SITEMAP_LIMIT): T[] {
  return urls.slice(part * limit, (part + 1) * limit);
}

export function urlsetXml(urls: SitemapUrl[]): string {
  const body = urls.map((u) => `<url><loc>${x(u.url)}</loc>${u.lastModified ? `<lastmod>${x(u.lastModified)}</lastmod>` : ""}</url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...body, "</urlset>", ""].join("\n");
}

export function sitemapIndexXml(sitemaps: string[]): string {
  const body = sitemaps.map((loc) => `<sitemap><loc>${x(loc)}</loc></sitemap>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...body, "</sitemapindex>", ""].join(
    "\n",
  );
}
