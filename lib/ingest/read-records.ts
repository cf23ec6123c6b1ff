import { endsMidSentence, isProse, isStrayAbstract, readHead, type Line } from "./lines";
import { arxivLine, idAbove, isMetaLine, readMeta, skipStrayMeta } from "./metadata";
import type { RawRecord, Rejection } from "./raw-record";

export interface ReadRecords {
  records: RawRecord[];
  /** One per lost record (a title without abstract, an abstract without title, metadata without paper). */
  rejections: Rejection[];
  warnings: Rejection[];
}

const gapBefore = (items: Line[], k: number) => k > 0 && items[k].line > items[k - 1].line + 1;

// Where a line break cuts a title rather than ends it: the line stops on a word or mark no title ends
// with ("… for", "…:"), or the next one starts with such a word in lowercase ("with Simplified
// Framework"). A title may start lowercase ("fairseq: …", "iTransformer"), so a lowercase name does not count.
const LINKING = "a|an|the|and|or|of|for|with|in|on|to|via|from|by|using|towards?|at|as|into|through|without|under|over|vs\\.?";
const OPEN_END = new RegExp(`(?:[:,(–—-]|\\b(?:${LINKING}))$`, "i");
const CONTINUES = new RegExp(`^(?:${LINKING}) `);
const cutHere = (a: Line, b: Line) => OPEN_END.test(a.text) || CONTINUES.test(b.text);

/**
 * A title wrapped over lines by the copy: lines with no blank between them, none of them prose or
 * metadata, then the abstract. In layout B the blank line before the abstract shows where the title
 * ends; in layout A (no blank lines) a title that lost its abstract looks the same, so there each
 * break must cut the title mid-phrase, and a break that could end a title is left to be reported.
 */
function wrappedTitle(items: Line[], i: number): { title: Line; next: number } | null {
  let end = i + 1;
  while (end < items.length && end - i < 4 && !gapBefore(items, end) && !isProse(items[end].text) && !isMetaLine(items[end].text)) end++;
  if (end === i + 1 || end >= items.length || !isProse(items[end].text) || isProse(items[i].text)) return null;
  if (!gapBefore(items, end) && !items.slice(i + 1, end).every((l, k) => cutHere(items[i + k], l))) return null;
  return {
    title: {
      line: items[i].line,
      text: items
        .slice(i, end)
        .map((l) => l.text)
        .join(" "),
    },
    next: end,
  };
}

/**
 * The paragraphs of an abstract pasted with blank lines between them (layout B): after the first,
 * a paragraph that no title can be (prose ending a sentence in a word), or a closing sentence
 * right before the metadata ("Code is available at …").
 */
function continuation(items: Line[], k: number): boolean {
  const line = items[k];
  if (!line || !gapBefore(items, k) || isMetaLine(line.text)) return false;
  if (isStrayAbstract(line.text)) return true;
  const next = items[k + 1];
  return line.text.length >= 20 && !endsMidSentence(line.text) && next !== undefined && isMetaLine(next.text) && !/^https?:\/\//.test(line.text);
}

/**
 * Reads papers from a listing's lines, of either layout: a title, its abstract, and the optional
 * metadata group of layout B. A layout-A capture is the same with no metadata and no blank lines.
 */
export function readRecords(file: string, items: Line[], capturedOn: string | null): ReadRecords {
  const out: ReadRecords = { records: [], rejections: [], warnings: [] };
  let i = 0;
  while (i < items.length) {
    // An arXiv link on the line above a title belongs to that paper.
    const linked = idAbove(items, i) && items[i + 1] ? arxivLine(items[i].text) : null;
    if (linked) i++;
    // A link followed by an abstract stands in the title's place: read as a record, then rejected for its title.
    const linkAsTitle = arxivLine(items[i].text) !== null && isProse(items[i + 1]?.text ?? "");
    if (!linked && !linkAsTitle && isMetaLine(items[i].text)) {
      const end = skipStrayMeta(items, i);
      const group = items.slice(i, end).map((l) => l.text);
      out.rejections.push({ file, line: items[i].line, reason: `metadata with no paper before it ("${group.join(" ").slice(0, 60)}")` });
      i = end;
      continue;
    }
    const wrapped = wrappedTitle(items, i);
    const lines = wrapped ? [wrapped.title, items[wrapped.next]] : items.slice(i, i + 2);
    const head = readHead(lines, 0);
    i = wrapped ? wrapped.next + head.next - 1 : i + head.next;
    if (!head.ok) {
      out.rejections.push({ file, line: head.line, reason: head.reason });
      continue;
    }
    let abstract = head.abstract.text;
    const afterHead = i;
    while (continuation(items, i)) {
      out.warnings.push({
        file,
        line: items[i].line,
        reason: `abstract of "${head.title.text.slice(0, 60)}" goes on after a blank line: read as one abstract`,
      });
      abstract += ` ${items[i++].text}`;
    }
    const meta = readMeta(items, i, capturedOn);
    i = meta.next;
    if (i >= items.length && meta.next === afterHead && endsMidSentence(abstract)) {
      out.rejections.push({ file, line: head.title.line, reason: `abstract of "${head.title.text.slice(0, 60)}" is cut off at end of file` });
      continue;
    }
    if (meta.warning) out.warnings.push({ file, line: head.title.line, reason: meta.warning });
    const adjacent = head.abstract.line === head.title.line + 1 && meta.next === afterHead;
    out.records.push({
      title: head.title.text,
      abstract,
      source: { file, line: head.title.line, format: "listing" },
      layout: adjacent ? "A" : "B",
      authorCount: meta.authorCount,
      organization: meta.organization,
      date: meta.date,
      upvotes: meta.upvotes,
      arxivId: linked ?? meta.arxivId,
      codeUrl: meta.codeUrl,
    });
  }
  return out;
}
