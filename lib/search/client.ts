import { Meilisearch } from "meilisearch";

/**
 * The web app's connection: a search-only key from the environment. The master key
 * is never read here, so it cannot leak into a page, a route or the client bundle.
 */
export function searchClient(): Meilisearch {
  const host = process.env.MEILI_URL ?? "http://127.0.0.1:7700";
  const apiKey = process.env.MEILI_SEARCH_KEY;
  if (!apiKey) throw new Error("MEILI_SEARCH_KEY is not set: start the app with `npm start`, which creates a search-only key.");
  return new Meilisearch({ host, apiKey });
}

/** The ingest's connection, with the master key: used by scripts and tests only. */
export function adminClient(host: string, masterKey: string): Meilisearch {
  return new Meilisearch({ host, apiKey: masterKey });
}
