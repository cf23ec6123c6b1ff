import { createHash } from "node:crypto";

/** The key two listings of the same paper share: case, accents and punctuation removed. */
export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const MAX_SLUG_LENGTH = 80;

/** A readable URL slug from the title, cut at a word boundary. */
export function toSlug(title: string): string {
  const words = titleKey(title).split(" ");
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH && slug) break;
    slug = next;
  }
  return slug.slice(0, MAX_SLUG_LENGTH);
}

/** A stable 12-character id: the same title gives the same id on every ingest. */
export function toId(title: string): string {
  return createHash("sha256").update(titleKey(title)).digest("hex").slice(0, 12);
}
