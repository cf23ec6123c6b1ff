import "server-only";
import { allPaperLinks } from "../search";
import { FACET_NAMES, TAXONOMY } from "../taxonomy";
import type { SitemapUrl } from "./sitemap-xml";

/** Every page a crawler should know: the search, the topic index and map, each topic, each paper. */
export async function siteUrls(origin: URL): Promise<SitemapUrl[]> {
  const at = (path: string) => new URL(path, origin).toString();
  const topics = FACET_NAMES.flatMap((facet) => TAXONOMY[facet].values.map((v) => ({ url: at(`/topics/${facet}/${v.slug}`) })));
  const papers = (await allPaperLinks()).map((p) => ({ url: at(`/papers/${p.slug}`), lastModified: p.date }));
  return [{ url: at("/") }, { url: at("/topics") }, { url: at("/map") }, ...topics, ...papers];
}
