import fc from "fast-check";
import { describe, it } from "vitest";
import { buildPapers, type DumpInput } from "@/lib/ingest/build-papers";
import { parseDump } from "@/lib/ingest/parse-dump";
import { DUMP_DIR, readDump } from "../helpers/dumps";
import { expectBalanced } from "../helpers/hostile-dumps";
import { readdirSync } from "node:fs";

// Real material: the lines of every dump, and every dump cut into its records (from one title's line to the next).
const DUMPS = readdirSync(DUMP_DIR).filter((f) => f.endsWith(".txt"));
const LINES = DUMPS.flatMap((f) => readDump(f).split("\n"));
const CHUNKS = DUMPS.flatMap((f) => {
  const lines = readDump(f).split("\n");
  const starts = parseDump(f, readDump(f)).records.map((r) => r.source.line - 1);
  return starts.map((start, i) => lines.slice(start, starts[i + 1] ?? lines.length).join("\n"));
});

const HEADERS = ["Get trending papers in your email inbox!\nSubscribe", "new\n\nSubscribe\n\nDaily Papers\n\nMar 11\n", "\n\n\n"];

function check(inputs: DumpInput[]): void {
  const result = buildPapers(inputs);
  expectBalanced(result);
  const ids = result.papers.map((p) => p.id);
  const slugs = result.papers.map((p) => p.slug);
  if (new Set(ids).size !== ids.length || new Set(slugs).size !== slugs.length) throw new Error("ids or slugs not unique");
}

const hostileChar = fc.constantFrom(
  "\u0000",
  "\u202e",
  "\u2066",
  "\r",
  "\n",
  "\n\n",
  "\t",
  "·",
  "  • 3 authors",
  "Subscribe",
  "Sep 9",
  "Dec 11, 2023 4",
  "é",
  "中",
  "Ж",
  "\uFEFF",
  '\\"{o}',
  "{",
  "\ud800",
);
const fuzzText = fc.array(fc.oneof(fc.string({ unit: "grapheme" }), hostileChar, fc.constantFrom(...LINES)), { maxLength: 60 }).map((parts) => parts.join(""));
const capture = fc.option(fc.constantFrom("2025-12-11", "2020-02-29"), { nil: null });

describe("ingest on arbitrary input", () => {
  it("never throws and accounts for every record on arbitrary text", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fuzzText, capturedOn: capture }), { minLength: 1, maxLength: 3 }), (files) => {
        check(files.map((f, i) => ({ file: `f${i}.txt`, text: f.text, options: { capturedOn: f.capturedOn } })));
      }),
      { numRuns: 150 },
    );
  });

  it("never throws and accounts for every record on shuffled, truncated and mixed real lines", () => {
    const lines = fc.array(fc.constantFrom(...LINES), { maxLength: 80 });
    fc.assert(
      fc.property(fc.array(lines, { minLength: 1, maxLength: 3 }), fc.nat(), (files, cut) => {
        check(files.map((l, i) => ({ file: `f${i}.txt`, text: l.join(i % 2 ? "\r\n" : "\n").slice(0, cut % 40_000) })));
      }),
      { numRuns: 60 },
    );
  });

  it("never throws and accounts for every record on mixtures of real records from both layouts, with headers between them", () => {
    const file = fc.record({
      chunks: fc.array(fc.oneof(fc.constantFrom(...CHUNKS), fc.constantFrom(...HEADERS)), { minLength: 1, maxLength: 25 }),
      drop: fc.nat({ max: 400 }),
      capturedOn: capture,
    });
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 3 }), (files) => {
        check(files.map((f, i) => ({ file: `m${i}.txt`, text: f.chunks.join("\n").slice(0, -f.drop || undefined), options: { capturedOn: f.capturedOn } })));
      }),
      { numRuns: 60 },
    );
  });

  it("loses no whole real record, whatever the order and layout of the records around it", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(CHUNKS, { minLength: 1, maxLength: 30 }), fc.constantFrom("\n", "\n\n"), (chunks, glue) => {
        const result = buildPapers([{ file: "m.txt", text: chunks.join(glue), options: { capturedOn: "2025-12-11" } }]);
        expectBalanced(result);
        const lost = result.rejections.filter((r) => !r.reason.includes("cut off at end of file"));
        if (lost.length || result.recordsRead !== chunks.length)
          throw new Error(`records lost: ${JSON.stringify(lost)} (${result.recordsRead} of ${chunks.length} read)`);
      }),
      { numRuns: 60 },
    );
  });
});
