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
}

const NEITHER =
  'fits neither layout: no title followed by its abstract (layout A: "Subscribe" glued to the first title, then title and abstract lines in turn; layout B: title, abstract and metadata between blank lines)';

// A file with no trace of the Hugging Face page may be notes dropped in the folder by mistake.
function chromeWarning(file: string, lines: Line[]): Rejection[] {
  if (lines.some((l) => isChrome(l.text) || l.text.startsWith("Subscribe"))) return [];
  return [{ file, line: lines[0]?.line ?? 1, reason: 'no Hugging Face page chrome ("Subscribe", "Daily Papers"): read by its structure alone' }];
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
  const lines = toLines(text);
  const items = stripPageChrome(lines);
  const read = readRecords(file, items, options.capturedOn ?? null);
  if (read.records.length === 0 && !items.some((l) => isProse(l.text))) throw new DumpFormatError(file, lines[0]?.line ?? 1, notTextReason(text) ?? NEITHER);
  return { file, layout: layoutOf(read.records), ...read, warnings: [...chromeWarning(file, lines), ...read.warnings] };
}
