import { toCslJson } from "@/lib/citation/csl";
import { citationResponse } from "@/lib/citation/paper-citation";

/** GET /papers/<slug>/cite.json: the paper as CSL-JSON (Zotero, Pandoc, citeproc), an array of one item. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return citationResponse(
    slug,
    "json",
    "application/vnd.citationstyles.csl+json; charset=utf-8",
    (paper, url) => `${JSON.stringify([toCslJson(paper, url)], null, 2)}\n`,
  );
}
