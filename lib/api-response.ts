import { NextResponse } from "next/server";
import { RETRY_AFTER_SECONDS, SearchUnavailableError } from "./search/unavailable";

// Answers change only when the index is rebuilt: a minute of caching is safe and
// spares the engine repeated identical searches. Errors are never cached.
const CACHE_OK = "public, max-age=60";
const CACHE_ERROR = "no-store";

export function apiResult(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: { "Cache-Control": CACHE_OK } });
}

/** Every error body has the same shape: `{ error, messages[] }`. */
export function apiError(status: number, error: string, messages: string[], headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error, messages }, { status, headers: { "Cache-Control": CACHE_ERROR, ...headers } });
}

/**
 * What a route answers when its engine call throws: 503 with Retry-After while the
 * engine is down, else a 500 that says nothing of the cause (logged on the server).
 */
export function apiFailure(cause: unknown): NextResponse {
  if (cause instanceof SearchUnavailableError) return apiError(503, "search unavailable", [cause.message], { "Retry-After": String(RETRY_AFTER_SECONDS) });
  console.error(cause);
  return apiError(500, "internal error", ["the server failed to answer; the error is logged"]);
}
