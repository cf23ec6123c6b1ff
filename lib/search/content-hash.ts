import { createHash } from "node:crypto";
import type { Paper } from "../paper";

/** A paper as stored: with the hash of its content, so a re-ingest can tell what changed without sending it. */
export type IndexedPaper = Paper & { contentHash: string };

/** The hash of everything a user could see of the paper (facets, evidence, sources, classifier version included). */
export function contentHash(paper: Paper): string {
  return createHash("sha256").update(JSON.stringify(paper)).digest("hex").slice(0, 16);
}

export function toIndexedPaper(paper: Paper): IndexedPaper {
  // A paper read back from the index carries its old hash: it is not part of the content.
  const rest: Paper & { contentHash?: string } = { ...paper };
  delete rest.contentHash;
  return { ...rest, contentHash: contentHash(rest) };
}
