import { parseDateLine, PAGE_DATE, resolveDate } from "./dates";
import { endsMidSentence, isChrome, readHead, type Line } from "./lines";
import type { RawRecord, Rejection } from "./raw-record";

const AUTHORS = /^•\s*(\d+)\s+authors?$/;
const DOT = "·";

interface Meta {
  authorCount: number | null;
  organization: string | null;
  date: string | null;
  upvotes: number | null;
  next: number;
  warning: string | null;
}

/**
 * The optional metadata group after an abstract: `• N authors` or an organisation
 * line, a `·` line, and a date line that may carry the upvote count.
 */
function readMeta(items: Line[], i: number, capturedOn: string | null): Meta {
  const meta: Meta = { authorCount: null, organization: null, date: null, upvotes: null, next: i, warning: null };
  const first = items[i]?.text;
  if (first === undefined) return meta;
  const authors = AUTHORS.exec(first);
  if (authors) {
    meta.authorCount = Number(authors[1]);
    i++;
  } else if (items[i + 1]?.text === DOT && first !== DOT) {
    meta.organization = first;
    i++;
  }
  if (items[i]?.text === DOT) i++;
  const date = items[i] ? parseDateLine(items[i].text) : null;
  if (date) {
    meta.date = resolveDate(date, capturedOn);
    meta.upvotes = date.upvotes;
    if (meta.date === null) {
      meta.warning =
        date.year === null
          ? `year-less date "${items[i].text}" and no capture date (add a .meta.json sidecar or --captured-on); date left empty`
          : `invalid date "${items[i].text}"; date left empty`;
    }
    i++;
  }
  meta.next = i;
  return meta;
}

/** Layout B: blank-line separated; page chrome, then title, abstract and optional metadata per paper. */
export function parseLayoutB(file: string, body: Line[], capturedOn: string | null): { records: RawRecord[]; rejections: Rejection[]; warnings: Rejection[] } {
  let start = 0;
  while (start < body.length && (isChrome(body[start].text) || PAGE_DATE.test(body[start].text))) start++;
  const items = body.slice(start).filter((l) => !isChrome(l.text));
  const records: RawRecord[] = [];
  const rejections: Rejection[] = [];
  const warnings: Rejection[] = [];
  let i = 0;
  while (i < items.length) {
    const stray = items[i].text;
    if (stray === DOT || AUTHORS.test(stray) || parseDateLine(stray)) {
      rejections.push({ file, line: items[i].line, reason: `metadata line "${stray}" with no paper before it` });
      i++;
      continue;
    }
    const head = readHead(items, i);
    i = head.next;
    if (!head.ok) {
      rejections.push({ file, line: head.line, reason: head.reason });
      continue;
    }
    const meta = readMeta(items, i, capturedOn);
    i = meta.next;
    if (i >= items.length && meta.next === head.next && endsMidSentence(head.abstract.text)) {
      rejections.push({ file, line: head.title.line, reason: `abstract of "${head.title.text}" is cut off at end of file` });
      continue;
    }
    if (meta.warning) warnings.push({ file, line: head.title.line, reason: meta.warning });
    records.push({
      title: head.title.text,
      abstract: head.abstract.text,
      source: { file, line: head.title.line },
      authorCount: meta.authorCount,
      organization: meta.organization,
      date: meta.date,
      upvotes: meta.upvotes,
    });
  }
  return { records, rejections, warnings };
}
