import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDumps } from "@/lib/dumps";
import { buildPapers } from "@/lib/ingest/build-papers";
import { cleanText } from "@/lib/ingest/clean-text";
import { parseDateLine } from "@/lib/ingest/dates";
import { parseDump } from "@/lib/ingest/parse-dump";
import { parseSnapshotLine } from "@/lib/ingest/sources/arxiv-snapshot";
import { detectFormat } from "@/lib/ingest/sources/format";
import { DUMP_DIR, dumpHead, LAYOUT_A, LAYOUT_B, readDump } from "../helpers/dumps";
import { expectBalanced, HOSTILE_DIR, readHostile } from "../helpers/hostile-dumps";

// Listings copied by a person rather than saved from the page: the same papers, with the noise a
// copy picks up. Each case is one a hand copy produces; none of it may cost a paper or its metadata.
const HAND = "hand-copied-layout-b.txt";
const DUMPS = readdirSync(DUMP_DIR).filter((f) => f.endsWith(".txt"));
const hand = () => parseDump(HAND, readHostile(HAND));
const byTitle = (title: string) => hand().records.find((r) => r.title.startsWith(title));

describe("a hand-copied layout-B listing (BOM, CRLF, tabs, no-break spaces, other date forms)", () => {
  it("reads every paper, rejects only the one whose title is a link, and names its line", () => {
    const parsed = hand();
    expect(parsed.records.map((r) => r.title.slice(0, 20))).toEqual([
      "VATT: Transformers f",
      "Scalable Video Objec",
      "SynerGen: Contextual",
      "SwinFace: A Multi-ta",
      "https://huggingface.",
    ]);
    expect(parsed.rejections).toEqual([]);
    const result = buildPapers([{ file: HAND, text: readHostile(HAND) }]);
    expectBalanced(result);
    expect(result.rejections).toEqual([
      { file: HAND, line: 51, reason: 'title "https://huggingface.co/papers/2301.06051" is a link or an arXiv id, not a title' },
    ]);
  });

  it("reads metadata spaced with tabs and no-break spaces, and an arXiv id line with its version", () => {
    expect(byTitle("VATT")).toMatchObject({ authorCount: 7, date: "2021-04-22", arxivId: "2104.11178", source: { line: 13 } });
  });

  it("joins a title wrapped over two lines, and reads a day-first date with 1.2k upvotes", () => {
    expect(byTitle("Scalable")).toMatchObject({
      title: "Scalable Video Object Segmentation with Simplified Framework",
      date: "2023-08-19",
      upvotes: 1200,
      source: { line: 22 },
    });
  });

  it("drops a zero-width space from a title, and reads an abstract pasted in two paragraphs as one, with a warning", () => {
    const synergen = byTitle("SynerGen:");
    const original = readDump(LAYOUT_B).split("\n")[30];
    expect(synergen).toMatchObject({ abstract: original, date: "2024-09-25", authorCount: 14 });
    expect(hand().warnings).toEqual([{ file: HAND, line: 35, reason: expect.stringContaining("goes on after a blank line") }]);
  });

  it("gives an arXiv link on the line above a title to that paper, and reads an ISO date with upvotes", () => {
    expect(byTitle("SwinFace")).toMatchObject({ arxivId: "2308.11509", date: "2023-08-22", upvotes: 12, authorCount: 7 });
  });

  it("merges the hand copy with the saved listing of the same papers by title, whatever the copy's noise", () => {
    const result = buildPapers([
      { file: LAYOUT_B, text: dumpHead(LAYOUT_B, 36), options: { capturedOn: "2025-12-11" } },
      { file: HAND, text: readHostile(HAND) },
    ]);
    expectBalanced(result);
    expect(result.verdicts.filter((v) => v.verdict === "merged").map((v) => v.line)).toEqual([13, 22, 31]);
  });
});

describe("a title wrapped over lines in a layout-A copy", () => {
  const wrapped = (from: string, to: string) => parseDump(LAYOUT_A, dumpHead(LAYOUT_A, 10).replace(from, to));

  it("joins a title whose line break cuts it mid-phrase", () => {
    const parsed = wrapped("Condenser: a Pre-training Architecture for Dense Retrieval", "Condenser: a Pre-training Architecture\nfor Dense Retrieval");
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => [r.title, r.source.line])).toContainEqual(["Condenser: a Pre-training Architecture for Dense Retrieval", 5]);
  });

  it("leaves a break that could end a title to be reported: a title that lost its abstract looks the same", () => {
    const parsed = wrapped("High-Quality Entity Segmentation", "High-Quality Entity\nSegmentation");
    expect(parsed.rejections).toEqual([
      { file: LAYOUT_A, line: 9, reason: expect.stringContaining('title "High-Quality Entity" is followed by "Segmentation"') },
    ]);
  });
});

