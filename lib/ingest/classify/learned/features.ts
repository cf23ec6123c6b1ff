import type { FacetName } from "../../../taxonomy";
import type { ReadSentence, Scored } from "../score";
import type { Role } from "../sentences";

export type RoleHits = Record<FacetName, Map<string, Partial<Record<Role, number>>>>;

// Function words carry no facet; dropping them keeps the weight file small.
const STOP = new Set(
  "a an the of to in on for and or with by from as at is are was were be been this that these those it its we our us their which can via into than over under using based also both such not".split(
    " ",
  ),
);

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).filter((w) => !STOP.has(w));

/**
 * What the learned layer reads of a paper: words and word pairs of the title ("t:") and of
 * the sentences about its own work and experiments ("a:"), words of background sentences
 * ("b:"), every value the phrase rules and the lexicon scored ("r:facet:value"), and how
 * strongly each value was named in sentences of each role ("h:facet:value:role"), so the
 * weights can learn per value what the policy's role weights say for all values at once.
 */
/** The text features a model has weights for, by prefix ("t:", "a:", "b:"): words, and pairs as first word → second words. */
export interface KnownWords {
  words: Map<string, Set<string>>;
  pairs: Map<string, Map<string, Set<string>>>;
}

export function knownWordsOf(features: Iterable<string>): KnownWords {
  const known: KnownWords = { words: new Map(), pairs: new Map() };
  for (const f of features) {
    if (!isTextFeature(f)) continue;
    const prefix = f.slice(0, 2);
    const [first, second] = f.slice(2).split(" ");
    if (second === undefined) {
      if (!known.words.has(prefix)) known.words.set(prefix, new Set());
      known.words.get(prefix)!.add(first);
    } else {
      if (!known.pairs.has(prefix)) known.pairs.set(prefix, new Map());
      const byFirst = known.pairs.get(prefix)!;
      if (!byFirst.has(first)) byFirst.set(first, new Set());
      byFirst.get(first)!.add(second);
    }
  }
  return known;
}

export function featuresOf(sentences: ReadSentence[], found: Record<FacetName, Scored[]>, hits?: RoleHits, known?: KnownWords): Map<string, number> {
  const features = new Map<string, number>();
  for (const s of sentences) {
    const prefix = s.role === "title" ? "t:" : s.role === "background" || s.role === "prior" ? "b:" : "a:";
    const ws = words(s.text);
    // Applying a model needs only the words it has weights for (looked up without building the
    // feature's string); training reads them all.
    const knownWords = known?.words.get(prefix);
    const knownPairs = known?.pairs.get(prefix);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (!known || knownWords?.has(w)) features.set(prefix + w, 1);
      if (prefix !== "b:" && i > 0 && (!known || knownPairs?.get(ws[i - 1])?.has(w))) features.set(`${prefix}${ws[i - 1]} ${w}`, 1);
    }
  }
  for (const [facet, scored] of Object.entries(found)) {
    for (const s of scored) features.set(`r:${facet}:${s.evidence.value}`, Math.min(3, s.score));
  }
  for (const [facet, byValue] of Object.entries(hits ?? {})) {
    for (const [value, roles] of byValue) for (const [role, strength] of Object.entries(roles)) features.set(`h:${facet}:${value}:${role}`, strength);
  }
  return features;
}

/** The words behind a feature, for evidence: "t:shifted window" → "shifted window". */
export const phraseOf = (feature: string) => feature.slice(2);
export const isTextFeature = (feature: string) => /^[tab]:/.test(feature);
