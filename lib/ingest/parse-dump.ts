import { detectLayout } from "./detect-layout";
import { toLines } from "./lines";
import { parseLayoutA } from "./parse-layout-a";
import { parseLayoutB } from "./parse-layout-b";
import type { ParsedDump } from "./raw-record";

export interface ParseOptions {
  /** The day the listing was captured (YYYY-MM-DD): resolves year-less dates. */
  capturedOn?: string | null;
}

/** Reads one dump of either layout. Throws DumpFormatError when it fits neither. */
export function parseDump(file: string, text: string, options: ParseOptions = {}): ParsedDump {
  const lines = toLines(text);
  const { layout, bodyStart } = detectLayout(file, lines);
  const body = lines.slice(bodyStart);
  if (layout === "A") return { file, layout, ...parseLayoutA(file, body), warnings: [] };
  return { file, layout, ...parseLayoutB(file, body, options.capturedOn ?? null) };
}
