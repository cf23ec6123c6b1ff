import { updateLock } from "./data-dir-lock";
import { spawnMeili, type MeiliProcess } from "./spawn-meili";

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
/** A server that stayed up this long counts as recovered: the next crash starts the backoff over. */
const STABLE_MS = 60_000;

/** Exponential backoff: 0.5 s, 1 s, 2 s, … capped at 30 s. */
export function restartDelayMs(attempt: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
}

export interface Supervisor {
  /** Stops watching and stops the current Meilisearch. */
  stop(): Promise<void>;
}

/**
 * Watches the Meilisearch that `npm start` runs and starts it again on the same port when it
 * dies, so the web app (which was handed its URL once) reconnects without a restart.
 */
export function superviseMeili(
  first: MeiliProcess,
  spawnOptions: Parameters<typeof spawnMeili>[1] & { binary: string },
  log: (line: string) => void = (line) => console.error(line),
): Supervisor {
  let current: MeiliProcess | null = first;
  let stopping = false;
  let attempt = 0;
  let upSince = Date.now();
  let timer: NodeJS.Timeout | null = null;

  const watch = (meili: MeiliProcess) =>
    meili.child.once("exit", (code, signal) => {
      if (stopping) return;
      current = null;
      if (Date.now() - upSince > STABLE_MS) attempt = 0;
      log(`Meilisearch exited (${signal ?? `code ${code}`}); restarting in ${restartDelayMs(attempt) / 1000} s`);
      schedule();
    });

  const schedule = () => {
    timer = setTimeout(async () => {
      if (stopping) return;
      try {
        const { binary, ...options } = spawnOptions;
        const next = await spawnMeili(binary, options);
        if (stopping) return void (await next.stop());
        current = next;
        upSince = Date.now();
        attempt++;
        updateLock(options.dataDir, { url: next.url, meiliPid: next.child.pid ?? 0 });
        log(`Meilisearch is back on ${next.url} (pid ${next.child.pid})`);
        watch(next);
      } catch (error) {
        attempt++;
        log(`Meilisearch did not restart: ${error instanceof Error ? error.message : error}; next try in ${restartDelayMs(attempt) / 1000} s`);
        schedule();
      }
    }, restartDelayMs(attempt));
  };

  watch(first);
  return {
    stop: async () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      await current?.stop();
    },
  };
}
