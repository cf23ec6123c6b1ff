import { createReadStream } from "node:fs";
import type { Paper } from "./paper";
import type { DumpInput, PaperPipeline } from "./ingest/build-papers";
import { LINE_MAX, overCap } from "./ingest/caps";
import { DumpFormatError } from "./ingest/raw-record";
import { parseSnapshotLine } from "./ingest/sources/arxiv-snapshot";

export interface StreamProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
  lines: number;
}

type Line = { text: string; overlong?: undefined } | { text: ""; overlong: number };

/**
 * The lines of a file, read a chunk at a time with the stream's own backpressure. Not readline: its
 * async iterator can drop lines under a slow consumer (nodejs/node#28565), and nothing may be lost.
 * A line over the cap is not held: it is skipped to its end and reported by its length.
 */
async function* readLines(path: string, onBytes: (bytes: number) => void): AsyncGenerator<Line> {
  let pending = "";
  let skipping = 0;
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
    onBytes(Buffer.byteLength(chunk));
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      const piece = chunk.slice(start, end);
      start = end + 1;
      if (skipping) {
        yield { text: "", overlong: skipping + piece.length };
        skipping = 0;
        continue;
      }
      const text = pending + piece;
      pending = "";
      if (text.length > LINE_MAX) yield { text: "", overlong: text.length };
      else yield { text: text.endsWith("\r") ? text.slice(0, -1) : text };
    }
    const rest = chunk.slice(start);
    if (skipping) skipping += rest.length;
    else if (pending.length + rest.length > LINE_MAX) {
      skipping = pending.length + rest.length;
      pending = "";
    } else pending += rest;
  }
  if (skipping) yield { text: "", overlong: skipping };
  else if (pending) yield { text: pending };
}

/**
 * Streams a snapshot through the pipeline one line at a time: each paper it yields is handed to
 * `emit` (which may wait, e.g. for the index to take a batch) before the next line is read, so
 * memory holds one batch, not the file.
 */
export async function streamInput(
  pipeline: PaperPipeline,
  input: DumpInput,
  emit: (paper: Paper) => Promise<void>,
  onProgress?: (progress: StreamProgress) => void,
  totalBytes = 0,
): Promise<void> {
  let line = 0;
  let bytesRead = 0;
  const lines = readLines(input.path!, (n) => (bytesRead += n));
  while (true) {
    let next: IteratorResult<Line>;
    try {
      next = await lines.next();
    } catch (error) {
      // A failure to read is the file's; one of the index (emit, below) stops the ingest.
      const reason = error instanceof Error ? error.message : String(error);
      pipeline.fileFailed(new DumpFormatError(input.file, line || null, `reading stopped: ${reason}`));
      return;
    }
    if (next.done) break;
    line++;
    const { text, overlong } = next.value;
    const read = overlong ? { file: input.file, line, reason: overCap("line", overlong, LINE_MAX, "line") } : parseSnapshotLine(input.file, line, text);
    if (read !== null) {
      const paper = pipeline.stream(read);
      if (paper) await emit(paper);
    }
    if (onProgress && line % 5000 === 0) onProgress({ file: input.file, bytesRead, totalBytes, lines: line });
  }
  pipeline.fileRead(input.file);
  onProgress?.({ file: input.file, bytesRead, totalBytes, lines: line });
}
