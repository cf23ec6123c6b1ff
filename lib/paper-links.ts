import type { Paper } from "./paper";

export interface PaperLink {
  label: string;
  href: string;
  /** Says what the link is when the label alone would not (a title search, not the paper itself). */
  title?: string;
}

/**
 * Where to read the paper: its arXiv abstract and PDF and its Hugging Face page when the arXiv id
 * is known, else a title search on both; the code and the DOI when a source gave them.
 */
export function paperLinks(paper: Pick<Paper, "arxivId" | "title" | "codeUrl" | "doi">): PaperLink[] {
  const links: PaperLink[] = [];
  if (paper.arxivId) {
    const id = encodeURIComponent(paper.arxivId).replace(/%2F/g, "/");
    links.push({ label: "arXiv", href: `https://arxiv.org/abs/${id}` });
    links.push({ label: "PDF", href: `https://arxiv.org/pdf/${id}` });
    links.push({ label: "Hugging Face", href: `https://huggingface.co/papers/${id}` });
  } else {
    const q = encodeURIComponent(paper.title);
    links.push({
      label: "Find on arXiv",
      href: `https://arxiv.org/search/?query=${q}&searchtype=title`,
      title: "No arXiv id is known: search arXiv for the title",
    });
    links.push({
      label: "Find on Hugging Face",
      href: `https://huggingface.co/papers?q=${q}`,
      title: "No arXiv id is known: search Hugging Face Papers for the title",
    });
  }
  if (paper.codeUrl) links.push({ label: "Code", href: paper.codeUrl });
  if (paper.doi) links.push({ label: "DOI", href: `https://doi.org/${paper.doi}` });
  return links;
}
