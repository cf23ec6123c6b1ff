import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type MultiSearchFederation,
  type MultiSearchQuery,
  type MultiSearchQueryWithFederation,
  type MultiSearchResponse,
  type SearchResponse,
} from "meilisearch";
import { AsyncLocalStorage } from "node:async_hooks";
import { Agent, request } from "undici";

// Reusing a keep-alive connection to Meilisearch costs ~45 ms per request with
// Node's fetch (a delayed-ACK stall, measured by `npm run bench`); a fresh loopback
// connection costs ~1 ms. So every request of the client gets its own connection.
const dispatcher = new Agent({ pipelining: 0 });
// undici's own request() writes a string body with its headers, so it does not stall on a
// kept-alive connection: the search page's multi-search uses it (npm run bench: ~2 ms less a search).
const pool = new Agent({ connections: 64, keepAliveTimeout: 10_000 });

// A search takes milliseconds; an engine that has not answered in 3 s is stuck
// (stopped, swapping, or blocked), and the page says so rather than hanging.
export const SEARCH_TIMEOUT_MS = 3000;

function client(host: string, apiKey: string, timeout?: number): Meilisearch {
  return new Meilisearch({ host, apiKey, timeout, requestInit: { dispatcher } as RequestInit });
}

function searchEnv(): { host: string; apiKey: string } {
  const host = process.env.MEILI_URL ?? "http://127.0.0.1:7700";
  const apiKey = process.env.MEILI_SEARCH_KEY;
  if (!apiKey) throw new Error("MEILI_SEARCH_KEY is not set: start the app with `npm start`, which creates a search-only key.");
  return { host, apiKey };
}

/**
 * The web app's connection: a search-only key from the environment. The master key
 * is never read here, so it cannot leak into a page, a route or the client bundle.
 */
export function searchClient(): Meilisearch {
  const { host, apiKey } = searchEnv();
  return client(host, apiKey, SEARCH_TIMEOUT_MS);
}

/**
 * One multi-search with the search-only key over a kept-alive connection. It fails with the
 * meilisearch client's own errors (request, timeout, API), so callers tell an outage the same way.
 */
export async function multiSearch<T extends Record<string, unknown> = Record<string, unknown>>(queries: MultiSearchQuery[]): Promise<MultiSearchResponse<T>> {
  return (await postMultiSearch({ queries })) as MultiSearchResponse<T>;
}

/** A federated multi-search: the queries' hits merged into one list by weighted ranking score, each paper once. */
export async function federatedSearch<T extends Record<string, unknown> = Record<string, unknown>>(
  queries: MultiSearchQueryWithFederation[],
  federation: MultiSearchFederation,
): Promise<SearchResponse<T>> {
  return (await postMultiSearch({ federation, queries })) as SearchResponse<T>;
}

/**
 * What a search sent Meilisearch, in order: each step the JSON bodies of /multi-search sent together,
 * before any of them answered; a step after the first waited for an answer. Every search request of
 * the app goes through postMultiSearch, so `npm run bench` replays exactly this, straight to the engine.
 */
export type EnginePlan = string[][];
const recording = new AsyncLocalStorage<{ plan: EnginePlan; open: boolean }>();

/** Runs `search` and lists what it sent Meilisearch (for the bench: one search at a time). */
export async function recordEngineRequests<T>(search: () => Promise<T>): Promise<{ result: T; plan: EnginePlan }> {
  const record = { plan: [] as EnginePlan, open: false };
  const result = await recording.run(record, search);
  return { result, plan: record.plan };
}

async function postMultiSearch(payload: object): Promise<unknown> {
  const record = recording.getStore();
  if (record) {
    if (!record.open) record.plan.push([]);
    record.open = true;
    record.plan[record.plan.length - 1].push(JSON.stringify(payload));
  }
  try {
    return await sendMultiSearch(payload);
  } finally {
    if (record) record.open = false;
  }
}

async function sendMultiSearch(payload: object): Promise<unknown> {
  const { host, apiKey } = searchEnv();
  const url = `${host.replace(/\/+$/, "")}/multi-search`;
  const init = { method: "POST" as const, headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" } };
  let status: number;
  let text: string;
  try {
    const response = await request(url, { ...init, dispatcher: pool, body: JSON.stringify(payload), signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) });
    status = response.statusCode;
    text = await response.body.text();
  } catch (error) {
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
      throw new MeilisearchRequestError(url, new MeilisearchRequestTimeOutError(SEARCH_TIMEOUT_MS, init));
    throw new MeilisearchRequestError(url, error);
  }
  const body = text ? JSON.parse(text) : undefined;
  if (status < 200 || status >= 300) throw new MeilisearchApiError(new Response(null, { status }), body);
  return body;
}

/** The ingest's connection, with the master key: used by scripts and tests only. */
export function adminClient(host: string, masterKey: string): Meilisearch {
  return client(host, masterKey);
}
