import { EMPTY_STATE, searchHref, type SearchState, defaultSort } from "./search-params";
import { FACET_ENUMS, isFacetName, TAXONOMY, type FacetName, type FacetSlug } from "./taxonomy";

export interface Topic {
  facet: FacetName;
  slug: string;
  label: string;
  facetLabel: string;
  /** What the value qualifies for, from the taxonomy. */
  definition: string;
  question: string;
}

/** The topic a /topics/[facet]/[slug] path names, or null when the taxonomy has no such value. */
export function findTopic(facet: string, slug: string): Topic | null {
  if (!isFacetName(facet) || !FACET_ENUMS[facet].safeParse(slug).success) return null;
  const value = TAXONOMY[facet].values.find((v) => v.slug === slug)!;
  return { facet, slug, label: value.label, facetLabel: TAXONOMY[facet].label, definition: value.qualifies, question: TAXONOMY[facet].question };
}

export function topicHref(facet: FacetName, slug: string): string {
  return `/topics/${facet}/${slug}`;
}

/** The search a topic page lists: its one value, newest first. */
export function topicState(topic: Pick<Topic, "facet" | "slug">, page = 1): SearchState {
  return { ...EMPTY_STATE, [topic.facet]: [topic.slug as FacetSlug], sort: "newest", page };
}

/** The search for papers with both values, e.g. Mixture of experts in Language, in the search's own default order. */
export function combinedHref(a: { facet: FacetName; slug: string }, b: { facet: FacetName | "year"; slug: string }): string {
  const state = { ...topicState(a), sort: defaultSort("") };
  if (b.facet === "year") return searchHref({ ...state, year: [Number(b.slug)] });
  return searchHref({ ...state, [b.facet]: [...(state[b.facet] as string[]), b.slug] } as SearchState);
}

/** What a facet value means, for a tag's tooltip ("what does this tag mean?"). */
export function topicDefinition(facet: FacetName, slug: string): string {
  return TAXONOMY[facet].values.find((v) => v.slug === slug)?.qualifies ?? "";
}
