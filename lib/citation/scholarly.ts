import type { Citable } from "./citable";

/** schema.org ScholarlyArticle, as search engines read it from JSON-LD. */
export function toScholarlyArticle(paper: Citable, url: string): Record<string, unknown> {
  const article: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: paper.title.length > 110 ? `${paper.title.slice(0, 109)}…` : paper.title,
    name: paper.title,
    url,
  };
  if (paper.abstract) article.abstract = paper.abstract;
  if (paper.authors.length) article.author = paper.authors.map((name) => ({ "@type": "Person", name }));
  if (paper.date) article.datePublished = paper.date;
  if (paper.keywords.length) article.keywords = paper.keywords;
  if (paper.arxivId) {
    article.identifier = { "@type": "PropertyValue", propertyID: "arXiv", value: paper.arxivId };
    article.sameAs = `https://arxiv.org/abs/${paper.arxivId}`;
  }
  return article;
}

/** JSON for a <script> element: "<" escaped so no value can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The Highwire Press tags Google Scholar reads; only what the record has. */
export function highwireTags(paper: Citable): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = { citation_title: paper.title };
  if (paper.authors.length) tags.citation_author = paper.authors;
  if (paper.date) tags.citation_publication_date = paper.date.replaceAll("-", "/");
  if (paper.arxivId) {
    tags.citation_arxiv_id = paper.arxivId;
    tags.citation_pdf_url = `https://arxiv.org/pdf/${paper.arxivId}`;
  }
  if (paper.abstract) tags.citation_abstract = paper.abstract;
  if (paper.keywords.length) tags.citation_keywords = paper.keywords.join("; ");
  return tags;
}
