import type { NextRequest } from "next/server";
import { toAtom } from "@/lib/feeds/atom";
import { feedResponse } from "@/lib/feeds/load-feed";

/** GET /feed.xml?…: an Atom feed of any search, newest first. */
export function GET(request: NextRequest) {
  return feedResponse(request.nextUrl.searchParams, "xml", toAtom, "application/atom+xml; charset=utf-8");
}
