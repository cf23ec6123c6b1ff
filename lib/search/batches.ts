import type { Index, Meilisearch, RecordAny } from "meilisearch";
import { retryTransient, waitForTaskPatiently } from "./wait-task";

/**
 * Meilisearch refuses a payload over 100 MB by default; a batch stays far under it, and under what
 * the ingest's memory allows. Larger batches cost the engine less (each merges its words into what
 * is indexed already: at 100,000 papers 15 batches of up to 8 MB took 103 s of Meilisearch's CPU, 13
 * of up to 16 MB 96 s, against 74 s importing it all) but the ingest more memory (peak RSS 842 MB
 * with 8 MB, 945–982 MB with 16 MB, 1,065 MB with 32 MB, 1,502 MB with 64 MB), for no ingest time
 * that could be told from the machine's noise: 8 MB keeps the 1 GB bound with a margin.
 */
export const BATCH_BYTES = 8 * 1024 * 1024;
export const BATCH_DOCUMENTS = 5000;
/**
 * Batches sent but not yet indexed. A batch in flight holds no documents once sent (only its task
 * id), so a deeper queue costs no memory: it keeps classifying while the engine indexes, and lets
 * Meilisearch merge queued tasks into larger batches. With 2, the stream stood still behind every
 * second batch; with 8, at 100,000 papers, the engine's batches of four tasks each (about 7 s) kept
 * up to seven in flight, at times eight (`npm run bench`).
 */
export const IN_FLIGHT = 16;

/**
 * Collects documents and sends them in batches bounded by size and count, waiting for an earlier
 * batch when too many are in flight, so a stream of any length holds only a few batches in memory.
 * Each document is serialised once, into the NDJSON body its batch is sent as.
 */
export class DocumentBatches<T extends RecordAny> {
  private lines: string[] = [];
  private bytes = 0;
  /** The batches sent, oldest first: their task ids (once the engine took them) and sizes. */
  private readonly pending: { uid: Promise<number>; count: number }[] = [];
  sent = 0;
  tasks = 0;

  constructor(
    private readonly admin: Meilisearch,
    private readonly index: Index<T>,
    private readonly maxBytes = BATCH_BYTES,
    private readonly maxDocuments = BATCH_DOCUMENTS,
  ) {}

  async add(document: T): Promise<void> {
    const line = JSON.stringify(document);
    // The line and the newline that separates it from the next.
    const size = Buffer.byteLength(line) + 1;
    if (this.lines.length && (this.bytes + size > this.maxBytes || this.lines.length >= this.maxDocuments)) await this.send();
    this.lines.push(line);
    this.bytes += size;
  }

  private async send(): Promise<void> {
    const lines = this.lines;
    this.lines = [];
    this.bytes = 0;
    if (!lines.length) return;
    while (this.pending.length >= IN_FLIGHT) await this.indexed(this.pending.shift()!);
    const count = lines.length;
    this.sent += count;
    this.tasks++;
    // A 408 on sending means the engine never read the batch: sending it again is safe. Only the
    // sending holds the documents; waiting for the task holds its count.
    const body = lines.join("\n");
    const uid = retryTransient(async () => (await this.index.addDocumentsFromString(body, "application/x-ndjson")).taskUid);
    // Awaited in turn by a later send or flush; until then a failure must not count as unhandled.
    uid.catch(() => {});
    this.pending.push({ uid, count });
  }

  /**
   * Waits until a batch is indexed. Only the oldest is polled, and only when the queue is full or
   * flushed: one batch polled at a time, not every batch in flight four times a second, each poll
   * a request the engine answers while it indexes.
   */
  private async indexed({ uid, count }: { uid: Promise<number>; count: number }): Promise<void> {
    const task = await waitForTaskPatiently(this.admin, await uid);
    if (task.status !== "succeeded") throw new Error(`adding ${count} documents failed: ${JSON.stringify(task.error)}`);
  }

  /** Sends what is left and waits until every batch is indexed. */
  async flush(): Promise<void> {
    await this.send();
    while (this.pending.length) await this.indexed(this.pending.shift()!);
  }
}
