import { toCitable, type PaperRecord } from "../citation/citable";
import { describeSearch } from "../describe-search";
import { defaultSort, searchHref, serializeSearchState, type SearchState } from "../search-params";
import { FACET_NAMES, facetLabel, TAXONOMY } from "../taxonomy";
import type { FeedEntry, FeedModel } from "./feed-model";

export const FEED_SIZE = 50;

/** The query string a feed of this search is reached by: the filters and words, never a page or order. */
export function feedQuery(state: SearchState): string {
  return serializeSearchState({ ...state, page: 1, sort: defaultSort(state.q) });
}

function dayToIso(day: string | null): string | null {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00Z` : null;
}

export function toFeedEntry(record: PaperRecord, origin: URL, fallbackUpdated: string): FeedEntry {
  const citable = toCitable(record);
  const published = dayToIso(citable.date);
  return {
    url: new URL(`/papers/${record.slug}`, origin).toString(),
    title: record.title,
    summary: record.abstract,
    // Atom requires an updated time; an undated listing takes the time its index was built.
    updated: published ?? fallbackUpdated,
    published,
    authors: citable.authors,
    categories: FACET_NAMES.flatMap((facet) =>
      (record[facet] as string[]).map((value) => ({
        term: value,
        scheme: new URL(`/topics/${facet}`, origin).toString(),
        label: `${TAXONOMY[facet].label}: ${facetLabel(facet, value)}`,
      })),
    ),
    codeUrl: record.codeUrl,
  };
}

/** A search as a feed: its newest papers, the search page as home, the feed's own URL as self. */
export function toFeedModel(
  state: SearchState,
  papers: PaperRecord[],
  { origin, format, builtAt }: { origin: URL; format: "xml" | "json"; builtAt: string },
): FeedModel {
  const entries = papers.map((p) => toFeedEntry(p, origin, builtAt));
  const query = feedQuery(state);
  const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries.length ? "" : builtAt);
  const what = describeSearch(state);
  return {
    // The search itself, in the order its page shows by default: the feed is that search's newest papers.
    homeUrl: new URL(searchHref({ ...state, sort: defaultSort(state.q), page: 1 }), origin).toString(),
    feedUrl: new URL(`/feed.${format}${query ? `?${query}` : ""}`, origin).toString(),
    iconUrl: new URL("/icon.svg", origin).toString(),
    title: `Transformer Papers: ${what}`,
    description: `The newest transformer-architecture papers for ${what === "All papers" ? "the whole catalogue" : what}.`,
    updated: updated || builtAt,
    entries,
  };
}
