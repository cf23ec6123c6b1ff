import { stripControls } from "./clean-text";

/** A non-blank line of a dump with its 1-based line number. */
export interface Line {
  text: string;
  line: number;
}

/**
 * Splits a dump into trimmed non-blank lines, tolerating a BOM, CRLF or CR line endings and odd spacing.
 * Blank lines leave gaps in the line numbers: that is how layout B's structure is seen.
 */
export function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({
      // Tabs, no-break and other Unicode spaces, and runs of them, are one space: a date line copied
      // as "Aug\u00a019,  2023" is still a date line.
      text: stripControls(raw).replace(/\s+/g, " ").trim(),
      line: i + 1,
    }))
    .filter((l) => l.text.length > 0 && !RULE.test(l.text));
}

/**
 * Lines of the Hugging Face page around the listing, never part of a paper: the listing's header, and
 * the site's navigation and footer that a copy of the whole page (Ctrl-A) picks up.
 */
const CHROME = new Set([
  "new",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
  "by AK and the research community",
  "Get trending papers in your email inbox!",
  "Get trending papers in your email inbox once a day!",
  "Hugging Face",
  "Hugging Face's logo",
  "Models",
  "Datasets",
  "Spaces",
  "Community",
  "Posts",
  "Docs",
  "Enterprise",
  "Pricing",
  "Log In",
  "Sign Up",
  "Trending Papers",
  "Submit a paper",
  "Search any paper with AI",
  "Daily",
  "Weekly",
  "Monthly",
  "Previous",
  "Next",
  "Load more",
  "System theme",
  "Company",
  "TOS",
  "Privacy",
  "About",
  "Careers",
  "Jobs",
  "Website",
  "Learn",
  "Status",
]);

// A horizontal rule ("---", "***", "==="), as a person puts between papers in a note: a blank line.
const RULE = /^([-=*_~#])\1{2,}$/;

export function isChrome(text: string): boolean {
  return CHROME.has(text);
}

// A full stop, question or exclamation mark ending a sentence, in Latin, Cyrillic, Greek or CJK text.
const SENTENCE_BREAK = /[.!?] \p{Lu}|[。！？]\s*\S/u;
// Stricter, for titles: a sentence that ends in a word ("… hard. We …"), not "U.S. Patent" or "Vol. II".
const TITLE_SENTENCE_BREAK = /\p{Ll}{2}[.!?] \p{Lu}|[。！？]\s*\S/u;

// An abstract is prose: long and many words. A title is short. Keeping the two tests apart lets
// the parsers resynchronise after a missing line. Titles in the dumps run to ~230 characters,
// abstracts start above 400 (Chinese ones, denser, around 150).
export function isProse(text: string): boolean {
  return text.length >= 300 || (text.length >= 150 && SENTENCE_BREAK.test(text));
}

/** A line in a title's place that is an abstract whatever follows it: prose made of sentences. */
export function isStrayAbstract(text: string): boolean {
  return isProse(text) && TITLE_SENTENCE_BREAK.test(text);
}

/** A record at the very end of a file whose abstract stops mid-sentence was cut off by the capture. */
export function endsMidSentence(abstract: string): boolean {
  const lastWord = abstract.split(/\s+/).at(-1) ?? "";
  if (/^https?:\/\//.test(lastWord)) return false;
  return !/[.!?)\]"'”’。！？]$/.test(abstract);
}

export type Head = { ok: true; title: Line; abstract: Line; next: number } | { ok: false; line: number; reason: string; next: number };

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;

/**
 * Reads a title line followed by its abstract line at `i`. A line is a title by its place, before
 * an abstract, not by its length: a long title is stopped by the title cap, not taken for an abstract.
 * On a broken pair it consumes only the offending line, so one bad line never shifts every later paper.
 */
export function readHead(items: Line[], i: number): Head {
  const title = items[i];
  const abstract = items[i + 1];
  if (isStrayAbstract(title.text) || (isProse(title.text) && !(abstract && isProse(abstract.text)))) {
    return { ok: false, line: title.line, reason: "abstract with no title before it", next: i + 1 };
  }
  if (!abstract) {
    return { ok: false, line: title.line, reason: `title ${quote(title.text)} has no abstract (record cut off at end of file)`, next: i + 1 };
  }
  if (!isProse(abstract.text)) {
    return { ok: false, line: title.line, reason: `title ${quote(title.text)} is followed by ${quote(abstract.text)}, not an abstract`, next: i + 1 };
  }
  return { ok: true, title, abstract, next: i + 2 };
}
