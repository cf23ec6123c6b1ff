// A prefix like "Transformers in Time Series" is a topic, not a name: names are
// short and carry a capital inside a word, a digit or a hyphen, or are one word.
const MAX_NAME_WORDS = 4;
const GENERIC_START = /^(a|an|the|on|towards?|why|how|what|when|is|are|do|does|can|beyond|rethinking|revisiting|exploring|understanding|learning|survey|review)\b/i;

/** The short model name a title leads with: `SegFormer` from "SegFormer: Simple and …". */
export function extractModelName(title: string): string | null {
  const colon = title.indexOf(":");
  if (colon <= 0) return null;
  const prefix = title.slice(0, colon).trim();
  const words = prefix.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || GENERIC_START.test(prefix)) return null;
  const nameLike = words.length === 1 || /[a-z][A-Z]|[A-Z]{2}|\d|-/.test(prefix);
  return nameLike ? prefix : null;
}
