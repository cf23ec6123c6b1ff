import { OUTAGE_TEXT, OUTAGE_TITLE, RETRY_AFTER_SECONDS } from "@/lib/search";

/**
 * A page whose engine call failed mid-request (proxy.ts answers with its own 503 page
 * once the engine is known to be down). The meta refresh reloads the same URL, with
 * or without JavaScript.
 */
export function SearchUnavailable() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 pt-12 focus:outline-none" data-testid="search-unavailable">
      <meta httpEquiv="refresh" content={String(RETRY_AFTER_SECONDS)} />
      <meta name="robots" content="noindex" />
      <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-6 dark:border-amber-700/60 dark:bg-amber-950/40">
        <p className="flex items-center gap-2 text-sm font-semibold text-amber-800 dark:text-amber-300">
          <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-amber-500" />
          503 · retrying every {RETRY_AFTER_SECONDS} seconds
        </p>
        <h1 className="mt-2 text-2xl font-bold">{OUTAGE_TITLE}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{OUTAGE_TEXT}</p>
      </div>
    </main>
  );
}
