/** A non-blank line of a dump with its 1-based line number. */
export interface Line {
  text: string;
  line: number;
}

/** Splits a dump into trimmed non-blank lines, tolerating a BOM and CRLF or CR line endings. */
export function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ text: raw.replace(/\u00a0/g, " ").trim(), line: i + 1 }))
    .filter((l) => l.text.length > 0);
}

/** Lines of the Hugging Face page around the listing, never part of a paper. */
const CHROME = new Set([
  "new",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
  "Get trending papers in your email inbox!",
  "Get trending papers in your email inbox once a day!",
]);

export function isChrome(text: string): boolean {
  return CHROME.has(text);
}

// An abstract is prose: long and many words. A title is short. Keeping the two
// tests apart lets the parsers resynchronise after a missing line.
// Titles in the dumps run to ~200 characters, abstracts start above 400.
export function looksLikeAbstract(text: string): boolean {
  return text.length >= 300 || (text.length >= 150 && /[.!?] [A-Z]/.test(text));
}

export function looksLikeTitle(text: string): boolean {
  return text.length >= 3 && text.length <= 300 && !looksLikeAbstract(text);
}

/** A record at the very end of a file whose abstract stops mid-sentence was cut off by the capture. */
export function endsMidSentence(abstract: string): boolean {
  const lastWord = abstract.split(/\s+/).at(-1) ?? "";
  if (/^https?:\/\//.test(lastWord)) return false;
  return !/[.!?)\]"'”’]$/.test(abstract);
}

export type Head = { ok: true; title: Line; abstract: Line; next: number } | { ok: false; line: number; reason: string; next: number };

/**
 * Reads a title line followed by its abstract line at `i`. On a broken pair it
 * consumes only the offending line, so one bad line never shifts every later paper.
 */
export function readHead(items: Line[], i: number): Head {
  const title = items[i];
  const abstract = items[i + 1];
  if (looksLikeAbstract(title.text)) {
    return { ok: false, line: title.line, reason: "abstract with no title before it", next: i + 1 };
  }
  if (!abstract) {
    return { ok: false, line: title.line, reason: `title "${title.text}" has no abstract (record cut off at end of file)`, next: i + 1 };
  }
  if (!looksLikeAbstract(abstract.text)) {
    return { ok: false, line: title.line, reason: `title "${title.text}" is followed by "${abstract.text.slice(0, 60)}", not an abstract`, next: i + 1 };
  }
  return { ok: true, title, abstract, next: i + 2 };
}
