import type { FeedModel } from "./feed-model";
import { escapeXml as x } from "./xml";

/**
 * An Atom feed (RFC 4287): the feed and every entry carry id, title and updated; the feed
 * names an author (entries may lack one); each entry links to the paper's page.
 */
export function toAtom(feed: FeedModel, generator = "Transformer Papers"): string {
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${x(e.url)}</id>`,
      `    <title type="text">${x(e.title)}</title>`,
      `    <updated>${x(e.updated)}</updated>`,
      e.published ? `    <published>${x(e.published)}</published>` : null,
      `    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
      e.codeUrl ? `    <link rel="related" type="text/html" title="Code" href="${x(e.codeUrl)}"/>` : null,
      ...e.authors.map((name) => `    <author><name>${x(name)}</name></author>`),
      ...e.categories.map((c) => `    <category term="${x(c.term)}" scheme="${x(c.scheme)}" label="${x(c.label)}"/>`),
      `    <summary type="text">${x(e.summary)}</summary>`,
      "  </entry>",
    ]
      .filter((line) => line !== null)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(feed.homeUrl)}</id>`,
    `  <title type="text">${x(feed.title)}</title>`,
    `  <subtitle type="text">${x(feed.description)}</subtitle>`,
    `  <updated>${x(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>`,
    `  <author><name>${x(generator)}</name></author>`,
    `  <generator>${x(generator)}</generator>`,
    feed.iconUrl ? `  <icon>${x(feed.iconUrl)}</icon>` : null,
    ...entries,
    "</feed>",
    "",
  ]
    .filter((line) => line !== null)
    .join("\n");
}
