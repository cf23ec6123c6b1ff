import { LexiconEntry } from "./entry";
import { MODELS } from "./models";

export { LexiconEntry } from "./entry";

/** Every named model and method of the field, validated once at load. */
export const LEXICON: LexiconEntry[] = MODELS.map((entry, i) => {
  const parsed = LexiconEntry.safeParse(entry);
  if (!parsed.success) throw new Error(`lib/lexicon/models.ts: entry ${i + 1} (${entry.name}): ${parsed.error.issues.map((x) => x.message).join("; ")}`);
  return parsed.data;
});

const BY_FORM = new Map(LEXICON.flatMap((entry) => entry.match.map((form) => [form, entry] as const)));

// Longest forms first, so "Swin Transformer V2" wins over "Swin".
const FORMS = [...BY_FORM.keys()].sort((a, b) => b.length - a.length);

// Every form starts with a letter or digit (the entry schema's name rule), so a name can only begin
// where a run of letters and digits begins: the forms are looked up by their first run instead of
// one alternation of a thousand names scanned at every character (a sixth of all classification time).
const RUN_CHAR = /^[\p{L}\p{N}]$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The forms' first runs as a trie of UTF-16 code units: a run of the text is looked up by walking
 * it, which mostly stops at its first letters, instead of cutting it out and hashing it (a fifth
 * of classification time, when every word was looked up in a map). Its nodes are numbers (the root
 * 0) and its edges one open-addressed table of typed arrays: a step is a multiply and a compare or
 * two, where a Map per node cost a hash-table lookup of V8's (about 45 ns: the name lookup's share of the
 * classifier's profile went from 8 to 4 %).
 */
const formsAt: (string[] | undefined)[] = [undefined];
const edges = new Map<number, Map<number, number>>();
for (const form of FORMS) {
  const run = /^[\p{L}\p{N}]+/u.exec(form)?.[0];
  if (!run) throw new Error(`lib/lexicon: the form "${form}" does not start with a letter or digit`);
  let node = 0;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    let out = edges.get(node);
    if (!out) edges.set(node, (out = new Map()));
    let child = out.get(code);
    if (child === undefined) {
      out.set(code, (child = formsAt.length));
      formsAt.push(undefined);
    }
    node = child;
  }
  (formsAt[node] ??= []).push(form);
}
const NONE = -1;
// An edge's key is its node and code unit in one number (nodes stay far below 2^15); slots hold key and child.
const edgeKey = (node: number, code: number) => (node << 16) | code;
const EDGE_BITS = Math.max(10, Math.ceil(Math.log2(4 * formsAt.length)));
const EDGE_MASK = (1 << EDGE_BITS) - 1;
const EDGE_KEY = new Int32Array(1 << EDGE_BITS).fill(NONE);
const EDGE_CHILD = new Int32Array(1 << EDGE_BITS);
// Fibonacci hashing: the product's high bits, which every bit of the key stirs.
const slotOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - EDGE_BITS);
if (formsAt.length >= 1 << 15) throw new Error("lib/lexicon: too many first-run letters for the trie's edge keys");
for (const [node, out] of edges)
  for (const [code, child] of out) {
    const key = edgeKey(node, code);
    let slot = slotOf(key);
    while (EDGE_KEY[slot] !== NONE) slot = (slot + 1) & EDGE_MASK;
    EDGE_KEY[slot] = key;
    EDGE_CHILD[slot] = child;
  }

/** The node after `node` on the code unit `code`, or NONE. */
function step(node: number, code: number): number {
  const key = edgeKey(node, code);
  for (let slot = slotOf(key); ; slot = (slot + 1) & EDGE_MASK) {
    const at = EDGE_KEY[slot];
    if (at === key) return EDGE_CHILD[slot];
    if (at === NONE) return NONE;
  }
}

export interface LexiconHit {
  entry: LexiconEntry;
  form: string;
  index: number;
}

