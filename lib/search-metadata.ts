import type { Metadata } from "next";
import { describeSearch } from "./describe-search";
import { feedAlternates } from "./feeds/alternates";
import { hasFilters, serializeSearchState, type SearchState } from "./search-params";

/**
 * The search page's head: feed links for this very search, and for a shared search a
 * preview that names its words and filters (with its own image) rather than the site's card.
 */
export function searchMetadata(state: SearchState): Metadata {
  const what = describeSearch(state);
  const metadata: Metadata = { alternates: { types: feedAlternates(state, `Transformer Papers: ${what}`) } };
  if (!state.q && !hasFilters(state)) return metadata;
  const description = `Transformer-architecture papers for ${what}.`;
  const image = { url: `/og/search?${serializeSearchState({ ...state, page: 1 })}`, width: 1200, height: 630, alt: `Search: ${what}` };
  return {
    ...metadata,
    description,
    openGraph: { siteName: "Transformer Papers", type: "website", title: what, description, images: [image] },
    twitter: { card: "summary_large_image", title: what, description, images: [image.url] },
  };
}
