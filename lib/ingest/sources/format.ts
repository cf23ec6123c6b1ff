/** The sources read beside the listing dumps, each with its own reader. */
export const SOURCE_FORMATS = ["hf-daily", "arxiv-atom", "arxiv-snapshot"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const FORMAT_LABELS: Record<SourceFormat | "listing", string> = {
  listing: "Hugging Face listing (text)",
  "hf-daily": "Hugging Face daily papers (JSON)",
  "arxiv-atom": "arXiv API (Atom)",
  "arxiv-snapshot": "arXiv metadata snapshot (JSON Lines)",
};

/** What a reader is told a paper's record was read from (no file names: those stay in the API). */
export const SOURCE_NAMES: Record<SourceFormat | "listing", string> = {
  listing: "Hugging Face paper listings",
  "hf-daily": "Hugging Face daily papers",
  "arxiv-atom": "the arXiv API",
  "arxiv-snapshot": "the arXiv metadata snapshot",
};

/** Formats read line by line, never whole: the snapshot runs to gigabytes. */
export const STREAMED_FORMATS: readonly SourceFormat[] = ["arxiv-snapshot"];

/**
 * A file's format from its first characters, whatever its name: an array of objects is the daily
 * papers API's answer, an object per line the snapshot, an XML feed the arXiv API's; anything else
 * is read as a listing. A listing starts with page text ("Get trending papers…", a title), never
 * with these, and a title that opens with "[" ("[Re] …") is not followed by an object.
 */
export function detectFormat(head: string): SourceFormat | "listing" {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (/^\[\s*(\{|\]\s*$)/.test(start)) return "hf-daily";
  // A snapshot line holds a whole record: its first key is on the line of its "{". A pretty-printed
  // object ("{" alone on line 1) is some other JSON document, not one record per line.
  if (/^\{[ \t]*"/.test(start)) return "arxiv-snapshot";
  if (/^<(\?xml|feed[\s>])/.test(start)) return "arxiv-atom";
  return "listing";
}
