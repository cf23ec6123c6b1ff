import { ArxivId } from "../../paper";
import type { RawRecord } from "../raw-record";

const PREFIXES = /^(?:https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/|arxiv:)/i;

/**
 * The bare id of an arXiv reference: the URL, "arXiv:" prefix, ".pdf" and version dropped
 * (2103.14030v2 and https://arxiv.org/abs/2103.14030 are one paper). Null when it is none.
 */
export function normaliseArxivId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const bare = raw
    .trim()
    .replace(PREFIXES, "")
    .replace(/\.pdf$/i, "")
    .replace(/v\d+$/, "");
  return ArxivId.safeParse(bare).success ? bare : null;
}

/** YYYY-MM-DD of an ISO timestamp or an RFC 2822 date ("Mon, 2 Apr 2007 19:18:42 GMT"); null when it is neither. */
export function isoDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(raw.trim());
  if (iso) return iso[1];
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/** What an arXiv record (API entry or snapshot line) says of a paper; the rest of a raw record follows from it. */
export type ArxivFields = Required<Pick<RawRecord, "title" | "abstract" | "arxivId" | "authors" | "categories" | "doi" | "published" | "updated">>;

/** A raw record from arXiv metadata: no organisation or upvotes, dated by its first version. */
export function arxivRecord(format: "arxiv-atom" | "arxiv-snapshot", file: string, line: number, fields: ArxivFields): RawRecord {
  return {
    ...fields,
    source: { file, line, format },
    layout: format,
    authorCount: fields.authors.length || null,
    organization: null,
    date: fields.published,
    upvotes: null,
  };
}
