import type { Index, Meilisearch, RecordAny } from "meilisearch";
import { retryTransient, waitForTaskPatiently } from "./wait-task";

/**
 * Meilisearch refuses a payload over 100 MB by default; a batch stays far under it, and under what
 * the ingest's memory allows: at 100,000 papers its peak RSS was 842 MB with batches of 8 MB, 945 MB
 * with 16 MB, 1,065 MB with 32 MB and 1,502 MB with 64 MB (a batch is held as lines, as one body,
 * and as the bytes sent).
 */
export const BATCH_BYTES = 16 * 1024 * 1024;
/**
 * The first batch's bound; each later batch may be twice the one before, up to BATCH_BYTES. The
 * engine's work grows with the number of batches (each merges its words into what is indexed
 * already): at 20,000 papers, seven batches of 8 MB cost Meilisearch 25 s of CPU, three of up to
 * 40 MB 18 s, as much as importing everything at once; at 100,000, 15 batches of up to 8 MB 103 s,
 * 13 of up to 16 MB 96 s (74 s importing it all). A small first batch starts the engine early.
 */
export const FIRST_BATCH_BYTES = 8 * 1024 * 1024;
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
 * Each document is serialised once, into the NDJSON body its batch is sent as.
 */
export class DocumentBatches<T extends RecordAny> {
  private lines: string[] = [];
  private bytes = 0;
  private limit: number;
  private readonly pending: Promise<void>[] = [];
  sent = 0;
  tasks = 0;

  constructor(
    private readonly admin: Meilisearch,
    private readonly index: Index<T>,
    private readonly maxBytes = BATCH_BYTES,
    private readonly maxDocuments = BATCH_DOCUMENTS,
    firstBytes = FIRST_BATCH_BYTES,
  ) {
    this.limit = Math.min(firstBytes, maxBytes);
  }

  async add(document: T): Promise<void> {
    const line = JSON.stringify(document);
    // The line and the newline that separates it from the next.
    const size = Buffer.byteLength(line) + 1;
    if (this.lines.length && (this.bytes + size > this.limit || this.lines.length >= this.maxDocuments)) await this.send();
    this.lines.push(line);
    this.bytes += size;
  }

  private async send(): Promise<void> {
    const lines = this.lines;
    this.lines = [];
    this.bytes = 0;
    if (!lines.length) return;
    this.limit = Math.min(this.maxBytes, 2 * this.limit);
    while (this.pending.length >= IN_FLIGHT) await this.pending.shift();
    const count = lines.length;
    this.sent += count;
    this.tasks++;
    // A 408 on sending means the engine never read the batch: sending it again is safe. Only the
    // sending holds the documents; waiting for the task holds its count.
    const body = lines.join("\n");
    const uid = retryTransient(async () => (await this.index.addDocumentsFromString(body, "application/x-ndjson")).taskUid);
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
