import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDump } from "@/lib/ingest/parse-dump";
import { DumpFormatError, type RawRecord, type Rejection } from "@/lib/ingest/raw-record";
import { parseArxivAtom } from "@/lib/ingest/sources/arxiv-atom";
import { parseSnapshot, parseSnapshotLine } from "@/lib/ingest/sources/arxiv-snapshot";
import { detectFormat } from "@/lib/ingest/sources/format";
import { parseHfDaily } from "@/lib/ingest/sources/hf-daily";

const FIXTURES = "tests/fixtures/sources";
const HF = `${FIXTURES}/hf-daily-papers.json`;
const ATOM = `${FIXTURES}/arxiv-api-query.atom`;
const SNAPSHOT = `${FIXTURES}/arxiv-metadata-snapshot.jsonl`;
const read = (file: string) => readFileSync(file, "utf8");

function thrown(run: () => unknown): DumpFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof DumpFormatError) return error;
    throw error;
  }
  throw new Error("expected a DumpFormatError");
}

describe("detecting a file's format by its content", () => {
  it("tells each source from a listing, whatever the file is called", () => {
    expect(detectFormat(read(HF))).toBe("hf-daily");
    expect(detectFormat(read(ATOM))).toBe("arxiv-atom");
    expect(detectFormat(read(SNAPSHOT))).toBe("arxiv-snapshot");
    expect(detectFormat(read("data/dumps/001_b4fe7737b1858a70.txt"))).toBe("listing");
    expect(detectFormat("\uFEFF  [\n  {")).toBe("hf-daily");
    // A listing whose first title opens with a bracket is still a listing.
    expect(detectFormat("[Re] Attention Is All You Need\nWe reproduce the paper.")).toBe("listing");
  });
});

