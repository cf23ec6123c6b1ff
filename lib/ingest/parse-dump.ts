import { layoutOf, stripPageChrome } from "./detect-layout";
import { isChrome, isProse, toLines, type Line } from "./lines";
import { notTextReason } from "./not-text";
import { DumpFormatError, type ParsedDump, type Rejection } from "./raw-record";
import { readRecords } from "./read-records";
import { parseArxivAtom } from "./sources/arxiv-atom";
import { parseSnapshot } from "./sources/arxiv-snapshot";
import { detectFormat } from "./sources/format";
import { parseHfDaily } from "./sources/hf-daily";

export interface ParseOptions {
  /** The day the listing was captured (YYYY-MM-DD): resolves year-less dates. */
  capturedOn?: string | null;
  /** Set when the file was not UTF-8 and was read in this encoding instead: the report says so. */
  encoding?: "windows-1252";
}

const NEITHER =
  'fits neither layout: no title followed by its abstract (layout A: "Subscribe" glued to the first title, then title and abstract lines in turn; layout B: title, abstract and metadata between blank lines)';

// A file with no trace of the Hugging Face page may be notes dropped in the folder by mistake.
function chromeWarning(file: string, lines: Line[]): Rejection[] {
  if (lines.some((l) => isChrome(l.text) || l.text.startsWith("Subscribe"))) return [];
  return [{ file, line: lines[0]?.line ?? 1, reason: 'no Hugging Face page chrome ("Subscribe", "Daily Papers"): read by its structure alone' }];
}

const OTHER_JSON =
  "a JSON document that is none of the sources read here (the daily papers API's array of { paper: … }, or an arXiv snapshot: one record per line)";
// No listing opens with "{", or with "[" before an element ("[Re] Attention…" is a title).
const looksLikeJson = (text: string) => /^\uFEFF?\s*(\{|\[\s*([[{"\d-]|\]|true|false|null))/.test(text);

const encodingWarning = (file: string, options: ParseOptions): Rejection[] =>
  options.encoding ? [{ file, line: 1, reason: `not UTF-8: read as ${options.encoding} (Latin-1); save it as UTF-8 to be sure of its accents` }] : [];

// Bytes that are not UTF-8 are read as U+FFFD: the paper is kept, but its text has lost characters.
function undecodableWarnings(file: string, lines: Line[]): Rejection[] {
  return lines.flatMap(({ text, line }) => {
    const n = text.split("\uFFFD").length - 1;
    return n ? [{ file, line, reason: `${n} byte sequence${n > 1 ? "s" : ""} that are not UTF-8, kept as "\uFFFD" (save the file as UTF-8)` }] : [];
  });
}

const READERS = { "hf-daily": parseHfDaily, "arxiv-atom": parseArxivAtom, "arxiv-snapshot": parseSnapshot } as const;

/**
 * Reads one input, its format found from its content: a listing of either layout (or both), or a
 * JSON or XML source. Throws DumpFormatError when nothing in it is a paper's abstract.
 */
export function parseDump(file: string, text: string, options: ParseOptions = {}): ParsedDump {
  const format = detectFormat(text.slice(0, 4096));
  // A BOM (Windows editors write one) is the file's encoding, not its content: JSON.parse refuses it.
  if (format !== "listing") return READERS[format](file, text.replace(/^\uFEFF/, ""));
  if (looksLikeJson(text)) throw new DumpFormatError(file, 1, OTHER_JSON);
  const lines = toLines(text);
  const items = stripPageChrome(lines);
  const read = readRecords(file, items, options.capturedOn ?? null);
  if (read.records.length === 0 && !items.some((l) => isProse(l.text))) throw new DumpFormatError(file, lines[0]?.line ?? 1, notTextReason(text) ?? NEITHER);
  return {
    file,
    layout: layoutOf(read.records),
    ...read,
    warnings: [...encodingWarning(file, options), ...chromeWarning(file, lines), ...undecodableWarnings(file, lines), ...read.warnings],
  };
}