const endsWord = (text: string, at: number) => at >= text.length || !WORD_CHAR.test(text[at]);

const ASCII_RUN_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (RUN_CHAR.test(String.fromCharCode(c)) ? 1 : 0));

/** How many code units the letter or digit at `at` takes (`[\p{L}\p{N}]` with the u flag), or 0 for another character. */
function runCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_RUN_CHAR[code];
  const cp = text.codePointAt(at)!;
  return RUN_CHAR.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** The width of the character at `at`, by code points: 2 for a surrogate pair. */
function charWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

// Most words part from every name within two letters: the walk's first two steps are array lookups.
const FIRST_STEP = Int32Array.from({ length: 128 }, (_, code) => step(0, code));
const SECOND_STEP = Int32Array.from({ length: 128 * 128 }, (_, pair) => (FIRST_STEP[pair >> 7] === NONE ? NONE : step(FIRST_STEP[pair >> 7], pair & 127)));
const NO_FORMS: string[] = [];

/** The trie node of the run's first two characters, or of its first alone when it has one; NONE when no form starts so. */
function firstSteps(text: string, index: number, runEnds: number): number {
  const first = text.charCodeAt(index);
  const node = first < 128 ? FIRST_STEP[first] : step(0, first);
  if (runEnds === index + 1) return node;
  const second = text.charCodeAt(index + 1);
  if (first < 128 && second < 128) return SECOND_STEP[(first << 7) | second];
  return node === NONE ? NONE : step(node, second);
}

/** The longest of `forms` (plural "s" allowed) at `index` as whole words, if longer than `best`. */
function longestAt(text: string, index: number, forms: string[], best: { form: string; length: number } | null): { form: string; length: number } | null {
  for (const form of forms) {
    if (!text.startsWith(form, index)) continue;
    const end = index + form.length;
    const length = text[end] === "s" && endsWord(text, end + 1) ? form.length + 1 : endsWord(text, end) ? form.length : 0;
    if (length && (!best || form.length > best.form.length)) best = { form, length };
  }
  return best;
}

/** The form (plural "s" allowed) that a name starting at `index` spells, as whole words, case-sensitively. */
function formAt(text: string, index: number, runEnds: number): { form: string; length: number } | null {
  // Walk the run through the trie of first runs, keeping the forms of the run without its last "s".
  let node = firstSteps(text, index, runEnds);
  let singular = NONE;
  if (runEnds - index <= 2 && text.charCodeAt(runEnds - 1) === 115) singular = runEnds === index + 1 ? 0 : firstSteps(text, index, index + 1);
  for (let at = index + 2; at < runEnds && node !== NONE; at++) {
    if (at === runEnds - 1 && text.charCodeAt(at) === 115) singular = node;
    node = step(node, text.charCodeAt(at));
  }
  const named = (node !== NONE && formsAt[node]) || NO_FORMS;
  const plural = (singular !== NONE && formsAt[singular]) || NO_FORMS;
  if (named === plural) return null;
  return longestAt(text, index, plural, longestAt(text, index, named, null));
}

/** The known models and methods named in a text, in order (names never overlap; the longest wins). */
export function findKnownModels(text: string): LexiconHit[] {
  const hits: LexiconHit[] = [];
  let from = 0;
  for (let at = 0; at < text.length;) {
    let width = runCharAt(text, at);
    if (!width) {
      at += charWidth(text, at);
      continue;
    }
    const start = at;
    while (width) {
      at += width;
      width = at < text.length ? runCharAt(text, at) : 0;
    }
    if (start < from || text[start - 1] === "-") continue;
    const found = formAt(text, start, at);
    if (!found) continue;
    hits.push({ entry: BY_FORM.get(found.form)!, form: text.slice(start, start + found.length), index: start });
    from = start + found.length;
  }
  return hits;
}

/** Every surface form, for search settings that must match model names exactly. */
export const MODEL_NAME_FORMS: string[] = FORMS;
