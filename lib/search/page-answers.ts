import type { Paper } from "../paper";
import { parseSearchState, serializeSearchState, type SearchState } from "../search-params";
import { searchAvailable } from "./health";
import { getPaper } from "./papers";
import { searchPage } from "./search-papers";
import { isSlug } from "./slug";
import { SearchUnavailableError } from "./unavailable";

/**
 * proxy.ts must know whether the engine answers before a page's status is sent (503 while it
 * does not). It also starts the page's own first question (the search of `/`, the paper of
 * `/papers/<slug>`) and leaves the answer here for the page, which finds it by the token in
 * this request header: the search starts before the probe instead of after it, and runs while
 * Next.js renders the page around it; the paper, asked in place of the probe, tells a paper
 * that is not in the catalogue before the page renders (a server-rendered 404, not notFound()
 * in the page: vercel/next.js#62228).
 */
export const ANSWER_HEADER = "x-engine-answer";

/**
 * The first thing a page asks the engine, by a key naming the question. A search is handed to the
 * page in flight, the probe beside it deciding the status; a paper is awaited, as it decides between
 * the page and the 404 (and, answered, proves the engine up).
 */
export type PageQuestion =
  { key: string; page: "search"; ask: () => ReturnType<typeof searchPage> } | { key: string; page: "paper"; ask: () => Promise<Paper | null> };

export const searchQuestionKey = (state: SearchState) => `search?${serializeSearchState(state)}`;
export const paperQuestionKey = (slug: string) => `paper:${slug}`;

/** The page at `path` and its first engine question, or null for a page that has none to share. */
export function pageQuestion(path: string, params: URLSearchParams): PageQuestion | null {
  if (path === "/") {
    const state = parseSearchState(params);
    return { key: searchQuestionKey(state), page: "search", ask: () => searchPage(state) };
  }
  const slug = /^\/papers\/([^/]+)$/.exec(path)?.[1];
  if (slug !== undefined && isSlug(slug)) return { key: paperQuestionKey(slug), page: "paper", ask: () => getPaper(slug) };
  return null;
}

// An answer no page takes (a HEAD request, a client gone) is dropped after this long.
const UNTAKEN_MS = 10_000;

interface Left {
  key: string;
  answer: Promise<unknown>;
}

// On globalThis: Next.js bundles proxy.ts and the pages apart, and they run in one process. Were
// they ever to run apart, the page finds nothing here and asks the engine itself.
const KEY = Symbol.for("transformer-papers.page-answers");
const left = ((globalThis as Record<symbol, Map<string, Left>>)[KEY] ??= new Map());

/**
 * What proxy.ts sends the engine before a page that has a question: the question and, for a search,
 * the probe beside it. Resolves once the page's status can be decided: `up` false for a 503.
 */
export async function askForPage(question: PageQuestion): Promise<{ up: boolean; answer: Promise<unknown> }> {
  const answer: Promise<unknown> = question.ask();
  if (question.page === "paper") {
    // Any failure but the engine's is the page's to show, as if it had asked itself.
    const failure = await answer.then(
      () => null,
      (error: unknown) => error,
    );
    return { up: !(failure instanceof SearchUnavailableError), answer };
  }
  // The page sees the search's own failure; this only keeps it from being an unhandled rejection meanwhile.
  answer.catch(() => undefined);
  return { up: await searchAvailable(), answer };
}

/** Leaves an answer (settled or in flight) for the page of this request; returns the token for ANSWER_HEADER. */
export function leaveAnswer(key: string, answer: Promise<unknown>): string {
  const token = crypto.randomUUID();
  left.set(token, { key, answer });
  setTimeout(() => left.delete(token), UNTAKEN_MS).unref();
  return token;
}

/** The answer proxy.ts left for this request's question, once; undefined when there is none (the page then asks). */
export function takeAnswer<T>(token: string | null, key: string): Promise<T> | undefined {
  const found = token ? left.get(token) : undefined;
  if (!found || found.key !== key) return undefined;
  left.delete(token!);
  return found.answer as Promise<T>;
}

/** The search page's search: the answer proxy.ts left for this request (`token` from ANSWER_HEADER), else asked now. */
export function searchPageAnswer(token: string | null, state: SearchState): ReturnType<typeof searchPage> {
  return takeAnswer<Awaited<ReturnType<typeof searchPage>>>(token, searchQuestionKey(state)) ?? searchPage(state);
}

/** A paper page's paper: the answer proxy.ts left for this request, else asked now. */
export function paperAnswer(token: string | null, slug: string): Promise<Paper | null> {
  return takeAnswer<Paper | null>(token, paperQuestionKey(slug)) ?? getPaper(slug);
}
