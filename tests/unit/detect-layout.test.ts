import { describe, expect, it } from "vitest";
import { parseDump } from "@/lib/ingest/parse-dump";
import { DumpFormatError } from "@/lib/ingest/raw-record";

describe("layout detection", () => {
  it("names the file and line when a file fits neither layout", () => {
    let error: unknown;
    try {
      parseDump("data/dumps/notes.txt", "\n\nSome notes\nabout nothing\n");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DumpFormatError);
    expect((error as Error).message).toMatch(/^data\/dumps\/notes\.txt:3: fits neither layout/);
  });

  it.each([
    ["an empty file", "", /empty file/],
    ["a file of blank lines", "\n\n  \n", /only blank lines/],
    ["a UTF-16 export read as UTF-8", "\uFFFD\uFFFDT\u0000i\u0000t\u0000l\u0000e\u0000\n\u0000".repeat(20), /UTF-16 encoded.*save it as UTF-8/],
    ["a binary file", "PK\u0003\u0004\u0014\u0000\u0008\u0000\uFFFD\uFFFDxl/workbook.xml\uFFFD\uFFFD\uFFFD", /not text: .* \(a binary file\?\)/],
  ])("says why %s holds no paper, with file and line", (_what, text, reason) => {
    expect(() => parseDump("data/dumps/x.txt", text)).toThrow(new RegExp(`^data/dumps/x\\.txt:1: ${reason.source}`));
  });

  it("tells the layouts apart by how Subscribe stands", () => {
    expect(parseDump("a.txt", "Get trending papers in your email inbox!\nSubscribeA Title\n" + "An abstract. ".repeat(30)).layout).toBe("A");
    expect(parseDump("b.txt", "new\n\nSubscribe\n\nDec 11\n\nA Title\n\n" + "An abstract. ".repeat(30)).layout).toBe("B");
  });
});

describe("layout detection from the file's structure", () => {
  it("reads a layout-B dump whose first title starts with Subscribe as layout B, with its title whole and its dates", async () => {
    const { readHostile } = await import("../helpers/hostile-dumps");
    const parsed = parseDump("subscriber-churn.txt", readHostile("subscriber-churn.txt"), { capturedOn: "2025-12-11" });
    expect(parsed.layout).toBe("B");
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => [r.title.slice(0, 24), r.date])).toEqual([
      ["Subscriber Churn Predict", "2021-04-22"],
      ["Scalable Video Object Se", "2023-08-19"],
      ["SynerGen: Contextualized", "2025-09-25"],
    ]);
  });

  it("reads both parts of a file holding a layout-B capture followed by a layout-A one", async () => {
    const { readHostile } = await import("../helpers/hostile-dumps");
    const parsed = parseDump("b-then-a.txt", readHostile("b-then-a.txt"), { capturedOn: "2025-12-11" });
    expect(parsed.layout).toBe("A+B");
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => [r.title.slice(0, 24), r.source.line, r.date])).toEqual([
      ["VATT: Transformers for M", 13, "2021-04-22"],
      ["Scalable Video Object Se", 21, "2023-08-19"],
      ["Dense Transformer Networ", 31, null],
      ["Condenser: a Pre-trainin", 33, null],
      ["Brainformers: Trading Si", 35, null],
    ]);
  });

  it("reads a title longer than 300 characters as a title", async () => {
    const { readHostile } = await import("../helpers/hostile-dumps");
    const parsed = parseDump("long-title.txt", readHostile("long-title.txt"));
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => r.title.length)).toEqual([26, 356, 47]);
  });

  it("still strips the Subscribe glued to the first title of a layout-A capture", () => {
    const text = "Get trending papers in your email inbox!\nSubscribeSubscriber Churn in Streaming Services\n" + "An abstract. ".repeat(30);
    expect(parseDump("a.txt", text).records.map((r) => r.title)).toEqual(["Subscriber Churn in Streaming Services"]);
  });
});
