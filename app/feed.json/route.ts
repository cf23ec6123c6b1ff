import type { NextRequest } from "next/server";
import { toJsonFeed } from "@/lib/feeds/json-feed";
import { feedResponse } from "@/lib/feeds/load-feed";

/** GET /feed.json?…: a JSON Feed 1.1 of any search, newest first. */
export function GET(request: NextRequest) {
  return feedResponse(request.nextUrl.searchParams, "json", (feed) => `${JSON.stringify(toJsonFeed(feed), null, 2)}\n`, "application/feed+json; charset=utf-8");
}
