import "server-only";
import { NextResponse } from "next/server";
import { apiError, apiFailure } from "../api-response";
import { findParamErrors, parseSearchState } from "../search-params";
import { catalogueInfo, exportPapers } from "../search";
import { siteUrl } from "../site-url";
import { FEED_SIZE, toFeedModel } from "./from-papers";
import type { FeedModel } from "./feed-model";

// Feed readers poll; five minutes of caching spares the engine and misses nothing (the index changes on ingest).
const FEED_CACHE = "public, max-age=300";

/**
 * A feed route: the search page's parameters (a bad one is a 400 naming it), the newest
 * papers first whatever order the link asked for, rendered by `render`.
 */
export async function feedResponse(params: URLSearchParams, format: "xml" | "json", render: (feed: FeedModel) => string, type: string): Promise<Response> {
  const errors = findParamErrors(params);
  if (errors.length) return apiError(400, "bad request", errors);
  const state = { ...parseSearchState(params), sort: "newest" as const, page: 1 };
  try {
    const [{ papers }, info, origin] = await Promise.all([exportPapers(state, FEED_SIZE), catalogueInfo().catch(() => null), siteUrl()]);
    const builtAt = info?.builtAt ?? new Date().toISOString();
    const feed = toFeedModel(state, papers, { origin, format, builtAt: builtAt.replace(/\.\d+Z$/, "Z") });
    return new NextResponse(render(feed), { headers: { "Content-Type": type, "Cache-Control": FEED_CACHE } });
  } catch (error) {
    return apiFailure(error);
  }
}
