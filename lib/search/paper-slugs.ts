import "server-only";
import type { MultiSearchQuery } from "meilisearch";
import { searchClient } from "./client";
import { INDEX_UID } from "./settings";
import { fromEngine } from "./unavailable";

export interface PaperLink {
  id: string;
  slug: string;
  date: string | null;
}

// Ids are 12 characters of [0-9a-z]; "{" sorts right after "z", closing the last range.
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
// A search returns at most maxTotalHits (2,000) papers, so the catalogue is read in id ranges
// small enough to come back whole; a range that holds more is split by its next character.
const RANGE_SIZE = 1000;

function rangeQuery(prefix: string, size: number): MultiSearchQuery {
  const last = prefix.at(-1)!;
  const next = prefix.slice(0, -1) + (last === "z" ? "{" : ALPHABET[ALPHABET.indexOf(last) + 1]);
  return {
    indexUid: INDEX_UID,
    q: "",
    filter: [`id >= ${JSON.stringify(prefix)}`, `id < ${JSON.stringify(next)}`],
    hitsPerPage: size,
    page: 1,
    attributesToRetrieve: ["id", "slug", "date"],
  };
}

/** Every paper's id, slug and date, in id order (stable across rebuilds): for the sitemap. */
export async function allPaperLinks(rangeSize = RANGE_SIZE): Promise<PaperLink[]> {
  const links: PaperLink[] = [];
  let prefixes = [...ALPHABET];
  while (prefixes.length) {
    const { results } = await fromEngine(() => searchClient().multiSearch({ queries: prefixes.map((p) => rangeQuery(p, rangeSize)) }));
    const split: string[] = [];
    results.forEach((result, i) => {
      if ((result.totalHits ?? 0) > rangeSize && prefixes[i].length < 12) split.push(...[...ALPHABET].map((c) => prefixes[i] + c));
      else links.push(...(result.hits as PaperLink[]));
    });
    prefixes = split;
  }
  return links.sort((a, b) => (a.id < b.id ? -1 : 1));
}
