import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

// The API, exports and feeds are for programs, not an index; pages, topics and the map are.
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteUrl();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/export/", "/og/"] }],
    sitemap: new URL("/sitemap.xml", origin).toString(),
  };
}
