import { toBibtex } from "@/lib/citation/bibtex";
import { citationResponse } from "@/lib/citation/paper-citation";

/** GET /papers/<slug>/cite.bib: the paper's BibTeX entry as a file. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return citationResponse(slug, "bib", "application/x-bibtex; charset=utf-8", (paper, url) => toBibtex(paper, url));
}
