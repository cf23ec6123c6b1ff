import { ArxivId } from "../../paper";

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
