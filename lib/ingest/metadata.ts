import { YEAR_MAX, YEAR_MIN } from "./caps";
import { parseDateLine, resolveDate } from "./dates";
import type { Line } from "./lines";

const AUTHORS = /^•\s*(\d+)\s+authors?$/;
const DOT = "·";

export interface Meta {
  authorCount: number | null;
  organization: string | null;
  date: string | null;
  upvotes: number | null;
  next: number;
  warning: string | null;
}

/** A line that belongs to a layout-B metadata group: `• N authors`, `·` or a date. */
export function isMetaLine(text: string): boolean {
  return text === DOT || AUTHORS.test(text) || parseDateLine(text) !== null;
}

function dateWarning(text: string, year: number | null, date: string | null): string | null {
  if (date !== null) return null;
  return year === null
    ? `year-less date "${text}" and no capture date (add a .meta.json sidecar or --captured-on); date left empty`
    : `invalid date "${text}"; date left empty`;
}

/** A resolved date whose year no paper can have (a typo, or hostile) is left empty too. */
function plausible(date: string | null): string | null {
  const year = date ? Number(date.slice(0, 4)) : null;
  return year !== null && year >= YEAR_MIN && year <= YEAR_MAX ? date : null;
}

/**
 * The optional metadata group after an abstract (layout B): `• N authors` or an organisation
 * line, a `·` line, and a date line that may carry the upvote count.
 */
export function readMeta(items: Line[], i: number, capturedOn: string | null): Meta {
  const meta: Meta = { authorCount: null, organization: null, date: null, upvotes: null, next: i, warning: null };
  const first = items[i]?.text;
  if (first === undefined) return meta;
  const authors = AUTHORS.exec(first);
  if (authors) {
    meta.authorCount = Number(authors[1]) || null;
    i++;
  } else if (items[i + 1]?.text === DOT && first !== DOT) {
    meta.organization = first;
    i++;
  }
  if (items[i]?.text === DOT) i++;
  const date = items[i] ? parseDateLine(items[i].text) : null;
  if (date) {
    meta.date = plausible(resolveDate(date, capturedOn));
    meta.upvotes = date.upvotes;
    meta.warning = dateWarning(items[i].text, date.year, meta.date);
    i++;
  }
  meta.next = i;
  return meta;
}

/** Skips a run of metadata lines that follows no paper: one lost record, whatever its line count. */
export function skipStrayMeta(items: Line[], i: number): number {
  while (i < items.length && isMetaLine(items[i].text)) i++;
  return i;
}
