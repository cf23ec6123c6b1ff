import type { NextRequest } from "next/server";
import { apiError, apiFailure, apiResult } from "@/lib/api-response";
import { parseSearchParams } from "@/lib/search-params";
import { searchPapers } from "@/lib/search";

/** GET /api/search: the same parameters as the search page; 400 names every bad one. */
export async function GET(request: NextRequest) {
  // One strict reading: without errors it is the lenient state too (lenient mode only forgives what strict refuses).
  const { state, errors } = parseSearchParams(request.nextUrl.searchParams, "strict");
  if (errors.length) return apiError(400, "bad request", errors);
  try {
    return apiResult({ query: state, ...(await searchPapers(state)) });
  } catch (error) {
    return apiFailure(error);
  }
}
