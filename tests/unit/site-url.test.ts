import { describe, expect, it } from "vitest";
import { resolveSiteUrl } from "@/lib/site-url";

const origin = (config: Parameters<typeof resolveSiteUrl>[0], headers: Record<string, string>) => resolveSiteUrl(config, new Headers(headers)).origin;

describe("the site's origin", () => {
  it("is SITE_URL whatever the request says", () => {
    expect(origin({ siteUrl: "https://papers.example.org/x" }, { host: "evil.example", "x-forwarded-proto": "javascript" })).toBe("https://papers.example.org");
  });

  it("refuses a SITE_URL that is not http(s)", () => {
    expect(() => origin({ siteUrl: "javascript:alert(1)" }, {})).toThrow(/SITE_URL/);
  });

  it("takes the request's host only when it is trusted", () => {
    const config = { trustedHosts: "papers.example.org, www.papers.example.org" };
    expect(origin(config, { host: "www.papers.example.org", "x-forwarded-proto": "https" })).toBe("https://www.papers.example.org");
    expect(origin(config, { host: "evil.example" })).toBe("http://papers.example.org");
    expect(origin(config, { host: "papers.example.org", "x-forwarded-host": "evil.example" })).toBe("http://papers.example.org");
  });

  it("believes loopback names without configuration, and nothing else", () => {
    expect(origin({ port: "3000" }, { host: "127.0.0.1:4123" })).toBe("http://127.0.0.1:4123");
    expect(origin({ port: "3000" }, { host: "evil.example" })).toBe("http://localhost:3000");
    expect(origin({ port: "3000" }, { host: "localhost:3000@evil.example" })).toBe("http://localhost:3000");
  });

  it("is http or https, never another scheme from X-Forwarded-Proto", () => {
    expect(origin({}, { host: "localhost:3000", "x-forwarded-proto": "javascript" })).toBe("http://localhost:3000");
    expect(origin({}, { host: "localhost:3000", "x-forwarded-proto": "https, http" })).toBe("https://localhost:3000");
  });
});
