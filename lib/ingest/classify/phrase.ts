import type { FacetName, FacetSlug } from "../../taxonomy";
import { watchPhrases } from "./prefilter";

/**
 * The phrases that show one facet value, one phrase per line. A phrase is a short
 * regular-expression fragment matched as whole words, case-insensitively; `title`
 * phrases count only in the title, `weak` ones at a third of the weight.
 */
export interface PhraseRule {
  strong?: readonly string[];
  weak?: readonly string[];
  title?: readonly string[];
  /** Score needed for the value, when it differs from the facet's (see policy.ts). */
  min?: number;
}
export type PhraseTable<F extends FacetName> = Partial<Record<FacetSlug<F>, PhraseRule>>;

/**
 * The one place phrase lists become regular expressions: an alternation of whole words, global for
 * matchAll. Each is watched by the prefilter, so scans of sentences it cannot match are skipped;
 * call it for module constants (each new pattern rebuilds the prefilter's automaton once).
 */
export function compilePhrases(phrases: readonly string[] | undefined, flags = "gi"): RegExp | null {
  if (!phrases?.length) return null;
  const pattern = new RegExp(String.raw`\b(?:${phrases.join("|")})\b`, flags);
  watchPhrases(pattern, phrases);
  return pattern;
}

export interface CompiledRule<V extends string = string> {
  value: V;
  strong: RegExp | null;
  weak: RegExp | null;
  title: RegExp | null;
  min?: number;
}

export function compileTable<F extends FacetName>(table: PhraseTable<F>): CompiledRule<FacetSlug<F>>[] {
  return (Object.entries(table) as [FacetSlug<F>, PhraseRule][]).map(([value, rule]) => ({
    value,
    strong: compilePhrases(rule.strong),
    weak: compilePhrases(rule.weak),
    title: compilePhrases(rule.title),
    min: rule.min,
  }));
}
