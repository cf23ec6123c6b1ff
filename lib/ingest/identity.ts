import { createHash } from "node:crypto";

// Accents of Latin letters are dropped ("Nyström" and "Nystrom" are one paper, as they always
// were); the marks of other scripts are part of their letters and stay ("й" is not "и").
const LATIN_ACCENTS = /(?<=\p{Script=Latin})[\u0300-\u036f]+/gu;

/**
 * The key two listings of the same paper share: compatibility forms folded (NFKC), case and Latin
 * accents removed, and every run of characters that are not letters or digits (of any script)
 * turned into one space. For ASCII titles it is the key of earlier ingests, so ids stay put.
 */
export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(LATIN_ACCENTS, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
    .trim();
}

/** The ASCII words of a title, for its URL slug: accents dropped, other scripts left out. */
function slugWords(title: string): string[] {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export const MAX_SLUG_LENGTH = 80;

/** A readable URL slug from the title, cut at a word boundary; empty when the title has no Latin letters or digits. */
export function toSlug(title: string): string {
  let slug = "";
  for (const word of slugWords(title)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH && slug) break;
    slug = next;
  }
  return slug.slice(0, MAX_SLUG_LENGTH);
}

const hash12 = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);

/** A stable 12-character id: the same title gives the same id on every ingest. */
export function toId(title: string): string {
  return hash12(titleKey(title));
}

/** The id of a second, different paper under a title already taken: its abstract tells it apart. */
export function toDistinctId(title: string, abstract: string): string {
  return hash12(`${titleKey(title)}\n${titleKey(abstract)}`);
}

/** The id of a paper with an arXiv id: the arXiv id is its identity, whatever its title says in each source. */
export function toArxivDocId(arxivId: string): string {
  return hash12(`arxiv:${arxivId}`);
}
