import { describe, expect, it } from "vitest";
import { makePaper } from "../helpers/paper";
import { bibtexKey, escapeBibtex, toBibtex, uniqueKeys } from "@/lib/citation/bibtex";
import { splitName, toCitable, type PaperRecord } from "@/lib/citation/citable";
import { toCslJson } from "@/lib/citation/csl";
import { highwireTags, jsonForScript, toScholarlyArticle } from "@/lib/citation/scholarly";

const record = (extra: Partial<PaperRecord> & Record<string, unknown> = {}): PaperRecord => {
  const { evidence, sources, ...paper } = makePaper({
    id: "abcdef123456",
    slug: "attention-is-all-you-need",
    title: "Attention Is All You Need",
    modelName: "Transformer",
    abstract: "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.",
    authorCount: 8,
    date: "2017-06-12",
    year: 2017,
    upvotes: 3,
    domain: ["language"],
    task: ["translation"],
  });
  void evidence;
  void sources;
  return { ...paper, ...extra } as PaperRecord;
};

describe("BibTeX", () => {
  it("escapes every LaTeX special character so the title prints as written", () => {
    expect(escapeBibtex("50% of R&D costs $5 for #1 a_b {x} ^ ~ \\")).toBe(
      "50\\% of R\\&D costs \\$5 for \\#1 a\\_b \\{x\\} \\textasciicircum{} \\textasciitilde{} \\textbackslash{}",
    );
  });

  it("keeps a hostile title from closing the field or the entry early", () => {
    const entry = toBibtex(toCitable(record({ title: "Evil} , author = {Nobody" })), "https://x.test/p");
    expect(entry).toContain("title = {{Evil\\} , author = \\{Nobody}}");
    // Braces balance: the entry is one @misc{…} block.
    const unescaped = entry.replace(/\\[{}]/g, "");
    expect([...unescaped].filter((c) => c === "{").length).toBe([...unescaped].filter((c) => c === "}").length);
  });

  it("keeps a code link with braces or percent signs from breaking the entry", () => {
    const entry = toBibtex(toCitable(record({ codeUrl: "https://x.test/a_b?q=}%7B" })), "https://x.test/p");
    expect(entry).toContain("note = {Code: https://x.test/a\\_b?q=\\}\\%7B}");
  });

  it("writes authors as 'Family, Given' joined by 'and', with the usual key", () => {
    const paper = toCitable(record({ authors: ["Ashish Vaswani", "Noam Shazeer", "Ludwig van Beethoven"] }));
    expect(bibtexKey(paper)).toBe("vaswani2017attention");
    const entry = toBibtex(paper, "https://x.test/p");
    expect(entry).toMatch(/^@misc\{vaswani2017attention,\n/);
    expect(entry).toContain("author = {Vaswani, Ashish and Shazeer, Noam and van Beethoven, Ludwig}");
    expect(entry).toContain("year = {2017}");
    expect(entry).toContain("month = jun,");
  });

  it("leaves out what the record lacks instead of guessing, and keys by title word and year", () => {
    const entry = toBibtex(toCitable(record({ date: null, year: null })), "https://x.test/p");
    expect(entry).not.toMatch(/author|year|month|eprint/);
    expect(entry).toMatch(/^@misc\{attention,/);
  });

  it("reads authors given as objects, and an arXiv id as eprint", () => {
    const paper = toCitable(record({ authors: [{ name: "Albert Gu" }, { name: "Tri Dao" }] as unknown as string[], arxivId: "2312.00752" }));
    expect(paper.authors).toEqual(["Albert Gu", "Tri Dao"]);
    expect(toBibtex(paper, "https://arxiv.org/abs/2312.00752")).toMatch(/eprint = \{2312\.00752\},\n {2}archivePrefix = \{arXiv\}/);
  });

  it("ignores optional fields of an unexpected shape rather than failing", () => {
    const paper = toCitable(record({ authors: "Vaswani et al." as unknown as string[], arxivId: "not an id" }));
    expect(paper.authors).toEqual([]);
    expect(paper.arxivId).toBeNull();
  });

  it("gives each entry of a file its own key", () => {
    const p = toCitable(record());
    expect(uniqueKeys([p, p, p])).toEqual(["attention2017", "attention2017b", "attention2017c"]);
  });

  it("splits names with particles into family and given names", () => {
    expect(splitName("Ludwig van Beethoven")).toEqual({ given: "Ludwig", family: "van Beethoven" });
    expect(splitName("Plato")).toEqual({ family: "Plato" });
  });
});

describe("CSL-JSON, schema.org and Highwire tags", () => {
  const paper = toCitable(record({ authors: ["Ashish Vaswani", "Plato"], arxivId: "1706.03762" }), ["Language", "Translation"]);

  it("writes a CSL article with date parts, names and the arXiv DOI", () => {
    expect(toCslJson(paper, "https://arxiv.org/abs/1706.03762")).toMatchObject({
      type: "article",
      title: "Attention Is All You Need",
      author: [{ given: "Ashish", family: "Vaswani" }, { literal: "Plato" }],
      issued: { "date-parts": [[2017, 6, 12]] },
      DOI: "10.48550/arXiv.1706.03762",
      URL: "https://arxiv.org/abs/1706.03762",
    });
  });

  it("writes a ScholarlyArticle and Scholar's citation_* tags with what the record has", () => {
    const article = toScholarlyArticle(paper, "https://x.test/papers/a");
    expect(article).toMatchObject({
      "@type": "ScholarlyArticle",
      name: "Attention Is All You Need",
      datePublished: "2017-06-12",
      keywords: ["Language", "Translation"],
    });
    expect(highwireTags(paper)).toMatchObject({
      citation_title: "Attention Is All You Need",
      citation_author: ["Ashish Vaswani", "Plato"],
      citation_publication_date: "2017/06/12",
    });
    expect(highwireTags(toCitable(record({ date: null, year: null })))).not.toHaveProperty("citation_publication_date");
  });

  it("cannot close its <script> element, whatever a title holds", () => {
    const json = jsonForScript({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
