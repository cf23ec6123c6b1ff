import { describe, expect, it } from "vitest";
import { loadDumps } from "@/lib/dumps";
import { buildPapers } from "@/lib/ingest/build-papers";
import { titleKey, toId } from "@/lib/ingest/identity";
import { HOSTILE_DIR, accounting, expectBalanced, layoutB, prose, readHostile } from "../helpers/hostile-dumps";
import path from "node:path";

const LONG = "Attention with Linear Biases Enables Input Length Extrapolation in Transformer Language Models Trained on Short Sequences";

describe("slugs", () => {
  it("gives papers whose titles share the first 80 characters distinct slugs", () => {
    const papers = [`${LONG}: Part One`, `${LONG}: Part Two`, `${LONG}: Part Three`].map((title, i) => ({ title, abstract: prose(`part ${i}`) }));
    const result = buildPapers([{ file: "x.txt", text: layoutB(papers) }]);
    expect(result.papers).toHaveLength(3);
    expect(new Set(result.papers.map((p) => p.slug)).size).toBe(3);
    for (const p of result.papers) expect(p.slug.length).toBeLessThanOrEqual(90);
  });

  it("keeps every slug when the inputs come in another order, and the first-listed paper keeps the plain slug when a colliding one is added", () => {
    const one = { title: `${LONG}: Part One`, abstract: prose("part one") };
    const two = { title: `${LONG}: Part Two`, abstract: prose("part two") };
    const alone = buildPapers([{ file: "000.txt", text: layoutB([one]) }]);
    const a = { file: "000.txt", text: layoutB([one]) };
    const b = { file: "001.txt", text: layoutB([two]) };
    const slugs = (inputs: (typeof a)[]) => Object.fromEntries(buildPapers(inputs).papers.map((p) => [p.title, p.slug]));
    expect(slugs([a, b])).toEqual(slugs([b, a]));
    expect(slugs([a, b])[one.title]).toBe(alone.papers[0].slug);
    expect(slugs([a, b])[two.title]).toMatch(new RegExp(`^${alone.papers[0].slug}-[a-z0-9]{6}$`));
  });

  it("leaves the slugs and ids of today's papers as they were", () => {
    const result = buildPapers(loadDumps());
    const swin = result.papers.find((p) => p.title.startsWith("Swin Transformer: Hierarchical"))!;
    expect(swin.slug).toBe("swin-transformer-hierarchical-vision-transformer-using-shifted-windows");
    expect(swin.id).toBe(toId(swin.title));
    const nystrom = result.papers.find((p) => p.title.startsWith("Nyströmformer"))!;
    expect(nystrom.slug).toBe("nystromformer-a-nystrom-based-algorithm-for-approximating-self-attention");
  });
});

describe("the duplicate key", () => {
  it("keeps letters and digits of every script, folds case and compatibility forms", () => {
    expect(titleKey("Трансформеры с линейным вниманием")).toBe("трансформеры с линейным вниманием");
    expect(titleKey("ТРАНСФОРМЕРЫ С ЛИНЕЙНЫМ ВНИМАНИЕМ")).toBe(titleKey("Трансформеры с линейным вниманием"));
    expect(titleKey("基于线性注意力的长序列语音识别")).toBe("基于线性注意力的长序列语音识别");
    expect(titleKey("ＦＭＶｉＴ： Ｆｕｌｌ−ｗｉｄｔｈ")).toBe("fmvit full width");
    expect(titleKey("Nyströmformer: A Nyström-Based Algorithm")).toBe("nystromformer a nystrom based algorithm");
    expect(titleKey("Мой ответ")).not.toBe(titleKey("Мои ответ"));
  });

  it("reads Chinese and Cyrillic titles as separate papers, merges a title listed in two cases, and keeps a same-title paper with another abstract apart", () => {
    const result = buildPapers([{ file: "unicode-titles.txt", text: readHostile("unicode-titles.txt"), options: { capturedOn: "2025-12-11" } }]);
    expect(result.rejections).toEqual([]);
    expect(accounting(result)).toEqual({ read: 7, verdicts: 7, indexed: 5, merged: 2, rejected: 0 });
    const titles = result.papers.map((p) => p.title).sort();
    expect(titles).toEqual([
      "Transformer in Transformer",
      "Transformer in Transformer",
      "Трансформеры с линейным вниманием для распознавания речи",
      "基于线性注意力的长序列语音识别",
      "面向高分辨率图像分割的稀疏视觉Transformer",
    ]);
    expect(new Set(result.papers.map((p) => p.id)).size).toBe(5);
    expect(new Set(result.papers.map((p) => p.slug)).size).toBe(5);
    const tnt = result.papers.filter((p) => p.title === "Transformer in Transformer");
    expect(tnt.map((p) => p.sources.map((s) => s.line))).toEqual([[43, 59], [51]]);
    expect(tnt[0]).toMatchObject({ slug: "transformer-in-transformer", id: toId("Transformer in Transformer"), date: "2021-02-27" });
    expect(tnt[1].slug).toMatch(/^transformer-in-transformer-[a-z0-9]{6}$/);
    expect(result.warnings).toContainEqual({
      file: "unicode-titles.txt",
      line: 51,
      reason: expect.stringMatching(/same title as unicode-titles\.txt:43 but a different abstract/),
    });
    const russian = result.papers.find((p) => p.title.startsWith("Трансформеры"))!;
    expect(russian).toMatchObject({ sources: [{ line: 27 }, { line: 35 }], upvotes: 4, date: "2025-09-09" });
    expect(result.papers.find((p) => p.title.startsWith("基于"))?.slug).toMatch(/^paper-[a-z0-9]{6}$/);
  });

  it("reads the hostile fixture folder with its sidecar", () => {
    const result = buildPapers(loadDumps([path.join(HOSTILE_DIR, "unicode-titles.txt")]));
    expectBalanced(result);
    expect(result.papers.find((p) => p.title.startsWith("基于"))?.date).toBe("2025-11-03");
  });
});
