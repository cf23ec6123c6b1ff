import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

// The API and exports are for programs, not an index; preview images stay open, as link unfurlers honour robots.txt.
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteUrl();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/export/"] }],
    sitemap: new URL("/sitemap.xml", origin).toString(),
  };
}
