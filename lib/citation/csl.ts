import { splitName, type Citable } from "./citable";

/** A CSL-JSON item (citeproc, Zotero, Pandoc): "article" is CSL's type for preprints. */
export function toCslJson(paper: Citable, url: string): Record<string, unknown> {
  const item: Record<string, unknown> = { id: paper.slug, type: "article", title: paper.title, URL: url };
  if (paper.authors.length) item.author = paper.authors.map((name) => (/\s/.test(name.trim()) ? splitName(name) : { literal: name }));
  if (paper.date) item.issued = { "date-parts": [paper.date.split("-").map(Number)] };
  if (paper.arxivId) {
    item.number = `arXiv:${paper.arxivId}`;
    item.publisher = "arXiv";
    item.DOI = `10.48550/arXiv.${paper.arxivId.replace(/v\d+$/, "")}`;
  }
  if (paper.abstract) item.abstract = paper.abstract;
  if (paper.keywords.length) item.keyword = paper.keywords.join(", ");
  return item;
}
