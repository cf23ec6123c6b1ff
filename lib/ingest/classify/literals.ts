/**
 * Literal strings one of which every match of a regular expression contains, read off its source:
 * what lets prefilter.ts skip the patterns a sentence cannot match. Literals are lowercased ASCII,
 * with BOUNDARY_MARK where the pattern asserts a word boundary (`\b`). Anything this reader does
 * not understand weakens what it requires (to nothing at worst), never the other way round.
 */

/** A word boundary inside a literal: the scan sees one between every word and non-word character. */
export const BOUNDARY_MARK = "\u0001";
// Cross products of optional and alternative pieces stay exact up to this many strings.
const MAX_EXACT = 64;
// How many alternatives may be spelled out with their neighbours, per phrase.
const MAX_SPELLED = 512;

/** What a piece of a pattern matches, as far as literal text goes. */
interface Shape {
  /** Every string it can match, when they are few and known; null otherwise. */
  exact: string[] | null;
  /** Strings one of which every match contains; null when nothing is required. */
  anyOf: string[] | null;
  /** More such requirements, each held by every match as well (a sequence's other parts): empty when none is known. */
  allOf: string[][];
}
const UNKNOWN: Shape = { exact: null, anyOf: null, allOf: [] };
const NOTHING: Shape = { exact: [""], anyOf: null, allOf: [] };
const BOUNDARY: Shape = { exact: [BOUNDARY_MARK], anyOf: null, allOf: [] };

/** The pattern as read: leaves are shapes, the rest is structure. */
type Node =
  | { kind: "leaf"; shape: Shape }
  | { kind: "sequence"; parts: Node[] }
  | { kind: "alternation"; branches: Node[] }
  | { kind: "repeat"; node: Node; min: number; max: number };

class Unreadable extends Error {}

const unique = <T>(items: T[]) => [...new Set(items)];
export const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const leaf = (shape: Shape): Node => ({ kind: "leaf", shape });

/** A recursive-descent reader of the regular-expression syntax phrases use (no `u` flag). */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) throw new Unreadable();
    return node;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : { kind: "alternation", branches };
  }

  private sequence(): Node {
    const parts: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") parts.push(this.quantified(this.atom()));
    return { kind: "sequence", parts };
  }

  private atom(): Node {
    const s = this.source;
    const c = s[this.at++];
    if (c === "(") return this.group();
    if (c === "[") {
      // In JavaScript the first unescaped "]" closes a class, even right after "[" or "[^".
      while (this.at < s.length && s[this.at] !== "]") this.at += s[this.at] === "\\" ? 2 : 1;
      if (this.at++ >= s.length) throw new Unreadable();
      return leaf(UNKNOWN);
    }
    if (c === "\\") return leaf(this.escape());
    if (c === ".") return leaf(UNKNOWN);
    if (c === "^" || c === "$") return leaf(NOTHING);
    if (c === "*" || c === "+" || c === "?" || c === "{") throw new Unreadable();
    return leaf(literal(c));
  }

  private group(): Node {
    const s = this.source;
    let lookAround = false;
    if (s.startsWith("?:", this.at)) this.at += 2;
    else if (s.startsWith("?=", this.at) || s.startsWith("?!", this.at)) {
      this.at += 2;
      lookAround = true;
    } else if (s.startsWith("?<=", this.at) || s.startsWith("?<!", this.at)) {
      this.at += 3;
      lookAround = true;
    } else if (s.startsWith("?<", this.at)) {
      const close = s.indexOf(">", this.at);
      if (close < 0) throw new Unreadable();
      this.at = close + 1;
    } else if (s[this.at] === "?") throw new Unreadable();
    const inner = this.alternation();
    if (s[this.at++] !== ")") throw new Unreadable();
    // A look-around matches no text: what it asserts is left to the regex.
    return lookAround ? leaf(NOTHING) : inner;
  }

  private escape(): Shape {
    const e = this.source[this.at++];
    if (e === undefined) throw new Unreadable();
    if (e === "b") return BOUNDARY;
    if (e === "B") return NOTHING;
    if ("dDwWsS".includes(e)) return UNKNOWN;
    // \x41, \u0041, \cJ, \p{…}, \k<…>, \n, back-references: not worth reading, and never guessed.
    if (/[A-Za-z0-9]/.test(e)) throw new Unreadable();
    return literal(e);
  }

  private quantified(node: Node): Node {
    const s = this.source;
    let min: number;
    let max: number;
    const c = s[this.at];
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!m) throw new Unreadable();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return node;
    this.at++;
    if (s[this.at] === "?") this.at++;
    return { kind: "repeat", node, min, max };
  }
}

