import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PaperPipeline } from "@/lib/ingest/build-papers";
import { LINE_MAX } from "@/lib/ingest/caps";
import type { Paper } from "@/lib/paper";
import { streamInput } from "@/lib/stream-input";

const FIXTURE = "tests/fixtures/sources/arxiv-metadata-snapshot.jsonl";

async function stream(text: string): Promise<{ papers: Paper[]; pipeline: PaperPipeline }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "stream-")), "snapshot.jsonl");
  writeFileSync(file, text);
  const pipeline = new PaperPipeline();
  const papers: Paper[] = [];
  // A slow consumer, as the index is: no line may be lost while it waits.
  await streamInput(pipeline, { file: "snapshot.jsonl", text: "", path: file, streamed: true }, async (p) => {
    papers.push(p);
    await new Promise((r) => setTimeout(r, 1));
  });
  return { papers, pipeline };
}

describe("streaming a snapshot", () => {
  it("reads every line of a large file once, with a slow consumer, CRLF endings and no final newline", async () => {
    const lines = readFileSync(FIXTURE, "utf8").split("\n").filter(Boolean);
    // 2,000 lines over ~4 MB: many chunks, lines split across them.
    const many = Array.from({ length: 2000 }, (_, i) => {
      const record = JSON.parse(lines[i % lines.length]);
      return JSON.stringify({ ...record, id: `2501.${String(i + 1).padStart(5, "0")}`, title: `${record.title} ${i}` });
    });
    const { papers, pipeline } = await stream(many.join("\r\n"));
    const result = pipeline.finish();
    expect(result.recordsRead).toBe(2000);
    expect(result.rejections).toEqual([]);
    expect(papers.length + result.papers.length + result.skipped.category + result.skipped.architecture).toBe(2000);
    expect(new Set(papers.map((p) => p.arxivId)).size).toBe(papers.length);
  }, 30_000);

  it("rejects an overlong line by its length without holding it, and reads on", async () => {
    const [first, second] = readFileSync(FIXTURE, "utf8").split("\n");
    const { pipeline } = await stream(`${first}\n${"x".repeat(LINE_MAX * 3)}\n${second}\n`);
    const result = pipeline.finish();
    expect(result.rejections).toEqual([{ file: "snapshot.jsonl", line: 2, reason: "line is 300,000 characters, over the 100,000-character line cap" }]);
    expect(result.recordsRead).toBe(3);
  });
});
