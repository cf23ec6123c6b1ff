import type { NextConfig } from "next";
import { RESOURCE_POLICY, SECURITY_HEADERS } from "./lib/csp";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // Pages get a per-request policy with a nonce from proxy.ts; the rest gets this one.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }] },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }] },
    ];
  },
};

export default nextConfig;
