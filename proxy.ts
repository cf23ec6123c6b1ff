import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "./lib/csp";
import { believedUp, searchAvailable } from "./lib/search/health";
import { ANSWER_HEADER, askForPage, leaveAnswer, pageQuestion } from "./lib/search/page-answers";
import { isSlug } from "./lib/search/slug";
import { outagePage } from "./lib/outage-page";
import { UNKNOWN_PAPER_PATH } from "./lib/unknown-paper";
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
 * - before `/` and a paper page, it asks the engine the page's own first question and leaves
 *   the answer for the page (lib/search/page-answers.ts): the search of `/` is handed over in
 *   flight, beside the probe (lib/search/health.ts) that decides the status; a paper that is
 *   not in the catalogue, or a /papers/ path that cannot be a slug, gets the server-rendered
 *   404 page; before the other pages that need the engine, only the probe;
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
  headers.delete(ANSWER_HEADER);
  if (api) return NextResponse.next({ request: { headers } });

  const nonce = crypto.randomUUID().replaceAll("-", "");
  const policy = pagePolicy(nonce, process.env.NODE_ENV === "development");
  headers.set("content-security-policy", policy);
  const page = (response: NextResponse) => (response.headers.set("Content-Security-Policy", policy), response);
  // The server-rendered 404 (lib/unknown-paper.ts), its close matches found from the path.
  const notFound = (segment: string) => {
    const unknown = `${UNKNOWN_PAPER_PATH}/${segment}`;
    headers.set("x-pathname", unknown);
    return page(NextResponse.rewrite(new URL(unknown, request.url), { request: { headers } }));
  };

  const segment = /^\/papers\/([^/]+)$/.exec(path)?.[1];
  if (segment !== undefined && !isSlug(segment)) return notFound(segment);
  // A prefetch may not render the page: it is not worth the page's question, only a probe.
  const question = request.headers.has("next-router-prefetch") ? null : pageQuestion(path, request.nextUrl.searchParams);
  // While the engine is believed down, the probe decides first: it waits briefly for an engine coming back.
  let up = !needsEngine(path) || (question !== null && believedUp()) || (await searchAvailable());
  if (up && question) {
    const asked = await askForPage(question);
    up = asked.up;
    if (up && question.page === "paper" && (await asked.answer.catch(() => undefined)) === null) return notFound(segment!);
    if (up) headers.set(ANSWER_HEADER, leaveAnswer(question.key, asked.answer));
  }
  if (!up) {
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
  return page(NextResponse.next({ request: { headers } }));
}

export const config = {
  // /api/search skips it: a fixed path, JSON under next.config's policy, its own 503 when the engine is
  // down; and running the proxy costs ~1 ms of CPU a request (npm run bench, docs/benchmarks.md).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/search$).*)" }],
};
