import type { SearchState } from "../search-params";
import { feedQuery } from "./from-papers";

/** `<link rel="alternate">` entries for a search's feeds, as Next.js metadata takes them. */
export function feedAlternates(state: SearchState, title: string) {
  const feed = feedQuery(state);
  const suffix = feed ? `?${feed}` : "";
  return {
    "application/atom+xml": [{ url: `/feed.xml${suffix}`, title: `${title} (Atom)` }],
    "application/feed+json": [{ url: `/feed.json${suffix}`, title: `${title} (JSON Feed)` }],
  };
}
