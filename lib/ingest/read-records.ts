import { endsMidSentence, readHead, type Line } from "./lines";
import { isMetaLine, readMeta, skipStrayMeta } from "./metadata";
import type { RawRecord, Rejection } from "./raw-record";

export interface ReadRecords {
  records: RawRecord[];
  /** One per lost record (a title without abstract, an abstract without title, metadata without paper). */
  rejections: Rejection[];
  warnings: Rejection[];
}

/**
 * Reads papers from a listing's lines, of either layout: a title, its abstract, and the optional
 * metadata group of layout B. A layout-A capture is the same with no metadata and no blank lines.
 */
export function readRecords(file: string, items: Line[], capturedOn: string | null): ReadRecords {
  const out: ReadRecords = { records: [], rejections: [], warnings: [] };
  let i = 0;
  while (i < items.length) {
    if (isMetaLine(items[i].text)) {
      const end = skipStrayMeta(items, i);
      const group = items.slice(i, end).map((l) => l.text);
      out.rejections.push({ file, line: items[i].line, reason: `metadata with no paper before it ("${group.join(" ").slice(0, 60)}")` });
      i = end;
      continue;
    }
    const head = readHead(items, i);
    i = head.next;
    if (!head.ok) {
      out.rejections.push({ file, line: head.line, reason: head.reason });
      continue;
    }
    const meta = readMeta(items, i, capturedOn);
    i = meta.next;
    if (i >= items.length && meta.next === head.next && endsMidSentence(head.abstract.text)) {
      out.rejections.push({ file, line: head.title.line, reason: `abstract of "${head.title.text.slice(0, 60)}" is cut off at end of file` });
      continue;
    }
    if (meta.warning) out.warnings.push({ file, line: head.title.line, reason: meta.warning });
    const adjacent = head.abstract.line === head.title.line + 1 && meta.next === head.next;
    out.records.push({
      title: head.title.text,
      abstract: head.abstract.text,
      source: { file, line: head.title.line, format: "listing" },
      layout: adjacent ? "A" : "B",
      authorCount: meta.authorCount,
      organization: meta.organization,
      date: meta.date,
      upvotes: meta.upvotes,
    });
  }
  return out;
}
