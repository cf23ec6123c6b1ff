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
const RUN = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const BY_FIRST_RUN = new Map<string, string[]>();
for (const form of FORMS) {
  const run = /^[\p{L}\p{N}]+/u.exec(form)?.[0];
  if (!run) throw new Error(`lib/lexicon: the form "${form}" does not start with a letter or digit`);
  BY_FIRST_RUN.set(run, [...(BY_FIRST_RUN.get(run) ?? []), form]);
}

export interface LexiconHit {
  entry: LexiconEntry;
  form: string;
  index: number;
}

const endsWord = (text: string, at: number) => at >= text.length || !WORD_CHAR.test(text[at]);

const NO_FORMS: string[] = [];

/** The form (plural "s" allowed) that a name starting at `index` spells, as whole words, case-sensitively. */
function formAt(text: string, index: number, run: string): { form: string; length: number } | null {
  const named = BY_FIRST_RUN.get(run) ?? NO_FORMS;
  const plural = run.endsWith("s") ? (BY_FIRST_RUN.get(run.slice(0, -1)) ?? NO_FORMS) : NO_FORMS;
  // Most words start no name: nothing to compare.
  if (named === plural) return null;
  let best: { form: string; length: number } | null = null;
  for (const forms of [named, plural])
    for (const form of forms) {
      if (!text.startsWith(form, index)) continue;
      const end = index + form.length;
      const length = text[end] === "s" && endsWord(text, end + 1) ? form.length + 1 : endsWord(text, end) ? form.length : 0;
      if (length && (!best || form.length > best.form.length)) best = { form, length };
    }
  return best;
}

/** The known models and methods named in a text, in order (names never overlap; the longest wins). */
export function findKnownModels(text: string): LexiconHit[] {
  const hits: LexiconHit[] = [];
  let from = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    if (m.index < from || text[m.index - 1] === "-") continue;
    const found = formAt(text, m.index, m[0]);
    if (!found) continue;
    hits.push({ entry: BY_FORM.get(found.form)!, form: text.slice(m.index, m.index + found.length), index: m.index });
    from = m.index + found.length;
  }
  return hits;
}

/** Every surface form, for search settings that must match model names exactly. */
export const MODEL_NAME_FORMS: string[] = FORMS;
