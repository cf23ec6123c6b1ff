import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "./lib/csp";
import { searchAvailable } from "./lib/search/health";
import { isSlug } from "./lib/search/slug";
import { outagePage } from "./lib/outage-page";
import { RETRY_AFTER_SECONDS } from "./lib/search/unavailable";

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The pages that read the index; a /papers/ path that cannot be a slug is a 404 whatever the engine's state. */
function needsEngine(path: string): boolean {
  if (path === "/" || path === "/map" || path === "/topics" || path.startsWith("/topics/")) return true;
  const slug = /^\/papers\/([^/]+)/.exec(path)?.[1];
  return slug !== undefined && isSlug(slug);
}

/**
 * Runs before every page and API route but /api/search (see `config`):
 * - malformed percent-encoding is a 400 (API) or 404 (page) here, before Next.js
 *   fails to decode the route's params with a 500;
 * - a fresh CSP nonce per page (Next.js puts it on its own scripts);
 * - while the engine does not answer, pages that need it get the outage page with
 *   503 and Retry-After, under their own URL, so a reload retries them;
 * - the 404 for /papers/<slug> learns which slug was asked for (x-pathname), as a
 *   not-found page receives no params.
 */
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const api = path.startsWith("/api/");
  if (!decodable(path)) {
    if (api) return NextResponse.json({ error: "bad request", messages: ["the path has malformed percent-encoding"] }, { status: 400 });
    return NextResponse.rewrite(new URL("/malformed-path", request.url));
  }
  const headers = new Headers(request.headers);
  headers.set("x-pathname", path);
  if (api) return NextResponse.next({ request: { headers } });

  const nonce = crypto.randomUUID().replaceAll("-", "");
  const policy = pagePolicy(nonce, process.env.NODE_ENV === "development");
  if (needsEngine(path) && !(await searchAvailable())) {
    // A page of its own rather than a rewrite: Next.js renders a rewritten page with 200.
    return new NextResponse(request.method === "HEAD" ? null : outagePage(nonce), {
      status: 503,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": String(RETRY_AFTER_SECONDS),
        "Content-Security-Policy": policy,
      },
    });
  }
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // /api/search skips it: a fixed path, JSON under next.config's policy, its own 503 when the engine is
  // down; and running the proxy costs ~1 ms of CPU a request (npm run bench, docs/benchmarks.md).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/search$).*)" }],
};
