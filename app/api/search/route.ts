import type { NextRequest } from "next/server";
import { apiError, apiFailure, apiResult } from "@/lib/api-response";
import { findParamErrors, parseSearchState } from "@/lib/search-params";
import { searchPapers } from "@/lib/search";

/** GET /api/search: the same parameters as the search page; 400 names every bad one. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const errors = findParamErrors(params);
  if (errors.length) return apiError(400, "bad request", errors);
  const state = parseSearchState(params);
  try {
    return apiResult({ query: state, ...(await searchPapers(state)) });
  } catch (error) {
    return apiFailure(error);
  }
}
