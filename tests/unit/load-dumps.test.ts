import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDumps } from "@/lib/dumps";
import { buildPapers } from "@/lib/ingest/build-papers";
import { formatReport } from "@/lib/ingest/report";
import { dumpHead, LAYOUT_B } from "../helpers/dumps";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dumps-"));
  writeFileSync(path.join(dir, "good.txt"), dumpHead(LAYOUT_B, 36));
  writeFileSync(path.join(dir, "good.meta.json"), '{ "capturedOn": "2025-12-11" }');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function ingestWith(name: string, sidecar: string): ReturnType<typeof buildPapers> {
  writeFileSync(path.join(dir, `${name}.txt`), dumpHead(LAYOUT_B, 36));
  writeFileSync(path.join(dir, `${name}.meta.json`), sidecar);
  return buildPapers(loadDumps([dir]));
}

describe("file-system and sidecar errors name the file", () => {
  it.each([
    ["invalid JSON", "{ capturedOn: 2025-12-11 ", /bad\.meta\.json: not valid JSON/],
    ["the wrong shape", '["2025-12-11"]', /bad\.meta\.json: .*capturedOn/],
    ["an impossible date", '{ "capturedOn": "2025-13-45" }', /bad\.meta\.json: .*not a real date/],
  ])("a sidecar with %s fails its dump with a message naming the sidecar; the other dumps are read", (_, sidecar, message) => {
    const result = ingestWith("bad", sidecar);
    expect(result.failedFiles.map((f) => f.message)).toEqual([expect.stringMatching(message)]);
    expect(result.papers).toHaveLength(3);
    expect(result.papers.every((p) => p.sources.every((s) => s.file.endsWith("good.txt")))).toBe(true);
    expect(formatReport(result)).toMatch(/✗ .*bad\.meta\.json/);
  });

  it("names a folder called x.txt among the dumps instead of crashing", () => {
    mkdirSync(path.join(dir, "x.txt"));
    const result = buildPapers(loadDumps([dir]));
    expect(result.failedFiles.map((f) => f.message)).toEqual([expect.stringMatching(/x\.txt: is a folder, not a dump file/)]);
    expect(result.papers).toHaveLength(3);
  });

  it("names a path that does not exist", () => {
    const result = buildPapers(loadDumps([path.join(dir, "missing.txt"), dir]));
    expect(result.failedFiles.map((f) => f.message)).toEqual([expect.stringMatching(/missing\.txt: no such file or folder/)]);
    expect(result.papers).toHaveLength(3);
  });
});
