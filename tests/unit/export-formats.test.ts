import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { makePaper } from "../helpers/paper";
import { describeSearch, searchFileStem } from "@/lib/describe-search";
import { attachment } from "@/lib/export/content-disposition";
import { csvField, toCsv } from "@/lib/export/csv";
import { renderExport, truncationNotice } from "@/lib/export/formats";
import type { PaperRecord } from "@/lib/citation/citable";
import { toAtom } from "@/lib/feeds/atom";
import { escapeXml } from "@/lib/feeds/xml";
import { EMPTY_STATE } from "@/lib/search-params";
import { sitemapPart, sitemapParts } from "@/lib/sitemap/sitemap-xml";

describe("CSV", () => {
  it("quotes fields with commas, quotes or line breaks and doubles inner quotes (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "quoted", title')).toBe('"a ""quoted"", title"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
  });

  it("keeps a cell a spreadsheet would run as a formula as text", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1 trick, really")).toBe(`"'-1 trick, really"`);
  });

  it("ends every row with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe("Atom", () => {
  it("escapes markup characters and drops characters XML forbids", () => {
    expect(escapeXml(`<b>"R&D"</b> it's\u0001`)).toBe("&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; it&apos;s");
  });

  it("stays well-formed XML whatever the titles hold", () => {
    const hostile = `</title><script>x</script> & "quotes" \u0007 ]]>`;
    const xml = toAtom({
      homeUrl: "https://x.test/?q=a&b",
      feedUrl: "https://x.test/feed.xml?q=a&b",
      title: hostile,
      description: "d",
      updated: "2024-01-01T00:00:00Z",
      entries: [
        {
          url: "https://x.test/papers/p",
          title: hostile,
          summary: hostile,
          updated: "2024-01-01T00:00:00Z",
          published: null,
          authors: [hostile],
          categories: [{ term: "moe", scheme: "https://x.test/topics/technique", label: hostile }],
          codeUrl: null,
        },
      ],
    });
    const feed = new XMLParser({ ignoreAttributes: false, textNodeName: "#text" }).parse(xml).feed;
    expect(feed.title["#text"]).toBe(`</title><script>x</script> & "quotes"  ]]>`);
    expect(feed.entry.title["#text"]).toBe(feed.title["#text"]);
    expect(feed.id).toBe("https://x.test/?q=a&b");
  });
});

describe("downloads and sitemaps", () => {
  it("names a download in ASCII and in UTF-8", () => {
    expect(attachment("transformer-papers-moe.csv")).toBe(`attachment; filename="transformer-papers-moe.csv"; filename*=UTF-8''transformer-papers-moe.csv`);
    expect(attachment('naïve "x".bib')).toBe(`attachment; filename="naive _x_.bib"; filename*=UTF-8''na%C3%AFve%20%22x%22.bib`);
  });

  it("names the file and the search after the query and filters", () => {
    const state = { ...EMPTY_STATE, q: "Linear Attention!", domain: ["audio" as const], year: [2024], code: true };
    expect(searchFileStem(state)).toBe("transformer-papers-linear-attention-audio-2024-code");
    expect(searchFileStem(EMPTY_STATE)).toBe("transformer-papers");
    expect(describeSearch(state)).toBe("“Linear Attention!” · Domain: Speech & audio · Year: 2024 · Has code");
  });

  it("names the values a search excludes", () => {
    const state = { ...EMPTY_STATE, domain: ["vision" as const], exclude: { ...EMPTY_STATE.exclude, technique: ["moe" as const] } };
    expect(describeSearch(state)).toBe("Domain: Vision · Efficiency technique: not Mixture of experts");
    expect(searchFileStem(state)).toBe("transformer-papers-vision-not-moe");
  });

  it("says when an export was cut, and not when it holds everything", () => {
    expect(truncationNotice(1000, 2345)).toBe("This export holds the first 1,000 of 2,345 papers; narrow the search to export the rest.");
    expect(truncationNotice(17, 17)).toBeNull();
  });

  it("splits a sitemap past the limit into parts that hold every URL once", () => {
    const urls = Array.from({ length: 120_001 }, (_, i) => i);
    expect(sitemapParts(50_000)).toBe(1);
    expect(sitemapParts(50_001)).toBe(2);
    const parts = sitemapParts(urls.length);
    expect(parts).toBe(3);
    const rejoined = Array.from({ length: parts }, (_, p) => sitemapPart(urls, p)).flat();
    expect(rejoined).toEqual(urls);
    expect(sitemapPart(urls, 2)).toHaveLength(20_001);
  });
});

describe("export bodies", () => {
  const { evidence, sources, ...paper } = makePaper({
    id: "abcdef123456",
    slug: "a-paper",
    title: "A Paper",
    abstract: "An abstract long enough to be one, about attention and speech, with a comma.",
    domain: ["audio"],
    task: ["speech-recognition"],
    technique: ["moe"],
  });
  void evidence;
  void sources;
  const record: PaperRecord = paper;
  const context = {
    origin: new URL("https://x.test"),
    description: "“speech”",
    searchUrl: "https://x.test/?q=speech",
    total: 2345,
    exportedAt: "2026-01-01T00:00:00Z",
  };

  it("says in the JSON body and the BibTeX header when the set was cut", () => {
    const json = JSON.parse(renderExport("json", [record], context));
    expect(json).toMatchObject({ total: 2345, count: 1, truncated: true, notice: expect.stringMatching(/first 1 of 2,345/) });
    expect(json.papers[0]).toMatchObject({ slug: "a-paper", url: "https://x.test/papers/a-paper" });
    expect(renderExport("bibtex", [record], context)).toMatch(/^@comment\{.*1 of 2345 papers \| This export holds the first 1 of 2,345/);
    expect(JSON.parse(renderExport("json", [record], { ...context, total: 1 }))).toMatchObject({ truncated: false });
  });

  it("writes one CSV row per paper under a header naming every column", () => {
    const [header, row] = renderExport("csv", [record], context).split("\r\n");
    expect(header).toBe(
      "id,slug,url,title,modelName,authors,arxivId,date,year,organization,authorCount,upvotes,codeUrl,domain,task,technique,architecture,contribution,abstract",
    );
    expect(row).toBe(
      'abcdef123456,a-paper,https://x.test/papers/a-paper,A Paper,,,,,,,,,,audio,speech-recognition,moe,transformer,method,"An abstract long enough to be one, about attention and speech, with a comma."',
    );
  });
});
