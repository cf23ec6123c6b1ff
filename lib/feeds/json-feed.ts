import type { FeedModel } from "./feed-model";

/** A JSON Feed 1.1 (https://jsonfeed.org/version/1.1): version, title and items; each item an id and content. */
export function toJsonFeed(feed: FeedModel, siteName = "Transformer Papers"): Record<string, unknown> {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrl,
    description: feed.description,
    ...(feed.iconUrl ? { favicon: feed.iconUrl } : {}),
    authors: [{ name: siteName }],
    language: "en",
    items: feed.entries.map((e) => ({
      id: e.url,
      url: e.url,
      ...(e.codeUrl ? { external_url: e.codeUrl } : {}),
      title: e.title,
      content_text: e.summary,
      summary: e.summary.length > 300 ? `${e.summary.slice(0, 297).replace(/\s+\S*$/, "")}…` : e.summary,
      ...(e.published ? { date_published: e.published } : {}),
      date_modified: e.updated,
      ...(e.authors.length ? { authors: e.authors.map((name) => ({ name })) } : {}),
      tags: e.categories.map((c) => c.label),
    })),
  };
}
