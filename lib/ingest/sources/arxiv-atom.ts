import { DumpFormatError, type ParsedDump, type RawRecord, type Rejection } from "../raw-record";
import { arxivRecord, isoDay, normaliseArxivId } from "./arxiv-id";
import { attributes, elements, firstElement, lineIndex, xmlText } from "./xml-text";

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

// The arXiv API answers a bad query with a feed of one entry whose id is an error URL.
const ERROR_ID = /arxiv\.org\/api\/errors/;

function toRecord(entry: string, file: string, line: number): RawRecord | Rejection {
  const rawId = oneLine(xmlText(firstElement(entry, "id") ?? ""));
  const summary = oneLine(xmlText(firstElement(entry, "summary") ?? ""));
  if (ERROR_ID.test(rawId)) return { file, line, reason: `the arXiv API answered with an error: ${summary.slice(0, 120)}` };
  const arxivId = normaliseArxivId(rawId);
  if (!arxivId) return { file, line, reason: rawId ? `entry id "${rawId.slice(0, 80)}" is not an arXiv abstract URL` : "entry has no <id>" };
  const title = oneLine(xmlText(firstElement(entry, "title") ?? ""));
  if (!title) return { file, line, reason: `entry ${arxivId} has no <title>` };
  if (!summary) return { file, line, reason: `entry ${arxivId} has no <summary> (abstract)` };
  const authors = elements(entry, "author").flatMap((a) => {
    const name = oneLine(xmlText(firstElement(a, "name") ?? ""));
    return name ? [name] : [];
  });
  const primary = attributes(entry, "arxiv:primary_category", "term");
  const categories = [...new Set([...primary, ...attributes(entry, "category", "term")])];
  const doi = firstElement(entry, "arxiv:doi");
  const published = isoDay(oneLine(xmlText(firstElement(entry, "published") ?? "")));
  return arxivRecord("arxiv-atom", file, line, {
    title,
    abstract: summary,
    arxivId,
    authors,
    categories,
    doi: doi ? oneLine(xmlText(doi)) || null : null,
    published,
    updated: isoDay(oneLine(xmlText(firstElement(entry, "updated") ?? ""))),
  });
}

/**
 * Reads an arXiv API response (`export.arxiv.org/api/query`): one record per `<entry>`, each with
 * the line it starts on; an entry left open or missing its id, title or abstract is rejected there.
 */
export function parseArxivAtom(file: string, text: string): ParsedDump {
  const lineOf = lineIndex(text);
  const feed = /<feed[\s>]/.exec(text);
  if (!feed) throw new DumpFormatError(file, 1, "an XML file without an Atom <feed>: not an arXiv API response");
  if (!/<\/feed>\s*$/.test(text)) throw new DumpFormatError(file, lineOf(text.length), "the <feed> is not closed: the response was cut off");
  const out: ParsedDump = { file, layout: "arxiv-atom", records: [], rejections: [], warnings: [] };
  const starts = [...text.matchAll(/<entry[\s>]/g)].map((m) => m.index);
  starts.forEach((start, k) => {
    const line = lineOf(start);
    const end = text.indexOf("</entry>", start);
    const next = starts[k + 1] ?? text.length;
    if (end === -1 || end > next) {
      out.rejections.push({ file, line, reason: "<entry> is not closed before the next entry or the end of the feed" });
      return;
    }
    const record = toRecord(text.slice(start, end), file, line);
    if ("reason" in record) out.rejections.push(record);
    else out.records.push(record);
  });
  return out;
}
