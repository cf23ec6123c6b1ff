import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { FACET_NAMES, TAXONOMY } from "@/lib/taxonomy";

const base = () => inject("baseUrl");
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  isArray: (name) => ["entry", "link", "category", "author", "url"].includes(name),
});

async function apiSlugs(query: string): Promise<{ total: number; slugs: string[] }> {
  const body = await (await fetch(`${base()}/api/search?${query}`)).json();
  return { total: body.total, slugs: body.hits.map((h: { slug: string }) => h.slug) };
}

/** RFC 4180 rows, quotes and line breaks inside fields included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe("Atom feed", () => {
  it("is well-formed RFC 4287 with the search's newest papers, each linking to its page", async () => {
    const res = await fetch(`${base()}/feed.xml?domain=vision&technique=sparse-attention`);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const text = await res.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = xml.parse(text).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    // Feed-level required elements: id, title, updated, and an author (entries have none of their own here).
    expect(feed.id).toBe(`${base()}/?domain=vision&technique=sparse-attention`);
    expect(feed.title["#text"]).toBe("Transformer Papers: Domain: Vision · Efficiency technique: Sparse & local attention");
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author[0].name).toBe("Transformer Papers");
    expect(feed.icon).toBe(`${base()}/icon.svg`);
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(`${base()}/feed.xml?domain=vision&technique=sparse-attention`);

    const { total, slugs } = await apiSlugs("domain=vision&technique=sparse-attention&sort=newest");
    const entries = asArray(feed.entry) as Record<string, unknown>[];
    expect(entries.length).toBe(Math.min(total, 50));
    for (const entry of entries) {
      expect(entry.id).toMatch(new RegExp(`^${base()}/papers/[a-z0-9-]+$`));
      expect((entry.title as Record<string, string>)["#text"].length).toBeGreaterThan(2);
      expect(entry.updated).toMatch(RFC3339);
      const alternate = asArray(entry.link as Record<string, string>[]).find((l) => l["@rel"] === "alternate")!;
      expect(alternate["@href"]).toBe(entry.id);
      const terms = asArray(entry.category as Record<string, string>[]).map((c) => c["@term"]);
      expect(terms).toEqual(expect.arrayContaining(["vision", "sparse-attention"]));
    }
    // Newest first, exactly as the search page sorted by date lists them.
    expect(entries.slice(0, slugs.length).map((e) => String(e.id).split("/").pop())).toEqual(slugs);
  });

  it("stays well-formed for a query full of markup characters", async () => {
    const res = await fetch(`${base()}/feed.xml?q=${encodeURIComponent(`attention <b>&"'`)}`);
    const text = await res.text();
    expect(XMLValidator.validate(text)).toBe(true);
    expect(xml.parse(text).feed.title["#text"]).toBe(`Transformer Papers: “attention <b>&"'”`);
  });

  it("answers a bad parameter with a 400 that names it", async () => {
    const res = await fetch(`${base()}/feed.xml?technique=warp-drive`);
    expect(res.status).toBe(400);
    expect((await res.json()).messages).toEqual(['"warp-drive" is not a technique value']);
  });
});

describe("JSON Feed", () => {
  it("carries JSON Feed 1.1's required fields, with tags and the paper page as each item's URL", async () => {
    const res = await fetch(`${base()}/feed.json?technique=moe`);
    expect(res.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = await res.json();
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("Transformer Papers: Efficiency technique: Mixture of experts");
    expect(feed.home_page_url).toBe(`${base()}/?technique=moe`);
    expect(feed.feed_url).toBe(`${base()}/feed.json?technique=moe`);
    expect(feed.favicon).toBe(`${base()}/icon.svg`);
    const { total } = await apiSlugs("technique=moe");
    expect(feed.items).toHaveLength(total);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.url).toMatch(new RegExp(`^${base()}/papers/`));
      expect(item.content_text.length).toBeGreaterThan(40);
      expect(item.tags).toContain("Efficiency technique: Mixture of experts");
    }
  });
});

describe("exports", () => {
  it("downloads a search as CSV named after it, one row per paper", async () => {
    const res = await fetch(`${base()}/export/csv?q=speech&domain=audio`);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="transformer-papers-speech-audio.csv"; filename*=UTF-8''transformer-papers-speech-audio.csv`,
    );
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    const rows = parseCsv(await res.text());
    const { total, slugs } = await apiSlugs("q=speech&domain=audio");
    expect(rows[0].slice(0, 4)).toEqual(["id", "slug", "url", "title"]);
    expect(rows).toHaveLength(total + 1);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    // The page's order: relevance for a query.
    expect(rows.slice(1, slugs.length + 1).map((r) => r[1])).toEqual(slugs);
    expect(res.headers.get("x-export-truncated")).toBe("false");
  });

  it("downloads JSON with the count, the total and whole records without the classifier's internals", async () => {
    const res = await fetch(`${base()}/export/json?technique=moe&page=2`);
    expect(res.headers.get("content-disposition")).toMatch(/filename="transformer-papers-moe\.json"/);
    const body = await res.json();
    const { total } = await apiSlugs("technique=moe");
    expect(body).toMatchObject({ total, count: total, truncated: false, search: "Efficiency technique: Mixture of experts" });
    expect(body.papers[0]).toHaveProperty("abstract");
    expect(body.papers[0]).not.toHaveProperty("evidence");
    expect(body.papers[0].url).toMatch(/\/papers\//);
  });

  it("downloads BibTeX: a header comment, then one entry per paper with unique keys", async () => {
    const res = await fetch(`${base()}/export/bibtex?q=mamba`);
    expect(res.headers.get("content-disposition")).toMatch(/filename="transformer-papers-mamba\.bib"/);
    const text = await res.text();
    expect(text).toMatch(/^@comment\{Transformer Papers export: “mamba” \| /);
    const keys = [...text.matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]);
    expect(keys).toHaveLength((await apiSlugs("q=mamba")).total);
    expect(new Set(keys).size).toBe(keys.length);
    const entry = text.split("\n@misc").find((e) => e.includes("Mamba: Linear-Time Sequence Modeling"))!;
    expect(entry).toMatch(/title = \{\{Mamba: Linear-Time Sequence Modeling with Selective State Spaces\}\}/);
  });

  it("refuses an unknown format and bad parameters", async () => {
    expect((await fetch(`${base()}/export/xlsx`)).status).toBe(404);
    expect((await fetch(`${base()}/export/csv?sort=best`)).status).toBe(400);
  });
});

describe("paper citations", () => {
  const slug = "mamba-linear-time-sequence-modeling-with-selective-state-spaces";

  it("downloads CSL-JSON and BibTeX files named after the paper", async () => {
    const csl = await fetch(`${base()}/papers/${slug}/cite.json`);
    expect(csl.headers.get("content-disposition")).toMatch(new RegExp(`filename="${slug}\\.json"`));
    const [item] = await csl.json();
    expect(item).toMatchObject({
      type: "article",
      title: "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
      issued: { "date-parts": [[2023, 12, 1]] },
    });
    const bib = await fetch(`${base()}/papers/${slug}/cite.bib`);
    expect(bib.headers.get("content-disposition")).toMatch(new RegExp(`filename="${slug}\\.bib"`));
    expect(await bib.text()).toMatch(/^@misc\{gu2023mamba,\n {2}title = \{\{Mamba: Linear-Time/);
    expect((await fetch(`${base()}/papers/no-such-paper-at-all/cite.json`)).status).toBe(404);
  });

  it("puts Highwire citation tags and a ScholarlyArticle in the page", async () => {
    const html = await (await fetch(`${base()}/papers/${slug}`)).text();
    expect(html).toMatch(/<meta name="citation_title" content="Mamba: Linear-Time Sequence Modeling with Selective State Spaces"/);
    expect(html).toMatch(/<meta name="citation_publication_date" content="2023\/12\/01"/);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      name: "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
      datePublished: "2023-12-01",
    });
  });
});

describe("the site's own conventions", () => {
  it("lists every page, topic and paper in the sitemap", async () => {
    const res = await fetch(`${base()}/sitemap.xml`);
    const text = await res.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const locs = asArray(xml.parse(text).urlset.url).map((u) => (u as { loc: string }).loc);
    const topics = FACET_NAMES.flatMap((f) => TAXONOMY[f].values.map((v) => `${base()}/topics/${f}/${v.slug}`));
    expect(locs).toEqual(expect.arrayContaining([`${base()}/`, `${base()}/topics`, `${base()}/map`, ...topics]));
    const papers = locs.filter((l) => l.includes("/papers/"));
    expect(papers).toHaveLength((await apiSlugs("")).total);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it("serves robots.txt naming the sitemap, and icons the pages link to", async () => {
    const robots = await (await fetch(`${base()}/robots.txt`)).text();
    expect(robots).toMatch(new RegExp(`Sitemap: ${base()}/sitemap.xml`));
    expect(robots).toMatch(/Disallow: \/api\//);
    const html = await (await fetch(`${base()}/`)).text();
    const icon = /<link rel="icon" href="([^"]+)"[^>]* type="image\/svg\+xml"/.exec(html)?.[1];
    expect(icon).toMatch(/^\/icon\.svg/);
    expect((await fetch(`${base()}${icon}`)).headers.get("content-type")).toBe("image/svg+xml");
    const apple = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)?.[1];
    expect((await fetch(`${base()}${apple}`)).headers.get("content-type")).toBe("image/png");
  });

  it("previews a shared search with its words and filters, and a topic with its name", async () => {
    const html = await (await fetch(`${base()}/?q=linear+attention&domain=audio`)).text();
    expect(html).toMatch(/<meta property="og:title" content="“linear attention” · Domain: Speech &amp; audio"/);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1].replaceAll("&amp;", "&");
    expect(image).toBe(`${base()}/og/search?q=linear+attention&domain=audio`);
    expect((await fetch(image)).headers.get("content-type")).toBe("image/png");
    const topic = await (await fetch(`${base()}/topics/technique/moe`)).text();
    expect(topic).toMatch(/<meta property="og:title" content="Mixture of experts · Efficiency technique"/);
    const topicImage = /<meta property="og:image" content="([^"]+)"/.exec(topic)![1];
    expect((await fetch(topicImage)).headers.get("content-type")).toBe("image/png");
  });
});