describe("the date and upvote forms of a metadata line", () => {
  it.each([
    ["Apr 22, 2021", { month: 4, day: 22, year: 2021, upvotes: null }],
    ["Apr 17 2", { month: 4, day: 17, year: null, upvotes: 2 }],
    ["Sep 19, 2023 2", { month: 9, day: 19, year: 2023, upvotes: 2 }],
    ["Aug 19,2023", { month: 8, day: 19, year: 2023, upvotes: null }],
    ["Published on Apr 22, 2021", { month: 4, day: 22, year: 2021, upvotes: null }],
    ["September 25, 2024", { month: 9, day: 25, year: 2024, upvotes: null }],
    ["Sept. 25, 2024", { month: 9, day: 25, year: 2024, upvotes: null }],
    ["19 Aug 2023", { month: 8, day: 19, year: 2023, upvotes: null }],
    ["2021-04-22", { month: 4, day: 22, year: 2021, upvotes: null }],
    ["Sep 25 1,234", { month: 9, day: 25, year: null, upvotes: 1234 }],
    ["Aug 19, 2023 · 1.2k", { month: 8, day: 19, year: 2023, upvotes: 1200 }],
  ])("reads %s", (text, expected) => expect(parseDateLine(text)).toEqual(expected));

  it.each(["May 2024", "Mayday 2", "Apr 22, 2021 abc", "2021-4-22"])("takes %s for no date", (text) => expect(parseDateLine(text)).toBeNull());
});

describe("invisible characters and spacing in a layout-A copy", () => {
  it("reads zero-width spaces, soft hyphens, tabs and no-break spaces as the clean text", () => {
    const clean = parseDump(LAYOUT_A, dumpHead(LAYOUT_A, 7));
    const noisy = parseDump(LAYOUT_A, dumpHead(LAYOUT_A, 7).replace("Dense Transformer", "Dense\u200b\u00a0Trans\u00adformer\t").replace(/\n/g, " \t\r\n"));
    expect(noisy.records.map((r) => [r.title, r.abstract])).toEqual(clean.records.map((r) => [r.title, r.abstract]));
  });
});

describe("a byte-order mark before a JSON source", () => {
  it("reads a daily papers file saved with a BOM and CRLF line endings", () => {
    const parsed = parseDump("bom-daily-papers.json", readHostile("bom-daily-papers.json"));
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => r.arxivId)).toEqual(["2103.14030", "2312.00752"]);
  });

  it("reads the first line of a snapshot saved with a BOM", () => {
    const [first] = readHostile("bom-snapshot.jsonl").split("\n");
    expect(parseSnapshotLine("bom-snapshot.jsonl", 1, first)).toMatchObject({ arxivId: "2111.09883" });
  });
});

describe("files in the wrong format or encoding", () => {
  it("names a pretty-printed JSON object as no source at all, instead of rejecting each of its lines as a snapshot record", () => {
    expect(() => parseDump("pretty-object.json", readHostile("pretty-object.json"))).toThrow(
      expect.objectContaining({ file: "pretty-object.json", line: 1, reason: expect.stringContaining("none of the sources read here") }),
    );
    expect(detectFormat(readHostile("pretty-object.json"))).toBe("listing");
    expect(detectFormat('{"id": "0704.0001"}')).toBe("arxiv-snapshot");
  });

  it("reads a listing saved as Windows-1252, says so, and merges its papers with the UTF-8 listing", () => {
    const file = path.join(HOSTILE_DIR, "latin1-layout-a.txt");
    const [input] = loadDumps([file]);
    const result = buildPapers([input, { file: LAYOUT_A, text: readDump(LAYOUT_A) }]);
    expectBalanced(result);
    expect(result.warnings).toContainEqual({ file: input.file, line: 1, reason: expect.stringContaining("not UTF-8: read as windows-1252") });
    expect(result.papers.find((p) => p.title.startsWith("Nyström"))?.sources.map((s) => s.file)).toEqual([LAYOUT_A, input.file]);
  });

  it("warns, naming the line, when a UTF-8 file holds a few bytes that are not UTF-8", () => {
    const text = dumpHead(LAYOUT_A, 8).replace("The key idea", "The key\uFFFD\uFFFD idea");
    const parsed = parseDump(LAYOUT_A, text);
    expect(parsed.records).toHaveLength(3);
    expect(parsed.warnings).toEqual([{ file: LAYOUT_A, line: 4, reason: expect.stringContaining("2 byte sequences that are not UTF-8") }]);
  });

  it("reads an upvote count standing on a line of its own in the metadata group", () => {
    const text = readDump(LAYOUT_B).split("\n").slice(0, 20).join("\n").replace("Apr 22, 2021", "Apr 22, 2021\n12");
    expect(parseDump(LAYOUT_B, text).records[0]).toMatchObject({ date: "2021-04-22", upvotes: 12 });
  });
});

