import type { Index, Meilisearch, RecordAny } from "meilisearch";
import { retryTransient, waitForTaskPatiently } from "./wait-task";

/** Meilisearch refuses a payload over 100 MB by default; batches stay far under it and under a count that keeps each task short. */
export const BATCH_BYTES = 8 * 1024 * 1024;
export const BATCH_DOCUMENTS = 5000;
/**
 * Batches sent but not yet indexed. A batch in flight holds no documents once sent (only its task
 * id), so a deeper queue costs no memory: it keeps classifying while the engine indexes, and lets
 * Meilisearch merge queued tasks into larger batches. With 2, the stream stood still behind every
 * second batch (`npm run bench`).
 */
export const IN_FLIGHT = 8;

/**
 * Collects documents and sends them in batches bounded by size and count, waiting for an earlier
 * batch when too many are in flight, so a stream of any length holds only a few batches in memory.
 */
export class DocumentBatches<T extends RecordAny> {
  private batch: T[] = [];
  private bytes = 0;
  private readonly pending: Promise<void>[] = [];
  sent = 0;
  tasks = 0;

  constructor(
    private readonly admin: Meilisearch,
    private readonly index: Index<T>,
    private readonly maxBytes = BATCH_BYTES,
    private readonly maxDocuments = BATCH_DOCUMENTS,
  ) {}

  async add(document: T): Promise<void> {
    const size = Buffer.byteLength(JSON.stringify(document));
    if (this.batch.length && (this.bytes + size > this.maxBytes || this.batch.length >= this.maxDocuments)) await this.send();
    this.batch.push(document);
    this.bytes += size;
  }

  private async send(): Promise<void> {
    const documents = this.batch;
    this.batch = [];
    this.bytes = 0;
    if (!documents.length) return;
    while (this.pending.length >= IN_FLIGHT) await this.pending.shift();
    const count = documents.length;
    this.sent += count;
    this.tasks++;
    // A 408 on sending means the engine never read the batch: sending it again is safe. Only the
    // sending holds the documents; waiting for the task holds its count.
    const uid = retryTransient(async () => (await this.index.addDocuments(documents)).taskUid);
    const indexed = uid
      .then((taskUid) => waitForTaskPatiently(this.admin, taskUid))
      .then((task) => {
        if (task.status !== "succeeded") throw new Error(`adding ${count} documents failed: ${JSON.stringify(task.error)}`);
      });
    // Awaited in turn by a later send or flush; until then a failure must not count as unhandled.
    indexed.catch(() => {});
    this.pending.push(indexed);
  }

  /** Sends what is left and waits until every batch is indexed. */
  async flush(): Promise<void> {
    await this.send();
    while (this.pending.length) await this.pending.shift();
  }
}
