import { describe, expect, it } from "vitest";
import { parseDump } from "@/lib/ingest/parse-dump";
import { dumpHead, LAYOUT_A, readDump } from "../helpers/dumps";

describe("layout A dumps", () => {
  it("reads every paper of a real dump, starting with the title glued to Subscribe", () => {
    const parsed = parseDump(LAYOUT_A, readDump(LAYOUT_A));
    expect(parsed.layout).toBe("A");
    expect(parsed.records).toHaveLength(166);
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records[0].title).toBe("Dense Transformer Networks");
    expect(parsed.records[0].source).toEqual({ file: LAYOUT_A, line: 3, format: "listing" });
    expect(parsed.records[1].title).toBe("Condenser: a Pre-training Architecture for Dense Retrieval");
    expect(parsed.records[1].source.line).toBe(5);
  });

  it("reads CRLF line endings exactly like LF", () => {
    const lf = parseDump(LAYOUT_A, readDump(LAYOUT_A));
    const crlf = parseDump(LAYOUT_A, readDump(LAYOUT_A).replace(/\n/g, "\r\n"));
    expect(crlf.records).toEqual(lf.records);
  });

  it("ignores page chrome that turns up between papers", () => {
    const lines = dumpHead(LAYOUT_A, 8).split("\n");
    lines.splice(4, 0, "Get trending papers in your email inbox!");
    const parsed = parseDump(LAYOUT_A, lines.join("\n"));
    expect(parsed.records.map((r) => r.title)).toEqual([
      "Dense Transformer Networks",
      "Condenser: a Pre-training Architecture for Dense Retrieval",
      "Brainformers: Trading Simplicity for Efficiency",
    ]);
  });

  it("rejects a title cut off from its abstract at the end of the file, naming its line", () => {
    const parsed = parseDump(LAYOUT_A, dumpHead(LAYOUT_A, 9));
    expect(parsed.records).toHaveLength(3);
    expect(parsed.rejections).toEqual([{ file: LAYOUT_A, line: 9, reason: expect.stringContaining("has no abstract") }]);
  });

  it("rejects an abstract cut off mid-sentence at the end of the file", () => {
    const text = dumpHead(LAYOUT_A, 6).slice(0, -40);
    const parsed = parseDump(LAYOUT_A, text);
    expect(parsed.records.map((r) => r.title)).toEqual(["Dense Transformer Networks"]);
    expect(parsed.rejections).toEqual([{ file: LAYOUT_A, line: 5, reason: expect.stringContaining("cut off at end of file") }]);
  });

  it("keeps later papers aligned when one abstract line is missing", () => {
    const lines = dumpHead(LAYOUT_A, 8).split("\n");
    lines[3] = ""; // Dense Transformer Networks loses its abstract
    const parsed = parseDump(LAYOUT_A, lines.join("\n"));
    expect(parsed.rejections).toEqual([{ file: LAYOUT_A, line: 3, reason: expect.stringContaining("not an abstract") }]);
    expect(parsed.records.map((r) => [r.title, r.source.line])).toEqual([
      ["Condenser: a Pre-training Architecture for Dense Retrieval", 5],
      ["Brainformers: Trading Simplicity for Efficiency", 7],
    ]);
  });
});
