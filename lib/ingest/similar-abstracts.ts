import { titleKey } from "./identity";

const SHINGLE = 8;
/** Share of the shorter abstract's shingles found in the other at which two abstracts are one paper's. */
export const SAME_ABSTRACT = 0.5;

function shingles(text: string): Set<string> {
  const key = titleKey(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= key.length; i++) out.add(key.slice(i, i + SHINGLE));
  return out;
}

/**
 * Whether two abstracts under one title are the same paper's: the same text, one cut short, or a
 * revision with a few words changed. Character shingles work for every script, spaced or not;
 * unrelated abstracts on one topic share their common words only (at most 0.26 of 73,153 pairs in the dumps).
 */
export function sameAbstract(a: string, b: string): boolean {
  if (titleKey(a) === titleKey(b)) return true;
  const [x, y] = [shingles(a), shingles(b)];
  const smaller = x.size <= y.size ? x : y;
  const larger = smaller === x ? y : x;
  if (smaller.size === 0) return false;
  let shared = 0;
  for (const s of smaller) if (larger.has(s)) shared++;
  return shared / smaller.size >= SAME_ABSTRACT;
}
