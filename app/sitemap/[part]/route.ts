import { apiError, apiFailure } from "@/lib/api-response";
import { siteUrls } from "@/lib/sitemap/site-urls";
import { sitemapPart, sitemapParts, urlsetXml } from "@/lib/sitemap/sitemap-xml";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

/** GET /sitemap/<n>.xml: part n (from 0) of a sitemap over 50,000 URLs. */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^(0|[1-9]\d{0,4})\.xml$/.exec((await params).part);
  try {
    const origin = await siteUrl();
    const urls = await siteUrls(origin);
    const part = match ? Number(match[1]) : -1;
    if (part < 0 || part >= sitemapParts(urls.length)) return apiError(404, "not found", ["no such sitemap part"]);
    return new Response(urlsetXml(sitemapPart(urls, part)), {
      headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
    });
  } catch (error) {
    return apiFailure(error);
  }
}
