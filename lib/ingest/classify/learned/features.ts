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
export function featuresOf(
  sentences: ReadSentence[],
  found: Record<FacetName, Scored[]>,
  hits?: RoleHits,
  known?: { has(feature: string): boolean },
): Map<string, number> {
  const features = new Map<string, number>();
  // Applying a model needs only the words it has weights for; training reads them all.
  const keep = (f: string) => (!known || known.has(f)) && features.set(f, 1);
  for (const s of sentences) {
    const prefix = s.role === "title" ? "t:" : s.role === "background" || s.role === "prior" ? "b:" : "a:";
    const ws = words(s.text);
    ws.forEach((w, i) => {
      keep(prefix + w);
      if (prefix !== "b:" && i > 0) keep(`${prefix}${ws[i - 1]} ${w}`);
    });
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
