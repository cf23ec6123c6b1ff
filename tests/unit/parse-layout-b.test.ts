import { describe, expect, it } from "vitest";
import { parseDump } from "@/lib/ingest/parse-dump";
import { dumpHead, LAYOUT_B, readDump } from "../helpers/dumps";

const CAPTURED = { capturedOn: "2025-12-11" };
const byTitle = (title: string) => parseDump(LAYOUT_B, readDump(LAYOUT_B), CAPTURED).records.find((r) => r.title.startsWith(title));

describe("layout B dumps", () => {
  it("reads every paper of a real dump past the page chrome", () => {
    const parsed = parseDump(LAYOUT_B, readDump(LAYOUT_B), CAPTURED);
    expect(parsed.layout).toBe("B");
    expect(parsed.records).toHaveLength(53);
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records[0]).toMatchObject({ title: expect.stringMatching(/^VATT: Transformers/), source: { file: LAYOUT_B, line: 13 } });
  });

  it("reads author count and a dated metadata group", () => {
    expect(byTitle("VATT")).toMatchObject({ authorCount: 7, organization: null, date: "2021-04-22", upvotes: null });
  });

  it("reads an organisation line in place of the author count, and the upvotes after a date", () => {
    expect(byTitle("AutoNeural")).toMatchObject({ authorCount: null, organization: "NexaAI Nexa AI", date: "2025-12-02", upvotes: 2 });
  });

  it("reads upvotes after a full date", () => {
    expect(byTitle("RMT: Retentive")).toMatchObject({ date: "2023-09-19", upvotes: 2 });
    expect(byTitle("Mamba: Linear-Time")).toMatchObject({ date: "2023-12-01", upvotes: 12 });
  });

  it("reads a paper that has no metadata group at all", () => {
    expect(byTitle("Discrete Diffusion VLA")).toMatchObject({ authorCount: null, organization: null, date: null, upvotes: null });
    expect(byTitle("POA: Pre-training Once")).toMatchObject({ authorCount: 10, date: "2024-08-02", upvotes: 3 });
  });

  it("gives a year-less date the capture year", () => {
    expect(byTitle("SynerGen")?.date).toBe("2025-09-25");
    expect(byTitle("Learning Occlusion-Robust")).toMatchObject({ date: "2025-04-12", upvotes: 2 });
  });

  it("never dates a paper after the capture: a later month and day belong to the year before", () => {
    const parsed = parseDump(LAYOUT_B, readDump(LAYOUT_B), { capturedOn: "2026-03-01" });
    expect(parsed.records.find((r) => r.title.startsWith("SynerGen"))?.date).toBe("2025-09-25");
    expect(parsed.records.find((r) => r.title.startsWith("AutoNeural"))?.date).toBe("2025-12-02");
  });

  it("keeps a paper with a year-less date but no capture date, with the date empty and a warning naming the line", () => {
    const parsed = parseDump(LAYOUT_B, readDump(LAYOUT_B));
    expect(parsed.records).toHaveLength(53);
    expect(parsed.records.find((r) => r.title.startsWith("SynerGen"))?.date).toBeNull();
    expect(parsed.warnings).toContainEqual({ file: LAYOUT_B, line: 29, reason: expect.stringContaining('year-less date "Sep 25"') });
  });

  it("reads CRLF line endings exactly like LF", () => {
    const crlf = parseDump(LAYOUT_B, readDump(LAYOUT_B).replace(/\n/g, "\r\n"), CAPTURED);
    expect(crlf.records).toEqual(parseDump(LAYOUT_B, readDump(LAYOUT_B), CAPTURED).records);
  });

  it("rejects a title whose abstract was cut off at the end of the file", () => {
    const parsed = parseDump(LAYOUT_B, dumpHead(LAYOUT_B, 22), CAPTURED);
    expect(parsed.records.map((r) => r.title)).toEqual([expect.stringMatching(/^VATT/)]);
    expect(parsed.rejections).toEqual([{ file: LAYOUT_B, line: 21, reason: expect.stringContaining("has no abstract") }]);
  });

  it("reports metadata that has lost its paper instead of inventing one", () => {
    const lines = readDump(LAYOUT_B).split("\n");
    lines[20] = "";
    lines[22] = "";
    const parsed = parseDump(LAYOUT_B, lines.slice(0, 36).join("\n"), CAPTURED);
    expect(parsed.records.map((r) => r.title)).toEqual([expect.stringMatching(/^VATT/), expect.stringMatching(/^SynerGen/)]);
    // One lost record, one rejection: the metadata group's three lines are not three records.
    expect(parsed.rejections).toEqual([{ file: LAYOUT_B, line: 25, reason: expect.stringContaining("metadata with no paper before it") }]);
  });
});
