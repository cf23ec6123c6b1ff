import { headers } from "next/headers";

export interface SiteUrlConfig {
  /** SITE_URL: the public origin; when set, the request's headers are not consulted at all. */
  siteUrl?: string;
  /** TRUSTED_HOSTS: comma-separated host[:port] values a request may name itself by. */
  trustedHosts?: string;
  /** PORT of the app, for the fallback origin. */
  port?: string;
}

// Without configuration only loopback names are believed: a page served to the
// internet must not let a forged Host header choose its canonical or copy-link URL.
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;
const HOST_SYNTAX = /^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:]+\])(:\d{1,5})?$/;

function configuredOrigin(siteUrl: string): URL {
  const url = new URL(siteUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`SITE_URL must be an http(s) origin, not ${siteUrl}`);
  return new URL(url.origin);
}

/**
 * The site's origin for canonical, Open Graph and copy-link URLs: SITE_URL when
 * set; else the request's host when it is in TRUSTED_HOSTS (or a loopback name);
 * else the first trusted host, or localhost.
 */
export function resolveSiteUrl(config: SiteUrlConfig, request: Headers): URL {
  if (config.siteUrl) return configuredOrigin(config.siteUrl);
  const trusted = (config.trustedHosts ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter((h) => HOST_SYNTAX.test(h));
  const isTrusted = (host: string) => HOST_SYNTAX.test(host) && (trusted.includes(host) || LOOPBACK.test(host));
  const forwarded = request.get("x-forwarded-host")?.split(",")[0].trim().toLowerCase();
  const own = request.get("host")?.trim().toLowerCase();
  const host = [forwarded, own].find((h): h is string => !!h && isTrusted(h)) ?? trusted[0] ?? `localhost:${config.port ?? "3000"}`;
  const proto = request.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  return new URL(`${proto === "https" ? "https" : "http"}://${host}`);
}

export async function siteUrl(): Promise<URL> {
  const env = process.env;
  return resolveSiteUrl({ siteUrl: env.SITE_URL, trustedHosts: env.TRUSTED_HOSTS, port: env.PORT }, await headers());
}
