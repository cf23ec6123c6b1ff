import { multiSearch } from "./client";
import { INDEX_UID } from "./settings";

// How long a "down" verdict is believed before the engine is asked again. An "up"
// verdict is never reused: every page asks, by this probe (concurrent pages share one)
// or by the page's own first question (proxy.ts), so the first page after the engine
// dies is already a 503, not a half-rendered page.
const VERDICT_MS = 500;

interface Health {
  up: boolean;
  at: number;
  probe: Promise<boolean> | null;
}

// Kept on globalThis so the proxy and the pages, which Next.js bundles apart,
// share one verdict when they run in one process.
const KEY = Symbol.for("transformer-papers.search-health");
const health = ((globalThis as Record<symbol, Health>)[KEY] ??= { up: true, at: 0, probe: null });

function record(up: boolean): boolean {
  health.up = up;
  health.at = Date.now();
  return up;
}

function probe(): Promise<boolean> {
  health.probe ??= Promise.resolve()
    .then(() => multiSearch([{ indexUid: INDEX_UID, q: "", limit: 0 }]))
    .then(
      () => record(true),
      () => record(false),
    )
    .finally(() => (health.probe = null));
  return health.probe;
}

// While the engine is down, a request waits this long for the probe that checks
// for its return: enough for a refused or healthy answer, too short to be held by a hung engine.
const DOWN_WAIT_MS = 250;

/**
 * Whether the engine answers a real query. Concurrent callers share one probe;
 * while the engine is down, a caller waits at most DOWN_WAIT_MS for it, so a
 * hanging engine never holds a request and a returning one is seen at once.
 */
export async function searchAvailable(): Promise<boolean> {
  if (!health.up && Date.now() - health.at < VERDICT_MS) return false;
  if (!health.up) return Promise.race([probe(), new Promise<boolean>((r) => setTimeout(() => r(false), DOWN_WAIT_MS))]);
  return probe();
}

/** Whether the last verdict is "up", with no request and no side effect. */
export function believedUp(): boolean {
  return health.up;
}

/** True while the last verdict is "down"; costs nothing when the engine is up. */
export function knownDown(): boolean {
  if (health.up) return false;
  if (Date.now() - health.at >= VERDICT_MS) void probe();
  return true;
}

/** A page or route that just saw the engine fail says so, so the next request need not find out again. */
export function reportUnavailable(): void {
  record(false);
}