describe("markup copied with the text", () => {
  it.each([
    ["<b>VATT</b>: Transformers for Video", "VATT: Transformers for Video"],
    ["**Scalable** Video Object Segmentation", "Scalable Video Object Segmentation"],
    ["Attention &amp; Memory in &quot;Long&quot; Contexts", 'Attention & Memory in "Long" Contexts'],
    ["We segment [video objects](https://example.org/vos) well.", "We segment video objects well."],
    ["<p>First paragraph.</p><p>Second.</p>", "First paragraph. Second."],
    ["A model<script>alert(1)</script> that reads", "A model that reads"],
  ])("reads %s as its text", (raw, clean) => expect(cleanText(raw)).toBe(clean));

  it.each(["p < 0.05 for n > 3", "the <s> and <unk> tokens", "2**3 grows as n**2", "&bogus; stays"])("leaves %s alone", (text) =>
    expect(cleanText(text)).toBe(text),
  );

  it("merges a title copied with HTML tags and entities with the plain listing of the paper", () => {
    const plain = dumpHead(LAYOUT_A, 8);
    const html = plain.replace("Dense Transformer Networks", "<i>Dense</i> Transformer Networks").replace("Condenser: a", "Condenser&#58; a");
    const result = buildPapers([
      { file: "plain.txt", text: plain },
      { file: "html.txt", text: html },
    ]);
    expectBalanced(result);
    expect(result.papers).toHaveLength(3);
    expect(result.duplicatesMerged).toBe(3);
  });
});

describe("a copy of the whole page (Ctrl-A): navigation, footer, rules between papers, a code link", () => {
  it("reads the three papers and nothing else, with the code link of the first", () => {
    const result = buildPapers([{ file: "whole-page-copy.txt", text: readHostile("whole-page-copy.txt"), options: { capturedOn: "2025-12-11" } }]);
    expectBalanced(result);
    expect(result.rejections).toEqual([]);
    expect(result.papers.map((p) => p.title.slice(0, 8)).sort()).toEqual(["Scalable", "SynerGen", "VATT: Tr"]);
    expect(result.papers.find((p) => p.title.startsWith("VATT"))).toMatchObject({
      codeUrl: "https://github.com/google-research/google-research/tree/master/vatt",
      hasCode: true,
      date: "2021-04-22",
    });
  });
});

describe("JSON sources with optional fields of the wrong kind", () => {
  const entries = () => JSON.parse(readHostile("bom-daily-papers.json").replace(/^\uFEFF/, "")) as { paper: Record<string, unknown> }[];

  it("keeps a daily papers entry whose upvotes, date, code link or authors do not read, with a warning naming the field", () => {
    const items = entries();
    items[0].paper.upvotes = "181";
    items[0].paper.publishedAt = null;
    (items[0].paper.authors as unknown[]).push({ _id: "x", hidden: false });
    items[1].paper.upvotes = "many";
    items[1].paper.githubRepo = 5;
    const parsed = parseDump("hf.json", JSON.stringify(items, null, 2));
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => [r.arxivId, r.upvotes, r.authors?.length])).toEqual([
      ["2103.14030", 181, 8],
      ["2312.00752", null, 2],
    ]);
    expect(parsed.warnings.map((w) => w.reason)).toEqual([
      "paper 2103.14030: 1 of paper.authors have no name; left out",
      'paper 2312.00752: paper.upvotes "many" is not a count; left empty',
      "paper 2312.00752: paper.githubRepo 5 is not a link; left empty",
    ]);
  });

  it("reads a snapshot line whose optional fields are null", () => {
    const [, line] = readHostile("bom-snapshot.jsonl").split("\n");
    const record = { ...JSON.parse(line), categories: null, authors_parsed: null, versions: null, authors: null };
    expect(parseSnapshotLine("s.jsonl", 2, JSON.stringify(record))).toMatchObject({ arxivId: "2312.00752", categories: [], authors: [] });
  });
});

describe("cosmetic noise on the real dumps", () => {
  // What a copy adds without changing a word: spacing, invisible characters, line endings, a BOM.
  const blank = fc.constantFrom("", " ", "\t", "\u00a0", "  ", "\u200b", "\u2060", " \u00a0\t");
  const ending = fc.constantFrom("\n", "\r\n", "\r");
  const noisy = (text: string) =>
    fc.tuple(fc.boolean(), ending, fc.array(fc.tuple(blank, blank, blank), { minLength: 1, maxLength: 50 })).map(
      ([bom, eol, pads]) =>
        (bom ? "\uFEFF" : "") +
        text
          .split("\n")
          .map((line, i) => {
            const [before, inside, after] = pads[i % pads.length];
            return before + line.replace(" ", ` ${inside}`) + after;
          })
          .join(eol),
    );
  const fields = (text: string, file: string) =>
    parseDump(file, text, { capturedOn: "2025-12-11" }).records.map((r) => [
      r.title,
      r.abstract,
      r.date,
      r.upvotes,
      r.authorCount,
      r.organization,
      r.source.line,
    ]);

  it.each(DUMPS)("reads %s with the same records, fields and lines whatever the spacing, invisible characters and line endings", (file) => {
    const clean = fields(readDump(file), file);
    fc.assert(
      fc.property(noisy(readDump(file)), (text) => {
        expect(fields(text, file)).toEqual(clean);
      }),
      { numRuns: 15 },
    );
  });
});
