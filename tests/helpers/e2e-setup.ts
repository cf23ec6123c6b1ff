import { spawn } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIfNeeded } from "../../scripts/build-if-needed";
import { appEnv } from "../../lib/meili-server/app-env";
import { freePort } from "../../lib/meili-server/free-port";
import { startTempCatalogue } from "../../lib/meili-server/temp-catalogue";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eMasterKey: string;
  }
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/** The production build, served by `next start` against a real Meilisearch holding the real dumps and the source fixtures. */
export default async function setup(project: TestProject) {
  const root = process.cwd();
  buildIfNeeded(root);
  // The dumps and the arXiv / Hugging Face fixtures, so pages show links out and authors.
  const catalogue = await startTempCatalogue(["data/dumps", "tests/fixtures/sources"].map((p) => path.join(root, p)));
  const port = await freePort();
  const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: appEnv(process.env, catalogue.meili.url, catalogue.searchKey),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(baseUrl);
  project.provide("baseUrl", baseUrl);
  project.provide("e2eMasterKey", catalogue.meili.masterKey);
  return async () => {
    next.kill("SIGTERM");
    await catalogue.stop();
  };
}
