import { Meilisearch } from "meilisearch";
import { Agent } from "undici";

// Reusing a keep-alive connection to Meilisearch costs ~45 ms per request with
// Node's fetch (a delayed-ACK stall, measured by `npm run bench`); a fresh loopback
// connection costs ~1 ms. So every request gets its own connection.
const dispatcher = new Agent({ pipelining: 0 });

// A search takes milliseconds; an engine that has not answered in 3 s is stuck
// (stopped, swapping, or blocked), and the page says so rather than hanging.
export const SEARCH_TIMEOUT_MS = 3000;

function client(host: string, apiKey: string, timeout?: number): Meilisearch {
  return new Meilisearch({ host, apiKey, timeout, requestInit: { dispatcher } as RequestInit });
}

/**
 * The web app's connection: a search-only key from the environment. The master key
 * is never read here, so it cannot leak into a page, a route or the client bundle.
 */
export function searchClient(): Meilisearch {
  const host = process.env.MEILI_URL ?? "http://127.0.0.1:7700";
  const apiKey = process.env.MEILI_SEARCH_KEY;
  if (!apiKey) throw new Error("MEILI_SEARCH_KEY is not set: start the app with `npm start`, which creates a search-only key.");
  return client(host, apiKey, SEARCH_TIMEOUT_MS);
}

/** The ingest's connection, with the master key: used by scripts and tests only. */
export function adminClient(host: string, masterKey: string): Meilisearch {
  return client(host, masterKey);
}
