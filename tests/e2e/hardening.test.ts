import { describe, expect, it } from "vitest";
import { withBrowser } from "../helpers/browser";

const { open, base } = withBrowser();
const PAPER = "/papers/swin-transformer-hierarchical-vision-transformer-using-shifted-windows";
const get = (p: string, headers: Record<string, string> = {}) => fetch(`${base()}${p}`, { headers, redirect: "manual" });

/** canonical, og:url, og:image and the copy-link URL (a prop in the flight data) of a paper page. */
async function absoluteUrls(headers: Record<string, string>): Promise<string[]> {
  const html = await (await get(PAPER, headers)).text();
  const attr = [...html.matchAll(/<link rel="canonical" href="([^"]+)"|<meta property="og:(?:url|image)" content="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  const copyLink = [...html.matchAll(/\\"url\\":\\"([^"\\]+)\\"/g)].map((m) => m[1]);
  expect(attr.length).toBeGreaterThanOrEqual(3);
  expect(copyLink.length).toBeGreaterThanOrEqual(1);
  return [...attr, ...copyLink];
}

describe("absolute URLs", () => {
  it.each<Record<string, string>>([
    { Host: "evil.example" },
    { "X-Forwarded-Host": "evil.example" },
    { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    { "X-Forwarded-Proto": "javascript" },
    { Host: "evil.example", "X-Forwarded-Proto": "javascript" },
  ])("never take their origin from an untrusted %o", async (headers) => {
    for (const url of await absoluteUrls(headers)) {
      expect(url).not.toMatch(/evil\.example|javascript/i);
      expect(new URL(url).protocol).toMatch(/^https?:$/);
    }
  });

  it("use the request's own loopback origin when nothing is configured", async () => {
    for (const url of await absoluteUrls({})) expect(url.startsWith(`${base()}/`)).toBe(true);
  });
});

describe("security headers", () => {
  it.each(["/", "/?q=swin", PAPER, "/papers/no-such-paper", "/no-such-page", "/api/search?q=swin", "/api/search?page=zero", "/api/papers/nope"])(
    "are on %s: nosniff, a referrer policy, no framing and a CSP without unsafe-eval",
    async (p) => {
      const res = await get(p);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(res.headers.get("x-powered-by")).toBeNull();
    },
  );

  it("are on static files too", async () => {
    const html = await (await get("/")).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeTruthy();
    const res = await get(chunk!);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  });

  it("give pages a fresh script nonce instead of 'unsafe-inline', and every script carries it", async () => {
    const [a, b] = await Promise.all([get("/"), get("/")]);
    const nonce = (res: Response) => /script-src [^;]*'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
    expect(a.headers.get("content-security-policy")).not.toMatch(/script-src[^;]*unsafe-inline/);
    const scripts = [...(await a.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce(a)}"`);
  });

  it("let the pages run under their CSP: no violation, and the search box still searches as you type", async () => {
    const page = await open();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${base()}${PAPER}`);
    await page.goto(base());
    await page.getByRole("searchbox", { name: "Search transformer papers" }).pressSequentially("swin", { delay: 40 });
    await page.waitForURL(/\?q=swin$/);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("put Cache-Control on the API: cacheable answers, uncached errors", async () => {
    expect((await get("/api/search?q=swin")).headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    expect((await get("/api/papers/nope")).headers.get("cache-control")).toBe("no-store");
    expect((await get("/api/search?page=zero")).headers.get("cache-control")).toBe("no-store");
  });
});

describe("hostile URLs", () => {
  it.each([
    ["/papers/%ZZ", 404],
    ["/papers/%E0%A4%A", 404],
    ["/%ZZ", 404],
    ["/api/papers/%ZZ", 400],
    ["/api/search/%ZZ", 400],
    ["/?q=%ZZ", 200],
    ["/api/search?q=%ZZ", 200],
    ["/?q=%ZZ&domain=%E0%A4%A", 200],
  ])("malformed percent-encoding %s is a %i, never a 500", async (p, status) => {
    const res = await get(p as string);
    expect(res.status).toBe(status);
    if ((p as string).startsWith("/api/") && status === 400) expect((await res.json()).messages.length).toBeGreaterThan(0);
  });

  it.each(["year=0x7E8", "page=0x2", "page=1e1", "page=%202", "page=2.0", "year=2e3"])("the API refuses the number %s with a 400", async (query) => {
    const res = await get(`/api/search?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json()).messages).toHaveLength(1);
  });

  it("the page drops a non-decimal page number and shows page 1", async () => {
    const html = await (await get("/?q=transformer&page=0x2")).text();
    expect(html).toMatch(/page <!-- -->1<!-- --> of/);
  });

  it("a query is text: markup is escaped and filter syntax filters nothing", async () => {
    const html = await (await get(`/?q=${encodeURIComponent('<script>alert(1)</script>" OR 1=1')}`)).text();
    expect(html).not.toContain("<script>alert(1)");
    const api = await get(`/api/search?q=${encodeURIComponent('swin" OR domain = "audio')}`);
    expect(api.status).toBe(200);
  });

  it.each([
    `/api/search?domain=${encodeURIComponent('vision" OR domain = "audio')}`,
    `/api/search?technique=${encodeURIComponent("moe] OR [x")}`,
    `/api/search?q=${"a".repeat(201)}`,
    `/api/search?sort=${encodeURIComponent("date:asc")}`,
    `/api/papers/${encodeURIComponent('mamba" OR slug EXISTS')}`,
    "/api/papers/..%2F..%2Fetc%2Fpasswd",
  ])("an injection attempt %s is a 400 with a message", async (p) => {
    const res = await get(p);
    expect(res.status).toBe(400);
    expect((await res.json()).messages.length).toBeGreaterThan(0);
  });

  it("a CR/LF in a parameter does not reach a response header", async () => {
    const res = await get(`/?q=${encodeURIComponent("x\r\nSet-Cookie: pwned=1")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("a forged x-pathname does not choose the close matches of a 404", async () => {
    const html = await (await get("/papers/zzzz-nothing-like-it", { "x-pathname": "/papers/swin-transformer" })).text();
    expect(html).not.toMatch(/Close matches[\s\S]*Swin Transformer: Hierarchical/);
  });
});
