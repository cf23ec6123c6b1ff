import { describe, expect, it } from "vitest";
import { buildPapers } from "@/lib/ingest/build-papers";
import { ABSTRACT_MAX, LINE_MAX, TITLE_MAX } from "@/lib/ingest/caps";
import { cleanText, stripControls } from "@/lib/ingest/clean-text";
import { accounting, layoutB, prose } from "../helpers/hostile-dumps";

const ok = { title: "A Valid Paper", abstract: prose("something") };
const ingest = (papers: Parameters<typeof layoutB>[0]) => buildPapers([{ file: "x.txt", text: layoutB(papers) }]);

describe("size caps", () => {
  it("rejects a 1 MB abstract at ingest, naming the line cap, and keeps the other papers", () => {
    const huge = { title: "A Paper with a Huge Abstract", abstract: prose("size").repeat(Math.ceil(1_000_000 / prose("size").length)) };
    const started = performance.now();
    const result = ingest([ok, huge]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.papers.map((p) => p.title)).toEqual(["A Valid Paper"]);
    expect(result.rejections).toEqual([
      { file: "x.txt", line: 11, reason: expect.stringContaining(`over the ${LINE_MAX.toLocaleString("en")}-character line cap`) },
    ]);
    expect(accounting(result)).toMatchObject({ read: 2, indexed: 1, rejected: 1 });
  });

  it("rejects an abstract over the abstract cap, naming the cap", () => {
    const long = { title: "A Paper with a Long Abstract", abstract: prose("length", 300) };
    expect(long.abstract.length).toBeGreaterThan(ABSTRACT_MAX);
    const result = ingest([long]);
    expect(result.rejections).toEqual([
      { file: "x.txt", line: 7, reason: expect.stringContaining(`over the ${ABSTRACT_MAX.toLocaleString("en")}-character abstract cap`) },
    ]);
  });

  it("rejects a title over the title cap, naming the cap, as one record with its abstract", () => {
    const title = "Transformers " + Array.from({ length: 60 }, (_, i) => `Variant${i}`).join(" ");
    expect(title.length).toBeGreaterThan(TITLE_MAX);
    const result = ingest([{ title, abstract: prose("titles") }, ok]);
    expect(result.rejections).toEqual([{ file: "x.txt", line: 7, reason: expect.stringContaining(`over the ${TITLE_MAX}-character title cap`) }]);
    expect(accounting(result)).toMatchObject({ read: 2, indexed: 1, rejected: 1 });
  });

  it("keeps a 450-character title", () => {
    const title = "Transformers " + Array.from({ length: 45 }, (_, i) => `Variant${i}`).join(" ");
    expect(title.length).toBeGreaterThan(400);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(ingest([{ title, abstract: prose("titles") }]).papers.map((p) => p.title)).toEqual([title]);
  });
});

describe("invisible and control characters", () => {
  it("removes C0 controls except tab and newline, and bidi overrides and isolates", () => {
    expect(stripControls("a\u0000b\u0007c\u001bd\te\nf\u202eg\u2066h\u2069i\u202aj")).toBe("abcd\te\nfghij");
    expect(cleanText("Safe\u202e txet\u0000 title")).toBe("Safe txet title");
  });

  it("stores no control or bidi character in any field of a paper", () => {
    const result = ingest([
      {
        title: "A \u202eValid\u202c Paper\u0000",
        abstract: `${prose("controls")}\u0008\u001b[31m red \u2067isolate\u2069`,
        meta: ["Evil\u202e Org", "·", "Sep 9, 2025"],
      },
    ]);
    expect(result.papers).toHaveLength(1);
    const json = JSON.stringify(result.papers[0]);
    expect(json).not.toMatch(/\\u00[01][0-9a-f]|[\u202a-\u202e\u2066-\u2069]/);
    expect(result.papers[0]).toMatchObject({ title: "A Valid Paper", organization: "Evil Org" });
  });
});