describe("Hugging Face daily papers", () => {
  it("reads every entry with its arXiv id, authors in order, date, upvotes and code link", () => {
    const parsed = parseHfDaily(HF, read(HF));
    expect(parsed.records).toHaveLength(24);
    expect(parsed.rejections).toEqual([]);
    const mamba = parsed.records.find((r) => r.arxivId === "2312.00752")!;
    expect(mamba).toMatchObject({
      title: "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
      authors: ["Albert Gu", "Tri Dao"],
      date: "2023-12-01",
    });
    expect(mamba.codeUrl).toBe("https://github.com/state-spaces/mamba");
    expect(mamba.upvotes).toBeGreaterThan(0);
    expect(read(HF).split("\n")[mamba.source.line - 1]).toMatch(/^\s*\{$/);
  });

  it("rejects a bad entry at its line and keeps the others", () => {
    const items = JSON.parse(read(HF)) as { paper: { summary?: string; id: string } }[];
    delete items[1].paper.summary;
    items[2].paper.id = "not-an-id";
    const text = JSON.stringify(items.slice(0, 4), null, 2);
    const parsed = parseHfDaily("hf.json", text);
    expect(parsed.records).toHaveLength(2);
    const lines = text.split("\n");
    expect(parsed.rejections).toEqual([
      { file: "hf.json", line: expect.any(Number), reason: expect.stringMatching(/^not a daily papers entry: paper\.summary: /) },
      { file: "hf.json", line: expect.any(Number), reason: 'paper.id "not-an-id" is not an arXiv id' },
    ]);
    for (const r of parsed.rejections) expect(lines[r.line - 1]).toBe("  {");
  });

  it("names the line where the JSON breaks", () => {
    const error = thrown(() => parseHfDaily("hf.json", '[\n  {"paper": {"id": "2312.00752"}},\n  {"paper": }\n]'));
    expect(error.message).toMatch(/^hf\.json:3: not valid JSON/);
    expect(thrown(() => parseHfDaily("hf.json", '{"papers": []}')).message).toBe(
      "hf.json:1: expected the daily papers API's array of { paper: { id, title, summary, authors } }",
    );
  });
});

describe("arXiv API Atom feeds", () => {
  it("reads every entry: id without version, primary category first, authors, dates, DOI", () => {
    const parsed = parseArxivAtom(ATOM, read(ATOM));
    expect(parsed.records).toHaveLength(20);
    expect(parsed.rejections).toEqual([]);
    const xl = parsed.records.find((r) => r.arxivId === "1901.02860")!;
    expect(xl).toMatchObject({
      title: "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context",
      categories: ["cs.LG", "cs.CL", "stat.ML"],
      published: "2019-01-09",
      updated: "2019-06-02",
      doi: null,
    });
    expect(xl.authors?.[0]).toBe("Zihang Dai");
    expect(xl.abstract).toMatch(/^Transformers have a potential of learning longer-term dependency, but are limited/);
    expect(read(ATOM).split("\n")[xl.source.line - 1]).toBe("  <entry>");
  });

  it("decodes entities and CDATA, and rejects an entry left open or without an abstract", () => {
    const entry = (id: string, body: string) =>
      `  <entry>\n    <id>http://arxiv.org/abs/${id}v1</id>\n    <title>A &amp; B &lt;Transformers&gt;</title>\n${body}  </entry>\n`;
    const feed = `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry("2101.00001", "    <summary><![CDATA[We study <attention> & more in transformer models at length here.]]></summary>\n")}${entry("2101.00002", "")}  <entry>\n    <id>http://arxiv.org/abs/2101.00003v1</id>\n${entry("2101.00004", "    <summary>Fine.</summary>\n")}</feed>\n`;
    const parsed = parseArxivAtom("q.atom", feed);
    expect(parsed.records.map((r) => [r.arxivId, r.title, r.abstract])).toEqual([
      ["2101.00001", "A & B <Transformers>", "We study <attention> & more in transformer models at length here."],
      ["2101.00004", "A & B <Transformers>", "Fine."],
    ]);
    expect(parsed.rejections).toEqual([
      { file: "q.atom", line: 8, reason: "entry 2101.00002 has no <summary> (abstract)" },
      { file: "q.atom", line: 12, reason: "<entry> is not closed before the next entry or the end of the feed" },
    ]);
  });

  it("reports an API error answer, and refuses a feed cut off", () => {
    const error = `<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>\n<title>Error</title>\n<summary>incorrect id format for 1234</summary>\n</entry>\n</feed>\n`;
    expect(parseArxivAtom("e.atom", error).rejections).toEqual([
      { file: "e.atom", line: 2, reason: "the arXiv API answered with an error: incorrect id format for 1234" },
    ]);
    expect(thrown(() => parseArxivAtom("cut.atom", read(ATOM).slice(0, 5000))).message).toMatch(/^cut\.atom:\d+: the <feed> is not closed/);
    expect(thrown(() => parseDump("x.xml", "<?xml version='1.0'?><rss></rss>")).message).toMatch(/without an Atom <feed>/);
  });
});

describe("the arXiv metadata snapshot", () => {
  it("reads a line: authors from authors_parsed in reading order with LaTeX accents as letters, first and last version dates", () => {
    const first = parseSnapshotLine(SNAPSHOT, 1, read(SNAPSHOT).split("\n")[0]) as RawRecord;
    expect(first).toMatchObject({
      arxivId: "0704.0001",
      title: "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
      authors: ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"],
      categories: ["hep-ph"],
      doi: "10.1103/PhysRevD.76.013009",
      published: "2007-04-02",
      updated: "2007-07-24",
    });
    expect(first.abstract).toMatch(/^A fully differential calculation in perturbative quantum chromodynamics is presented/);
  });

  it("rejects a broken line with its line number and reads the rest", () => {
    const lines = read(SNAPSHOT).split("\n").slice(0, 5);
    lines[1] = lines[1].slice(0, 200);
    lines[2] = JSON.stringify({ ...JSON.parse(lines[2]), abstract: undefined });
    lines[3] = JSON.stringify({ ...JSON.parse(lines[3]), id: "math.GT" });
    const parsed = parseSnapshot("s.jsonl", lines.join("\n") + "\n\n");
    expect(parsed.records).toHaveLength(2);
    expect(parsed.rejections.map((r: Rejection) => [r.line, r.reason.replace(/:.*/, "")])).toEqual([
      [2, "not valid JSON"],
      [3, "not a snapshot record"],
      [4, 'id "math.GT" is not an arXiv id'],
    ]);
    expect(parsed.rejections[1].reason).toMatch(/abstract/);
  });
});
