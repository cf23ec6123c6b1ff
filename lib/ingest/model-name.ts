// A prefix like "Transformers in Time Series" is a topic, not a name: names are
// short and carry a capital inside a word, a digit or a hyphen, or are one word
// or a few capitalised ones ("Swin Transformer").
const MAX_NAME_WORDS = 4;
const GENERIC_START =
  /^(a|an|the|on|from|towards?|why|how|what|when|is|are|do|does|can|beyond|rethinking|revisiting|exploring|understanding|learning|survey|review|tuning|transform|transforming|efficien\w*|computation\w*|polynomial)\b/i;
// "Transformers Get Stable", "Transformers to SSMs": a phrase about transformers, not a name.
const GENERIC_PHRASE = /^transformers?\s/i;

/** The short model name a title leads with: `SegFormer` from "SegFormer: Simple and …". */
export function extractModelName(title: string): string | null {
  const colon = title.indexOf(":");
  if (colon <= 0) return null;
  const prefix = title.slice(0, colon).trim();
  const words = prefix.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || GENERIC_START.test(prefix) || GENERIC_PHRASE.test(prefix)) return null;
  const capitalised = words.length <= 3 && words.every((w) => /^[A-Z0-9]/.test(w));
  const nameLike = words.length === 1 || capitalised || /[a-z][A-Z]|[A-Z]{2}|\d|-/.test(prefix);
  return nameLike ? prefix : null;
}
