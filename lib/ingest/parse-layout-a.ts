import { endsMidSentence, isChrome, readHead, type Line } from "./lines";
import type { RawRecord, Rejection } from "./raw-record";

/** Layout A: after the header, strictly alternating title line / abstract line. */
export function parseLayoutA(file: string, body: Line[]): { records: RawRecord[]; rejections: Rejection[] } {
  const items = body.map((l, i) => (i === 0 ? { ...l, text: l.text.slice("Subscribe".length).trim() } : l)).filter((l) => !isChrome(l.text));
  const records: RawRecord[] = [];
  const rejections: Rejection[] = [];
  let i = 0;
  while (i < items.length) {
    const head = readHead(items, i);
    i = head.next;
    if (!head.ok) {
      rejections.push({ file, line: head.line, reason: head.reason });
      continue;
    }
    if (i >= items.length && endsMidSentence(head.abstract.text)) {
      rejections.push({ file, line: head.title.line, reason: `abstract of "${head.title.text}" is cut off at end of file` });
      continue;
    }
    records.push({
      title: head.title.text,
      abstract: head.abstract.text,
      source: { file, line: head.title.line },
      authorCount: null,
      organization: null,
      date: null,
      upvotes: null,
    });
  }
  return { records, rejections };
}
