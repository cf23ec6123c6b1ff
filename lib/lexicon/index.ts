import { LexiconEntry } from "./entry";
import { MODELS } from "./models";

export { LexiconEntry } from "./entry";

/** Every named model and method of the field, validated once at load. */
export const LEXICON: LexiconEntry[] = MODELS.map((entry, i) => {
  const parsed = LexiconEntry.safeParse(entry);
  if (!parsed.success) throw new Error(`lib/lexicon/models.ts: entry ${i + 1} (${entry.name}): ${parsed.error.issues.map((x) => x.message).join("; ")}`);
  return parsed.data;
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const BY_FORM = new Map(LEXICON.flatMap((entry) => entry.match.map((form) => [form, entry] as const)));

// Longest forms first, so "Swin Transformer V2" wins over "Swin"; case-sensitive whole words, plural "s" allowed.
const FORMS = [...BY_FORM.keys()].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${FORMS.map(escape).join("|")})s?(?![\p{L}\p{N}])`, "gu");

export interface LexiconHit {
  entry: LexiconEntry;
  form: string;
  index: number;
}

/** The known models and methods named in a text, in order. */
export function findKnownModels(text: string): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const form = BY_FORM.has(m[0]) ? m[0] : m[0].slice(0, -1);
    const entry = BY_FORM.get(form);
    if (entry) hits.push({ entry, form: m[0], index: m.index });
  }
  return hits;
}

/** Every surface form, for search settings that must match model names exactly. */
export const MODEL_NAME_FORMS: string[] = FORMS;
