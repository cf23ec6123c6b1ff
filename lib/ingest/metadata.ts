import { YEAR_MAX, YEAR_MIN } from "./caps";
import { parseDateLine, resolveDate } from "./dates";
import { isProse, type Line } from "./lines";

const AUTHORS = /^•\s*(\d+)\s+authors?$/;
const DOT = "·";
// What else a copied paper card may show beside its metadata: the upvote count on a line of its own,
// the comment count, who submitted it, and a link to it (its arXiv id is kept, the rest is page furniture).
const UPVOTE_LINE = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[kK]|\d+)(?: upvotes?)?$/;
const FURNITURE = /^(?:\d[\d,]*(?:\.\d+)?[kK]? comments?|Submitted by \S.{0,80})$/;
// A link to the paper's code on a line of its own ("Code: https://github.com/…").
const CODE_LINE = /^(?:Code:\s*)?(https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/[^\s/]+\/[^\s/]+\S*)$/i;
const ARXIV_LINE =
  /^(?:arXiv:\s?|https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/|https?:\/\/huggingface\.co\/papers\/)?(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?$/i;

export interface Meta {
  authorCount: number | null;
  organization: string | null;
  date: string | null;
  upvotes: number | null;
  arxivId: string | null;
  codeUrl: string | null;
  next: number;
  warning: string | null;
}

/** The arXiv id of a line that is only an id or a link to the paper (arXiv abs/pdf, Hugging Face papers), version dropped. */
export function arxivLine(text: string): string | null {
  return ARXIV_LINE.exec(text)?.[1] ?? null;
}

/** A line that belongs to a layout-B metadata group: `• N authors`, `·`, a date, upvotes, comments, an arXiv link. */
export function isMetaLine(text: string): boolean {
  return (
    text === DOT ||
    AUTHORS.test(text) ||
    parseDateLine(text) !== null ||
    UPVOTE_LINE.test(text) ||
    FURNITURE.test(text) ||
    arxivLine(text) !== null ||
    CODE_LINE.test(text)
  );
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
 * Whether an arXiv link at `i` stands above the next paper's title rather than below the last one's
 * abstract: always, when the listing opens with one (that copy puts links above titles); else only
 * when a blank line parts it from what is above and none from the title below.
 */
export function idAbove(items: Line[], i: number): boolean {
  if (arxivLine(items[0]?.text ?? "") !== null) return true;
  const next = items[i + 1];
  const gluedBelow = next !== undefined && next.line === items[i].line + 1 && !isMetaLine(next.text);
  return gluedBelow && i > 0 && items[i].line > items[i - 1].line + 1;
}

const count = (text: string) => (/k$/i.test(text) ? Math.round(Number(text.slice(0, -1)) * 1000) : Number(text.replace(/,/g, "")));

/**
 * The optional metadata group after an abstract (layout B): `• N authors` or an organisation
 * line, a `·` line, and a date line that may carry the upvote count; in any order, with the extra
 * lines a hand copy may hold. Each field is read once: a second date starts no paper's group, so it
 * is left for the caller to report.
 */
export function readMeta(items: Line[], i: number, capturedOn: string | null): Meta {
  const meta: Meta = { authorCount: null, organization: null, date: null, upvotes: null, arxivId: null, codeUrl: null, next: i, warning: null };
  const first = items[i]?.text;
  if (first === undefined) return meta;
  if (items[i + 1]?.text === DOT && !isMetaLine(first)) {
    meta.organization = first;
    i++;
  }
  let dated = false;
  for (; i < items.length; i++) {
    const text = items[i].text;
    const authors = AUTHORS.exec(text);
    const date = authors ? null : parseDateLine(text);
    const upvotes = UPVOTE_LINE.exec(text);
    const arxivId = arxivLine(text);
    if (authors && meta.authorCount === null) meta.authorCount = Number(authors[1]) || null;
    else if (date && !dated) {
      dated = true;
      meta.date = plausible(resolveDate(date, capturedOn));
      meta.upvotes ??= date.upvotes;
      meta.warning = dateWarning(text, date.year, meta.date);
    } else if (upvotes && meta.upvotes === null) meta.upvotes = count(upvotes[1]);
    else if (arxivId && meta.arxivId === null && !idAbove(items, i) && !isProse(items[i + 1]?.text ?? "")) meta.arxivId = arxivId;
    else if (CODE_LINE.test(text) && meta.codeUrl === null) meta.codeUrl = CODE_LINE.exec(text)![1];
    else if (!(text === DOT || FURNITURE.test(text))) break;
  }
  meta.next = i;
  return meta;
}

/** Skips a run of metadata lines that follows no paper: one lost record, whatever its line count. */
export function skipStrayMeta(items: Line[], i: number): number {
  while (i < items.length && isMetaLine(items[i].text)) i++;
  return i;
}
