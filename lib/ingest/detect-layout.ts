import { DumpFormatError } from "./raw-record";
import type { Line } from "./lines";

const HEADER_WINDOW = 12;

/**
 * Layout A glues "Subscribe" to the first title and has no blank lines between
 * papers; layout B puts "Subscribe" on its own line between blank lines.
 */
export function detectLayout(file: string, lines: Line[]): { layout: "A" | "B"; bodyStart: number } {
  const header = lines.slice(0, HEADER_WINDOW);
  const glued = header.findIndex((l) => l.text.startsWith("Subscribe") && l.text.length > "Subscribe".length);
  if (glued >= 0) return { layout: "A", bodyStart: glued };
  const alone = header.findIndex((l) => l.text === "Subscribe");
  if (alone >= 0) return { layout: "B", bodyStart: alone + 1 };
  throw new DumpFormatError(
    file,
    header[0]?.line ?? 1,
    'fits neither layout: expected "Subscribe" glued to the first title (layout A) or on a line of its own (layout B) in the first lines',
  );
}
