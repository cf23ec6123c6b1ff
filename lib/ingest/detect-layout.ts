import { PAGE_DATE } from "./dates";
import { isChrome, type Line } from "./lines";
import type { RawRecord } from "./raw-record";

export type Layout = "A" | "B" | "A+B";

const SUBSCRIBE = "Subscribe";

/**
 * Layout A glues the "Subscribe" button to the first title, which its abstract follows on the very
 * next line. A layout-B title that merely starts with the word ("Subscriber Churn …") stands
 * between blank lines, so it is never unglued; without page chrome before it, the rest must not
 * continue a word either.
 */
function gluedTitle(line: Line, next: Line | undefined, chromeSeen: boolean): string | null {
  if (!line.text.startsWith(SUBSCRIBE) || next?.line !== line.line + 1) return null;
  const rest = line.text.slice(SUBSCRIBE.length).trim();
  if (!rest || (!chromeSeen && /^\p{Ll}/u.test(rest))) return null;
  return rest;
}

/**
 * The lines a listing's papers are read from, wherever a capture's header stands (a file may hold
 * several captures, of either layout, one after another): page chrome dropped, the page date that
 * follows it dropped, and "Subscribe" unglued from a layout-A capture's first title.
 */
export function stripPageChrome(lines: Line[]): Line[] {
  const out: Line[] = [];
  let inHeader = true;
  let chromeSeen = false;
  lines.forEach((l, k) => {
    if (isChrome(l.text)) {
      inHeader = chromeSeen = true;
      return;
    }
    if (inHeader && PAGE_DATE.test(l.text)) return;
    const glued = inHeader ? gluedTitle(l, lines[k + 1], chromeSeen) : null;
    out.push(glued === null ? l : { ...l, text: glued });
    inHeader = false;
  });
  return out;
}

/** A file's layout, from how its records stand: A when every abstract follows its title on the next line, B when blank lines or metadata part them. */
export function layoutOf(records: RawRecord[]): Layout | null {
  const layouts = new Set(records.map((r) => r.layout));
  if (layouts.size === 0) return null;
  return layouts.size === 2 ? "A+B" : ([...layouts][0] as Layout);
}
