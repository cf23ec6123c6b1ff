/** One way of asking a search: straight to Meilisearch, in-process, the JSON API or the page. */
export interface Target {
  name: string;
  /** Resolves when the whole answer has arrived; throws (or returns false) on an error. */
  ask(query: string): Promise<boolean>;
}

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export function percentiles(samples: number[], errors = 0): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

/**
 * Every query asked of every target, the targets' order rotating from one query to the next, so
 * whatever else the machine does at a moment lands on all of them alike (interleaved A/B). With
 * `concurrency` > 1, that many callers take the next request from the same sequence.
 */
export async function interleaved(targets: Target[], queries: readonly string[], rounds: number, concurrency: number): Promise<Map<string, LatencyStats>> {
  const jobs: { target: Target; query: string }[] = [];
  for (let r = 0; r < rounds; r++)
    queries.forEach((query, i) => {
      for (let k = 0; k < targets.length; k++) jobs.push({ target: targets[(r + i + k) % targets.length], query });
    });
  const samples = new Map(targets.map((t) => [t.name, [] as number[]]));
  const errors = new Map(targets.map((t) => [t.name, 0]));
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { target, query } = jobs[next++];
      const started = performance.now();
      let ok = false;
      try {
        ok = await target.ask(query);
      } catch {
        ok = false;
      }
      if (ok) samples.get(target.name)!.push(performance.now() - started);
      else errors.set(target.name, errors.get(target.name)! + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return new Map(targets.map((t) => [t.name, percentiles(samples.get(t.name)!, errors.get(t.name)!)]));
}
