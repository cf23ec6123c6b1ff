/** What both feed formats say, built once from a search. */
export interface FeedModel {
  /** The search page this feed follows; also the feed's id. */
  homeUrl: string;
  feedUrl: string;
  /** A small square image readers show beside the feed's name. */
  iconUrl?: string;
  title: string;
  description: string;
  /** ISO 8601: the newest entry's date, or when the index was built. */
  updated: string;
  entries: FeedEntry[];
}

export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  /** ISO 8601 (RFC 3339) with time and zone. */
  updated: string;
  published: string | null;
  authors: string[];
  categories: { term: string; scheme: string; label: string }[];
  codeUrl: string | null;
}
