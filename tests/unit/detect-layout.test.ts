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

  it("tells the layouts apart by how Subscribe stands", () => {
    expect(parseDump("a.txt", "Get trending papers in your email inbox!\nSubscribeA Title\n" + "An abstract. ".repeat(30)).layout).toBe("A");
    expect(parseDump("b.txt", "new\n\nSubscribe\n\nDec 11\n\nA Title\n\n" + "An abstract. ".repeat(30)).layout).toBe("B");
  });
});