// Only ASCII is read: a case-insensitive ASCII letter matches only ASCII letters, which the scan lowercases.
function literal(c: string): Shape {
  return c.charCodeAt(0) < 128 ? { exact: [c.toLowerCase()], anyOf: null, allOf: [] } : UNKNOWN;
}

const required = (shape: Shape): string[] | null => (shape.exact ? (shape.exact.includes("") ? null : shape.exact) : shape.anyOf);

// How much a literal narrows the sentences: its characters, a boundary counting half.
function strength(literal: string): number {
  let sum = 0;
  for (const c of literal) sum += c === BOUNDARY_MARK ? 1 : 2;
  return sum;
}
const weakest = (literals: string[]) => literals.reduce((min, l) => Math.min(min, strength(l)), Infinity);

/** The most selective of several requirements that all hold: the one whose weakest literal is strongest, then the fewest. */
function strongest(candidates: (string[] | null)[]): string[] | null {
  let best: string[] | null = null;
  let bestStrength = -1;
  for (const c of candidates) {
    if (!c) continue;
    const cStrength = weakest(c);
    if (cStrength > bestStrength || (cStrength === bestStrength && c.length < best!.length)) [best, bestStrength] = [c, cStrength];
  }
  return best;
}

const cross = (left: string[], right: string[]) => unique(left.flatMap((l) => right.map((r) => l + r)));

/** Requirements once each, the same strings in any order being one. */
function distinct(sets: string[][]): string[][] {
  const seen = new Set<string>();
  return sets.filter((set) => {
    const key = [...set].sort().join("\n");
    return !seen.has(key) && seen.add(key);
  });
}

function concat(parts: Shape[]): Shape {
  const candidates: (string[] | null)[] = [];
  const more: string[][] = [];
  let run = [""];
  let allExact = true;
  for (const part of parts) {
    if (part.exact && run.length * part.exact.length <= MAX_EXACT) {
      run = cross(run, part.exact);
      continue;
    }
    allExact = false;
    candidates.push(required({ exact: run, anyOf: null, allOf: [] }));
    if (part.exact) run = part.exact;
    else {
      candidates.push(part.anyOf);
      more.push(...part.allOf);
      run = [""];
    }
  }
  candidates.push(required({ exact: run, anyOf: null, allOf: [] }));
  // Every part of a sequence is in every match: each candidate is required, not only the strongest.
  return { exact: allExact ? run : null, anyOf: strongest(candidates), allOf: allExact ? [] : distinct([...candidates.filter((c) => c !== null), ...more]) };
}

function either(branches: Shape[]): Shape {
  if (branches.every((b) => b.exact)) {
    const all = unique(branches.flatMap((b) => b.exact!));
    if (all.length <= MAX_EXACT) return { exact: all, anyOf: null, allOf: [] };
  }
  const each = branches.map(required);
  return { exact: null, anyOf: each.some((r) => r === null) ? null : unique(each.flat() as string[]), allOf: [] };
}

function repeat(shape: Shape, min: number, max: number): Shape {
  if (max === 0) return NOTHING;
  if (min === 0) return { exact: max === 1 && shape.exact ? unique([...shape.exact, ""]) : null, anyOf: null, allOf: [] };
  if (min === 1 && max === 1) return shape;
  return { exact: null, anyOf: required(shape), allOf: shape.exact ? [] : shape.allOf };
}

/** Shapes of a read pattern. Spelling an alternation out with its neighbours keeps their boundaries: `\b(?:on|analy\w+)\b` needs "‸on‸" or "‸analy", not just "on". */
class Analysis {
  private spelled = 0;
  // A node's shape does not depend on its neighbours: spelled-out sequences share their parts'.
  private readonly shapes = new Map<Node, Shape>();

  shape(node: Node): Shape {
    let shape = this.shapes.get(node);
    if (!shape) this.shapes.set(node, (shape = this.read(node)));
    return shape;
  }

