import { MeilisearchApiError, MeilisearchRequestError, type Meilisearch, type Task } from "meilisearch";

const POLL_MS = 250;
const MAX_FAILURES = 20;

/** An answer worth asking again: the engine was busy (408, 429, 5xx) or the connection failed. */
export function isTransient(error: unknown): boolean {
  if (error instanceof MeilisearchApiError) return [408, 429, 500, 502, 503, 504].includes(error.response.status);
  return error instanceof MeilisearchRequestError || error instanceof TypeError;
}

/** Runs `request`, asking again with a growing pause while the engine answers "busy"; other errors are thrown at once. */
export async function retryTransient<T>(request: () => Promise<T>): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await request();
    } catch (error) {
      if (!isTransient(error) || failures >= MAX_FAILURES) throw error;
      await new Promise((r) => setTimeout(r, Math.min(5000, POLL_MS * 2 ** Math.min(failures, 5))));
    }
  }
}

/**
 * Waits for a task, polling gently. Under a long indexing run the engine may answer a poll with
 * 408 while it is busy; the client's own wait throws then, which would stop an ingest half-way.
 */
export async function waitForTaskPatiently(admin: Meilisearch, taskUid: number, timeoutMs = 1_800_000): Promise<Task> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const task = await retryTransient(() => admin.tasks.getTask(taskUid));
    if (["succeeded", "failed", "canceled"].includes(task.status)) return task;
    if (Date.now() > deadline) throw new Error(`task ${taskUid} still ${task.status} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
