import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "meilisearch";
import { knownDown, reportUnavailable } from "./health";

/**
 * The engine could not answer: down, too slow, or its index or key gone. Pages show
 * "search is unavailable, retrying" with a 503 and the API a 503 JSON body, instead
 * of a 500 or, worse, a "not found" for a paper that exists.
 */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    // The message is shown to users: it names no host, port or key.
    super("The search engine is not answering. The catalogue retries by itself; try again in a few seconds.", { cause });
    this.name = "SearchUnavailableError";
  }
}

/** Seconds a client should wait before asking again (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;
/** What the outage page says, in the proxy's 503 page and in a page that saw the engine fail mid-request. */
export const OUTAGE_TITLE = "Search is unavailable, retrying";
export const OUTAGE_TEXT =
  "The search engine behind the catalogue is not answering right now. No papers are lost: this page reloads by itself and shows what you asked for as soon as the engine is back, usually within seconds.";

function isEngineFailure(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return true;
  // 401/403: the key was removed; 404: the index is missing (a rebuild is due); 5xx: the engine failed.
  if (error instanceof MeilisearchApiError) return [401, 403, 404].includes(error.response.status) || error.response.status >= 500;
  return false;
}

/**
 * Runs one engine call, turning every way the engine can fail into SearchUnavailableError;
 * while the engine is known to be down it fails at once instead of waiting for a timeout.
 */
export async function fromEngine<T>(call: () => Promise<T>): Promise<T> {
  if (knownDown()) throw new SearchUnavailableError(null);
  try {
    return await call();
  } catch (error) {
    if (!isEngineFailure(error)) throw error;
    reportUnavailable();
    throw new SearchUnavailableError(error);
  }
}