  private read(node: Node): Shape {
    switch (node.kind) {
      case "leaf":
        return node.shape;
      case "repeat":
        return repeat(this.shape(node.node), node.min, node.max);
      case "alternation":
        return either(node.branches.map((b) => this.shape(b)));
      case "sequence":
        return this.sequence(node.parts);
    }
  }

  private sequence(nested: Node[]): Shape {
    const parts = nested.flatMap((p) => (p.kind === "sequence" ? p.parts : [p]));
    const shapes = parts.map((p) => this.shape(p));
    const plain = concat(shapes);
    if (plain.exact) return plain;
    const i = parts.findIndex((p, j) => p.kind === "alternation" && !shapes[j].exact);
    if (i < 0) return plain;
    const branches = (parts[i] as Extract<Node, { kind: "alternation" }>).branches;
    if (this.spelled + branches.length > MAX_SPELLED) return plain;
    this.spelled += branches.length;
    const spelled = either(branches.map((b) => this.sequence([...parts.slice(0, i), b, ...parts.slice(i + 1)])));
    return { exact: spelled.exact, anyOf: strongest([required(plain), required(spelled)]), allOf: spelled.exact ? [] : plain.allOf };
  }
}

/**
 * A literal as the scan sees it: a boundary between every word and non-word character,
 * repeated boundaries as one, and one at either end only where the pattern asserts it.
 * `within`: the pattern is tested on parts of the scanned text, whose edges are no boundaries of the text.
 */
function asScanned(literal: string, within: boolean): string {
  let out = "";
  let last = -1;
  let marked = false;
  for (const c of literal) {
    if (c === BOUNDARY_MARK) {
      marked = true;
      continue;
    }
    const code = c.charCodeAt(0);
    if (last >= 0 && isWordCode(last) !== isWordCode(code)) marked = true;
    if (marked && (last >= 0 || !within)) out += BOUNDARY_MARK;
    out += c;
    last = code;
    marked = false;
  }
  if (last < 0) return marked && !within ? BOUNDARY_MARK : "";
  return marked && !within ? out + BOUNDARY_MARK : out;
}

/**
 * Literals one of which every match of `source` contains, or null when none is known. With `within`,
 * they hold for the pattern tested on any part of the text scanned (the word boundaries at the
 * part's edges are not the text's).
 */
export function requiredLiterals(source: string, within = false): string[] | null {
  try {
    const literals = required(new Analysis().shape(new Reader(source).read()));
    const scanned = literals && unique(literals.map((l) => asScanned(l, within)));
    return scanned && !scanned.includes("") ? scanned : null;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/**
 * Sets of literals every match of `source` contains one of each, the most selective first; null when
 * none is known. A phrase like `(?:multi-?layer perceptrons?|MLPs?) (?:models?|networks?|only)` needs
 * "mlp" or "multilayer perceptron" AND "model", "network" or "only": either set alone lets through
 * every sentence with "only".
 */
export function requiredLiteralSets(source: string, within = false): string[][] | null {
  try {
    const shape = new Analysis().shape(new Reader(source).read());
    const first = required(shape);
    const sets = distinct(
      (first ? [first, ...shape.allOf] : shape.allOf)
        .map((literals) => unique(literals.map((l) => asScanned(l, within))))
        .filter((scanned) => !scanned.includes("")),
    );
    return sets.length ? sets : null;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/** The phrase as a whole word, `\b(?:phrase)\b`, if it reads as a complete pattern on its own, so that phrases joined by "|" mean what they say. */
function asWholeWord(phrase: string): string | null {
  try {
    new Reader(phrase).read();
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
  return String.raw`\b(?:${phrase})\b`;
}

/** Literals of a phrase as a whole word, one of which every match contains. */
export function phraseLiterals(phrase: string): string[] | null {
  const whole = asWholeWord(phrase);
  return whole === null ? null : requiredLiterals(whole);
}

/** Sets of literals of a phrase as a whole word, one of each in every match (requiredLiteralSets). */
export function phraseLiteralSets(phrase: string): string[][] | null {
  const whole = asWholeWord(phrase);
  return whole === null ? null : requiredLiteralSets(whole);
}
