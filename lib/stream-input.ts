import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
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
  const stream = createReadStream(input.path!, { encoding: "utf8", highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      const read =
        text.length > LINE_MAX ? { file: input.file, line, reason: overCap("line", text.length, LINE_MAX, "line") } : parseSnapshotLine(input.file, line, text);
      if (read !== null) {
        const paper = pipeline.stream(read);
        if (paper) await emit(paper);
      }
      if (onProgress && line % 5000 === 0) onProgress({ file: input.file, bytesRead: stream.bytesRead, totalBytes, lines: line });
    }
    pipeline.fileRead(input.file);
    onProgress?.({ file: input.file, bytesRead: stream.bytesRead, totalBytes, lines: line });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    pipeline.fileFailed(new DumpFormatError(input.file, line || null, `reading stopped: ${reason}`));
  }
}
