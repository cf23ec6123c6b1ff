import { splitName, type Citable } from "./citable";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// The characters TeX reads as commands; each becomes the sequence that prints it.
const SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** Text as a BibTeX field value prints it: LaTeX specials escaped, whitespace collapsed. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\{}$&%#_^~]/g, (c) => SPECIALS[c]);
}

const KEY_STOPWORDS = new Set("a an the of on for in to and with from by via is are towards toward".split(" "));

/** The usual key shape: first author's family name, year, first significant title word (vaswani2017attention). */
export function bibtexKey(paper: Citable): string {
  const ascii = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "");
  const author = paper.authors[0] ? ascii(splitName(paper.authors[0]).family) : "";
  const word = paper.title.split(/[^\p{L}\p{N}]+/u).find((w) => w && !KEY_STOPWORDS.has(w.toLowerCase())) ?? "";
  // Without authors, the title word leads: mamba2023 rather than 2023mamba.
  const key = author ? `${author}${paper.year ?? ""}${ascii(word)}` : `${ascii(word)}${paper.year ?? ""}`;
  return /^[a-z]/.test(key) ? key : `paper${key || paper.slug.replace(/[^a-z0-9]/g, "").slice(0, 20)}`;
}

function bibtexAuthor(name: string): string {
  const { given, family } = splitName(name);
  return given ? `${escapeBibtex(family)}, ${escapeBibtex(given)}` : `{${escapeBibtex(family)}}`;
}

/**
 * One @misc entry (the form arXiv and Hugging Face give for preprints); a field the record
 * lacks is left out rather than guessed. The title is double-braced so styles keep its case.
 */
export function toBibtex(paper: Citable, url: string, { key = bibtexKey(paper), abstract = false }: { key?: string; abstract?: boolean } = {}): string {
  const fields: [string, string][] = [["title", `{${escapeBibtex(paper.title)}}`]];
  if (paper.authors.length) fields.push(["author", paper.authors.map(bibtexAuthor).join(" and ")]);
  if (paper.year) fields.push(["year", String(paper.year)]);
  const month = paper.date && paper.date.length >= 7 ? MONTHS[Number(paper.date.slice(5, 7)) - 1] : undefined;
  if (month) fields.push(["month", month]);
  if (paper.arxivId) {
    fields.push(["eprint", paper.arxivId], ["archivePrefix", "arXiv"]);
  }
  fields.push(["url", url]);
  // As plain escaped text, not \url{}: a brace or % in a stored link cannot break the entry.
  if (paper.codeUrl) fields.push(["note", `Code: ${escapeBibtex(paper.codeUrl)}`]);
  if (abstract && paper.abstract) fields.push(["abstract", escapeBibtex(paper.abstract)]);
  // Month is a BibTeX macro (no braces); the rest are braced so commas and spaces stay theirs.
  const body = fields.map(([name, value]) => `  ${name} = ${name === "month" ? value : `{${value}}`}`).join(",\n");
  return `@misc{${key},\n${body}\n}\n`;
}

/** Keys unique within one file: a second "vaswani2017attention" becomes "vaswani2017attentionb". */
export function uniqueKeys(papers: Citable[]): string[] {
  const seen = new Map<string, number>();
  return papers.map((p) => {
    const key = bibtexKey(p);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}${n < 26 ? String.fromCharCode(97 + n) : n}`;
  });
}
