import { apiFailure } from "@/lib/api-response";
import { siteUrls } from "@/lib/sitemap/site-urls";
import { sitemapIndexXml, sitemapParts, urlsetXml } from "@/lib/sitemap/sitemap-xml";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

// Next's sitemap.ts fixes the number of parts at build time, when no index is running, and
// writes no sitemap index; so /sitemap.xml is the whole list, or an index of parts past 50,000 URLs.
export async function GET() {
  try {
    const origin = await siteUrl();
    const urls = await siteUrls(origin);
    const parts = sitemapParts(urls.length);
    const xml = parts === 1 ? urlsetXml(urls) : sitemapIndexXml(Array.from({ length: parts }, (_, i) => new URL(`/sitemap/${i}.xml`, origin).toString()));
    return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
  } catch (error) {
    return apiFailure(error);
  }
}
