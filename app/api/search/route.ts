import { NextResponse, type NextRequest } from "next/server";
import { findParamErrors, parseSearchState } from "@/lib/search-params";
import { searchPapers } from "@/lib/search";

/** GET /api/search: the same parameters as the search page; 400 names every bad one. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const errors = findParamErrors(params);
  if (errors.length) return NextResponse.json({ error: "bad request", messages: errors }, { status: 400 });
  const state = parseSearchState(params);
  const result = await searchPapers(state);
  return NextResponse.json({ query: state, ...result });
}
